#include "analysis/CompareQuery.h"

#include "analysis/CompareCache.h"
#include "analysis/TextPool.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "store/Database.h"
#include "store/ReportStore.h"
#include "store/SqlSupport.h"
#include "text/Normalizer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

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

struct Candidate {
    qint64 factId = 0;
    qint64 reportId = 0;   // 0: entered by hand
    double value = 0;
    Period period;
    int qualifierId = 0;   // TextPool numbers: cheap to copy and compare
    int statusId = 0;
    int provinceId = 0;    // as reported (a report's province, or the entered fact's)
    int unitId = 0;        // a committee below the province (reports.sub_unit, or an entered
                           // figure's facts.sub_unit), else the empty text
    int reported2025Id = -1; // the 2025 province as the report gave it; -1: none
    int reportYear = 0;
    bool reviewed = false;
    bool inCache = false;      // importedAt and source are in the CompareCache's arena
    qint64 importedKey = -1;   // CompareCache::timeKey(importedAt): the same order, faster
    ByteArena::Ref importedAt; // ISO text in UTC (entered: when entered): byte order is time order
    ByteArena::Ref source;     // report title, or who entered it
};

// The candidates of one metric, with the texts their numbers stand for.
struct Candidates {
    std::vector<Candidate> list;
    TextPool pool;
    ByteArena arena;
    const ByteArena *cacheArena = nullptr; // the CompareCache's, for candidates inCache
    const QString &text(int id) const { return pool.text(id); }
    QByteArrayView bytes(const Candidate &c, ByteArena::Ref r) const { return (c.inCache ? *cacheArena : arena).view(r); }
};

// Every candidate fact for the metric: rejected ones never, plans only when asked for.
// With migration 2's covering indexes this reads no table row: facts_compare, and for each
// fact's report reports_compare, or the CompareCache when there is one (then only
// facts_compare). On SQLite the rows are read through the C API: QtSql's per-value QVariant
// cost more than the query (issue #4: ≤ 50 ms over 1,000,000 facts). *incomplete: a fact's
// report was not in the cache (the caller reads again without it).
Candidates loadCandidates(const Database &database, const QString &metric, const CompareOptions &o,
                          bool withSources, const CompareCache *cache, QString *error, bool *incomplete = nullptr)
{
    // An entered figure's committee is in its own row, not in the covering index: read
    // through a subquery, only for those few rows, so the index stays covering for the rest.
    const QString enteredUnit = QStringLiteral("COALESCE((SELECT e.sub_unit FROM facts e WHERE e.id = f.id), '')");
    QString sql = cache
        ? QStringLiteral("SELECT f.id, f.report_id, f.value, f.qualifier, f.status, f.period_from, f.period_to, "
                         "CASE WHEN f.report_id IS NULL THEN f.province END, "
                         "CASE WHEN f.report_id IS NULL THEN %1 END, "
                         "CASE WHEN f.report_id IS NULL THEN COALESCE(f.changed_at, '') END, "
                         "CASE WHEN f.report_id IS NULL THEN COALESCE(f.changed_by, '') END "
                         "FROM facts f "
                         "WHERE f.metric = ? AND f.level = ? AND f.status <> ?")
              .arg(enteredUnit)
        : QStringLiteral(
              "SELECT f.id, f.report_id, f.value, f.qualifier, f.status, "
              "COALESCE(f.period_from, CASE WHEN r.report_year > 0 THEN r.report_year END), "
              "COALESCE(f.period_to, CASE WHEN r.report_year > 0 THEN r.report_year END), "
              "CASE WHEN f.report_id IS NULL THEN f.province ELSE r.province END, "
              "CASE WHEN f.report_id IS NULL THEN %1 ELSE COALESCE(r.sub_unit, '') END, "
              "COALESCE(r.report_year, 0), COALESCE(CASE WHEN f.report_id IS NULL THEN f.changed_at ELSE r.imported_at END, ''), "
              "CASE WHEN f.report_id IS NULL THEN COALESCE(f.changed_by, '') ELSE r.title END, r.province_2025 "
              "FROM facts f LEFT JOIN reports r%2 ON r.id = f.report_id "
              "WHERE f.metric = ? AND f.level = ? AND f.status <> ?")
              .arg(enteredUnit, database.isPostgres() ? QString() : QStringLiteral(" INDEXED BY reports_compare"));
    QStringList params = {metric, o.level, FactStatus::Rejected};
    if (o.confirmedOnly) {
        sql += QStringLiteral(" AND f.status IN (?, ?, ?)");
        params << FactStatus::Confirmed << FactStatus::Edited << FactStatus::Entered;
    }
    if (!o.includeProjected) {
        sql += QStringLiteral(" AND f.qualifier <> ?");
        params << Qualifier::Projected;
    }
    Candidates set;
    if (cache) {
        set.pool = cache->pool(); // the cached reports' province numbers stay valid
        set.cacheArena = &cache->arena();
    }
    const int emptyText = set.pool.id("", 0);
    const int extracted = set.pool.id(QVariant(FactStatus::Extracted));
    // A fact without a period is filed under its report's year; one with no year at all,
    // or without a province, has nowhere to go.
    auto keep = [&](const Candidate &c, bool hasPeriod) {
        if (!hasPeriod || c.provinceId == emptyText)
            return;
        if ((o.yearFrom > 0 && c.period.from < o.yearFrom) || (o.yearTo > 0 && c.period.to > o.yearTo))
            return;
        set.list.push_back(c);
        Candidate &kept = set.list.back();
        kept.reviewed = c.statusId != extracted;
        if (!kept.inCache)
            kept.importedKey = CompareCache::timeKey(set.arena.view(kept.importedAt));
    };

    const QSqlDatabase db = database.connection();
    if (sqlite3 *handle = store::sqliteHandle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return set;
        }
        for (int i = 0; i < params.size(); ++i)
            sqlite3_bind_text16(st, i + 1, params.at(i).utf16(), int(params.at(i).size() * sizeof(char16_t)), SQLITE_STATIC);
        auto utf8At = [st](int col) { return reinterpret_cast<const char *>(sqlite3_column_text(st, col)); };
        auto textId = [&](int col) {
            const char *p = utf8At(col);
            return set.pool.id(p, sqlite3_column_bytes(st, col));
        };
        auto bytes = [&](int col) {
            const char *p = utf8At(col);
            return set.arena.add(p, sqlite3_column_bytes(st, col));
        };
        auto isNull = [st](int col) { return sqlite3_column_type(st, col) == SQLITE_NULL; };
        // Qualifier and status are nearly always the previous row's: compared, not hashed.
        struct Last {
            QByteArray text;
            int id = -1;
        } lastQualifier, lastStatus;
        auto repeatedId = [&](int col, Last &last) {
            const QByteArrayView text(utf8At(col), sqlite3_column_bytes(st, col));
            if (last.id < 0 || text != last.text) {
                last.id = set.pool.id(text.data(), int(text.size()));
                last.text = text.toByteArray();
            }
            return last.id;
        };
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            Candidate c;
            c.factId = sqlite3_column_int64(st, 0);
            c.reportId = isNull(1) ? 0 : sqlite3_column_int64(st, 1);
            c.value = sqlite3_column_double(st, 2);
            c.qualifierId = repeatedId(3, lastQualifier);
            c.statusId = repeatedId(4, lastStatus);
            c.period = {sqlite3_column_int(st, 5), sqlite3_column_int(st, 6)};
            bool hasPeriod = !isNull(5);
            if (!cache) {
                c.provinceId = textId(7);
                c.unitId = textId(8);
                c.reportYear = sqlite3_column_int(st, 9);
                c.importedAt = bytes(10);
                if (withSources)
                    c.source = bytes(11);
                if (c.reportId)
                    c.reported2025Id = textId(12);
            } else if (!c.reportId) {
                c.provinceId = textId(7);
                c.unitId = textId(8);
                c.importedAt = bytes(9);
                if (withSources)
                    c.source = bytes(10);
            } else {
                const CompareCache::Report *r = cache->find(c.reportId);
                if (!r) {
                    if (incomplete)
                        *incomplete = true;
                    break;
                }
                // As the join above: COALESCE(period, the report's year when it has one).
                if (r->year > 0) {
                    if (isNull(5))
                        c.period.from = r->year;
                    if (isNull(6))
                        c.period.to = r->year;
                }
                hasPeriod = !isNull(5) || r->year > 0;
                c.provinceId = r->provinceId;
                c.unitId = r->unitId;
                c.reportYear = r->year;
                c.inCache = true;
                c.importedAt = r->importedAt;
                c.importedKey = r->importedKey;
                c.source = r->title;
                c.reported2025Id = r->province2025Id;
            }
            keep(c, hasPeriod);
        }
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(st);
        return set;
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &p : params)
        q.addBindValue(p);
    if (!q.exec()) {
        *error = q.lastError().text();
        return set;
    }
    auto bytes = [&](const QVariant &v) {
        const QByteArray utf8 = v.toString().toUtf8();
        return set.arena.add(utf8.constData(), int(utf8.size()));
    };
    while (q.next()) {
        Candidate c;
        c.factId = q.value(0).toLongLong();
        c.reportId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        c.value = q.value(2).toDouble();
        c.qualifierId = set.pool.id(q.value(3));
        c.statusId = set.pool.id(q.value(4));
        const bool hasPeriod = !q.value(5).isNull();
        c.period = {q.value(5).toInt(), q.value(6).toInt()};
        c.provinceId = set.pool.id(q.value(7));
        c.unitId = set.pool.id(q.value(8));
        c.reportYear = q.value(9).toInt();
        c.importedAt = bytes(q.value(10));
        if (withSources)
            c.source = bytes(q.value(11));
        if (c.reportId)
            c.reported2025Id = set.pool.id(q.value(12));
        keep(c, hasPeriod);
    }
    return set;
}

bool sameValue(double a, double b)
{
    return qFuzzyCompare(1.0 + a, 1.0 + b);
}

QString sourceText(const Candidates &set, const Candidate &c)
{
    const QString source = QString::fromUtf8(set.bytes(c, c.source));
    return c.reportId ? source : CompareQuery::tr("entered by %1").arg(source);
}

// One row per province (committee) and period: the reviewed figure first, then the newest
// report (report year, import time), then the newest fact. Differing values are listed
// and flagged, never averaged. withDetails = false: the chosen values only (members,
// denominators), without sources or notes.
QList<CompareRow> chooseRows(const Candidates &set, const Gazetteer &g, bool withDetails,
                             QHash<QString, QString> *province2025)
{
    // One sort (of pointers: cheap to move): candidates of a group together, best first.
    std::vector<const Candidate *> candidates;
    candidates.reserve(set.list.size());
    for (const Candidate &c : set.list)
        candidates.push_back(&c);
    std::sort(candidates.begin(), candidates.end(), [&set](const Candidate *pa, const Candidate *pb) {
        const Candidate &a = *pa;
        const Candidate &b = *pb;
        if (a.provinceId != b.provinceId)
            return a.provinceId < b.provinceId;
        if (a.unitId != b.unitId)
            return a.unitId < b.unitId;
        if (a.period.from != b.period.from)
            return a.period.from < b.period.from;
        if (a.period.to != b.period.to)
            return a.period.to < b.period.to;
        if (a.reviewed != b.reviewed)
            return a.reviewed;
        if (a.reportYear != b.reportYear)
            return a.reportYear > b.reportYear;
        if (a.importedKey >= 0 && b.importedKey >= 0) {
            if (a.importedKey != b.importedKey)
                return a.importedKey > b.importedKey;
        } else if (const int c = set.bytes(a, a.importedAt).compare(set.bytes(b, b.importedAt))) {
            return c > 0;
        }
        return a.factId > b.factId;
    });
    // Rows ordered as they always were: by province + committee text, then period.
    QMap<std::tuple<QString, int, int>, std::pair<CompareRow, QString>> rows; // row, its 2025 province
    for (size_t i = 0; i < candidates.size();) {
        const Candidate &chosen = *candidates[i];
        size_t end = i + 1;
        while (end < candidates.size() && candidates[end]->provinceId == chosen.provinceId
               && candidates[end]->unitId == chosen.unitId && candidates[end]->period == chosen.period)
            ++end;
        CompareRow row;
        row.province = set.text(chosen.provinceId);
        row.unit = set.text(chosen.unitId);
        row.period = chosen.period;
        row.value = chosen.value;
        row.qualifier = set.text(chosen.qualifierId);
        row.status = set.text(chosen.statusId);
        if (withDetails) {
            QSet<QByteArray> listed;
            for (size_t k = i; k < end; ++k) {
                const Candidate &c = *candidates[k];
                if (sameValue(c.value, chosen.value)) {
                    const QByteArray key = set.bytes(c, c.source).toByteArray() + char(c.reportId ? 'r' : 'e');
                    if (!listed.contains(key)) {
                        listed.insert(key);
                        const QString s = sourceText(set, c);
                        if (!row.sources.contains(s))
                            row.sources.append(s);
                    }
                } else {
                    CompareSource alt;
                    alt.factId = c.factId;
                    alt.reportId = c.reportId;
                    alt.province = set.text(c.provinceId);
                    alt.source = sourceText(set, c);
                    alt.value = c.value;
                    alt.qualifier = set.text(c.qualifierId);
                    alt.status = set.text(c.statusId);
                    row.alternatives.append(alt);
                }
            }
            if (!row.alternatives.isEmpty()) {
                row.disagreement = true;
                QStringList others;
                others.reserve(row.alternatives.size());
                for (const CompareSource &s : row.alternatives)
                    others << VietFormat::number(s.value) + QStringLiteral(" (") + s.source + QLatin1Char(')');
                row.note = CompareQuery::tr("sources disagree: %1 (%2) chosen because %3; also given: %4")
                               .arg(VietFormat::number(chosen.value), sourceText(set, chosen),
                                    chosen.reviewed ? CompareQuery::tr("a person reviewed it")
                                                    : CompareQuery::tr("it is from the newest report"),
                                    others.join(QStringLiteral("; ")));
            }
        }
        const QString &province = row.province;
        const QString into = chosen.reported2025Id >= 0 && !set.text(chosen.reported2025Id).isEmpty()
            ? set.text(chosen.reported2025Id)
            : g.into2025.value(province, province);
        rows.insert({province + QLatin1Char('\n') + row.unit, chosen.period.from, chosen.period.to}, {row, into});
        i = end;
    }
    // A province's 2025 name: as its report gave it, else the gazetteer's; the last group
    // in row order decides, as it always did.
    QList<CompareRow> list;
    list.reserve(rows.size());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        list.append(it->first);
        if (province2025)
            province2025->insert(it->first.province, it->second);
    }
    return list;
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

CompareQuery::CompareQuery(Database &db, const CompareCache *cache) : m_db(db), m_cache(cache) {}

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

    // Members (for per 1,000) and rate denominators: chosen by the same rules, all tiers.
    CompareOptions helper = options;
    helper.level = Level::All;
    helper.yearFrom = helper.yearTo = 0;
    helper.includeProjected = false;
    const bool perThousand = !info->isRate && options.metric != QStringLiteral("org.members");
    const QString denominatorMetric = denominatorOf(options.metric);

    Candidates candidates, memberCandidates, denominatorCandidates;
    {
        // One snapshot for the cached reports and all the facts read.
        sqlite3 *handle = store::sqliteHandle(db);
        const store::ReadSnapshot snapshot(handle);
        // A cache not read since the reports last changed is not used (the caller reads it
        // again when it has time): the join reads the same fields.
        const CompareCache *cache = handle && m_cache && m_cache->isCurrent(handle) ? m_cache : nullptr;
        if (cache)
            cache->noteUse();
        auto load = [&](const QString &metric, const CompareOptions &o, bool withSources) {
            bool incomplete = false;
            Candidates c = loadCandidates(m_db, metric, o, withSources, cache, &result.error, &incomplete);
            if (incomplete) { // a fact whose report is not in the cache: cannot happen in one snapshot
                cache = nullptr;
                c = loadCandidates(m_db, metric, o, withSources, nullptr, &result.error);
            }
            return c;
        };
        candidates = load(options.metric, options, true);
        if (perThousand && result.error.isEmpty())
            memberCandidates = load(QStringLiteral("org.members"), helper, false);
        helper.level = options.level;
        if (!denominatorMetric.isEmpty() && result.error.isEmpty())
            denominatorCandidates = load(denominatorMetric, helper, false);
    }
    if (!result.error.isEmpty())
        return result;

    QHash<QString, QString> province2025;
    QList<CompareRow> rows = chooseRows(candidates, gazetteer, true, &province2025);
    const QList<CompareRow> members = perThousand ? chooseRows(memberCandidates, gazetteer, false, nullptr) : QList<CompareRow>();
    const QList<CompareRow> denominators = denominatorMetric.isEmpty()
        ? QList<CompareRow>()
        : chooseRows(denominatorCandidates, gazetteer, false, nullptr);

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
