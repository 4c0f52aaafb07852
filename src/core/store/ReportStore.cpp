#include "store/ReportStore.h"

#include "store/Database.h"
#include "store/FactRows.h"
#include "store/ReportUnit.h"
#include "store/SqlSupport.h"
#include "text/Normalizer.h"
#include "text/VietnameseOrder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace thp {

namespace {

const QString kReportColumns = QStringLiteral(
    "r.id, r.file_name, r.format, r.encoding, r.content_hash, r.title, r.province, r.province_2025, r.unit, "
    "r.report_year, r.term, r.documents, r.imported_at, r.pages, r.paragraphs, r.ocr, r.warnings, "
    "(SELECT COUNT(*) FROM facts f WHERE f.report_id = r.id AND f.status <> 'rejected')");

StoredReport reportFromRow(const QSqlQuery &q)
{
    StoredReport r;
    r.id = q.value(0).toLongLong();
    r.fileName = q.value(1).toString();
    r.format = q.value(2).toString();
    r.encoding = q.value(3).toString();
    r.contentHash = q.value(4).toString();
    r.title = q.value(5).toString();
    r.province = q.value(6).toString();
    r.province2025 = q.value(7).toString();
    r.unit = q.value(8).toString();
    r.year = q.value(9).toInt();
    r.term = q.value(10).toString();
    r.documents = store::fromJsonList(q.value(11));
    r.importedAt = store::fromDbTime(q.value(12));
    r.pages = q.value(13).toInt();
    r.paragraphs = q.value(14).toInt();
    r.ocr = q.value(15).toInt() != 0;
    r.warnings = store::fromJsonList(q.value(16));
    r.factCount = q.value(17).toInt();
    return r;
}

const QString kProvinceKind = QStringLiteral("SELECT kind FROM provinces WHERE name = ?");

// The committee below the province whose figures the report gives (reports.sub_unit).
// kindQuery: kProvinceKind, prepared.
QString subUnitOf(QSqlQuery &kindQuery, const DocumentInfo &info)
{
    if (info.unit.isEmpty())
        return {};
    kindQuery.addBindValue(info.province);
    const bool city = kindQuery.exec() && kindQuery.next()
        && kindQuery.value(0).toString() == QLatin1String("thanh_pho_truc_thuoc_tw");
    kindQuery.finish();
    return store::subProvincialUnit(info.unit, info.province, city);
}

QString describe(const StoredReport &r)
{
    return r.title.isEmpty() ? r.fileName : r.title;
}

// A new extracted fact that a reviewer has already dealt with (confirmed, corrected or
// rejected the same figure at the same place) must not come back as a fresh suggestion.
bool coveredByReview(const Fact &f, const QList<StoredFact> &reviewed)
{
    for (const StoredFact &s : reviewed) {
        const Fact &r = s.fact;
        if (r.metric != f.metric || r.level != f.level || r.period != f.period)
            continue;
        const bool overlap = f.span.start < r.span.end && r.span.start < f.span.end;
        if (overlap || f.sameFigure(r))
            return true;
    }
    return false;
}

} // namespace

// The statements addReport() runs for every report, prepared once: preparing them again
// for each report (QtSql asks SQLite to parse, then reads every column's name and type)
// took about a fifth of the time of storing an ordinary report.
struct ReportStore::Statements {
    explicit Statements(const QSqlDatabase &db, bool postgres)
        : stored(db), insertReport(db), searchEntry(db), provinceKind(db), facts(db)
    {
        stored.prepare(QStringLiteral("SELECT id FROM reports WHERE content_hash = ?"));
        insertReport.prepare(QStringLiteral(
            "INSERT INTO reports (content_hash, file_name, format, encoding, title, report_year, province, "
            "province_2025, unit, term, documents, text, imported_at, pages, paragraphs, ocr, warnings, sub_unit, title_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        searchEntry.prepare(postgres ? QStringLiteral("UPDATE reports SET folded_title = ?, folded_text = ? WHERE id = ?")
                                     : QStringLiteral("INSERT INTO reports_fts (title, body, rowid) VALUES (?, ?, ?)"));
        provinceKind.prepare(kProvinceKind);
    }

    QSqlQuery stored;       // the id of the report with this content hash
    QSqlQuery insertReport;
    QSqlQuery searchEntry;  // folded title, folded text, report id
    QSqlQuery provinceKind;
    store::FactInserter facts;
};

ReportStore::ReportStore(Database &db) : m_db(db) {}

ReportStore::~ReportStore() = default;

ReportStore::Statements &ReportStore::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection(), m_db.isPostgres());
    return *m_statements;
}

QString ReportStore::contentHash(const QString &nfcText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(Normalizer::toNfc(nfcText).toUtf8(), QCryptographicHash::Sha256).toHex());
}

AddReportResult ReportStore::addReport(const ReportInput &input)
{
    AddReportResult result;
    const QString hash = contentHash(input.document.text);
    const DocumentInfo &info = input.extraction.info;
    QString error;
    WriteTransaction tx(m_db);
    if (!tx.begin(&error)) {
        result.message = tr("the database is busy or read-only: %1").arg(error);
        return result;
    }
    if (m_db.isPostgres()) {
        // Two connections importing the same file at once: the second waits, then skips it.
        QSqlQuery lock(m_db.connection());
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(hash.left(15).toLongLong(nullptr, 16));
        if (!lock.exec()) {
            result.message = tr("the database is busy: %1").arg(lock.lastError().text());
            return result;
        }
    }
    Statements &st = statements();
    st.stored.addBindValue(hash);
    if (!st.stored.exec()) {
        result.message = tr("the database is busy or read-only: %1").arg(st.stored.lastError().text());
        return result;
    }
    const qint64 storedId = st.stored.next() ? st.stored.value(0).toLongLong() : 0;
    st.stored.finish();
    if (storedId > 0) {
        const std::optional<StoredReport> existing = report(storedId);
        result.kind = AddReportResult::Skipped;
        result.reportId = storedId;
        result.message =
            tr("already stored as report #%1 (%2)").arg(storedId).arg(existing ? describe(*existing) : QString());
        return result;
    }

    QSqlQuery &q = st.insertReport;
    const QString title = info.title.isEmpty() ? input.document.title : info.title;
    q.addBindValue(hash);
    q.addBindValue(store::notNull(input.fileName));
    q.addBindValue(store::notNull(input.document.format));
    q.addBindValue(store::notNull(input.document.encoding));
    q.addBindValue(store::notNull(title));
    q.addBindValue(info.year > 0 ? QVariant(info.year) : store::nullInt());
    q.addBindValue(store::textOrNull(info.province));
    q.addBindValue(store::textOrNull(info.province2025));
    q.addBindValue(store::textOrNull(info.unit));
    q.addBindValue(store::textOrNull(info.term));
    q.addBindValue(store::toJsonList(info.documents));
    q.addBindValue(store::notNull(input.document.text));
    q.addBindValue(store::toDbTime(QDateTime::currentDateTimeUtc()));
    q.addBindValue(input.document.pages);
    q.addBindValue(input.document.paragraphs);
    q.addBindValue(input.document.ocr ? 1 : 0);
    q.addBindValue(store::toJsonList(input.extraction.warnings));
    q.addBindValue(store::notNull(subUnitOf(st.provinceKind, info)));
    q.addBindValue(VietnameseOrder::sortKey(title)); // the library's title order
    if (!q.exec()) {
        result.message = tr("cannot store the report: %1").arg(q.lastError().text());
        return result;
    }
    const qint64 reportId = q.lastInsertId().toLongLong();

    // The search entry: FTS5 on SQLite, folded columns on PostgreSQL.
    st.searchEntry.addBindValue(Normalizer::searchFold(title));
    st.searchEntry.addBindValue(Normalizer::searchFold(input.document.text));
    st.searchEntry.addBindValue(reportId);
    if (!st.searchEntry.exec()) {
        result.message = tr("cannot index the report for search: %1").arg(st.searchEntry.lastError().text());
        return result;
    }

    store::FactRowMeta meta;
    meta.status = FactStatus::Extracted;
    qsizetype failed = 0;
    if (!st.facts.insertAll(reportId, input.extraction.facts, meta, &error, &failed)) {
        const Fact &f = input.extraction.facts.value(failed);
        result.message = tr("cannot store the figure %1 = %2: %3").arg(f.metric).arg(f.value).arg(error);
        return result;
    }
    if (!tx.commit(&error)) {
        result.message = tr("cannot save the report: %1").arg(error);
        return result;
    }
    result.kind = AddReportResult::Imported;
    result.reportId = reportId;
    return result;
}

QList<StoredReport> ReportStore::reports() const
{
    QList<StoredReport> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kReportColumns + QStringLiteral(" FROM reports r ORDER BY r.id")))
        return list;
    while (q.next())
        list.append(reportFromRow(q));
    return list;
}

std::optional<StoredReport> ReportStore::report(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kReportColumns + QStringLiteral(" FROM reports r WHERE r.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return reportFromRow(q);
    return std::nullopt;
}

std::optional<StoredReport> ReportStore::reportByHash(const QString &hash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kReportColumns + QStringLiteral(" FROM reports r WHERE r.content_hash = ?"));
    q.addBindValue(hash);
    if (q.exec() && q.next())
        return reportFromRow(q);
    return std::nullopt;
}

QString ReportStore::reportText(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM reports WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<StoredFact> ReportStore::facts(qint64 reportId) const
{
    QList<StoredFact> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + store::factColumns()
              + QStringLiteral(" FROM facts WHERE report_id = ? ORDER BY span_start IS NULL, span_start, id"));
    q.addBindValue(reportId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(store::factFromRow(q));
    return list;
}

int ReportStore::reportCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) && q.next())
        return q.value(0).toInt();
    return 0;
}

ReextractResult ReportStore::reextractReport(qint64 reportId, const ExtractionResult &extraction)
{
    ReextractResult result;
    WriteTransaction tx(m_db);
    if (!tx.begin(&result.error))
        return result;
    if (!report(reportId)) {
        result.error = tr("there is no report #%1").arg(reportId);
        return result;
    }
    QList<StoredFact> reviewed;
    for (const StoredFact &s : facts(reportId)) {
        if (s.status == FactStatus::Extracted)
            ++result.removed;
        else
            reviewed.append(s);
    }
    result.kept = int(reviewed.size());

    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM facts WHERE report_id = ? AND status = ?"));
    q.addBindValue(reportId);
    q.addBindValue(FactStatus::Extracted);
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    store::FactRowMeta meta;
    meta.status = FactStatus::Extracted;
    {
        QList<Fact> fresh;
        for (const Fact &f : extraction.facts) {
            if (coveredByReview(f, reviewed))
                ++result.skippedAsReviewed;
            else
                fresh.append(f);
        }
        if (!statements().facts.insertAll(reportId, fresh, meta, &result.error))
            return result;
        result.added = int(fresh.size());
    }
    const DocumentInfo &info = extraction.info;
    const QString subUnit = store::subProvincialUnit(db, info.unit, info.province);
    q.prepare(QStringLiteral("UPDATE reports SET report_year = ?, province = ?, province_2025 = ?, unit = ?, term = ?, "
                             "documents = ?, warnings = ?, sub_unit = ? WHERE id = ?"));
    q.addBindValue(info.year > 0 ? QVariant(info.year) : store::nullInt());
    q.addBindValue(store::textOrNull(info.province));
    q.addBindValue(store::textOrNull(info.province2025));
    q.addBindValue(store::textOrNull(info.unit));
    q.addBindValue(store::textOrNull(info.term));
    q.addBindValue(store::toJsonList(info.documents));
    q.addBindValue(store::toJsonList(extraction.warnings));
    q.addBindValue(store::notNull(subUnit));
    q.addBindValue(reportId);
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    result.ok = tx.commit(&result.error);
    return result;
}

bool ReportStore::removeReport(qint64 reportId, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    WriteTransaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db.connection());
    const QStringList statements = m_db.isPostgres()
        ? QStringList{QStringLiteral("DELETE FROM facts WHERE report_id = ?"), QStringLiteral("DELETE FROM reports WHERE id = ?")}
        : QStringList{QStringLiteral("DELETE FROM facts WHERE report_id = ?"),
                      QStringLiteral("DELETE FROM reports_fts WHERE rowid = ?"), QStringLiteral("DELETE FROM reports WHERE id = ?")};
    for (const QString &s : statements) {
        q.prepare(s);
        q.addBindValue(reportId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("there is no report #%1").arg(reportId);
        return false;
    }
    return tx.commit(error);
}

} // namespace thp
