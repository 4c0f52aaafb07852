#include "app/SampleReports.h"

#include "extract/ReportPipeline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace thp::app {

namespace {
const QString kSampleDir = QStringLiteral(":/tonghop/samples");
}

QStringList SampleReports::fileNames()
{
    return QDir(kSampleDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

QList<SampleImportResult> SampleReports::importInto(ReportStore &store)
{
    QList<SampleImportResult> results;
    // The importers read files from disk (they sniff bytes and sizes): copy each out first.
    QTemporaryDir dir;
    for (const QString &name : fileNames()) {
        SampleImportResult one;
        one.fileName = name;
        const QString path = dir.filePath(name);
        QFile::remove(path);
        if (!dir.isValid() || !QFile::copy(kSampleDir + QLatin1Char('/') + name, path)) {
            one.result.message = tr("cannot copy the sample to %1").arg(dir.path());
            results << one;
            continue;
        }
        const ProcessedReport processed = processReport(path);
        if (!processed.import.ok) {
            one.result.message = processed.import.error;
            results << one;
            continue;
        }
        ReportInput input;
        input.fileName = name;
        input.document = processed.import.document;
        input.extraction = processed.extraction;
        one.result = store.addReport(input);
        results << one;
    }
    return results;
}

} // namespace thp::app
