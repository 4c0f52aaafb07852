#pragma once
// The database connection: an SQLite file (default, no setup) or a PostgreSQL URL
// ("postgresql://user@host:port/db"). Opening runs the versioned schema migrations;
// a database newer than this program is refused, never touched.

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace thp {

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // pathOrUrl: a file path for SQLite, or a postgresql:// URL. Returns nullptr and a
    // reason in *error when it cannot be opened or migrated.
    static std::unique_ptr<Database> open(const QString &pathOrUrl, QString *error);
    // The desktop program's default: <AppDataLocation>/tonghop.sqlite
    static QString defaultLocation();

    QSqlDatabase connection() const;
    bool isPostgres() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    QString location() const { return m_location; }

private:
    Database() = default;
    QString m_connectionName;
    QString m_location;
    bool m_postgres = false;
};

} // namespace thp
