#pragma once
// Internal to the storage layer: how one fact maps to a row of the facts table, shared by
// ReportStore (imports) and FactStore (review).

#include "store/ReportStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <iterator>

struct sqlite3;
struct sqlite3_stmt;

namespace thp::store {

// Column list for SELECT, in the order factFromRow() reads (prefix with an alias if given).
QString factColumns(const QString &alias = {});
StoredFact factFromRow(const QSqlQuery &q, int firstColumn = 0);

struct FactRowMeta {
    QString status;
    QString province;  // entered facts: the province (a report gives its own)
    QString changedBy;
    QDateTime changedAt;
    QString subUnit;   // entered facts: a committee below the province, else empty
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
    // Inserts the facts in their order (ids ascending). On failure returns false, *error and
    // the index of the fact that failed in *failed; the caller must roll its transaction
    // back (several facts go in one INSERT on SQLite, and the ones before the failing fact
    // of that INSERT are in). SQLite's work per statement (the AUTOINCREMENT counter, the
    // table and its indexes opened and closed, the end of the statement) is then shared by
    // up to 64 facts instead of paid for each (docs/benchmarks.md).
    bool insertAll(qint64 reportId, const QList<Fact> &facts, const FactRowMeta &meta, QString *error,
                   qsizetype *failed = nullptr);

private:
    QSqlQuery m_query;          // PostgreSQL, or SQLite when the handle is not reachable
    sqlite3_stmt *m_stmt = nullptr;      // one fact
    // INSERTs of kChunkSizes[i] facts, prepared when first needed.
    static constexpr int kChunkSizes[] = {64, 16, 4};
    sqlite3_stmt *m_chunkStmts[std::size(kChunkSizes)] = {};
    sqlite3 *m_handle = nullptr;
    QByteArray m_utf8; // the texts of the fact being inserted, as UTF-8
};

// The fact as JSON, for fact_history (old and new values).
QJsonObject factJson(const StoredFact &f);

} // namespace thp::store
