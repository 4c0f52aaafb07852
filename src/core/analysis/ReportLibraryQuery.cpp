#include "analysis/ReportLibraryQuery.h"

#include "analysis/ReportSearch.h"
#include "store/Database.h"
#include "store/ReportStore.h"
#include "store/SqlSupport.h"
#include "text/Normalizer.h"

#include <QCollator>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace thp {

namespace {

// A fact a person has dealt with: anything but a bare extraction.
const QString kHasReviewed = QStringLiteral(
    "EXISTS (SELECT 1 FROM facts f WHERE f.report_id = r.id AND f.status <> 'extracted')");
const QString kHasUnreviewed = QStringLiteral(
    "EXISTS (SELECT 1 FROM facts f WHERE f.report_id = r.id AND f.status = 'extracted')");

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// Every query word starts a word of the (folded) province name: "da nang" → Đà Nẵng.
bool provinceMatches(const QString &name, const QStringList &words)
{
    const QStringList nameWords = ReportSearch::queryWords(name);
    for (const QString &w : words) {
        const bool found = std::any_of(nameWords.begin(), nameWords.end(),
                                       [&w](const QString &n) { return n.startsWith(w); });
        if (!found)
            return false;
    }
    return true;
}

void setError(QString *error, const QSqlQuery &q)
{
    if (error)
        *error = q.lastError().text();
}

} // namespace

LibraryFilter::Review LibraryRow::reviewState() const
{
    if (extracted > 0 && reviewed() > 0)
        return LibraryFilter::Review::Partly;
    if (extracted > 0)
        return LibraryFilter::Review::Unreviewed;
    if (reviewed() > 0)
        return LibraryFilter::Review::Reviewed;
    return LibraryFilter::Review::Any; // no figures at all
}

ReportLibraryQuery::ReportLibraryQuery(Database &db) : m_db(db) {}

void ReportLibraryQuery::sortVietnamese(QStringList &names)
{
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
}

const QStringList &ReportLibraryQuery::rankedProvinces() const
{
    if (m_ranked.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT name FROM provinces"))) {
            while (q.next())
                m_ranked << q.value(0).toString();
        }
        sortVietnamese(m_ranked);
    }
    return m_ranked;
}

QList<qint64> ReportLibraryQuery::ids(const LibraryFilter &filter, Sort sort, bool descending, QString *error) const
{
    QString sql = QStringLiteral("SELECT r.id FROM reports r WHERE 1 = 1");
    QVariantList binds;
    if (!filter.province.isEmpty()) {
        sql += QStringLiteral(" AND (r.province = ? OR r.province_2025 = ?)");
        binds << filter.province << filter.province;
    }
    if (!filter.region.isEmpty()) {
        sql += QStringLiteral(" AND r.province IN (SELECT p.name FROM provinces p WHERE p.region = ?)");
        binds << filter.region;
    }
    if (filter.year > 0) {
        sql += QStringLiteral(" AND r.report_year = ?");
        binds << filter.year;
    }
    switch (filter.review) {
    case LibraryFilter::Review::Any:
        break;
    case LibraryFilter::Review::Unreviewed:
        sql += QStringLiteral(" AND ") + kHasUnreviewed + QStringLiteral(" AND NOT ") + kHasReviewed;
        break;
    case LibraryFilter::Review::Partly:
        sql += QStringLiteral(" AND ") + kHasUnreviewed + QStringLiteral(" AND ") + kHasReviewed;
        break;
    case LibraryFilter::Review::Reviewed:
        sql += QStringLiteral(" AND ") + kHasReviewed + QStringLiteral(" AND NOT ") + kHasUnreviewed;
        break;
    }

    const QStringList words = ReportSearch::queryWords(Normalizer::toNfc(filter.search));
    if (!words.isEmpty()) {
        // A report is found by the words of its title or text, or of its province's name.
        QString textMatch;
        if (m_db.isPostgres()) {
            // As ReportSearch: each word starts a word of the folded copy, the last one as a prefix.
            QStringList parts;
            for (qsizetype i = 0; i < words.size(); ++i) {
                parts << QStringLiteral("(r.folded_title || ' ' || r.folded_text) ~ ?");
                binds << QString(QStringLiteral("\\m") + words.at(i) + (i + 1 < words.size() ? QStringLiteral("\\M") : QString()));
            }
            textMatch = QStringLiteral("(") + parts.join(QStringLiteral(" AND ")) + QStringLiteral(")");
        } else {
            // Each word quoted (nothing typed is FTS5 syntax), the last one as a prefix.
            QStringList terms;
            for (const QString &w : words)
                terms << QLatin1Char('"') + QString(w).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            terms.last() += QLatin1Char('*');
            textMatch = QStringLiteral("r.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)");
            binds << terms.join(QLatin1Char(' '));
        }
        QStringList named;
        for (const QString &p : rankedProvinces())
            if (provinceMatches(p, words))
                named << p;
        if (named.isEmpty()) {
            sql += QStringLiteral(" AND ") + textMatch;
        } else {
            const QString list = placeholders(named.size());
            sql += QStringLiteral(" AND (") + textMatch + QStringLiteral(" OR r.province IN (") + list
                + QStringLiteral(") OR r.province_2025 IN (") + list + QStringLiteral("))");
            for (int pass = 0; pass < 2; ++pass)
                for (const QString &p : std::as_const(named))
                    binds << p;
        }
    }

    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    auto rankOf = [&](const QString &column) -> QString {
        // Vietnamese order of province names, as a rank: SQL has no Vietnamese collation.
        const QStringList &ranked = rankedProvinces();
        QString rank = QStringLiteral("CASE ") + column;
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            rank += QStringLiteral(" WHEN ? THEN %1").arg(i);
            binds << ranked.at(i);
        }
        return rank + QStringLiteral(" ELSE %1 END").arg(ranked.size());
    };
    QString order;
    switch (sort) {
    case Sort::Province:
        order = rankOf(QStringLiteral("r.province")) + direction + QStringLiteral(", r.report_year DESC");
        break;
    case Sort::Province2025:
        order = rankOf(QStringLiteral("r.province_2025")) + direction + QStringLiteral(", ")
            + rankOf(QStringLiteral("r.province")) + QStringLiteral(", r.report_year DESC");
        break;
    case Sort::Unit:
        order = QStringLiteral("COALESCE(r.unit, '')") + direction;
        break;
    case Sort::Year:
        order = QStringLiteral("COALESCE(r.report_year, 0)") + direction;
        break;
    case Sort::Title:
        // Vietnamese order: the titles' ICU sort keys (migration 7) compare as bytes.
        order = (m_db.isPostgres() ? QStringLiteral("COALESCE(r.title_key, ''::bytea)") : QStringLiteral("COALESCE(r.title_key, X'')"))
            + direction;
        break;
    case Sort::Figures:
        order = QStringLiteral("(SELECT COUNT(*) FROM facts f WHERE f.report_id = r.id AND f.status <> 'rejected')") + direction;
        break;
    case Sort::Review:
        // Share of the figures reviewed; a report without figures counts as none reviewed.
        order = QStringLiteral("COALESCE((SELECT AVG(CASE WHEN f.status = 'extracted' THEN 0.0 ELSE 1.0 END) "
                               "FROM facts f WHERE f.report_id = r.id), -1)") + direction;
        break;
    case Sort::File:
        order = QStringLiteral("r.file_name") + direction;
        break;
    case Sort::Imported:
        order = QStringLiteral("r.imported_at") + direction;
        break;
    }
    sql += QStringLiteral(" ORDER BY ") + order + QStringLiteral(", r.id") + direction;

    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(error, q);
        return out;
    }
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        setError(error, q);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<LibraryRow> ReportLibraryQuery::rows(const QList<qint64> &ids, QString *error) const
{
    QList<LibraryRow> out;
    if (ids.isEmpty())
        return out;
    const QString list = placeholders(ids.size());
    QHash<qint64, LibraryRow> byId;
    byId.reserve(ids.size());
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT r.id, r.title, r.file_name, r.province, r.province_2025, r.unit, r.report_year, "
                                 "r.format, r.encoding, r.imported_at FROM reports r WHERE r.id IN (")
                  + list + QStringLiteral(")"));
        for (qint64 id : ids)
            q.addBindValue(id);
        if (!q.exec()) {
            setError(error, q);
            return out;
        }
        while (q.next()) {
            LibraryRow r;
            r.id = q.value(0).toLongLong();
            r.title = q.value(1).toString();
            r.fileName = q.value(2).toString();
            r.province = q.value(3).toString();
            r.province2025 = q.value(4).toString();
            r.unit = q.value(5).toString();
            r.year = q.value(6).toInt();
            r.format = q.value(7).toString();
            r.encoding = q.value(8).toString();
            r.importedAt = store::fromDbTime(q.value(9));
            byId.insert(r.id, r);
        }
    }
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT report_id, status, COUNT(*) FROM facts WHERE report_id IN (") + list
                  + QStringLiteral(") GROUP BY report_id, status"));
        for (qint64 id : ids)
            q.addBindValue(id);
        if (!q.exec()) {
            setError(error, q);
            return out;
        }
        while (q.next()) {
            const auto it = byId.find(q.value(0).toLongLong());
            if (it == byId.end())
                continue;
            const QString status = q.value(1).toString();
            const int n = q.value(2).toInt();
            if (status == FactStatus::Extracted)
                it->extracted = n;
            else if (status == FactStatus::Confirmed)
                it->confirmed = n;
            else if (status == FactStatus::Edited)
                it->edited = n;
            else if (status == FactStatus::Rejected)
                it->rejected = n;
            else if (status == FactStatus::Entered)
                it->entered = n;
        }
    }
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            out.append(*it);
    }
    return out;
}

QStringList ReportLibraryQuery::provinces() const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT province FROM reports WHERE province IS NOT NULL "
                              "UNION SELECT DISTINCT province_2025 FROM reports WHERE province_2025 IS NOT NULL"))) {
        while (q.next())
            if (const QString name = q.value(0).toString(); !name.isEmpty())
                names << name;
    }
    sortVietnamese(names);
    return names;
}

QStringList ReportLibraryQuery::regions() const
{
    QStringList names;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT p.region FROM provinces p WHERE p.region IS NOT NULL AND p.region <> '' "
                              "AND EXISTS (SELECT 1 FROM reports r WHERE r.province = p.name)"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    sortVietnamese(names);
    return names;
}

QList<int> ReportLibraryQuery::years() const
{
    QList<int> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT report_year FROM reports WHERE report_year IS NOT NULL ORDER BY report_year DESC"))) {
        while (q.next())
            out << q.value(0).toInt();
    }
    return out;
}

} // namespace thp
