// Importing reports from the window: the import dialog lists every file with its result
// (imported, skipped as already stored, failed and why), format and encoding; it can be
// cancelled; files dropped on the window open it; the library shows the new reports.
#include "app/ImportDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ReportListModel.h"

#include "extract/ReportPipeline.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace thp;
using app::ImportDialog;

namespace {

QString cell(ImportDialog *d, int row, int column)
{
    const QTableWidgetItem *item = d->resultsView()->item(row, column);
    return item ? item->text() : QString();
}

int rowOfFile(ImportDialog *d, const QString &fileName)
{
    for (int row = 0; row < d->resultsView()->rowCount(); ++row)
        if (cell(d, row, ImportDialog::FileColumn) == fileName)
            return row;
    return -1;
}

bool copySample(const QString &name, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(QStringLiteral(THP_SAMPLES_DIR "/") + name, to);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void importsGoodSkipsDuplicateReportsBroken();
    void encodingCanBeForced();
    void folderImportStartsOnceWalked();
    void cancelStopsAfterTheCurrentFile();
    void droppedFilesOpenTheDialog();
    void screenshotInVietnamese();

private:
    QString freshDatabaseWithAnGiang();
    // The window on such a database, its library listed (on a worker thread).
    bool openLibraryWithAnGiang(app::MainWindow &w);
    // A new report, one already stored and a broken Word file, in a folder of their own.
    QStringList goodDuplicateBroken();

    QTemporaryDir m_dir;
    int m_n = 0;
    app::LanguageManager m_language;
};

void TestImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    // Result words are checked in the source language.
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestImport::init()
{
    ++m_n;
}

QString TestImport::freshDatabaseWithAnGiang()
{
    const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_n));
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        return {};
    const ProcessedReport r = processReport(QStringLiteral(THP_SAMPLES_DIR "/an-giang-nq4-xii.txt"));
    ReportStore(*db).addReport({QStringLiteral("an-giang-nq4-xii.txt"), r.import.document, r.extraction});
    return path;
}

bool TestImport::openLibraryWithAnGiang(app::MainWindow &w)
{
    const QString db = freshDatabaseWithAnGiang();
    return !db.isEmpty() && w.openDatabase(db) && QTest::qWaitFor([&w] { return !w.reportModel()->isLoading(); });
}

QStringList TestImport::goodDuplicateBroken()
{
    const QDir files(m_dir.filePath(QStringLiteral("files%1").arg(m_n)));
    const QString good = files.filePath(QStringLiteral("lang-son.txt"));
    const QString duplicate = files.filePath(QStringLiteral("an-giang-again.txt"));
    const QString broken = files.filePath(QStringLiteral("hong.docx"));
    QFile f(broken);
    if (!QDir().mkpath(files.path()) || !copySample(QStringLiteral("lang-son-tu-soi-tu-sua.txt"), good)
        || !copySample(QStringLiteral("an-giang-nq4-xii.txt"), duplicate) || !f.open(QIODevice::WriteOnly))
        return {};
    f.write("PK\x03\x04 this is not really a Word file");
    return {good, duplicate, broken};
}

void TestImport::importsGoodSkipsDuplicateReportsBroken()
{
    app::MainWindow w;
    QVERIFY(openLibraryWithAnGiang(w));
    QCOMPARE(w.reportModel()->totalCount(), 1);

    const QStringList files = goodDuplicateBroken();
    QCOMPARE(files.size(), 3);

    ImportDialog *dialog = w.importPaths(files);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->resultsView()->rowCount(), 3);
    QCOMPARE(cell(dialog, rowOfFile(dialog, QStringLiteral("hong.docx")), ImportDialog::ResultColumn), QStringLiteral("waiting"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);

    const int goodRow = rowOfFile(dialog, QStringLiteral("lang-son.txt"));
    const int dupRow = rowOfFile(dialog, QStringLiteral("an-giang-again.txt"));
    const int badRow = rowOfFile(dialog, QStringLiteral("hong.docx"));
    QCOMPARE(cell(dialog, goodRow, ImportDialog::ResultColumn), QStringLiteral("imported"));
    QCOMPARE(cell(dialog, goodRow, ImportDialog::FormatColumn), QStringLiteral("txt"));
    QCOMPARE(cell(dialog, goodRow, ImportDialog::EncodingColumn), QStringLiteral("UTF-8"));
    QVERIFY2(cell(dialog, goodRow, ImportDialog::DetailsColumn).contains(QStringLiteral("figures")),
             qPrintable(cell(dialog, goodRow, ImportDialog::DetailsColumn)));
    QCOMPARE(cell(dialog, dupRow, ImportDialog::ResultColumn), QStringLiteral("skipped"));
    QVERIFY2(cell(dialog, dupRow, ImportDialog::DetailsColumn).contains(QStringLiteral("Kinh nghiệm của An Giang")),
             qPrintable(cell(dialog, dupRow, ImportDialog::DetailsColumn)));
    QCOMPARE(cell(dialog, badRow, ImportDialog::ResultColumn), QStringLiteral("failed"));
    QVERIFY2(!cell(dialog, badRow, ImportDialog::DetailsColumn).isEmpty(), "a failure says why");
    QCOMPARE(dialog->summary().imported, 1);
    QCOMPARE(dialog->summary().skipped, 1);
    QCOMPARE(dialog->summary().failed, 1);

    // The library shows the new report, and the database holds it.
    QTRY_COMPARE(w.reportModel()->totalCount(), 2);
    QStringList provinces;
    for (int row = 0; row < w.reportModel()->rowCount(); ++row)
        provinces << w.reportModel()->index(row, app::ReportListModel::Province).data().toString();
    QVERIFY2(provinces.contains(QStringLiteral("Lạng Sơn")), qPrintable(provinces.join(QLatin1Char('|'))));
    QCOMPARE(ReportStore(*w.database()).reportCount(), 2);

    // Close: the dialog goes away.
    dialog->reject();
    QTRY_VERIFY(!w.findChild<ImportDialog *>());
}

void TestImport::encodingCanBeForced()
{
    app::MainWindow w;
    QVERIFY(openLibraryWithAnGiang(w));
    const QString file = m_dir.filePath(QStringLiteral("nghe-an-%1.txt").arg(m_n));
    QVERIFY(copySample(QStringLiteral("nghe-an-chi-thi-05.txt"), file));
    ImportDialog *dialog = w.importPaths({file});
    QVERIFY(dialog);
    dialog->setForcedEncoding(QStringLiteral("windows-1258"));
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
    // The user's choice wins over detection (here wrongly: the file is UTF-8).
    QCOMPARE(cell(dialog, 0, ImportDialog::EncodingColumn), QStringLiteral("windows-1258"));
    dialog->reject();
}

void TestImport::folderImportStartsOnceWalked()
{
    // Import pressed at once on a dropped folder: the folder is walked off the GUI thread
    // and the import begins when it has been; nothing is lost in between.
    app::MainWindow w;
    QVERIFY(openLibraryWithAnGiang(w));
    const QDir folder(m_dir.filePath(QStringLiteral("walked%1").arg(m_n)));
    QVERIFY(QDir().mkpath(folder.filePath(QStringLiteral("2023/quy-4"))));
    QVERIFY(copySample(QStringLiteral("nghe-an-chi-thi-05.txt"), folder.filePath(QStringLiteral("2023/quy-4/nghe-an.txt"))));
    QVERIFY(copySample(QStringLiteral("lang-son-tu-soi-tu-sua.txt"), folder.filePath(QStringLiteral("lang-son.txt"))));
    QFile notAReport(folder.filePath(QStringLiteral("ghi-chu.xyz")));
    QVERIFY(notAReport.open(QIODevice::WriteOnly));
    notAReport.write("not a report");
    notAReport.close();
    ImportDialog *dialog = w.importPaths({folder.path()});
    QVERIFY(dialog);
    QSignalSpy listed(dialog, &ImportDialog::listed);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(dialog->files().size(), 2); // the .xyz file is not a report
    QCOMPARE(dialog->summary().imported, 2);
    QCOMPARE(cell(dialog, rowOfFile(dialog, QStringLiteral("nghe-an.txt")), ImportDialog::ResultColumn),
             QStringLiteral("imported"));
    dialog->reject();
}

void TestImport::cancelStopsAfterTheCurrentFile()
{
    app::MainWindow w;
    QVERIFY(openLibraryWithAnGiang(w));
    // Forty different long reports (each about a megabyte, a tenth of a second or more to
    // read and store): far more than get read between the first result and Cancel, even on
    // a fast, idle machine.
    QFile sample(QStringLiteral(THP_SAMPLES_DIR "/nam-dinh-city-nq4-xii.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll().repeated(300);
    const QDir files(m_dir.filePath(QStringLiteral("many%1").arg(m_n)));
    QVERIFY(QDir().mkpath(files.path()));
    for (int i = 0; i < 40; ++i) {
        QFile f(files.filePath(QStringLiteral("bao-cao-%1.txt").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text + QStringLiteral("\nBản sao số %1.\n").arg(i).toUtf8());
    }
    ImportDialog *dialog = w.importPaths({files.path()}); // a folder: walked for reports, off the GUI thread
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isListing());
    QCOMPARE(dialog->files().size(), 40);
    QCOMPARE(dialog->resultsView()->rowCount(), 40);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(cell(dialog, 0, ImportDialog::ResultColumn) == QStringLiteral("imported"), 60000);
    QPushButton *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
    QVERIFY(dialog->summary().cancelled);
    const int stored = ReportStore(*w.database()).reportCount() - 1;
    QVERIFY2(stored >= 1 && stored < 40, qPrintable(QString::number(stored)));
    QCOMPARE(dialog->summary().imported, stored);
    // The files not reached say so; the results stay in view until closed.
    QCOMPARE(cell(dialog, 39, ImportDialog::ResultColumn), QStringLiteral("not imported"));
    QVERIFY(dialog->isVisible());
    // Every report is whole: as many in the library as in the database.
    QTRY_COMPARE(w.reportModel()->totalCount(), stored + 1);
    dialog->reject();
    QTRY_VERIFY(!w.findChild<ImportDialog *>());
}

void TestImport::droppedFilesOpenTheDialog()
{
    app::MainWindow w;
    QVERIFY(openLibraryWithAnGiang(w));
    const QString file = m_dir.filePath(QStringLiteral("bac-giang-%1.txt").arg(m_n));
    QVERIFY(copySample(QStringLiteral("bac-giang-interview-2017.txt"), file));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    auto *dialog = w.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->files(), QStringList{file});
    QTest::keyClick(dialog, Qt::Key_Return); // Import is the default button
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
    QCOMPARE(cell(dialog, 0, ImportDialog::ResultColumn), QStringLiteral("imported"));
    QTRY_COMPARE(w.reportModel()->totalCount(), 2);
}

void TestImport::screenshotInVietnamese()
{
    const QString dir = qEnvironmentVariable("THP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set THP_SCREENSHOT_DIR to write docs/screenshot-import.png");
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    app::MainWindow w;
    QVERIFY(w.openDatabase(freshDatabaseWithAnGiang()));
    QTRY_VERIFY(!w.reportModel()->isLoading());
    ImportDialog *dialog = w.importPaths(goodDuplicateBroken());
    QVERIFY(dialog);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60000);
    dialog->resize(1000, 360);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/screenshot-import.png")));
    dialog->reject();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
