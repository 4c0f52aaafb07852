// tonghop-cli backup OUT [--db PATH]: a consistent copy of the SQLite database, also while
// the desktop program is using it.
#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOption.h"

#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/ReportStore.h"

namespace thp::cli {

int runBackup(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString location = takeDatabaseOption(args);
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        err() << "usage: tonghop-cli backup OUT [--db PATH]\n";
        return 2;
    }
    const std::unique_ptr<Database> db = openExistingDatabase(location);
    if (!db)
        return 1;
    QString error;
    if (!DatabaseBackup::toFile(*db, args.first(), &error)) {
        err() << "backup failed: " << error << Qt::endl;
        return 1;
    }
    out() << "backed up " << ReportStore(*db).reportCount() << " reports from " << location << " to " << args.first()
          << Qt::endl;
    return 0;
}

} // namespace thp::cli
