#pragma once
// Internal helpers of the storage layer: how values are written to and read from SQL
// columns, the same way on SQLite and PostgreSQL.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;
struct sqlite3;

namespace thp::store {

// QSQLITE's own handle: the sqlite3* of this connection (for the C API on hot paths), or
// nullptr for another driver (PostgreSQL goes through QtSql).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A read transaction on a SQLite connection that has none open: the queries made inside
// read one snapshot of the database, whatever other connections commit meanwhile. Does
// nothing on PostgreSQL, or when a transaction is already open.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *handle);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_handle = nullptr;
};

// Timestamps are ISO 8601 UTC text with milliseconds: sortable, and alike in both databases.
inline QString toDbTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromDbTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QString toJsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList fromJsonList(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << x.toString();
    return out;
}

inline QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; NOT NULL text columns get '' instead.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

inline QVariant intOrNull(qlonglong v, bool isSet)
{
    return isSet ? QVariant(v) : nullInt();
}

} // namespace thp::store
