#include "store/FactRows.h"

#include "store/SqlSupport.h"

#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace thp::store {

QString factColumns(const QString &alias)
{
    static const QStringList columns = {
        QStringLiteral("id"),          QStringLiteral("report_id"),   QStringLiteral("metric"),
        QStringLiteral("level"),       QStringLiteral("value"),       QStringLiteral("qualifier"),
        QStringLiteral("period_from"), QStringLiteral("period_to"),   QStringLiteral("unit"),
        QStringLiteral("span_start"),  QStringLiteral("span_end"),    QStringLiteral("source_text"),
        QStringLiteral("confidence"),  QStringLiteral("rule_id"),     QStringLiteral("status"),
        QStringLiteral("province"),    QStringLiteral("changed_by"),  QStringLiteral("changed_at"),
        QStringLiteral("revision"),    QStringLiteral("warnings"),    QStringLiteral("sub_unit")};
    if (alias.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &c : columns)
        prefixed << alias + QLatin1Char('.') + c;
    return prefixed.join(QStringLiteral(", "));
}

StoredFact factFromRow(const QSqlQuery &q, int c)
{
    StoredFact s;
    s.id = q.value(c + 0).toLongLong();
    s.reportId = q.value(c + 1).isNull() ? 0 : q.value(c + 1).toLongLong();
    Fact &f = s.fact;
    f.metric = q.value(c + 2).toString();
    f.level = q.value(c + 3).toString();
    f.value = q.value(c + 4).toDouble();
    f.qualifier = q.value(c + 5).toString();
    if (!q.value(c + 6).isNull())
        f.period = Period{q.value(c + 6).toInt(), q.value(c + 7).toInt()};
    f.unit = q.value(c + 8).toString();
    if (!q.value(c + 9).isNull())
        f.span = Span{q.value(c + 9).toLongLong(), q.value(c + 10).toLongLong()};
    f.text = q.value(c + 11).toString();
    f.confidence = q.value(c + 12).toDouble();
    f.ruleId = q.value(c + 13).toString();
    s.status = q.value(c + 14).toString();
    s.province = q.value(c + 15).toString();
    s.changedBy = q.value(c + 16).toString();
    s.changedAt = fromDbTime(q.value(c + 17));
    s.revision = q.value(c + 18).toInt();
    f.warnings = fromJsonList(q.value(c + 19));
    s.subUnit = q.value(c + 20).toString();
    return s;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

namespace {

const char kFactInsert[] =
    "INSERT INTO facts (report_id, metric, level, value, qualifier, period_from, period_to, unit, span_start, "
    "span_end, source_text, confidence, rule_id, status, province, changed_by, changed_at, revision, warnings) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

// Text for a NOT NULL column: a null QString is stored as ''.
int bindText(sqlite3_stmt *stmt, int i, const QString &s)
{
    if (s.isEmpty())
        return sqlite3_bind_text(stmt, i, "", 0, SQLITE_STATIC);
    // The fact outlives the sqlite3_step() that reads it: no copy needed.
    return sqlite3_bind_text16(stmt, i, s.utf16(), int(s.size() * sizeof(char16_t)), SQLITE_STATIC);
}

int bindTextOrNull(sqlite3_stmt *stmt, int i, const QString &s)
{
    return s.isEmpty() ? sqlite3_bind_null(stmt, i) : bindText(stmt, i, s);
}

} // namespace

QSqlQuery prepareFactInsert(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kFactInsert));
    return q;
}

FactInserter::FactInserter(const QSqlDatabase &db) : m_query(db)
{
    m_handle = sqliteHandle(db);
    if (!m_handle || sqlite3_prepare_v2(m_handle, kFactInsert, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_handle = nullptr;
        m_query.prepare(QString::fromLatin1(kFactInsert));
    }
}

FactInserter::~FactInserter()
{
    sqlite3_finalize(m_stmt);
}

qint64 FactInserter::insert(qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error)
{
    if (!m_stmt)
        return insertFact(m_query, reportId, f, meta, error);
    sqlite3_stmt *st = m_stmt;
    const bool hasSpan = f.span.start != 0 || f.span.end != 0;
    const QString changedAt = meta.changedAt.isValid() ? toDbTime(meta.changedAt) : QString();
    const QByteArray warnings = f.warnings.isEmpty() ? QByteArrayLiteral("[]") : toJsonList(f.warnings).toUtf8();
    int rc = reportId > 0 ? sqlite3_bind_int64(st, 1, reportId) : sqlite3_bind_null(st, 1);
    rc |= bindText(st, 2, f.metric);
    rc |= bindText(st, 3, f.level);
    rc |= sqlite3_bind_double(st, 4, f.value);
    rc |= bindText(st, 5, f.qualifier);
    rc |= f.period ? sqlite3_bind_int64(st, 6, f.period->from) : sqlite3_bind_null(st, 6);
    rc |= f.period ? sqlite3_bind_int64(st, 7, f.period->to) : sqlite3_bind_null(st, 7);
    rc |= bindText(st, 8, f.unit);
    rc |= hasSpan ? sqlite3_bind_int64(st, 9, f.span.start) : sqlite3_bind_null(st, 9);
    rc |= hasSpan ? sqlite3_bind_int64(st, 10, f.span.end) : sqlite3_bind_null(st, 10);
    rc |= bindText(st, 11, f.text);
    rc |= sqlite3_bind_double(st, 12, f.confidence);
    rc |= bindText(st, 13, f.ruleId);
    rc |= bindText(st, 14, meta.status);
    rc |= bindTextOrNull(st, 15, meta.province);
    rc |= bindTextOrNull(st, 16, meta.changedBy);
    rc |= bindTextOrNull(st, 17, changedAt);
    rc |= sqlite3_bind_text(st, 18, warnings.constData(), int(warnings.size()), SQLITE_STATIC);
    const int step = rc == SQLITE_OK ? sqlite3_step(st) : rc;
    qint64 id = 0;
    if (step == SQLITE_DONE)
        id = sqlite3_last_insert_rowid(m_handle);
    else if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    // Ready for the next fact; bound texts are released before they go out of scope here.
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return id;
}

qint64 insertFact(const QSqlDatabase &db, qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error)
{
    QSqlQuery q = prepareFactInsert(db);
    return insertFact(q, reportId, f, meta, error);
}

qint64 insertFact(QSqlQuery &q, qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error)
{
    const bool hasSpan = f.span.start != 0 || f.span.end != 0;
    q.addBindValue(reportId > 0 ? QVariant(reportId) : nullInt());
    q.addBindValue(notNull(f.metric));
    q.addBindValue(notNull(f.level));
    q.addBindValue(f.value);
    q.addBindValue(notNull(f.qualifier));
    q.addBindValue(f.period ? QVariant(f.period->from) : nullInt());
    q.addBindValue(f.period ? QVariant(f.period->to) : nullInt());
    q.addBindValue(notNull(f.unit));
    q.addBindValue(intOrNull(f.span.start, hasSpan));
    q.addBindValue(intOrNull(f.span.end, hasSpan));
    q.addBindValue(notNull(f.text));
    q.addBindValue(f.confidence);
    q.addBindValue(notNull(f.ruleId));
    q.addBindValue(notNull(meta.status));
    q.addBindValue(textOrNull(meta.province));
    q.addBindValue(textOrNull(meta.changedBy));
    q.addBindValue(meta.changedAt.isValid() ? QVariant(toDbTime(meta.changedAt)) : nullText());
    q.addBindValue(toJsonList(f.warnings));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (id <= 0 && error)
        *error = QStringLiteral("no id for the new fact");
    return id;
}

QJsonObject factJson(const StoredFact &s)
{
    const Fact &f = s.fact;
    QJsonObject o;
    o.insert(QStringLiteral("metric"), f.metric);
    o.insert(QStringLiteral("level"), f.level);
    o.insert(QStringLiteral("value"), f.value);
    o.insert(QStringLiteral("qualifier"), f.qualifier);
    o.insert(QStringLiteral("period"), f.period ? QJsonValue(QJsonObject{{QStringLiteral("from"), f.period->from},
                                                                         {QStringLiteral("to"), f.period->to}})
                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("unit"), f.unit);
    o.insert(QStringLiteral("status"), s.status);
    if (!s.province.isEmpty())
        o.insert(QStringLiteral("province"), s.province);
    if (!s.subUnit.isEmpty())
        o.insert(QStringLiteral("sub_unit"), s.subUnit);
    return o;
}

} // namespace thp::store
