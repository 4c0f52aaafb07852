// tonghop-cli import FILE|DIR... [--db PATH|URL]: stores reports and their figures.
// One line per file, then "imported N, skipped N, failed N"; exit 1 if any file failed.
// tonghop-cli import --reextract [--db PATH|URL]: reads the stored reports again with the
// current rules; figures people confirmed, edited, rejected or entered stay as they are.
#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOption.h"

#include "extract/Extractor.h"
#include "store/BatchImporter.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QFileInfo>

namespace thp::cli {

namespace {

int reextractAll(const QString &location)
{
    const std::unique_ptr<Database> db = openExistingDatabase(location);
    if (!db)
        return 1;
    ReportStore store(*db);
    const QList<StoredReport> reports = store.reports();
    int failed = 0;
    int n = 0;
    for (const StoredReport &r : reports) {
        const ExtractionResult extraction = Extractor::instance().extract(store.reportText(r.id), r.title);
        const ReextractResult result = store.reextractReport(r.id, extraction);
        out() << '[' << ++n << '/' << reports.size() << "] #" << r.id << ' ' << r.title << ": ";
        if (result.ok)
            out() << result.removed << " unreviewed figures replaced by " << result.added << ", " << result.kept
                  << " reviewed kept" << Qt::endl;
        else
            out() << "failed: " << result.error << Qt::endl;
        failed += result.ok ? 0 : 1;
    }
    out() << "re-extracted " << reports.size() - failed << ", failed " << failed << Qt::endl;
    return failed > 0 ? 1 : 0;
}

} // namespace

int runImport(const QStringList &args)
{
    QString dbLocation;
    QString encoding;
    bool reextract = false;
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
        else if (a == QLatin1String("--reextract"))
            reextract = true;
        else if (a.startsWith(QLatin1String("--"))) {
            err() << "unknown option: " << a << '\n';
            return 2;
        } else
            paths << a;
    }
    if (dbLocation.isEmpty())
        dbLocation = Database::defaultLocation();
    if (reextract && paths.isEmpty())
        return reextractAll(dbLocation);
    if (paths.isEmpty() || reextract) {
        err() << "usage: tonghop-cli import FILE|DIR... [--db PATH|URL] [--encoding NAME]\n"
                 "       tonghop-cli import --reextract [--db PATH|URL]\n";
        return 2;
    }

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
