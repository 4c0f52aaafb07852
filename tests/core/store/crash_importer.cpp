// Helper of tst_crash: imports files into a database the way the program does
// (BatchImporter: read, extract, one transaction per report) and prints one line per
// file as soon as its transaction is over, so the test knows what was committed when it
// kills this process.
//
//   crash_importer DB FILE|DIR...
//   → "imported <reportId>" / "skipped <reportId>" / "failed <message>" per file,
//     then "done <imported> <skipped> <failed>".
#include "store/BatchImporter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fputs("usage: crash_importer DB FILE|DIR...\n", stderr);
        return 2;
    }
    QTextStream out(stdout);
    thp::BatchImporter importer(args.first(), thp::BatchImporter::collectFiles(args.mid(1)));
    QObject::connect(&importer, &thp::BatchImporter::fileFinished,
                     [&out](const QString &, thp::BatchImporter::Outcome outcome, const QString &message, qint64 id, int) {
                         switch (outcome) {
                         case thp::BatchImporter::Outcome::Imported:
                             out << "imported " << id;
                             break;
                         case thp::BatchImporter::Outcome::Skipped:
                             out << "skipped " << id;
                             break;
                         case thp::BatchImporter::Outcome::Failed:
                             out << "failed " << message;
                             break;
                         }
                         out << Qt::endl; // flushed: the test reads it while we run
                     });
    const thp::BatchSummary summary = importer.run();
    if (!summary.error.isEmpty()) {
        out << "error " << summary.error << Qt::endl;
        return 1;
    }
    out << "done " << summary.imported << ' ' << summary.skipped << ' ' << summary.failed << Qt::endl;
    return summary.failed > 0 ? 1 : 0;
}
