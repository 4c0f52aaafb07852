#include "store/FactRows.h"

#include "store/SqlSupport.h"

#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

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

ReadSnapshot::ReadSnapshot(sqlite3 *handle)
{
    if (handle && sqlite3_get_autocommit(handle) && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_handle = handle;
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: if COMMIT cannot end it, ROLLBACK does. Left open, the
    // connection would read this old snapshot from then on.
    if (m_handle && sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

namespace {

#define THP_FACT_COLUMNS                                                                                          \
    "INTO facts (report_id, metric, level, value, qualifier, period_from, period_to, unit, span_start, span_end, " \
    "source_text, confidence, rule_id, status, province, changed_by, changed_at, revision, warnings, sub_unit) VALUES "
#define THP_FACT_ROW "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
// One fact (SQLite and PostgreSQL).
const char kFactInsert[] = "INSERT " THP_FACT_COLUMNS THP_FACT_ROW;
constexpr int kParametersPerFact = 19;

// The INSERT of `rows` facts in one statement (SQLite). OR FAIL: a CHECK or NOT NULL that
// fails stops the statement without undoing its earlier rows; the caller rolls the whole
// transaction back anyway (FactInserter::insertAll). With the default (ABORT) SQLite keeps
// a copy of every page the statement changes to be able to undo it alone, which cost
// about as much as what several rows per statement save. (The foreign key on report_id is
// checked at COMMIT for the same reason: migration 6.)
QByteArray factInsertOfRows(int rows)
{
    QByteArray sql = "INSERT OR FAIL " THP_FACT_COLUMNS;
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? THP_FACT_ROW : ", " THP_FACT_ROW;
    return sql;
}
#undef THP_FACT_COLUMNS
#undef THP_FACT_ROW

// Texts are handed to SQLite as UTF-8, the database's encoding, written into one buffer
// that the inserter keeps for every fact: binding UTF-16 made SQLite allocate, convert and
// free every text of every fact (and QString::utf16() copied a string made from a literal).
class Utf8Texts
{
public:
    // Room for texts of `utf16Units` UTF-16 code units in all (3 bytes of UTF-8 at most each).
    Utf8Texts(QByteArray &buffer, qsizetype utf16Units) : m_buffer(buffer)
    {
        if (m_buffer.size() < utf16Units * 3)
            m_buffer.resize(utf16Units * 3);
    }
    // The text as UTF-8 inside the buffer, valid until the buffer is used for the next fact;
    // nullptr if it does not fit in the room asked for.
    std::pair<const char *, int> add(const QString &s)
    {
        if (m_used + s.size() * 3 > m_buffer.size())
            return {nullptr, 0};
        char *start = m_buffer.data() + m_used;
        char *end = m_encoder.appendToBuffer(start, s);
        m_used += end - start;
        return {start, int(end - start)};
    }

private:
    QByteArray &m_buffer;
    // Stateless: a text's last half of a broken surrogate pair must not spill into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    qsizetype m_used = 0;
};

// Text for a NOT NULL column: a null QString is stored as ''.
int bindText(sqlite3_stmt *stmt, int i, Utf8Texts &texts, const QString &s)
{
    if (s.isEmpty())
        return sqlite3_bind_text(stmt, i, "", 0, SQLITE_STATIC);
    const auto [utf8, size] = texts.add(s);
    // The buffer outlives the sqlite3_step() that reads it: no copy needed.
    if (utf8)
        return sqlite3_bind_text(stmt, i, utf8, size, SQLITE_STATIC);
    const QByteArray copy = s.toUtf8();
    return sqlite3_bind_text(stmt, i, copy.constData(), int(copy.size()), SQLITE_TRANSIENT);
}

int bindTextOrNull(sqlite3_stmt *stmt, int i, Utf8Texts &texts, const QString &s)
{
    return s.isEmpty() ? sqlite3_bind_null(stmt, i) : bindText(stmt, i, texts, s);
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
    for (sqlite3_stmt *st : m_chunkStmts)
        sqlite3_finalize(st);
    sqlite3_finalize(m_stmt);
}

namespace {

// The UTF-16 length of the texts bindFact() writes (warnings: a few facts only, as JSON).
qsizetype textUnits(const Fact &f, const FactRowMeta &meta, const QString &changedAt)
{
    qsizetype units = f.metric.size() + f.level.size() + f.qualifier.size() + f.unit.size() + f.text.size()
        + f.ruleId.size() + meta.status.size() + meta.province.size() + meta.changedBy.size() + changedAt.size()
        + meta.subUnit.size();
    if (!f.warnings.isEmpty())
        units += toJsonList(f.warnings).size();
    return units;
}

// Binds one fact to the parameters first + 1 ... first + kParametersPerFact.
int bindFact(sqlite3_stmt *st, int first, Utf8Texts &utf8, qint64 reportId, const Fact &f, const FactRowMeta &meta,
             const QString &changedAt)
{
    const bool hasSpan = f.span.start != 0 || f.span.end != 0;
    const int i = first;
    int rc = reportId > 0 ? sqlite3_bind_int64(st, i + 1, reportId) : sqlite3_bind_null(st, i + 1);
    rc |= bindText(st, i + 2, utf8, f.metric);
    rc |= bindText(st, i + 3, utf8, f.level);
    rc |= sqlite3_bind_double(st, i + 4, f.value);
    rc |= bindText(st, i + 5, utf8, f.qualifier);
    rc |= f.period ? sqlite3_bind_int64(st, i + 6, f.period->from) : sqlite3_bind_null(st, i + 6);
    rc |= f.period ? sqlite3_bind_int64(st, i + 7, f.period->to) : sqlite3_bind_null(st, i + 7);
    rc |= bindText(st, i + 8, utf8, f.unit);
    rc |= hasSpan ? sqlite3_bind_int64(st, i + 9, f.span.start) : sqlite3_bind_null(st, i + 9);
    rc |= hasSpan ? sqlite3_bind_int64(st, i + 10, f.span.end) : sqlite3_bind_null(st, i + 10);
    rc |= bindText(st, i + 11, utf8, f.text);
    rc |= sqlite3_bind_double(st, i + 12, f.confidence);
    rc |= bindText(st, i + 13, utf8, f.ruleId);
    rc |= bindText(st, i + 14, utf8, meta.status);
    rc |= bindTextOrNull(st, i + 15, utf8, meta.province);
    rc |= bindTextOrNull(st, i + 16, utf8, meta.changedBy);
    rc |= bindTextOrNull(st, i + 17, utf8, changedAt);
    rc |= f.warnings.isEmpty() ? sqlite3_bind_text(st, i + 18, "[]", 2, SQLITE_STATIC)
                               : bindText(st, i + 18, utf8, toJsonList(f.warnings));
    rc |= bindTextOrNull(st, i + 19, utf8, meta.subUnit);
    return rc;
}

} // namespace

qint64 FactInserter::insert(qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error)
{
    if (!m_stmt)
        return insertFact(m_query, reportId, f, meta, error);
    const QString changedAt = meta.changedAt.isValid() ? toDbTime(meta.changedAt) : QString();
    Utf8Texts utf8(m_utf8, textUnits(f, meta, changedAt));
    const int rc = bindFact(m_stmt, 0, utf8, reportId, f, meta, changedAt);
    const int step = rc == SQLITE_OK ? sqlite3_step(m_stmt) : rc;
    qint64 id = 0;
    if (step == SQLITE_DONE)
        id = sqlite3_last_insert_rowid(m_handle);
    else if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    // Ready for the next fact. The bindings stay (every one is bound again next time); the
    // texts they point to stay in m_utf8 until then.
    sqlite3_reset(m_stmt);
    return id;
}

bool FactInserter::insertAll(qint64 reportId, const QList<Fact> &facts, const FactRowMeta &meta, QString *error,
                             qsizetype *failed)
{
    qsizetype done = 0;
    const QString changedAt = meta.changedAt.isValid() ? toDbTime(meta.changedAt) : QString();
    for (std::size_t tier = 0; m_stmt && tier < std::size(kChunkSizes); ++tier) {
        const int rows = kChunkSizes[tier];
        if (facts.size() - done < rows)
            continue;
        sqlite3_stmt *&st = m_chunkStmts[tier];
        if (!st) {
            // Kept for the inserter's life: parsing an INSERT of 64 rows costs more than the rows.
            const QByteArray sql = factInsertOfRows(rows);
            if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr)
                != SQLITE_OK) {
                st = nullptr;
                continue; // smaller statements, or one fact at a time
            }
        }
        for (; facts.size() - done >= rows; done += rows) {
            qsizetype units = 0;
            for (qsizetype i = done; i < done + rows; ++i)
                units += textUnits(facts.at(i), meta, changedAt);
            Utf8Texts utf8(m_utf8, units);
            int rc = SQLITE_OK;
            for (int i = 0; i < rows; ++i)
                rc |= bindFact(st, i * kParametersPerFact, utf8, reportId, facts.at(done + i), meta, changedAt);
            const int step = rc == SQLITE_OK ? sqlite3_step(st) : rc;
            if (step != SQLITE_DONE) {
                // The rows before the failing one went in (OR FAIL) and were counted.
                if (failed)
                    *failed = done + (rc == SQLITE_OK ? sqlite3_changes(m_handle) : 0);
                if (error)
                    *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
                sqlite3_reset(st);
                return false;
            }
            sqlite3_reset(st);
        }
    }
    for (; done < facts.size(); ++done) {
        if (insert(reportId, facts.at(done), meta, error) == 0) {
            if (failed)
                *failed = done;
            return false;
        }
    }
    return true;
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
    q.addBindValue(textOrNull(meta.subUnit));
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
