// The desktop program as a user meets it: the library lists a stored report, opening it
// fills the figure table (Vietnamese names and number format) with each figure's words
// highlighted in the text, the figure table exports to a PDF whose Vietnamese survives,
// and the language switches.
#include "app/AppSettings.h"
#include "app/FactTableModel.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ReportListModel.h"
#include "app/ReportView.h"
#include "app/SettingsDialog.h"

#include "extract/ReportPipeline.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thp;

class TestApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listShowsTheStoredReport();
    void aDatabaseReplacedWhileListingShowsOnlyTheNewOne();
    void openingFillsTheFigureTable();
    void selectingAFigureShowsItsWords();
    void exportsThePdfWithVietnamese();
    void languageSwitches();
    void libraryFiltersAndReviewColumn();
    void searchWithoutAccents();
    void settingsSwitchLanguage();
    void settingsRefuseABadDatabase();

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_reportId = 0;
    QList<StoredFact> m_facts;
    QString m_three; // An Giang (one figure confirmed), Lạng Sơn, Nghệ An
    app::LanguageManager m_language;
};

void TestApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no real data folder touched
    QSettings::setDefaultFormat(QSettings::IniFormat); // nor the real settings
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    m_db = m_dir.filePath(QStringLiteral("test.sqlite"));
    QString error;
    auto db = Database::open(m_db, &error);
    QVERIFY2(db, qPrintable(error));
    ReportStore store(*db);
    const ProcessedReport r = processReport(QStringLiteral(THP_SAMPLES_DIR "/an-giang-nq4-xii.txt"));
    QVERIFY(r.import.ok);
    const AddReportResult added = store.addReport({QStringLiteral("an-giang-nq4-xii.txt"), r.import.document, r.extraction});
    QCOMPARE(added.kind, AddReportResult::Imported);
    m_reportId = added.reportId;
    m_facts = store.facts(m_reportId);
    QVERIFY(m_facts.size() > 10);

    m_three = m_dir.filePath(QStringLiteral("three.sqlite"));
    auto three = Database::open(m_three, &error);
    QVERIFY2(three, qPrintable(error));
    ReportStore threeStore(*three);
    for (const QString &name : {QStringLiteral("an-giang-nq4-xii.txt"), QStringLiteral("lang-son-tu-soi-tu-sua.txt"),
                               QStringLiteral("nghe-an-chi-thi-05.txt")}) {
        const ProcessedReport p = processReport(QStringLiteral(THP_SAMPLES_DIR "/") + name);
        QCOMPARE(threeStore.addReport({name, p.import.document, p.extraction}).kind, AddReportResult::Imported);
    }
    const qint64 anGiang = threeStore.reports().first().id;
    QVERIFY(FactStore(*three).confirmFact(threeStore.facts(anGiang).first().id, QStringLiteral("tester")).ok);
}

void TestApp::listShowsTheStoredReport()
{
    app::MainWindow w;
    QString error;
    QSignalSpy listed(w.reportModel(), &app::ReportListModel::listed);
    QVERIFY2(w.openDatabase(m_db, &error), qPrintable(error));
    // The list is read on a worker thread: meanwhile the window says so and stays usable.
    QVERIFY(w.reportModel()->isLoading());
    QCOMPARE(w.reportModel()->rowCount(), 0);
    QCOMPARE(w.statusBar()->currentMessage(),
             app::MainWindow::tr("Loading reports… · database: %1").arg(QDir::toNativeSeparators(m_db)));
    QVERIFY(listed.wait());
    QVERIFY(!w.reportModel()->isLoading());
    QCOMPARE(w.reportModel()->rowCount(), 1);
    QCOMPARE(w.reportModel()->choices().reportCount, 1);
    QVERIFY(!w.statusBar()->currentMessage().contains(app::MainWindow::tr("Loading reports… · database: %1").section(QLatin1Char(' '), 0, 0)));
    const QString province = w.reportModel()->index(0, app::ReportListModel::Province).data().toString();
    const QString title = w.reportModel()->index(0, app::ReportListModel::Title).data().toString();
    QCOMPARE(province, QStringLiteral("An Giang"));
    QVERIFY2(title.contains(QStringLiteral("Kinh nghiệm của An Giang")), qPrintable(title));
    QCOMPARE(w.reportModel()->index(0, app::ReportListModel::Figures).data().toInt(), int(m_facts.size()));
}

void TestApp::aDatabaseReplacedWhileListingShowsOnlyTheNewOne()
{
    QList<int> listed; // the size of every list the model applied (outlives the window: it lists when closing)
    app::MainWindow w;
    connect(w.reportModel(), &app::ReportListModel::listed, w.reportModel(),
            [&listed, model = w.reportModel()] { listed << model->totalCount(); });
    QVERIFY(w.openDatabase(m_three));
    QVERIFY(w.reportModel()->isLoading());
    // Another database before the first list arrives: the first answer is stale and dropped.
    QVERIFY(w.openDatabase(m_db));
    QTRY_VERIFY(!w.reportModel()->isBusy());
    // Each opening first empties the list (the old database closes), then the new one's comes;
    // the three reports of the first database never show.
    QCOMPARE(listed, (QList<int>{0, 0, 1}));
    QCOMPARE(w.reportModel()->totalCount(), 1);
    QCOMPARE(w.reportModel()->choices().reportCount, 1);
    QCOMPARE(w.reportModel()->index(0, app::ReportListModel::Province).data().toString(), QStringLiteral("An Giang"));
    auto *province = w.findChild<QWidget *>(QStringLiteral("libraryPane"))->findChild<QComboBox *>(QStringLiteral("provinceCombo"));
    QVERIFY(province);
    QCOMPARE(province->findText(QStringLiteral("Nghệ An")), -1); // the boxes hold the new database's choices
    QVERIFY(province->findText(QStringLiteral("An Giang")) > 0);

    // Closed while listing: nothing comes back into the empty model.
    QVERIFY(w.openDatabase(m_three));
    w.reportModel()->setDatabase(nullptr);
    QTRY_VERIFY(!w.reportModel()->isBusy());
    QCOMPARE(w.reportModel()->rowCount(), 0);
    QCOMPARE(w.reportModel()->choices().reportCount, 0);
    // The window going while a list is on its way waits for the worker, and does not crash.
    auto *gone = new app::MainWindow;
    QVERIFY(gone->openDatabase(m_three));
    QVERIFY(gone->reportModel()->isBusy());
    delete gone;
}

void TestApp::openingFillsTheFigureTable()
{
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_db));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QVERIFY(w.openReportAtRow(0));
    QCOMPARE(w.currentReportId(), m_reportId);
    app::FactTableModel *facts = w.reportView()->factModel();
    QCOMPARE(facts->rowCount(), int(m_facts.size()));
    QStringList metrics, values;
    for (int row = 0; row < facts->rowCount(); ++row) {
        metrics << facts->index(row, app::FactTableModel::Metric).data().toString();
        values << facts->index(row, app::FactTableModel::Value).data().toString();
    }
    QVERIFY2(metrics.contains(QStringLiteral("Kỷ luật đảng viên")), qPrintable(metrics.join(QLatin1Char('|'))));
    QVERIFY2(values.contains(QStringLiteral("58.713")), qPrintable(values.join(QLatin1Char('|'))));
    QVERIFY2(values.contains(QStringLiteral("98,4%")), qPrintable(values.join(QLatin1Char('|'))));
    // The text pane holds the report.
    QVERIFY(w.reportView()->textView()->toPlainText().contains(QStringLiteral("thi hành kỷ luật đối với 944 đảng viên")));
}

void TestApp::selectingAFigureShowsItsWords()
{
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_db));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QVERIFY(w.openReportAtRow(0));
    app::ReportView *view = w.reportView();
    for (int row = 0; row < view->factModel()->rowCount(); row += 5) {
        view->selectFactRow(row);
        QCOMPARE(view->currentFactRow(), row);
        const QString words = view->currentFactText();
        QVERIFY(!words.isEmpty());
        // the words are in the text at the figure's offsets, and hold its value as written
        const QString value = view->factModel()->index(row, app::FactTableModel::Value).data().toString();
        QVERIFY2(words.contains(value.chopped(value.endsWith(QLatin1Char('%')) ? 1 : 0)),
                 qPrintable(words + QStringLiteral(" / ") + value));
    }
}

void TestApp::exportsThePdfWithVietnamese()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_db));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QVERIFY(w.openReportAtRow(0));
    const QString pdf = m_dir.filePath(QStringLiteral("figures.pdf"));
    QString error;
    QVERIFY2(w.exportPdf(pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (qEnvironmentVariableIsSet("THP_KEEP_OUTPUT")) // to look at it: pdftoppm -png figures.pdf
        QFile::copy(pdf, qEnvironmentVariable("THP_KEEP_OUTPUT") + QStringLiteral("/figures.pdf"));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &expected : {QStringLiteral("Kinh nghiệm của An Giang"), QStringLiteral("Kỷ luật đảng viên"),
                                    QStringLiteral("58.713"), QStringLiteral("98,4%")})
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(expected, text.left(1500))));
}

void TestApp::languageSwitches()
{
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_db));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QVERIFY(w.openReportAtRow(0));
    auto header = [&] {
        return w.reportView()->factModel()->headerData(app::FactTableModel::Metric, Qt::Horizontal).toString();
    };
    auto firstMetric = [&] {
        QStringList all;
        for (int row = 0; row < w.reportView()->factModel()->rowCount(); ++row)
            all << w.reportView()->factModel()->index(row, app::FactTableModel::Metric).data().toString();
        return all;
    };
    const QString viHeader = header();
    QVERIFY(firstMetric().contains(QStringLiteral("Kỷ luật đảng viên")));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QVERIFY2(header() != viHeader, qPrintable(header()));
    QVERIFY(firstMetric().contains(QStringLiteral("Party members disciplined")));
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    QCoreApplication::processEvents();
    QCOMPARE(header(), viHeader);
}

namespace {
QStringList column(app::MainWindow &w, int col)
{
    QStringList out;
    for (int row = 0; row < w.reportModel()->rowCount(); ++row)
        out << w.reportModel()->index(row, col).data().toString();
    return out;
}
} // namespace

void TestApp::libraryFiltersAndReviewColumn()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_three));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    // Vietnamese order: An Giang, Lạng Sơn, Nghệ An; the review column says how far each got.
    QCOMPARE(column(w, app::ReportListModel::Province),
             (QStringList{QStringLiteral("An Giang"), QStringLiteral("Lạng Sơn"), QStringLiteral("Nghệ An")}));
    const QStringList review = column(w, app::ReportListModel::Review);
    QVERIFY2(review.at(0).startsWith(QStringLiteral("1 of ")), qPrintable(review.join(QLatin1Char('|'))));
    QCOMPARE(review.at(1), QStringLiteral("not reviewed"));

    // The boxes above the list, as a user picks from them (other pages have boxes of their own).
    auto *library = w.findChild<QWidget *>(QStringLiteral("libraryPane"));
    QVERIFY(library);
    auto *province = library->findChild<QComboBox *>(QStringLiteral("provinceCombo"));
    auto *reviewBox = library->findChild<QComboBox *>(QStringLiteral("reviewCombo"));
    auto *year = library->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QVERIFY(province && reviewBox && year);
    QVERIFY(province->findText(QStringLiteral("Lạng Sơn")) > 0);
    // A new filter is queried on a worker thread: the list changes when its answer arrives.
    province->setCurrentIndex(province->findText(QStringLiteral("Nghệ An")));
    QTRY_COMPARE(column(w, app::ReportListModel::Province), QStringList{QStringLiteral("Nghệ An")});
    province->setCurrentIndex(0);
    QTRY_COMPARE(w.reportModel()->totalCount(), 3);
    reviewBox->setCurrentIndex(reviewBox->findText(QStringLiteral("Partly reviewed")));
    QTRY_COMPARE(column(w, app::ReportListModel::Province), QStringList{QStringLiteral("An Giang")});
    reviewBox->setCurrentIndex(reviewBox->findText(QStringLiteral("Not reviewed")));
    QTRY_COMPARE(column(w, app::ReportListModel::Province), (QStringList{QStringLiteral("Lạng Sơn"), QStringLiteral("Nghệ An")}));
    reviewBox->setCurrentIndex(0);
    QTRY_COMPARE(w.reportModel()->totalCount(), 3);
    // Each year in the box finds exactly its reports.
    QVERIFY(year->count() > 1);
    year->setCurrentIndex(1);
    QTRY_VERIFY(!w.reportModel()->isBusy());
    QVERIFY(w.reportModel()->totalCount() < 3);
    for (const QString &y : column(w, app::ReportListModel::Year))
        QCOMPARE(y, year->currentText());
    year->setCurrentIndex(0);
    QTRY_COMPARE(w.reportModel()->totalCount(), 3);
    // Sorting by the header: descending province order.
    w.reportModel()->sort(app::ReportListModel::Province, Qt::DescendingOrder);
    QTRY_COMPARE(column(w, app::ReportListModel::Province).first(), QStringLiteral("Nghệ An"));
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
}

void TestApp::searchWithoutAccents()
{
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_three));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    w.show();
    auto *search = w.findChild<QWidget *>(QStringLiteral("libraryPane"))->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    // A province's name finds its reports.
    QTest::keyClicks(search, QStringLiteral("nghe an"));
    QTRY_VERIFY(column(w, app::ReportListModel::Province).contains(QStringLiteral("Nghệ An")));
    search->clear();
    // Typed without marks, as on a keyboard without Vietnamese input.
    QTest::keyClicks(search, QStringLiteral("tu soi ro"));
    QTRY_COMPARE(column(w, app::ReportListModel::Province), QStringList{QStringLiteral("Lạng Sơn")}); // "tự soi rọi"
    const QStringList plain = column(w, app::ReportListModel::Province);
    // The same words with their marks find the same reports.
    search->clear();
    search->insert(QStringLiteral("Tự soi rọ")); // as an input method commits it
    QTRY_COMPARE(column(w, app::ReportListModel::Province), plain);
    search->clear();
    QTRY_COMPARE(w.reportModel()->totalCount(), 3);
}

void TestApp::settingsSwitchLanguage()
{
    app::MainWindow w;
    w.setLanguageManager(&m_language);
    QVERIFY(w.openDatabase(m_three));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QMenu *file = w.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    const QString vi = file->title();
    app::SettingsDialog dialog(&w);
    dialog.setDatabaseLocation(m_three);
    dialog.setLanguage(QStringLiteral("en"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    w.applySettings(dialog);
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QVERIFY2(vi != file->title(), qPrintable(vi));
    QCOMPARE(w.reportModel()->headerData(app::ReportListModel::Province, Qt::Horizontal).toString(), QStringLiteral("Province"));
    QCOMPARE(app::AppSettings::language(), QStringLiteral("en"));
    // And back, also at once.
    app::SettingsDialog again(&w);
    again.setLanguage(QStringLiteral("vi"));
    again.accept();
    w.applySettings(again);
    QCoreApplication::processEvents();
    QCOMPARE(file->title(), vi);
    QCOMPARE(w.database()->location(), m_three); // the database stayed
}

void TestApp::settingsRefuseABadDatabase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    app::AppSettings::setDatabaseLocation(m_three);
    app::SettingsDialog dialog;
    dialog.show();
    // Nothing listens on port 1: the test fails and says why.
    dialog.setDatabaseLocation(QStringLiteral("postgresql://nobody@127.0.0.1:1/tonghop"));
    QString message;
    QVERIFY(!dialog.testConnection(&message));
    QVERIFY2(message.startsWith(QStringLiteral("Cannot connect")), qPrintable(message));
    QCOMPARE(dialog.testMessage(), message);
    // OK keeps the dialog open and the old database in the settings.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(app::AppSettings::databaseLocation(), m_three);
    // A good file passes.
    dialog.setDatabaseLocation(m_db);
    QVERIFY2(dialog.testConnection(&message), qPrintable(message));
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    if (qEnvironmentVariableIsSet("THP_SCREENSHOT_DIR")) {
        QCoreApplication::processEvents(); // the language change is a posted event
        dialog.setDatabaseLocation(QStringLiteral("postgresql://nobody@127.0.0.1:1/tonghop"));
        dialog.testConnection();
        dialog.resize(660, 400);
        dialog.grab().save(qEnvironmentVariable("THP_SCREENSHOT_DIR") + QStringLiteral("/screenshot-settings.png"));
    }
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
