// tonghop-cli import FILE|DIR... [--db PATH|URL]: stores reports and their figures.
// One line per file, then "imported N, skipped N, failed N"; exit 1 if any file failed.
#include "CliSupport.h"
#include "Commands.h"

#include "store/BatchImporter.h"
#include "store/Database.h"

#include <QFileInfo>

namespace thp::cli {

int runImport(const QStringList &args)
{
    QString dbLocation;
    QString encoding;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") && i + 1 < args.size())
            dbLocation = args.at(++i);
        else if (a.startsWith(QLatin1String("--db=")))
            dbLocation = a.mid(5);
        else if (a == QLatin1String("--encoding") && i + 1 < args.size())
            encoding = args.at(++i);
        else if (a.startsWith(QLatin1String("--encoding=")))
            encoding = a.mid(11);
        else if (a.startsWith(QLatin1String("--"))) {
            err() << "unknown option: " << a << '\n';
            return 2;
        } else
            paths << a;
    }
    if (paths.isEmpty()) {
        err() << "usage: tonghop-cli import FILE|DIR... [--db PATH|URL] [--encoding NAME]\n";
        return 2;
    }
    if (dbLocation.isEmpty())
        dbLocation = Database::defaultLocation();

    const QStringList files = BatchImporter::collectFiles(paths);
    BatchImporter importer(dbLocation, files);
    ImportOptions options;
    options.forcedEncoding = encoding;
    importer.setOptions(options);

    int done = 0;
    const int total = int(files.size());
    QObject::connect(&importer, &BatchImporter::fileFinished, [&](const QString &path, BatchImporter::Outcome outcome,
                                                                   const QString &message, qint64, int) {
        ++done;
        QTextStream &o = out();
        o << '[' << done << '/' << total << "] " << path << ": ";
        switch (outcome) {
        case BatchImporter::Outcome::Imported:
            o << "imported, " << message;
            break;
        case BatchImporter::Outcome::Skipped:
            o << "skipped: " << message;
            break;
        case BatchImporter::Outcome::Failed:
            o << "failed: " << message;
            break;
        }
        o << Qt::endl;
    });
    const BatchSummary summary = importer.run();
    if (!summary.error.isEmpty()) {
        err() << "cannot open the database: " << summary.error << Qt::endl;
        out() << "imported 0, skipped 0, failed " << summary.failed << Qt::endl;
        return 1;
    }
    out() << "imported " << summary.imported << ", skipped " << summary.skipped << ", failed " << summary.failed
          << Qt::endl;
    return summary.failed > 0 ? 1 : 0;
}

} // namespace thp::cli
