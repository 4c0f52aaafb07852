#include "analysis/CompareQuery.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "store/Database.h"
#include "store/ReportStore.h"
#include "text/Normalizer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace thp {

namespace {

// The merger took effect in 2025: figures for periods from then on already describe the
// 2025 province and are not summed again.
constexpr int kMergerYear = 2025;

struct Gazetteer {
    QHash<QString, QString> into2025;          // former name → 2025 province
    QHash<QString, QStringList> members2025;   // 2025 province → former provinces
};

Gazetteer loadGazetteer(const QSqlDatabase &db)
{
    Gazetteer g;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, merged_into_2025, valid_from FROM provinces")))
        return g;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString into = q.value(1).toString().isEmpty() ? name : q.value(1).toString();
        g.into2025.insert(name, into);
        const bool newSince2025 = !q.value(2).isNull() && q.value(2).toInt() >= kMergerYear;
        if (!newSince2025)
            g.members2025[into].append(name);
    }
    QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    for (QStringList &m : g.members2025)
        std::sort(m.begin(), m.end(), [&c](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
    return g;
}

// One row per province (committee) and period, chosen inside the database: the
// candidate facts are ranked per group with window functions (the reviewed figure first,
// then the newest report: report year, import time, fact id), and only the chosen fact,
// the facts that disagree with it and the sources agreeing with it leave SQLite. With
// migration 2's covering indexes no table row is read (issue #4: ≤ 50 ms over 1,000,000
// facts). withDetails = false: the chosen values only (members, denominators).
QList<CompareRow> chooseRows(const Database &database, const QString &metric, const CompareOptions &o,
                             const Gazetteer &g, bool withDetails, QHash<QString, QString> *province2025,
                             QString *error)
{
    const bool pg = database.isPostgres();
    QString where = QStringLiteral("f.metric = ? AND f.level = ? AND f.status <> ?");
    if (o.confirmedOnly)
        where += QStringLiteral(" AND f.status IN (?, ?, ?)");
    if (!o.includeProjected)
        where += QStringLiteral(" AND f.qualifier <> ?");
    QString periodFilter;
    if (o.yearFrom > 0)
        periodFilter += QStringLiteral(" AND pf >= ?");
    if (o.yearTo > 0)
        periodFilter += QStringLiteral(" AND pt <= ?");
    // A fact without a period is filed under its report's year; a hand-entered fact
    // (no report) carries its own province, and its "import time" is when it was entered.
    // Timestamps are ISO text in UTC: byte order is time order (PostgreSQL: COLLATE "C").
    const QString sql = QStringLiteral(
        "WITH c AS (SELECT f.id AS fid, f.report_id AS rid, f.value AS val, f.qualifier AS qual, f.status AS st, "
        "COALESCE(f.period_from, CASE WHEN r.report_year > 0 THEN r.report_year END) AS pf, "
        "COALESCE(f.period_to, CASE WHEN r.report_year > 0 THEN r.report_year END) AS pt, "
        "CASE WHEN f.report_id IS NULL THEN f.province ELSE r.province END AS prov, "
        "COALESCE(r.sub_unit, '') AS sub, "
        "CASE WHEN f.status <> 'extracted' THEN 1 ELSE 0 END AS reviewed, "
        "COALESCE(r.report_year, 0) AS ry, "
        "COALESCE(CASE WHEN f.report_id IS NULL THEN f.changed_at ELSE r.imported_at END, '')%1 AS ts, "
        "CASE WHEN f.report_id IS NULL THEN COALESCE(f.changed_by, '') ELSE r.title END AS src, "
        "COALESCE(r.province_2025, '') AS p2025 "
        "FROM facts f LEFT JOIN reports r%2 ON r.id = f.report_id WHERE %3), "
        "w AS (SELECT c.*, ROW_NUMBER() OVER g AS rn, FIRST_VALUE(val) OVER g AS chosen FROM c "
        "WHERE pf IS NOT NULL AND prov IS NOT NULL AND prov <> ''%4 "
        "WINDOW g AS (PARTITION BY prov, sub, pf, pt ORDER BY reviewed DESC, ry DESC, ts DESC, fid DESC)), "
        // Same value: qFuzzyCompare(1 + a, 1 + b), the test comparisons always used.
        "x AS (SELECT w.*, CASE WHEN ABS((1.0 + val) - (1.0 + chosen)) * 1000000000000.0 <= %5(ABS(1.0 + val), "
        "ABS(1.0 + chosen)) THEN 1 ELSE 0 END AS same FROM w) ")
                            .arg(pg ? QStringLiteral(" COLLATE \"C\"") : QString(),
                                 pg ? QString() : QStringLiteral(" INDEXED BY reports_compare"), where, periodFilter,
                                 pg ? QStringLiteral("LEAST") : QStringLiteral("MIN"))
        + (withDetails
               // The chosen fact with every source agreeing with it ([rank, entered, source]
               // pairs, put in rank order here), and each fact that disagrees.
               ? QStringLiteral("SELECT x.prov, x.sub, x.pf, x.pt, x.rn, x.fid, x.rid, x.val, x.qual, x.st, x.reviewed, "
                                "x.src, x.p2025, CASE WHEN x.rn = 1 THEN s.agree END FROM x JOIN (SELECT prov, sub, pf, pt, %1 AS agree "
                                "FROM x WHERE same = 1 GROUP BY prov, sub, pf, pt) s "
                                "ON s.prov = x.prov AND s.sub = x.sub AND s.pf = x.pf AND s.pt = x.pt "
                                "WHERE x.rn = 1 OR x.same = 0")
                     .arg(pg ? QStringLiteral("json_agg(json_build_array(rn, CASE WHEN rid IS NULL THEN 1 ELSE 0 END, src))")
                             : QStringLiteral("json_group_array(json_array(rn, CASE WHEN rid IS NULL THEN 1 ELSE 0 END, src))"))
               : QStringLiteral("SELECT prov, sub, pf, pt, rn, fid, rid, val, qual, st, reviewed, src, p2025, NULL FROM x "
                                "WHERE rn = 1"));

    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return {};
    }
    q.addBindValue(metric);
    q.addBindValue(o.level);
    q.addBindValue(FactStatus::Rejected);
    if (o.confirmedOnly) {
        q.addBindValue(FactStatus::Confirmed);
        q.addBindValue(FactStatus::Edited);
        q.addBindValue(FactStatus::Entered);
    }
    if (!o.includeProjected)
        q.addBindValue(Qualifier::Projected);
    if (o.yearFrom > 0)
        q.addBindValue(o.yearFrom);
    if (o.yearTo > 0)
        q.addBindValue(o.yearTo);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }

    struct Group {
        CompareRow row;
        bool reviewed = false;
        QString chosenSource;
        QString province2025;
        QList<std::pair<int, CompareSource>> alternatives; // rank, source
    };
    auto sourceText = [](bool entered, const QString &src) {
        return entered ? CompareQuery::tr("entered by %1").arg(src) : src;
    };
    // Keyed as the rows were always ordered: province and committee, then period.
    QMap<std::tuple<QString, int, int>, Group> groups;
    while (q.next()) {
        const QString province = q.value(0).toString();
        const QString unit = q.value(1).toString();
        const Period period{q.value(2).toInt(), q.value(3).toInt()};
        Group &grp = groups[{province + QLatin1Char('\n') + unit, period.from, period.to}];
        const int rank = q.value(4).toInt();
        const bool entered = q.value(6).isNull();
        if (rank == 1) {
            CompareRow &row = grp.row;
            row.province = province;
            row.unit = unit;
            row.period = period;
            row.value = q.value(7).toDouble();
            row.qualifier = q.value(8).toString();
            row.status = q.value(9).toString();
            grp.reviewed = q.value(10).toInt() != 0;
            grp.chosenSource = sourceText(entered, q.value(11).toString());
            const QString reported2025 = entered ? QString() : q.value(12).toString();
            grp.province2025 = !reported2025.isEmpty() ? reported2025 : g.into2025.value(province, province);
            if (withDetails) {
                QList<std::pair<int, QString>> agreeing;
                for (const QJsonValue &v : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array()) {
                    const QJsonArray a = v.toArray();
                    agreeing.append({a.at(0).toInt(), sourceText(a.at(1).toInt() != 0, a.at(2).toString())});
                }
                std::sort(agreeing.begin(), agreeing.end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
                for (const auto &a : agreeing)
                    if (!row.sources.contains(a.second))
                        row.sources.append(a.second);
            }
        } else {
            CompareSource s;
            s.factId = q.value(5).toLongLong();
            s.reportId = entered ? 0 : q.value(6).toLongLong();
            s.province = province;
            s.source = sourceText(entered, q.value(11).toString());
            s.value = q.value(7).toDouble();
            s.qualifier = q.value(8).toString();
            s.status = q.value(9).toString();
            grp.alternatives.append({rank, s});
        }
    }
    QList<CompareRow> rows;
    rows.reserve(groups.size());
    for (Group &grp : groups) {
        CompareRow &row = grp.row;
        std::sort(grp.alternatives.begin(), grp.alternatives.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &a : grp.alternatives)
            row.alternatives.append(a.second);
        if (!row.alternatives.isEmpty()) {
            row.disagreement = true;
            QStringList others;
            for (const CompareSource &s : row.alternatives)
                others << VietFormat::number(s.value) + QStringLiteral(" (") + s.source + QLatin1Char(')');
            row.note = CompareQuery::tr("sources disagree: %1 (%2) chosen because %3; also given: %4")
                           .arg(VietFormat::number(*row.value), grp.chosenSource,
                                grp.reviewed ? CompareQuery::tr("a person reviewed it") : CompareQuery::tr("it is from the newest report"),
                                others.join(QStringLiteral("; ")));
        }
        province2025->insert(row.province, grp.province2025);
        rows.append(row);
    }
    return rows;
}

// A point figure (members, eligible) for the province inside the period: the same period
// first, else the latest single year inside it.
std::optional<double> figureFor(const QList<CompareRow> &rows, const CompareRow &of, const Period &period)
{
    std::optional<double> best;
    int bestYear = 0;
    for (const CompareRow &r : rows) {
        if (r.province != of.province || r.unit != of.unit || !r.value)
            continue;
        if (r.period == period)
            return r.value;
        if (r.period.from == r.period.to && r.period.to >= period.from && r.period.to <= period.to
            && r.period.to > bestYear) {
            best = r.value;
            bestYear = r.period.to;
        }
    }
    return best;
}

QString combinedQualifier(const QStringList &qualifiers)
{
    if (qualifiers.contains(Qualifier::Approx))
        return Qualifier::Approx;
    if (qualifiers.contains(Qualifier::Projected))
        return Qualifier::Projected;
    if (qualifiers.contains(Qualifier::AtLeast))
        return Qualifier::AtLeast;
    return Qualifier::Exact;
}

QString combinedStatus(QStringList statuses)
{
    statuses.removeDuplicates();
    if (statuses.size() == 1)
        return statuses.first();
    return statuses.contains(FactStatus::Extracted) ? FactStatus::Extracted : FactStatus::Confirmed;
}

// Names compared without diacritics or case; with 2025 boundaries a former province's
// name selects the 2025 province it became part of.
bool matchesFilter(const CompareRow &row, const QStringList &wanted, const Gazetteer &g, bool boundaries2025)
{
    if (wanted.isEmpty())
        return true;
    const QString rowKey = Normalizer::searchFold(row.province);
    for (const QString &w : wanted) {
        const QString key = Normalizer::searchFold(w.trimmed());
        if (key == rowKey)
            return true;
        if (!boundaries2025)
            continue;
        if (!row.unit.isEmpty() && Normalizer::searchFold(g.into2025.value(row.province)) == key)
            return true;
        for (auto it = g.into2025.cbegin(); it != g.into2025.cend(); ++it)
            if (Normalizer::searchFold(it.key()) == key && it.value() == row.province)
                return true;
    }
    return false;
}

} // namespace

CompareQuery::CompareQuery(Database &db) : m_db(db) {}

QString CompareQuery::denominatorOf(const QString &rateMetric)
{
    // What each catalogued rate is a share of; a rate not listed here cannot be combined.
    static const QHash<QString, QString> denominators = {
        {QStringLiteral("training.rate"), QStringLiteral("training.eligible")},
        {QStringLiteral("rating.orgs_good.rate"), QStringLiteral("org.grassroots_orgs")},
        {QStringLiteral("rating.members_good.rate"), QStringLiteral("org.members")},
    };
    return denominators.value(rateMetric);
}

CompareResult CompareQuery::run(const CompareOptions &options) const
{
    CompareResult result;
    result.options = options;
    const MetricInfo *info = MetricCatalogue::instance().find(options.metric);
    if (!info) {
        result.error = tr("unknown metric \"%1\"").arg(options.metric);
        return result;
    }
    if (!Level::all().contains(options.level)) {
        result.error = tr("unknown level \"%1\"").arg(options.level);
        return result;
    }
    result.isRate = info->isRate;
    const QSqlDatabase db = m_db.connection();
    const Gazetteer gazetteer = loadGazetteer(db);

    QHash<QString, QString> province2025;
    QList<CompareRow> rows = chooseRows(m_db, options.metric, options, gazetteer, true, &province2025, &result.error);
    if (!result.error.isEmpty())
        return result;

    // Members (for per 1,000) and rate denominators: chosen by the same rules, all tiers.
    CompareOptions helper = options;
    helper.level = Level::All;
    helper.yearFrom = helper.yearTo = 0;
    helper.includeProjected = false;
    QHash<QString, QString> unused;
    const bool perThousand = !info->isRate && options.metric != QStringLiteral("org.members");
    const QList<CompareRow> members = perThousand
        ? chooseRows(m_db, QStringLiteral("org.members"), helper, gazetteer, false, &unused, &result.error)
        : QList<CompareRow>();
    const QString denominatorMetric = denominatorOf(options.metric);
    helper.level = options.level;
    const QList<CompareRow> denominators = denominatorMetric.isEmpty()
        ? QList<CompareRow>()
        : chooseRows(m_db, denominatorMetric, helper, gazetteer, false, &unused, &result.error);

    if (perThousand) {
        for (CompareRow &r : rows) {
            const auto m = figureFor(members, r, r.period);
            if (m && *m > 0 && r.value)
                r.perThousandMembers = *r.value / *m * 1000.0;
        }
    }

    if (options.boundaries2025) {
        // Group the as-reported rows by 2025 province and period.
        QMap<std::tuple<QString, int, int>, QList<CompareRow>> groups;
        QList<CompareRow> merged;
        for (const CompareRow &r : rows) {
            if (!r.unit.isEmpty()) {
                // A city's or district's figure is not the province's: shown, never combined.
                CompareRow kept = r;
                kept.note = tr("figure of %1 only, not of the whole province; not combined").arg(r.unit)
                    + (r.note.isEmpty() ? QString() : QStringLiteral("; ") + r.note);
                merged.append(kept);
                continue;
            }
            const QString into = r.period.from >= kMergerYear ? province2025.value(r.province, r.province)
                                                              : gazetteer.into2025.value(r.province, province2025.value(r.province, r.province));
            groups[{into, r.period.from, r.period.to}].append(r);
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QString &into = std::get<0>(it.key());
            const QList<CompareRow> &parts = it.value();
            const Period period{std::get<1>(it.key()), std::get<2>(it.key())};
            QStringList expected = gazetteer.members2025.value(into, {into});
            if (period.from >= kMergerYear)
                expected = {parts.first().province};
            CompareRow row;
            row.province = into;
            row.period = period;
            QStringList have, qualifiers, statuses;
            for (const CompareRow &p : parts) {
                have << p.province;
                qualifiers << p.qualifier;
                statuses << p.status;
                for (const QString &s : p.sources)
                    if (!row.sources.contains(s))
                        row.sources << s;
                row.disagreement |= p.disagreement;
                row.alternatives << p.alternatives;
            }
            row.qualifier = combinedQualifier(qualifiers);
            row.status = combinedStatus(statuses);
            if (!(have.size() == 1 && have.first() == into))
                row.mergedFrom = have;
            QStringList missing;
            for (const QString &e : expected)
                if (!have.contains(e))
                    missing << e;

            // Whether the note already says that (and how) the sources disagree.
            bool noteTellsDisagreement = false;
            if (parts.size() == 1 && missing.isEmpty()) {
                noteTellsDisagreement = parts.first().disagreement;
                row.value = parts.first().value;
                row.perThousandMembers = parts.first().perThousandMembers;
                row.note = parts.first().note;
            } else if (!missing.isEmpty()) {
                row.note = info->isRate
                    ? tr("not comparable: no figure for %1 for %2; the rate of only some of the merged provinces "
                         "is not the rate of %3")
                          .arg(missing.join(QStringLiteral(", ")), period.toString(), into)
                    : tr("not comparable: no figure for %1 for %2; a sum of only some of the merged provinces "
                         "would understate %3")
                          .arg(missing.join(QStringLiteral(", ")), period.toString(), into);
            } else if (!info->isRate) {
                double sum = 0, memberSum = 0;
                bool allMembers = perThousand;
                for (const CompareRow &p : parts) {
                    sum += p.value.value_or(0);
                    const auto m = perThousand ? figureFor(members, p, p.period) : std::nullopt;
                    allMembers = allMembers && m && *m > 0;
                    memberSum += m.value_or(0);
                }
                row.value = sum;
                if (allMembers)
                    row.perThousandMembers = sum / memberSum * 1000.0;
                row.note = tr("sum of %1").arg(have.join(QStringLiteral(" + ")));
            } else {
                double weighted = 0, total = 0;
                QStringList without;
                for (const CompareRow &p : parts) {
                    const auto d = figureFor(denominators, p, p.period);
                    if (!d || *d <= 0) {
                        without << p.province;
                        continue;
                    }
                    weighted += p.value.value_or(0) * *d;
                    total += *d;
                }
                if (without.isEmpty() && total > 0) {
                    row.value = weighted / total;
                    row.note = tr("rate of %1 weighted by %2").arg(have.join(QStringLiteral(" + ")), denominatorMetric);
                } else {
                    row.note = denominatorMetric.isEmpty()
                        ? tr("not comparable: this rate cannot be combined across provinces")
                        : tr("not comparable: a rate cannot be combined without %1 (missing for %2); "
                             "averaging the rates would be wrong")
                              .arg(denominatorMetric, without.join(QStringLiteral(", ")));
                }
            }
            if (row.disagreement && !noteTellsDisagreement)
                row.note += (row.note.isEmpty() ? QString() : QStringLiteral("; ")) + tr("sources disagree for a part");
            merged.append(row);
        }
        rows = merged;
    }

    QList<CompareRow> filtered;
    for (const CompareRow &r : rows)
        if (matchesFilter(r, options.provinces, gazetteer, options.boundaries2025))
            filtered.append(r);
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::sort(filtered.begin(), filtered.end(), [&collator](const CompareRow &a, const CompareRow &b) {
        if (const int c = collator.compare(a.province, b.province))
            return c < 0;
        if (a.unit != b.unit)
            return collator.compare(a.unit, b.unit) < 0;
        if (a.period.from != b.period.from)
            return a.period.from < b.period.from;
        return a.period.to < b.period.to;
    });
    result.rows = filtered;
    result.ok = result.error.isEmpty();
    return result;
}

} // namespace thp
