// Crash safety: a batch import killed with SIGKILL at different moments leaves an SQLite
// database (WAL) that is sound, holds only whole reports, and that the same batch run
// again completes, skipping exactly the reports already stored.
//
// The import runs in a child process (crash_importer: BatchImporter, as the program and
// tonghop-cli import do it) that prints a line after each report's transaction; the test
// waits for a condition (lines read, or reports seen by a reader connection), never for a
// fixed time, then kills the child.
#include "ReportGenerator.h"
#include "extract/ReportPipeline.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thp;

namespace {

constexpr int kBatchSize = 300;
constexpr int kChildTimeoutMs = 240'000; // a loaded 2-core machine: generous, but never a hang

QString importerPath()
{
    return QStringLiteral(THP_CRASH_IMPORTER);
}

// How the test decides the moment to kill the child.
enum class KillWhen { AfterLines, WhenReaderSees };

// Runs one query returning one number, on a connection of the test's own.
qint64 scalar(const QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool done = q.exec(sql) && q.next();
    if (ok)
        *ok = done;
    return done ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reportsDir;
    QHash<QString, int> m_expectedFacts; // content hash → facts the extractor finds in that text
    int m_run = 0;

    // Starts the child on the batch; the caller owns the QProcess.
    bool startImporter(QProcess &p, const QString &dbPath)
    {
        p.setProgram(importerPath());
        p.setArguments({dbPath, m_reportsDir});
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start();
        return p.waitForStarted(30'000);
    }

    // Reads whole lines the child has written so far.
    static void readLines(QProcess &p, QStringList *lines)
    {
        while (p.canReadLine())
            lines->append(QString::fromUtf8(p.readLine()).trimmed());
    }

    static int importedLines(const QStringList &lines)
    {
        int n = 0;
        for (const QString &l : lines)
            n += l.startsWith(QLatin1String("imported ")) ? 1 : 0;
        return n;
    }

    // Opens the database file as any SQLite program would (no TongHop code, nothing
    // written) and checks the file itself: integrity and foreign keys.
    void checkFileIntegrity(const QString &dbPath)
    {
        const QString name = QStringLiteral("crash-integrity");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(dbPath);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY2(q.exec(QStringLiteral("PRAGMA integrity_check")), qPrintable(q.lastError().text()));
            QStringList problems;
            while (q.next())
                problems << q.value(0).toString();
            QCOMPARE(problems, QStringList{QStringLiteral("ok")});
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), "a fact refers to a report that is not there");
            q.finish();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Every stored report whole: its text as imported, its search entry, and all the facts
    // the extractor finds in that text; no fact without its report. Returns the count.
    void checkReportsWhole(const QString &dbPath, int *reportCount)
    {
        QString error;
        const auto db = Database::open(dbPath, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        const QList<StoredReport> reports = store.reports();
        for (const StoredReport &r : reports) {
            const QString text = store.reportText(r.id);
            QCOMPARE(ReportStore::contentHash(text), r.contentHash);
            QVERIFY2(m_expectedFacts.contains(r.contentHash), qPrintable(r.fileName));
            QCOMPARE(store.facts(r.id).size(), m_expectedFacts.value(r.contentHash));
        }
        const QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM facts WHERE report_id IS NOT NULL "
                                          "AND report_id NOT IN (SELECT id FROM reports)")),
                 qint64(0));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM reports_fts")), qint64(reports.size()));
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS "
                                          "(SELECT 1 FROM reports_fts s WHERE s.rowid = r.id)")),
                 qint64(0));
        QSqlQuery q(c);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO reports_fts (reports_fts) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
        qint64 expectedFactTotal = 0;
        for (const StoredReport &r : reports)
            expectedFactTotal += m_expectedFacts.value(r.contentHash);
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM facts")), expectedFactTotal);
        *reportCount = int(reports.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(importerPath()), qPrintable(importerPath()));
        m_reportsDir = m_dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(m_reportsDir));
        test::ReportGenerator generator(20240611);
        for (int i = 1; i <= kBatchSize; ++i) {
            const test::GeneratedReport g = generator.generate();
            const QString path = m_reportsDir + QStringLiteral("/bao-cao-%1.txt").arg(i, 3, 10, QLatin1Char('0'));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(g.text.toUtf8());
            f.close();
            // What the import will store for this file, read the same way.
            const ProcessedReport p = processReport(path);
            QVERIFY2(p.import.ok, qPrintable(p.import.error));
            const QString hash = ReportStore::contentHash(p.import.document.text);
            QVERIFY2(!m_expectedFacts.contains(hash), "the generator repeated a report; the skip count would be off");
            m_expectedFacts.insert(hash, int(p.extraction.facts.size()));
        }
        QCOMPARE(m_expectedFacts.size(), kBatchSize);
    }

    void killedImportLeavesWholeReports_data()
    {
        QTest::addColumn<int>("when");
        QTest::addColumn<int>("reports");
        // Right after the first commit (the schema was just made), while a reader watches
        // (not in step with the child's output), and late in the batch.
        QTest::newRow("after the first report") << int(KillWhen::AfterLines) << 1;
        QTest::newRow("when a reader sees 100 reports") << int(KillWhen::WhenReaderSees) << 100;
        QTest::newRow("after 220 reports") << int(KillWhen::AfterLines) << 220;
    }

    void killedImportLeavesWholeReports()
    {
        QFETCH(int, when);
        QFETCH(int, reports);
        const QString dbPath = m_dir.filePath(QStringLiteral("crash-%1.sqlite").arg(++m_run));

        bool killed = false;
        // The child could in principle finish before the kill lands (it never should with
        // 300 reports): then start over on a fresh file rather than test nothing.
        for (int attempt = 0; attempt < 3 && !killed; ++attempt) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(dbPath + suffix);
            QProcess child;
            QVERIFY2(startImporter(child, dbPath), qPrintable(child.errorString()));
            QStringList lines;
            const QString readerName = QStringLiteral("crash-reader");
            bool reached = false;
            {
                QSqlDatabase reader;
                const QDeadlineTimer deadline(kChildTimeoutMs);
                while (!reached && child.state() != QProcess::NotRunning && !deadline.hasExpired()) {
                    child.waitForReadyRead(20); // also the polling interval of the reader
                    readLines(child, &lines);
                    const int committed = importedLines(lines);
                    if (KillWhen(when) == KillWhen::AfterLines) {
                        reached = committed >= reports;
                    } else if (committed > 0) {
                        // The schema exists once a report is in: now a reader may open the file.
                        if (!reader.isValid()) {
                            reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName);
                            reader.setDatabaseName(dbPath);
                            reader.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
                            QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
                        }
                        bool ok = false;
                        reached = scalar(reader, QStringLiteral("SELECT COUNT(*) FROM reports"), &ok) >= reports && ok;
                    }
                }
                // The reader goes before the kill: recovery after the crash is left to the next open.
                if (reader.isValid())
                    reader.close();
            }
            QSqlDatabase::removeDatabase(readerName);
            QVERIFY2(reached || child.state() == QProcess::NotRunning,
                     qPrintable(QStringLiteral("the import did not get to %1 reports in time; output: %2")
                                    .arg(reports)
                                    .arg(lines.join(QLatin1Char('\n')).right(2000))));
            child.kill(); // SIGKILL: no cleanup, no rollback, no checkpoint
            QVERIFY(child.waitForFinished(30'000));
            readLines(child, &lines);
            if (child.exitStatus() == QProcess::CrashExit) {
                killed = true;
                QVERIFY2(QFile::exists(dbPath + QStringLiteral("-wal")), "the child should have died with its WAL open");
            } else {
                QVERIFY2(!lines.isEmpty() && lines.last().startsWith(QLatin1String("done")),
                         qPrintable(QStringLiteral("the importer failed: %1 %2")
                                        .arg(lines.join(QLatin1Char('\n')).right(2000),
                                             QString::fromUtf8(child.readAllStandardError()))));
                qWarning("attempt %d: the batch finished before the kill; trying again", attempt + 1);
            }
        }
        QVERIFY2(killed, "the import always finished before it could be killed");

        checkFileIntegrity(dbPath);
        if (QTest::currentTestFailed())
            return;
        int stored = 0;
        checkReportsWhole(dbPath, &stored);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(stored >= 1 && stored < kBatchSize, qPrintable(QString::number(stored)));
        QVERIFY2(stored >= reports, "a report the importer had committed was lost");
        qInfo("killed with %d of %d reports stored", stored, kBatchSize);

        // The same batch again: the stored ones are skipped, the rest imported.
        QProcess again;
        QVERIFY2(startImporter(again, dbPath), qPrintable(again.errorString()));
        QVERIFY2(again.waitForFinished(kChildTimeoutMs), "the second import did not finish");
        QStringList lines;
        readLines(again, &lines);
        const QString errors = QString::fromUtf8(again.readAllStandardError());
        QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                 qPrintable(lines.join(QLatin1Char('\n')).right(2000) + errors));
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last(), QStringLiteral("done %1 %2 0").arg(kBatchSize - stored).arg(stored));

        checkFileIntegrity(dbPath);
        int after = 0;
        checkReportsWhole(dbPath, &after);
        QCOMPARE(after, kBatchSize);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
