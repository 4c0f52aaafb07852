#include "extract/ConsistencyChecker.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace thp {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("thp::ConsistencyChecker", s);
}

bool samePeriod(const Fact &a, const Fact &b)
{
    return a.period == b.period;
}

QString label(const Fact &f)
{
    return MetricCatalogue::instance().displayName(f.metric) + QStringLiteral(" (") + f.level
        + (f.period ? QStringLiteral(", ") + f.period->toString() : QString()) + QLatin1Char(')');
}

void warn(QList<Fact> &facts, const QList<qsizetype> &which, const QString &message, QStringList &doc)
{
    for (qsizetype i : which)
        if (!facts[i].warnings.contains(message))
            facts[i].warnings << message;
    if (!doc.contains(message))
        doc << message;
}

} // namespace

QStringList ConsistencyChecker::check(QList<Fact> &facts)
{
    QStringList doc;
    const MetricCatalogue &cat = MetricCatalogue::instance();
    static const QStringList tiers = {Level::Province, Level::District, Level::Grassroots, Level::Cell};

    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &total = facts.at(i);
        const MetricInfo *info = cat.find(total.metric);
        if (!info)
            continue;
        if (info->isRate && total.value > 100.0 + 1e-9)
            warn(facts, {i}, tr("%1: a rate above 100% (%2)").arg(label(total), VietFormat::rate(total.value)), doc);
        if (total.qualifier != Qualifier::Exact)
            continue;

        // Parts by form (catalogue part_of) at the same tier and period.
        double formSum = 0;
        QList<qsizetype> forms;
        for (qsizetype j = 0; j < facts.size(); ++j) {
            const Fact &p = facts.at(j);
            const MetricInfo *pi = cat.find(p.metric);
            if (j != i && pi && pi->partOf == total.metric && p.level == total.level && samePeriod(p, total)
                && p.qualifier == Qualifier::Exact && !pi->isRate) {
                formSum += p.value;
                forms << j;
            }
        }
        if (!forms.isEmpty() && formSum > total.value + 1e-9)
            warn(facts, forms + QList<qsizetype>{i},
                 tr("%1: the parts add up to %2, more than the total %3")
                     .arg(label(total), VietFormat::number(formSum), VietFormat::number(total.value)),
                 doc);

        // Parts by tier: a total for all tiers against its province/district/... figures.
        if (total.level == Level::All) {
            double tierSum = 0;
            QList<qsizetype> parts;
            QStringList seen;
            for (qsizetype j = 0; j < facts.size(); ++j) {
                const Fact &p = facts.at(j);
                if (j != i && p.metric == total.metric && tiers.contains(p.level) && samePeriod(p, total)
                    && p.qualifier == Qualifier::Exact && !info->isRate && !seen.contains(p.level)) {
                    tierSum += p.value;
                    parts << j;
                    seen << p.level;
                }
            }
            const bool fullBreakdown = seen.size() == tiers.size();
            if (!parts.isEmpty()
                && (tierSum > total.value + 1e-9 || (fullBreakdown && std::fabs(tierSum - total.value) > 1e-9)))
                warn(facts, parts + QList<qsizetype>{i},
                     tr("%1: the tiers add up to %2, the total says %3")
                         .arg(label(total), VietFormat::number(tierSum), VietFormat::number(total.value)),
                     doc);
        }

        // The same figure twice with different values.
        for (qsizetype j = i + 1; j < facts.size(); ++j) {
            const Fact &o = facts.at(j);
            if (o.metric == total.metric && o.level == total.level && samePeriod(o, total)
                && o.qualifier == Qualifier::Exact && std::fabs(o.value - total.value) > 1e-9)
                warn(facts, {i, j},
                     tr("%1 is given twice with different values: %2 and %3")
                         .arg(label(total), VietFormat::metricValue(total.metric, total.value),
                              VietFormat::metricValue(o.metric, o.value)),
                     doc);
        }
    }

    // participants / eligible against the stated rate.
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (facts.at(i).metric != QLatin1String("training.participants"))
            continue;
        for (qsizetype j = 0; j < facts.size(); ++j) {
            if (facts.at(j).metric != QLatin1String("training.eligible") || facts.at(j).level != facts.at(i).level
                || !samePeriod(facts.at(i), facts.at(j)) || facts.at(j).value <= 0)
                continue;
            const double computed = 100.0 * facts.at(i).value / facts.at(j).value;
            for (qsizetype k = 0; k < facts.size(); ++k) {
                const Fact &r = facts.at(k);
                if (r.metric != QLatin1String("training.rate") || r.level != facts.at(i).level
                    || !samePeriod(r, facts.at(i)))
                    continue;
                // Allow the rounding a report applies (one decimal, or whole percent).
                if (std::fabs(computed - r.value) > 0.55)
                    warn(facts, {i, j, k},
                         tr("%1 of %2 is %3, but the report states %4")
                             .arg(VietFormat::number(facts.at(i).value), VietFormat::number(facts.at(j).value),
                                  VietFormat::rate(std::round(computed * 10) / 10), VietFormat::rate(r.value)),
                         doc);
            }
        }
    }
    return doc;
}

} // namespace thp
