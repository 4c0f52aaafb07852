// The comparison as it was before migration 2 moved the choice into SQL: every candidate
// fact read into C++, grouped and chosen there. Kept verbatim (apart from its name) as the
// oracle that tst_analysis compares the SQL implementation against, row by row.
#include "LegacyCompareQuery.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "store/Database.h"
#include "store/ReportStore.h"
#include "text/Normalizer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace thp::test {

namespace {

// The merger took effect in 2025: figures for periods from then on already describe the
// 2025 province and are not summed again.
constexpr int kMergerYear = 2025;

struct Candidate {
    CompareSource src;
    QString unit; // a committee below the province (Thành ủy Nam Định); empty for the province
    Period period;
    QString province2025;
    int reportYear = 0;
    QString importedAt; // ISO text: sorts as time
    bool reviewed = false;
};

struct Gazetteer {
    QHash<QString, QString> into2025;          // former name → 2025 province
    QHash<QString, QStringList> members2025;   // 2025 province → former provinces
    QSet<QString> cities;                      // centrally-run cities (their "Thành ủy" is the province's)
};

// A report by a committee below the province (a city or district of it) gives that
// committee's figures, not the province's: they are kept apart and never summed with it.
QString subProvincialUnit(const QString &unit, const QString &province, const Gazetteer &g)
{
    const QString key = Normalizer::searchFold(unit.simplified());
    if (key.isEmpty() || key.startsWith(QLatin1String("tinh uy")) || key.startsWith(QLatin1String("dang bo tinh"))
        || key.startsWith(QLatin1String("ban thuong vu tinh uy")))
        return {};
    if (g.cities.contains(province) && key.endsWith(Normalizer::searchFold(province))
        && (key.startsWith(QLatin1String("thanh uy")) || key.startsWith(QLatin1String("dang bo thanh pho"))))
        return {};
    return unit.simplified();
}

Gazetteer loadGazetteer(const QSqlDatabase &db)
{
    Gazetteer g;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, merged_into_2025, valid_from, kind FROM provinces")))
        return g;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString into = q.value(1).toString().isEmpty() ? name : q.value(1).toString();
        g.into2025.insert(name, into);
        if (q.value(3).toString() == QLatin1String("thanh_pho_truc_thuoc_tw"))
            g.cities.insert(name);
        const bool newSince2025 = !q.value(2).isNull() && q.value(2).toInt() >= kMergerYear;
        if (!newSince2025)
            g.members2025[into].append(name);
    }
    QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    for (QStringList &m : g.members2025)
        std::sort(m.begin(), m.end(), [&c](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
    return g;
}

QList<Candidate> loadCandidates(const QSqlDatabase &db, const QString &metric, const CompareOptions &o,
                                const Gazetteer &g, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT f.id, f.report_id, f.value, f.qualifier, f.status, f.period_from, f.period_to, f.province, "
        "f.changed_by, f.changed_at, r.title, r.province, r.province_2025, r.report_year, r.imported_at, r.unit, f.sub_unit "
        "FROM facts f LEFT JOIN reports r ON r.id = f.report_id "
        "WHERE f.metric = ? AND f.level = ? AND f.status <> ?");
    if (o.confirmedOnly)
        sql += QStringLiteral(" AND f.status IN (?, ?, ?)");
    if (!o.includeProjected)
        sql += QStringLiteral(" AND f.qualifier <> ?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
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
    QList<Candidate> list;
    if (!q.exec()) {
        *error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        Candidate c;
        c.src.factId = q.value(0).toLongLong();
        c.src.reportId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        c.src.value = q.value(2).toDouble();
        c.src.qualifier = q.value(3).toString();
        c.src.status = q.value(4).toString();
        c.reviewed = c.src.status != FactStatus::Extracted;
        if (c.src.reportId == 0) {
            c.src.province = q.value(7).toString();
            c.src.source = LegacyCompareQuery::tr("entered by %1").arg(q.value(8).toString());
            c.importedAt = q.value(9).toString();
            c.unit = q.value(16).toString(); // schema 5: a committee below the province
        } else {
            c.src.province = q.value(11).toString();
            c.src.source = q.value(10).toString();
            c.reportYear = q.value(13).toInt();
            c.importedAt = q.value(14).toString();
            c.unit = subProvincialUnit(q.value(15).toString(), c.src.province, g);
        }
        if (!q.value(5).isNull())
            c.period = {q.value(5).toInt(), q.value(6).toInt()};
        else if (c.reportYear > 0)
            c.period = {c.reportYear, c.reportYear}; // no period in the text: the report's year
        else
            continue; // nowhere to file it
        if (c.src.province.isEmpty())
            continue;
        if ((o.yearFrom > 0 && c.period.from < o.yearFrom) || (o.yearTo > 0 && c.period.to > o.yearTo))
            continue;
        const QString reported2025 = c.src.reportId ? q.value(12).toString() : QString();
        c.province2025 = !reported2025.isEmpty() ? reported2025 : g.into2025.value(c.src.province, c.src.province);
        list.append(c);
    }
    return list;
}

bool sameValue(double a, double b)
{
    return qFuzzyCompare(1.0 + a, 1.0 + b);
}

// One row per province and period: the reviewed figure first, then the newest report.
QList<CompareRow> chooseRows(QList<Candidate> candidates, QHash<QString, QString> *province2025)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.reviewed != b.reviewed)
            return a.reviewed;
        if (a.reportYear != b.reportYear)
            return a.reportYear > b.reportYear;
        if (a.importedAt != b.importedAt)
            return a.importedAt > b.importedAt;
        return a.src.factId > b.src.factId;
    });
    QMap<std::tuple<QString, int, int>, QList<Candidate>> groups;
    for (const Candidate &c : candidates)
        groups[{c.src.province + QLatin1Char('\n') + c.unit, c.period.from, c.period.to}].append(c);
    QList<CompareRow> rows;
    for (const QList<Candidate> &group : groups) {
        const Candidate &chosen = group.first();
        CompareRow row;
        row.province = chosen.src.province;
        row.unit = chosen.unit;
        row.period = chosen.period;
        row.value = chosen.src.value;
        row.qualifier = chosen.src.qualifier;
        row.status = chosen.src.status;
        for (const Candidate &c : group) {
            if (sameValue(c.src.value, chosen.src.value)) {
                if (!row.sources.contains(c.src.source))
                    row.sources.append(c.src.source);
            } else {
                row.alternatives.append(c.src);
            }
        }
        if (!row.alternatives.isEmpty()) {
            row.disagreement = true;
            QStringList others;
            for (const CompareSource &s : row.alternatives)
                others << VietFormat::number(s.value) + QStringLiteral(" (") + s.source + QLatin1Char(')');
            row.note = LegacyCompareQuery::tr("sources disagree: %1 (%2) chosen because %3; also given: %4")
                           .arg(VietFormat::number(chosen.src.value), chosen.src.source,
                                chosen.reviewed ? LegacyCompareQuery::tr("a person reviewed it") : LegacyCompareQuery::tr("it is from the newest report"),
                                others.join(QStringLiteral("; ")));
        }
        province2025->insert(chosen.src.province, chosen.province2025);
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

LegacyCompareQuery::LegacyCompareQuery(Database &db) : m_db(db) {}

CompareResult LegacyCompareQuery::run(const CompareOptions &options) const
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
    QList<CompareRow> rows = chooseRows(loadCandidates(db, options.metric, options, gazetteer, &result.error), &province2025);
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
        ? chooseRows(loadCandidates(db, QStringLiteral("org.members"), helper, gazetteer, &result.error), &unused)
        : QList<CompareRow>();
    const QString denominatorMetric = CompareQuery::denominatorOf(options.metric);
    helper.level = options.level;
    const QList<CompareRow> denominators = denominatorMetric.isEmpty()
        ? QList<CompareRow>()
        : chooseRows(loadCandidates(db, denominatorMetric, helper, gazetteer, &result.error), &unused);

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

            if (parts.size() == 1 && missing.isEmpty()) {
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
            if (row.disagreement && !row.note.contains(tr("sources disagree")))
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

} // namespace thp::test
