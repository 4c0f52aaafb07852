#include "analysis/EntryValidator.h"

#include "analysis/FactInput.h"
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
    if (province.trimmed().isEmpty())
        error(tr("Choose the province the figure is about."));
    else if (!Gazetteer::instance().province(province))
        warning(tr("\"%1\" is not a province TongHop knows: comparisons will list it on its own.").arg(province.trimmed()));
    if (!candidate.period)
        error(tr("Give the years the figure covers."));
    // The figure on its own: the same checks as the review's editors.
    const FactInput::Check own = FactInput::check(candidate);
    for (const QString &e : own.errors)
        error(e);
    for (const QString &w : own.warnings)
        warning(w);
    if (!info || !std::isfinite(candidate.value))
        return issues;

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
