#pragma once
// The --db option shared by the commands that read the database.

#include <QString>
#include <QStringList>

#include <memory>

namespace thp {
class Database;
}

namespace thp::cli {

// Takes "--db X" / "--db=X" out of args; returns X, or the desktop program's database.
QString takeDatabaseOption(QStringList &args);
// Opens an existing database for reading; a missing SQLite file is an error (say where),
// rather than silently creating an empty database.
std::unique_ptr<Database> openExistingDatabase(const QString &location);

} // namespace thp::cli
