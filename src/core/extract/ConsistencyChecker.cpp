#include "extract/ConsistencyChecker.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace thp {

namespace {

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
    // The same message comes from the same group of figures, so it is the last one if present.
    if (doc.isEmpty() || doc.constLast() != message)
        doc << message;
}

} // namespace

QStringList ConsistencyChecker::check(QList<Fact> &facts)
{
    QStringList doc;
    const MetricCatalogue &cat = MetricCatalogue::instance();
    static const QStringList tiers = {Level::Province, Level::District, Level::Grassroots, Level::Cell};
    auto periodKey = [](const Fact &f) { return f.period ? f.period->toString() : QString(); };

    // One pass to group the exact figures; every check below works within a group, so the
    // cost stays linear in the number of figures.
    QHash<QString, QList<qsizetype>> byFigure;   // metric|level|period → facts
    QHash<QString, QList<qsizetype>> partsOf;    // total metric|level|period → its parts by form
    QHash<QString, QList<qsizetype>> tiersOf;    // metric|period → facts at one tier
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &f = facts.at(i);
        const MetricInfo *info = cat.find(f.metric);
        if (!info)
            continue;
        if (info->isRate && f.value > 100.0 + 1e-9)
            warn(facts, {i}, QCoreApplication::translate("thp::ConsistencyChecker", "%1: a rate above 100% (%2)").arg(label(f), VietFormat::rate(f.value)), doc);
        if (f.qualifier != Qualifier::Exact)
            continue;
        const QString lp = f.level + QLatin1Char('|') + periodKey(f);
        byFigure[f.metric + QLatin1Char('|') + lp] << i;
        if (!info->partOf.isEmpty() && !info->isRate)
            partsOf[info->partOf + QLatin1Char('|') + lp] << i;
        if (tiers.contains(f.level) && !info->isRate)
            tiersOf[f.metric + QLatin1Char('|') + periodKey(f)] << i;
    }

    for (auto it = byFigure.cbegin(); it != byFigure.cend(); ++it) {
        const QList<qsizetype> &same = it.value();
        const qsizetype i = same.first();
        const Fact &total = facts.at(i);
        // The same figure given with different values: one warning for the group.
        QList<double> values;
        for (qsizetype j : same) {
            if (!std::any_of(values.cbegin(), values.cend(),
                             [&](double v) { return std::fabs(v - facts.at(j).value) <= 1e-9; }))
                values << facts.at(j).value;
            if (values.size() > 5)
                break; // enough to say so
        }
        // Two counts of different things under one metric ("12 nghị quyết và 45 chương
        // trình") are not a disagreement: only figures of the same unit (or with none) are.
        bool disagree = false;
        if (values.size() > 1) {
            const qsizetype n = std::min<qsizetype>(same.size(), 64);
            for (qsizetype a = 0; a < n && !disagree; ++a)
                for (qsizetype b = a + 1; b < n && !disagree; ++b) {
                    const Fact &fa = facts.at(same.at(a));
                    const Fact &fb = facts.at(same.at(b));
                    const bool sameUnit = fa.unit.isEmpty() || fb.unit.isEmpty() || fa.unit == fb.unit;
                    disagree = sameUnit && std::fabs(fa.value - fb.value) > 1e-9;
                }
        }
        if (disagree) {
            QStringList shown;
            for (qsizetype v = 0; v < values.size() && v < 5; ++v)
                shown << VietFormat::metricValue(total.metric, values.at(v));
            if (values.size() > 5)
                shown << QStringLiteral("…");
            warn(facts, same,
                 QCoreApplication::translate("thp::ConsistencyChecker", "%1 is given with different values: %2").arg(label(total), shown.join(QStringLiteral("; "))), doc);
        }
        // Parts against their total — only when the total is unambiguous: with two different
        // totals for the same tier and period we cannot tell which parts belong to which.
        if (values.size() > 1)
            continue;
        // Parts by form (catalogue part_of) at the same tier and period.
        const auto parts = partsOf.constFind(it.key());
        if (parts != partsOf.cend()) {
            double sum = 0;
            for (qsizetype j : *parts)
                sum += facts.at(j).value;
            if (sum > total.value + 1e-9)
                warn(facts, *parts + QList<qsizetype>{i},
                     QCoreApplication::translate("thp::ConsistencyChecker", "%1: the parts add up to %2, more than the total %3")
                         .arg(label(total), VietFormat::number(sum), VietFormat::number(total.value)),
                     doc);
        }
        // Parts by tier: a total for all tiers against its province/district/... figures.
        if (total.level == Level::All) {
            const auto t = tiersOf.constFind(total.metric + QLatin1Char('|') + periodKey(total));
            if (t != tiersOf.cend()) {
                double sum = 0;
                QStringList seen;
                QList<qsizetype> used;
                for (qsizetype j : *t)
                    if (!seen.contains(facts.at(j).level)) {
                        seen << facts.at(j).level;
                        sum += facts.at(j).value;
                        used << j;
                    }
                const bool full = seen.size() == tiers.size();
                if (sum > total.value + 1e-9 || (full && std::fabs(sum - total.value) > 1e-9))
                    warn(facts, used + QList<qsizetype>{i},
                         QCoreApplication::translate("thp::ConsistencyChecker", "%1: the tiers add up to %2, the total says %3")
                             .arg(label(total), VietFormat::number(sum), VietFormat::number(total.value)),
                         doc);
            }
        }
    }

    // participants / eligible against the stated rate, at the same tier and period.
    for (auto it = byFigure.cbegin(); it != byFigure.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("training.participants|")))
            continue;
        const QString lp = it.key().mid(qsizetype(sizeof("training.participants|")) - 1);
        const auto eligible = byFigure.constFind(QStringLiteral("training.eligible|") + lp);
        const auto rate = byFigure.constFind(QStringLiteral("training.rate|") + lp);
        if (eligible == byFigure.cend() || rate == byFigure.cend())
            continue;
        const qsizetype i = it->first(), j = eligible->first(), k = rate->first();
        if (facts.at(j).value <= 0)
            continue;
        const double computed = 100.0 * facts.at(i).value / facts.at(j).value;
        // Allow the rounding a report applies (one decimal, or whole percent).
        if (std::fabs(computed - facts.at(k).value) > 0.55)
            warn(facts, {i, j, k},
                 QCoreApplication::translate("thp::ConsistencyChecker", "%1 of %2 is %3, but the report states %4")
                     .arg(VietFormat::number(facts.at(i).value), VietFormat::number(facts.at(j).value),
                          VietFormat::rate(std::round(computed * 10) / 10), VietFormat::rate(facts.at(k).value)),
                 doc);
    }
    return doc;
}

} // namespace thp
