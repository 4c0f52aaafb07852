// Batch import off the caller's thread: progress and per-file signals, a broken file that
// does not stop the batch, and a cancel that leaves whole reports only.
#include "StoreTestData.h"
#include "store/BatchImporter.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace thp;

class TestBatchImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/2023")));
        const QStringList samples = QDir(QStringLiteral(THP_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(samples.size() >= 3);
        QVERIFY(QFile::copy(QStringLiteral(THP_SAMPLES_DIR "/") + samples.at(0), m_folder + QStringLiteral("/") + samples.at(0)));
        QVERIFY(QFile::copy(QStringLiteral(THP_SAMPLES_DIR "/") + samples.at(1), m_folder + QStringLiteral("/2023/") + samples.at(1)));
        QVERIFY(QFile::copy(QStringLiteral(THP_SAMPLES_DIR "/") + samples.at(2), m_folder + QStringLiteral("/2023/") + samples.at(2)));
        QFile notes(m_folder + QStringLiteral("/ghi-chú.odg")); // not a supported suffix: not picked up
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("x");
    }

    void collectsFolderRecursively()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        const QStringList files = BatchImporter::collectFiles({m_folder, missing});
        QCOMPARE(files.size(), 4);
        QCOMPARE(files.last(), missing);
        for (const QString &f : files.mid(0, 3))
            QVERIFY2(f.endsWith(QLatin1String(".txt")), qPrintable(f));
    }

    void importsOnAWorkerThread()
    {
        const QString db = test::freshDatabase(m_dir, QStringLiteral("worker"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        BatchImporter importer(db, BatchImporter::collectFiles({m_folder, missing}));
        QSignalSpy progress(&importer, &BatchImporter::progress);
        QSignalSpy files(&importer, &BatchImporter::fileFinished);
        QSignalSpy finished(&importer, &BatchImporter::finished);
        Qt::HANDLE workerThread = nullptr;
        connect(&importer, &BatchImporter::progress, this, [&workerThread](int, int, const QString &) {
            workerThread = QThread::currentThreadId();
        }, Qt::DirectConnection);
        importer.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(importer.wait(10000));
        QVERIFY(workerThread && workerThread != QThread::currentThreadId());

        QCOMPARE(files.size(), 4);
        QCOMPARE(progress.size(), 5); // one per file, then done
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.first().at(1).toInt(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        const BatchSummary s = finished.first().first().value<BatchSummary>();
        QCOMPARE(s.total, 4);
        QCOMPARE(s.imported, 3);
        QCOMPARE(s.failed, 1);
        QVERIFY(!s.cancelled);
        const QList<QVariant> last = files.last();
        QCOMPARE(last.at(0).toString(), missing);
        QCOMPARE(last.at(1).value<BatchImporter::Outcome>(), BatchImporter::Outcome::Failed);
        QVERIFY(!last.at(2).toString().isEmpty());

        QString error;
        auto check = Database::open(db, &error);
        QVERIFY2(check, qPrintable(error));
        ReportStore store(*check);
        QCOMPARE(store.reportCount(), 3);
        // The figure counts announced are the figures stored.
        for (const QList<QVariant> &f : files) {
            if (f.at(1).value<BatchImporter::Outcome>() == BatchImporter::Outcome::Imported)
                QCOMPARE(store.facts(f.at(3).toLongLong()).size(), f.at(4).toInt());
        }

        // The same folder again: all skipped, nothing added.
        BatchImporter again(db, BatchImporter::collectFiles({m_folder}));
        const BatchSummary s2 = again.run();
        QCOMPARE(s2.skipped, 3);
        QCOMPARE(s2.imported, 0);
        QCOMPARE(store.reportCount(), 3);
    }

    void cancelStopsAfterTheCurrentFile()
    {
        const QString db = test::freshDatabase(m_dir, QStringLiteral("cancel"));
        BatchImporter importer(db, BatchImporter::collectFiles({m_folder}));
        // Cancel from the worker as soon as the first report is stored.
        connect(&importer, &BatchImporter::fileFinished, &importer, [&importer] { importer.cancel(); },
                Qt::DirectConnection);
        QSignalSpy finished(&importer, &BatchImporter::finished);
        importer.start();
        QVERIFY(finished.wait(120000));
        const BatchSummary s = finished.first().first().value<BatchSummary>();
        QVERIFY(s.cancelled);
        QCOMPARE(s.imported, 1);
        QString error;
        auto check = Database::open(db, &error);
        QVERIFY2(check, qPrintable(error));
        ReportStore store(*check);
        QCOMPARE(store.reportCount(), 1);
        QSqlQuery q(check->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM facts WHERE report_id NOT IN (SELECT id FROM reports)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void unopenableDatabaseFailsEveryFile()
    {
        if (test::onPostgres())
            QSKIP("not about the database kind");
        BatchImporter importer(m_dir.path(), BatchImporter::collectFiles({m_folder})); // a folder, not a file
        const BatchSummary s = importer.run();
        QVERIFY(!s.error.isEmpty());
        QCOMPARE(s.imported, 0);
        QCOMPARE(s.failed, 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
};

int runBatchImporterTests(int argc, char **argv)
{
    return test::runOnEachBackend<TestBatchImporter>(argc, argv);
}

#include "tst_batchimporter.moc"
