#include "store/BatchImporter.h"

#include "extract/ReportPipeline.h"
#include "importers/ImporterRegistry.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace thp {

BatchImporter::BatchImporter(const QString &dbLocation, const QStringList &files, QObject *parent)
    : QObject(parent), m_dbLocation(dbLocation), m_files(files)
{
    qRegisterMetaType<thp::BatchSummary>();
    qRegisterMetaType<thp::BatchImporter::Outcome>();
}

BatchImporter::~BatchImporter()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

QStringList BatchImporter::collectFiles(const QStringList &pathsOrFolders)
{
    QStringList filters;
    for (const QString &suffix : ImporterRegistry::instance().supportedSuffixes())
        filters << QStringLiteral("*.") + suffix;
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setNumericMode(true);
    QStringList files;
    for (const QString &p : pathsOrFolders) {
        const QFileInfo info(p);
        if (!info.isDir()) {
            files << p;
            continue;
        }
        QStringList found;
        QDirIterator it(p, filters, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            found << it.next();
        std::sort(found.begin(), found.end(),
                  [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        files << found;
    }
    return files;
}

void BatchImporter::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("tonghop-import"));
    m_thread->start();
}

bool BatchImporter::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BatchImporter::wait(int msecs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
}

BatchSummary BatchImporter::run()
{
    BatchSummary summary;
    summary.total = int(m_files.size());
    QString error;
    // Opened here, in the thread doing the work: a connection is not shared across threads.
    std::unique_ptr<Database> db = Database::open(m_dbLocation, &error);
    // One transaction per report, committed without waiting for the disk (see
    // Database::useBatchCommits: whole reports only; a power cut may drop the last few).
    if (db && !db->useBatchCommits(&error))
        db.reset();
    if (!db) {
        summary.error = error;
        summary.failed = summary.total;
        Q_EMIT finished(summary);
        return summary;
    }
    ReportStore store(*db);
    for (int i = 0; i < summary.total; ++i) {
        if (m_cancel.loadRelaxed()) {
            summary.cancelled = true;
            break;
        }
        const QString &path = m_files.at(i);
        Q_EMIT progress(i, summary.total, path);
        const ProcessedReport processed = processReport(path, m_options);
        if (!processed.import.ok) {
            ++summary.failed;
            Q_EMIT fileFinished(path, Outcome::Failed, processed.import.error, 0, 0);
            continue;
        }
        ReportInput input;
        input.fileName = QFileInfo(path).fileName();
        input.document = processed.import.document;
        input.extraction = processed.extraction;
        const AddReportResult added = store.addReport(input);
        switch (added.kind) {
        case AddReportResult::Imported: {
            ++summary.imported;
            const int figures = int(input.extraction.facts.size());
            Q_EMIT fileFinished(path, Outcome::Imported, figures == 1 ? tr("1 figure") : tr("%1 figures").arg(figures),
                                added.reportId, figures);
            break;
        }
        case AddReportResult::Skipped:
            ++summary.skipped;
            Q_EMIT fileFinished(path, Outcome::Skipped, added.message, added.reportId, 0);
            break;
        case AddReportResult::Failed:
            ++summary.failed;
            Q_EMIT fileFinished(path, Outcome::Failed, added.message, 0, 0);
            break;
        }
    }
    Q_EMIT progress(summary.imported + summary.skipped + summary.failed, summary.total, QString());
    Q_EMIT finished(summary);
    return summary;
}

} // namespace thp
