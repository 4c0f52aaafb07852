#include "store/DatabaseBackup.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

namespace thp {

namespace {

} // namespace

bool DatabaseBackup::toFile(Database &db, const QString &outPath, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    if (db.isPostgres()) {
        *error = tr("a PostgreSQL database is backed up with pg_dump, not by TongHop");
        return false;
    }
    const QFileInfo out(outPath);
    if (out.exists()) {
        *error = tr("%1 already exists; choose a new file name for the backup").arg(outPath);
        return false;
    }
    if (out.absoluteFilePath() == QFileInfo(db.location()).absoluteFilePath()) {
        *error = tr("the backup cannot be the database itself");
        return false;
    }
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = tr("the database connection gives no SQLite handle");
        return false;
    }
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3 *target = nullptr;
    const QByteArray path = QFile::encodeName(outPath);
    int rc = sqlite3_open_v2(path.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(target);
        } else {
            // Copy in steps so writers on other connections are not held up for long.
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    QThread::msleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK)
        *error = tr("cannot write the backup %1: %2")
                     .arg(outPath, QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc)));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(outPath);
        return false;
    }
    return true;
}

} // namespace thp
