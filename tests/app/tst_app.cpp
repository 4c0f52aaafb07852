// The desktop program as a user meets it: the library lists a stored report, opening it
// fills the figure table (Vietnamese names and number format) with each figure's words
// highlighted in the text, the figure table exports to a PDF whose Vietnamese survives,
// and the language switches.
#include "app/FactTableModel.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ReportListModel.h"
#include "app/ReportView.h"

#include "extract/ReportPipeline.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProcess>
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
    void openingFillsTheFigureTable();
    void selectingAFigureShowsItsWords();
    void exportsThePdfWithVietnamese();
    void languageSwitches();

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_reportId = 0;
    QList<StoredFact> m_facts;
    app::LanguageManager m_language;
};

void TestApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no real settings or data folder touched
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
}

void TestApp::listShowsTheStoredReport()
{
    app::MainWindow w;
    QString error;
    QVERIFY2(w.openDatabase(m_db, &error), qPrintable(error));
    QCOMPARE(w.reportModel()->rowCount(), 1);
    const QString province = w.reportModel()->index(0, app::ReportListModel::Province).data().toString();
    const QString title = w.reportModel()->index(0, app::ReportListModel::Title).data().toString();
    QCOMPARE(province, QStringLiteral("An Giang"));
    QVERIFY2(title.contains(QStringLiteral("Kinh nghiệm của An Giang")), qPrintable(title));
    QCOMPARE(w.reportModel()->index(0, app::ReportListModel::Figures).data().toInt(), int(m_facts.size()));
}

void TestApp::openingFillsTheFigureTable()
{
    app::MainWindow w;
    QVERIFY(w.openDatabase(m_db));
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

QTEST_MAIN(TestApp)
#include "tst_app.moc"
