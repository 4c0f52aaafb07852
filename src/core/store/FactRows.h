#pragma once
// Internal to the storage layer: how one fact maps to a row of the facts table, shared by
// ReportStore (imports) and FactStore (review).

#include "store/ReportStore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

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

// The fact as JSON, for fact_history (old and new values).
QJsonObject factJson(const StoredFact &f);

} // namespace thp::store
