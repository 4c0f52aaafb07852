#pragma once
// Internal to the storage layer: how one fact maps to a row of the facts table, shared by
// ReportStore (imports) and FactStore (review).

#include "store/ReportStore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

struct sqlite3;
struct sqlite3_stmt;

namespace thp::store {

// Column list for SELECT, in the order factFromRow() reads (prefix with an alias if given).
QString factColumns(const QString &alias = {});
StoredFact factFromRow(const QSqlQuery &q, int firstColumn = 0);

struct FactRowMeta {
    QString status;
    QString province;
    QString changedBy;
    QDateTime changedAt;
};

// Inserts one fact; returns its id, or 0 and *error.
qint64 insertFact(const QSqlDatabase &db, qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error);
// The same with a statement from prepareFactInsert(), reused for many facts: preparing
// the INSERT again for every fact took most of the time of storing a report.
QSqlQuery prepareFactInsert(const QSqlDatabase &db);
qint64 insertFact(QSqlQuery &prepared, qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error);

// Inserts many facts of the same kind (a report's extraction) through one prepared
// statement. On SQLite it talks to SQLite's C API on the connection's own handle:
// QtSql's per-value binding (QVariant, placeholder rewriting) cost more than SQLite's own
// work; PostgreSQL goes through QtSql. Use within the caller's transaction, in the thread
// that owns the connection.
class FactInserter
{
public:
    explicit FactInserter(const QSqlDatabase &db);
    ~FactInserter();
    FactInserter(const FactInserter &) = delete;
    FactInserter &operator=(const FactInserter &) = delete;

    // Returns the new fact's id, or 0 and *error.
    qint64 insert(qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error);

private:
    QSqlQuery m_query;          // PostgreSQL, or SQLite when the handle is not reachable
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_handle = nullptr;
};

// The fact as JSON, for fact_history (old and new values).
QJsonObject factJson(const StoredFact &f);

} // namespace thp::store
