#include "analysis/EntryValidator.h"

#include "extract/Gazetteer.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"

#include <QHash>

#include <cmath>

namespace thp {

namespace {

bool sameTierAndPeriod(const Fact &a, const Fact &b)
{
    return a.level == b.level && a.period == b.period;
}

QString name(const QString &metric)
{
    return MetricCatalogue::instance().displayName(metric);
}

} // namespace

QList<EntryIssue> EntryValidator::check(const Fact &candidate, const QString &province, const QList<Fact> &known)
{
    QList<EntryIssue> issues;
    auto error = [&issues](const QString &m) { issues.append({EntryIssue::Error, m}); };
    auto warning = [&issues](const QString &m) { issues.append({EntryIssue::Warning, m}); };

    const MetricCatalogue &cat = MetricCatalogue::instance();
    const MetricInfo *info = cat.find(candidate.metric);
    if (!info)
        error(tr("Choose what the figure counts."));
    if (province.trimmed().isEmpty())
        error(tr("Choose the province the figure is about."));
    else if (!Gazetteer::instance().province(province))
        warning(tr("\"%1\" is not a province TongHop knows: comparisons will list it on its own.").arg(province.trimmed()));
    if (!candidate.period)
        error(tr("Give the years the figure covers."));
    else if (candidate.period->from > candidate.period->to)
        error(tr("The period ends (%1) before it begins (%2).").arg(candidate.period->to).arg(candidate.period->from));
    if (!std::isfinite(candidate.value)) {
        error(tr("Type the figure as a number, for example 58.713 or 98,4."));
        return issues;
    }
    if (candidate.value < 0)
        error(tr("A figure cannot be below zero."));
    if (!info)
        return issues;

    if (info->isRate && candidate.value > 100)
        warning(tr("A rate above 100% (%1): please check the figure.").arg(VietFormat::rate(candidate.value)));
    if (!info->isRate && candidate.value >= 0 && std::floor(candidate.value) != candidate.value)
        warning(tr("%1 is a count, but %2 is not a whole number.").arg(name(info->key), VietFormat::number(candidate.value)));

    // The same figure already entered with another value: the newer one will be chosen.
    for (const Fact &k : known)
        if (k.metric == candidate.metric && sameTierAndPeriod(k, candidate) && k.value != candidate.value) {
            warning(tr("%1 for %2 was already entered as %3.")
                        .arg(name(info->key), candidate.period ? candidate.period->toString() : QString(),
                             VietFormat::value(k.value, info->isRate)));
            break;
        }

    // Parts against their total, for the same tier and period. The newest entry of each
    // part counts (later entries in `known` replace earlier ones); the candidate replaces
    // an earlier entry of its own metric.
    if (info->isRate || !candidate.period)
        return issues;
    const QString total = info->partOf.isEmpty() ? info->key : info->partOf;
    std::optional<double> totalValue;
    QHash<QString, double> parts;
    for (const Fact &k : known) {
        if (!sameTierAndPeriod(k, candidate))
            continue;
        if (k.metric == total)
            totalValue = k.value;
        else if (const MetricInfo *p = cat.find(k.metric); p && p->partOf == total && !p->isRate)
            parts.insert(k.metric, k.value);
    }
    if (candidate.metric == total)
        totalValue = candidate.value;
    else
        parts.insert(candidate.metric, candidate.value);
    if (!totalValue || parts.isEmpty())
        return issues;
    double sum = 0;
    for (double v : std::as_const(parts))
        sum += v;
    if (sum > *totalValue + 1e-9) {
        if (parts.size() == 1)
            warning(tr("%1 (%2) is more than its total, %3 (%4).")
                        .arg(name(parts.cbegin().key()), VietFormat::number(sum), name(total), VietFormat::number(*totalValue)));
        else
            warning(tr("The parts of %1 add up to %2, more than the total %3.")
                        .arg(name(total), VietFormat::number(sum), VietFormat::number(*totalValue)));
    }
    return issues;
}

bool EntryValidator::hasErrors(const QList<EntryIssue> &issues)
{
    for (const EntryIssue &i : issues)
        if (i.severity == EntryIssue::Error)
            return true;
    return false;
}

} // namespace thp
