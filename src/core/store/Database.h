#pragma once
// The database connection: an SQLite file (default, no setup) or a PostgreSQL URL
// ("postgresql://user@host:port/db"). Opening runs the versioned schema migrations;
// a database newer than this program is refused, never touched.
//
// A Database is one connection, usable from the thread that opened it only. Several
// Database objects (threads, windows) may be open on the same file at once.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace thp {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(thp::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // pathOrUrl: a file path for SQLite, or a postgresql:// URL. Returns nullptr and a
    // reason in *error when it cannot be opened or migrated.
    static std::unique_ptr<Database> open(const QString &pathOrUrl, QString *error);
    // The desktop program's default: <AppDataLocation>/tonghop.sqlite (folder created).
    static QString defaultLocation();
    static bool isPostgresUrl(const QString &pathOrUrl);

    QSqlDatabase connection() const;
    bool isPostgres() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    QString location() const { return m_location; }

    // Starts a write transaction. On SQLite it takes the write lock at once
    // (BEGIN IMMEDIATE) so that two connections writing at the same time wait for each
    // other (busy timeout) instead of failing half-way.
    bool beginWrite(QString *error);
    // For a batch import's own connection (BatchImporter): on SQLite in WAL mode a commit
    // no longer waits for the disk (synchronous=NORMAL instead of FULL). Still every report
    // is whole or absent, and a crash of the program loses nothing committed; a power cut
    // or an operating-system crash may lose the reports committed in the last moments
    // before it (running the same batch again imports them; the rest is skipped). Nothing
    // changes on PostgreSQL (its server decides).
    bool useBatchCommits(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    Database() = default;
    bool migrate(QString *error);
    bool seedReferenceData(QString *error);
    bool fillSubUnits(QString *error);
    bool fillTitleKeys(QString *error);
    // The migration steps' writes: reports.<column> = value, by report id.
    bool setReportColumn(const QString &column, const QList<std::pair<qint64, QVariant>> &values, QString *error);

    QString m_connectionName;
    QString m_location;
    bool m_postgres = false;
};

// Rolls back on scope exit unless committed: a report is stored whole or not at all.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db) : m_db(db) {}
    ~WriteTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error)
    {
        m_active = m_db.beginWrite(error);
        return m_active;
    }
    bool commit(QString *error)
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit(error))
            return true;
        m_db.rollback();
        return false;
    }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace thp
