#pragma once
// A consistent copy of an open SQLite database while it is in use (SQLite's online backup:
// other connections may go on reading and writing).

#include <QCoreApplication>
#include <QString>

namespace thp {

class Database;

class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(thp::DatabaseBackup)

public:
    // Writes a copy to outPath, which must not exist yet. A failed copy leaves no file.
    static bool toFile(Database &db, const QString &outPath, QString *error);
};

} // namespace thp
