#include "store/Database.h"

#include "model/MetricCatalogue.h"
#include "store/ReportUnit.h"
#include "store/SqlSupport.h"
#include "text/VietnameseOrder.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace thp {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tonghop-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The migration files of a dialect, by version: resources/store/<dialect>/NNNN_<what>.sql.
// Versions must run 1, 2, 3 ... without a gap (checked by latestSchemaVersion()).
QMap<int, QString> migrationFiles(const QString &dialect)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/tonghop/store/") + dialect);
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = name.match(entry);
        if (m.hasMatch())
            files.insert(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// The newest version both dialects have, every step present; 0 if the program is broken.
int knownSchemaVersion()
{
    static const int version = [] {
        const QMap<int, QString> sqlite = migrationFiles(QStringLiteral("sqlite"));
        const QMap<int, QString> postgres = migrationFiles(QStringLiteral("postgres"));
        int v = 0;
        while (sqlite.contains(v + 1) && postgres.contains(v + 1))
            ++v;
        return v;
    }();
    return version;
}

// Statements of a migration file: '--' comment lines dropped, split at ';' ending a line.
QStringList migrationStatements(const QString &dialect, int version, QString *error)
{
    const QString path = migrationFiles(dialect).value(version);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = Database::tr("schema migration %1 is missing from the program (%2)").arg(version).arg(dialect);
        return {};
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    static const QRegularExpression endOfStatement(QStringLiteral(";[ \\t]*(\\n|$)"));
    QStringList statements;
    for (const QString &s : lines.join(QLatin1Char('\n')).split(endOfStatement)) {
        if (!s.trimmed().isEmpty())
            statements << s.trimmed();
    }
    return statements;
}

} // namespace

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgresUrl(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("postgresql://")) || pathOrUrl.startsWith(QLatin1String("postgres://"));
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/tonghop.sqlite");
}

int Database::latestSchemaVersion()
{
    return knownSchemaVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isPostgres() const
{
    return m_postgres;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::unique_ptr<Database> Database::open(const QString &pathOrUrl, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    std::unique_ptr<Database> d(new Database);
    d->m_location = pathOrUrl;
    d->m_connectionName = nextConnectionName();
    d->m_postgres = isPostgresUrl(pathOrUrl);

    if (d->m_postgres) {
        const QUrl url(pathOrUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->m_connectionName);
        if (!db.isValid()) {
            *error = tr("the PostgreSQL driver (QPSQL) is not installed");
            return nullptr;
        }
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = tr("cannot connect to %1: %2").arg(url.toDisplayString(QUrl::RemovePassword),
                                                      db.lastError().text());
            return nullptr;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    } else {
        const QFileInfo info(pathOrUrl);
        if (info.exists() && info.isDir()) {
            *error = tr("%1 is a folder, not a database file").arg(pathOrUrl);
            return nullptr;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
        if (!db.isValid()) {
            *error = tr("the SQLite driver (QSQLITE) is not installed");
            return nullptr;
        }
        db.setDatabaseName(pathOrUrl);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            *error = tr("cannot open %1: %2").arg(pathOrUrl, db.lastError().text());
            return nullptr;
        }
        QSqlQuery q(db);
        // Connection settings only: nothing is written before the version check below.
        // A page cache of up to 64 MB (default 2 MB): a comparison over a million facts
        // reads ~30 MB of index pages; from the cache they need no system call the next time.
        // The file is also read through a memory map (up to SQLite's limit of 2 GB): the first
        // comparison after opening, with the page cache still empty, read its pages with one
        // system call each (170 ms instead of 45 on 1,000,000 facts; 110 ms mapped).
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA busy_timeout = 15000"))
            || !q.exec(QStringLiteral("PRAGMA cache_size = -65536"))
            || !q.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"))
            || !q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
            *error = tr("cannot read %1: %2").arg(pathOrUrl, q.lastError().text());
            return nullptr;
        }
    }

    QSqlDatabase db = d->connection();
    const QStringList tables = db.tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations"))) {
        *error = tr("%1 is not a TongHop database (it holds other tables); it was left unchanged").arg(pathOrUrl);
        return nullptr;
    }
    const int version = d->schemaVersion();
    if (version < 0) {
        *error = tr("cannot read the schema version of %1").arg(pathOrUrl);
        return nullptr;
    }
    if (version > knownSchemaVersion()) {
        *error = tr("%1 was written by a newer TongHop (database schema %2; this program knows up to %3). "
                    "It was not opened or changed: please update TongHop.")
                     .arg(pathOrUrl)
                     .arg(version)
                     .arg(knownSchemaVersion());
        return nullptr;
    }
    if (!d->m_postgres) {
        QSqlQuery q(db);
        // WAL: readers never block the writer, so the GUI stays usable during an import.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            *error = tr("cannot open %1: %2").arg(pathOrUrl, q.lastError().text());
            return nullptr;
        }
    }
    if (!d->migrate(error))
        return nullptr;
    return d;
}

bool Database::beginWrite(QString *error)
{
    QSqlQuery q(connection());
    const bool ok = q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

bool Database::useBatchCommits(QString *error)
{
    if (m_postgres)
        return true;
    QSqlQuery q(connection());
    // fsync per report was nearly all of an import's database time (docs/benchmarks.md).
    const bool ok = q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

bool Database::commit(QString *error)
{
    QSqlQuery q(connection());
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Database::migrate(QString *error)
{
    const QString dialect = m_postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    if (knownSchemaVersion() < 1) {
        *error = tr("the schema migrations are missing from the program");
        return false;
    }
    for (int v = 1; v <= knownSchemaVersion(); ++v) {
        WriteTransaction tx(*this);
        if (!tx.begin(error)) {
            *error = tr("cannot update the schema of %1: %2").arg(m_location, *error);
            return false;
        }
        QSqlQuery q(connection());
        if (v == 1) {
            // Every later migration finds this table; created with the first step.
            const QString create = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                                  "applied_at TEXT NOT NULL, program_version TEXT NOT NULL)");
            if (!q.exec(create)) {
                *error = tr("cannot update the schema of %1: %2").arg(m_location, q.lastError().text());
                return false;
            }
        }
        // Another connection may have migrated meanwhile: re-read inside the lock.
        if (schemaVersion() >= v)
            continue;
        // A step may have nothing to do on one of the databases (no statements).
        QString missing;
        const QStringList statements = migrationStatements(dialect, v, &missing);
        if (!missing.isEmpty()) {
            *error = missing;
            return false;
        }
        for (const QString &s : statements) {
            if (!q.exec(s)) {
                *error = tr("schema migration %1 failed on %2: %3").arg(v).arg(m_location, q.lastError().text());
                return false;
            }
        }
        // Steps SQL alone cannot do: they need the program's own data or text rules.
        if (v == 1 && !seedReferenceData(error))
            return false;
        if (v == 2 && !fillSubUnits(error))
            return false;
        if (v == 7 && !fillTitleKeys(error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at, program_version) VALUES (?, ?, ?)"));
        q.addBindValue(v);
        q.addBindValue(store::toDbTime(QDateTime::currentDateTimeUtc()));
        q.addBindValue(QStringLiteral(TONGHOP_VERSION));
        if (!q.exec() || !tx.commit(error)) {
            *error = tr("schema migration %1 failed on %2: %3").arg(v).arg(m_location, q.lastError().text());
            return false;
        }
    }
    // The catalogue may have grown since the database was made: keep the metrics table in step.
    QSqlQuery count(connection());
    if (count.exec(QStringLiteral("SELECT COUNT(*) FROM metrics")) && count.next()
        && count.value(0).toInt() != MetricCatalogue::instance().metrics().size()) {
        count.finish();
        WriteTransaction tx(*this);
        if (!tx.begin(error) || !seedReferenceData(error) || !tx.commit(error))
            return false;
    }
    return true;
}

// Migration 2: which committee's figures each stored report gives (ReportUnit), so that a
// comparison can group the figures inside the database.
bool Database::fillSubUnits(QString *error)
{
    QSet<QString> cities;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, kind FROM provinces"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        if (q.value(1).toString() == QLatin1String("thanh_pho_truc_thuoc_tw"))
            cities.insert(q.value(0).toString());
    QList<std::pair<qint64, QVariant>> updates;
    if (!q.exec(QStringLiteral("SELECT id, unit, province FROM reports WHERE unit IS NOT NULL AND unit <> ''"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString province = q.value(2).toString();
        const QString sub = store::subProvincialUnit(q.value(1).toString(), province, cities.contains(province));
        if (!sub.isEmpty())
            updates.append({q.value(0).toLongLong(), sub});
    }
    q.finish();
    return setReportColumn(QStringLiteral("sub_unit"), updates, error);
}

// Migration 7: each stored report's title sort key (VietnameseOrder) for the library.
bool Database::fillTitleKeys(QString *error)
{
    QList<std::pair<qint64, QVariant>> keys;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title FROM reports"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        keys.append({q.value(0).toLongLong(), VietnameseOrder::sortKey(q.value(1).toString())});
    q.finish();
    return setReportColumn(QStringLiteral("title_key"), keys, error);
}

bool Database::setReportColumn(const QString &column, const QList<std::pair<qint64, QVariant>> &values, QString *error)
{
    QSqlQuery u(connection());
    u.prepare(QStringLiteral("UPDATE reports SET %1 = ? WHERE id = ?").arg(column)); // a column name of ours
    for (const auto &[id, value] : values) {
        u.addBindValue(value);
        u.addBindValue(id);
        if (!u.exec()) {
            *error = u.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::seedReferenceData(QString *error)
{
    QSqlQuery q(connection());
    QFile csv(QStringLiteral(":/tonghop/gazetteer/provinces.csv"));
    if (!csv.open(QIODevice::ReadOnly)) {
        *error = tr("the province list is missing from the program");
        return false;
    }
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    q.prepare(QStringLiteral(
        "INSERT INTO provinces (name, kind, ascii, aliases, valid_from, valid_to, merged_into_2025, region, capital) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
        "ascii = excluded.ascii, aliases = excluded.aliases, valid_from = excluded.valid_from, "
        "valid_to = excluded.valid_to, merged_into_2025 = excluded.merged_into_2025, "
        "region = excluded.region, capital = excluded.capital"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = lines.at(i).trimmed().split(QLatin1Char(','));
        if (c.size() != 9) {
            *error = tr("the province list is malformed at line %1").arg(i + 1);
            return false;
        }
        auto yearOrNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(s.toInt()); };
        auto textOrNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
        q.addBindValue(c.at(0));
        q.addBindValue(c.at(1));
        q.addBindValue(c.at(2));
        q.addBindValue(c.at(3));
        q.addBindValue(yearOrNull(c.at(4)));
        q.addBindValue(yearOrNull(c.at(5)));
        q.addBindValue(textOrNull(c.at(6)));
        q.addBindValue(textOrNull(c.at(7)));
        q.addBindValue(textOrNull(c.at(8)));
        if (!q.exec()) {
            *error = tr("cannot store the province list: %1").arg(q.lastError().text());
            return false;
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO metrics (key, family, kind, unit, name_vi, name_en, part_of) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET family = excluded.family, kind = excluded.kind, unit = excluded.unit, "
        "name_vi = excluded.name_vi, name_en = excluded.name_en, part_of = excluded.part_of"));
    for (const MetricInfo &m : MetricCatalogue::instance().metrics()) {
        q.addBindValue(m.key);
        q.addBindValue(m.family);
        q.addBindValue(m.isRate ? QStringLiteral("rate") : QStringLiteral("count"));
        q.addBindValue(m.unit);
        q.addBindValue(m.nameVi);
        q.addBindValue(m.nameEn);
        q.addBindValue(m.partOf.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.partOf));
        if (!q.exec()) {
            *error = tr("cannot store the metric catalogue: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace thp
