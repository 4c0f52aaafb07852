#include "DatabaseOption.h"

#include "CliSupport.h"
#include "store/Database.h"

#include <QFileInfo>

namespace thp::cli {

QString takeDatabaseOption(QStringList &args)
{
    QString location;
    for (qsizetype i = 0; i < args.size();) {
        const QString a = args.at(i);
        if (a == QLatin1String("--db") && i + 1 < args.size()) {
            location = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--db="))) {
            location = a.mid(5);
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return location.isEmpty() ? Database::defaultLocation() : location;
}

std::unique_ptr<Database> openExistingDatabase(const QString &location)
{
    if (!Database::isPostgresUrl(location) && !QFileInfo::exists(location)) {
        err() << "no database at " << location << " (import reports first, or give --db)" << Qt::endl;
        return nullptr;
    }
    QString error;
    std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db)
        err() << "cannot open the database: " << error << Qt::endl;
    return db;
}

} // namespace thp::cli
