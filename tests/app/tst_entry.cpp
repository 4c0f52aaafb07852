// The "Enter results" page as a cadre uses it: type a figure for a province and a period,
// see the checks as warnings (a rate of 120%, a part above its total) and save anyway;
// the database holds the figure as entered, by whom; undo takes it away, redo brings it
// back; a figure is removed from the table (also undoable).
// THP_SCREENSHOT_DIR=dir writes screenshot-entry.png of the page in the window.
#include "app/AppSettings.h"
#include "app/EnteredFactsModel.h"
#include "app/EntryView.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"

#include "analysis/EntryValidator.h"
#include "analysis/FactInput.h"
#include "extract/ReportPipeline.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thp;

class TestEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enteredByIsTheReviewerName();
    void parsesVietnameseNumbers();
    void rateAbove100WarnsAndStillSaves();
    void partAboveItsTotalWarns();
    void committeeBelowTheProvince();
    void negativeValueCannotBeSaved();
    void undoRemovesAndRedoRestores();
    void removeIsUndoable();
    void languageSwitches();
    void screenshot();

private:
    void fill(const QString &province, int year, const QString &metric, const QString &value,
              app::EntryView *page = nullptr);
    QLabel *issues() const { return m_view->findChild<QLabel *>(QStringLiteral("issuesLabel")); }
    QPushButton *saveButton() const { return m_view->findChild<QPushButton *>(QStringLiteral("saveButton")); }
    QList<StoredFact> stored(const QString &province) const { return FactStore(*m_database).enteredFacts(province); }

    QTemporaryDir m_dir;
    app::LanguageManager m_language;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<app::EntryView> m_view;
    int m_run = 0;
};

void TestEntry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
}

void TestEntry::init()
{
    // A fresh database for each test: what one test entered does not warn in another.
    QString error;
    m_database = Database::open(m_dir.filePath(QStringLiteral("entry-%1.sqlite").arg(++m_run)), &error);
    QVERIFY2(m_database, qPrintable(error));
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<app::EntryView>();
    m_view->setUndoStack(m_undo.get());
    m_view->setDatabase(m_database.get());
    auto *who = m_view->findChild<QLineEdit *>(QStringLiteral("whoEdit"));
    // keyClicks types Latin-1 only: the name is set as an input method would commit it.
    who->setText(QStringLiteral("Nguyễn Văn An"));
}

void TestEntry::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_database.reset();
}

void TestEntry::fill(const QString &province, int year, const QString &metric, const QString &value,
                     app::EntryView *page)
{
    app::EntryView *view = page ? page : m_view.get();
    auto *provinceCombo = view->findChild<QComboBox *>(QStringLiteral("provinceCombo"));
    provinceCombo->setCurrentIndex(provinceCombo->findText(province));
    QCOMPARE(view->province(), province);
    view->findChild<QSpinBox *>(QStringLiteral("yearFrom"))->setValue(year);
    view->findChild<QSpinBox *>(QStringLiteral("yearTo"))->setValue(year);
    auto *metricCombo = view->findChild<QComboBox *>(QStringLiteral("metricCombo"));
    metricCombo->setCurrentIndex(metricCombo->findData(metric));
    QCOMPARE(view->currentFact().metric, metric);
    auto *valueEdit = view->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    valueEdit->clear();
    QTest::keyClicks(valueEdit, value);
}

void TestEntry::enteredByIsTheReviewerName()
{
    // The name from Settings is the default; a name typed on the page is the one saved.
    app::AppSettings::setReviewerName(QStringLiteral("Đặng Thị Mai"));
    app::EntryView page;
    page.setDatabase(m_database.get());
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("whoEdit"))->text(), QStringLiteral("Đặng Thị Mai"));
    app::AppSettings::setReviewerName(QString());
}

void TestEntry::parsesVietnameseNumbers()
{
    // The same reading as the figure editor's, whatever the interface language.
    QCOMPARE(FactInput::parseValue(QStringLiteral("58.713")), 58713.0);
    QCOMPARE(FactInput::parseValue(QStringLiteral("98,4")), 98.4);
    QCOMPARE(FactInput::parseValue(QStringLiteral("98,4%")), 98.4);
    QCOMPARE(FactInput::parseValue(QStringLiteral(" 120 ")), 120.0);
    QVERIFY(!FactInput::parseValue(QStringLiteral("mười")));
    QVERIFY(!FactInput::parseValue(QString()));
}

void TestEntry::rateAbove100WarnsAndStillSaves()
{
    fill(QStringLiteral("Lạng Sơn"), 2022, QStringLiteral("training.rate"), QStringLiteral("120"));
    // The warning is on the page, and Save stays available.
    QVERIFY(issues()->isVisibleTo(m_view.get()));
    QVERIFY2(issues()->text().contains(QStringLiteral("120%")), qPrintable(issues()->text()));
    QCOMPARE(m_view->currentIssues().size(), 1);
    QCOMPARE(m_view->currentIssues().first().severity, EntryIssue::Warning);
    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    const QList<StoredFact> saved = stored(QStringLiteral("Lạng Sơn"));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().fact.metric, QStringLiteral("training.rate"));
    QCOMPARE(saved.first().fact.value, 120.0);
    QCOMPARE(saved.first().fact.period, (Period{2022, 2022}));
    QCOMPARE(saved.first().status, FactStatus::Entered);
    QCOMPARE(saved.first().changedBy, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(saved.first().reportId, 0);
    // The table below lists it, the Vietnamese way, with who entered it.
    const app::EnteredFactsModel *m = m_view->enteredModel();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->index(0, app::EnteredFactsModel::Value).data().toString(), QStringLiteral("120%"));
    QCOMPARE(m->index(0, app::EnteredFactsModel::EnteredBy).data().toString(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(m->index(0, app::EnteredFactsModel::Metric).data().toString(), QStringLiteral("Tỷ lệ đảng viên dự học tập"));
    // The form is ready for the next figure.
    QVERIFY(m_view->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text().isEmpty());
}

void TestEntry::partAboveItsTotalWarns()
{
    fill(QStringLiteral("Nghệ An"), 2023, QStringLiteral("discipline.members"), QStringLiteral("10"));
    QVERIFY(m_view->currentIssues().isEmpty());
    QVERIFY(!issues()->isVisibleTo(m_view.get()));
    QVERIFY(m_view->saveFigure());
    fill(QStringLiteral("Nghệ An"), 2023, QStringLiteral("discipline.members.reprimand"), QStringLiteral("15"));
    QCOMPARE(m_view->currentIssues().size(), 1);
    const QString text = issues()->text();
    QVERIFY2(text.contains(QStringLiteral("Kỷ luật đảng viên: khiển trách")) && text.contains(QStringLiteral("15"))
                 && text.contains(QStringLiteral("10")),
             qPrintable(text));
    // Another year has another total: no warning there.
    m_view->findChild<QSpinBox *>(QStringLiteral("yearFrom"))->setValue(2024);
    m_view->findChild<QSpinBox *>(QStringLiteral("yearTo"))->setValue(2024);
    QVERIFY(m_view->currentIssues().isEmpty());
    m_view->findChild<QSpinBox *>(QStringLiteral("yearFrom"))->setValue(2023);
    m_view->findChild<QSpinBox *>(QStringLiteral("yearTo"))->setValue(2023);
    QCOMPARE(m_view->currentIssues().size(), 1);
    QVERIFY(saveButton()->isEnabled());
    QTest::keyClick(m_view->findChild<QLineEdit *>(QStringLiteral("valueEdit")), Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("Nghệ An")).size(), 2);
    // Two parts together above the total warn too.
    fill(QStringLiteral("Nghệ An"), 2023, QStringLiteral("discipline.members"), QStringLiteral("20"));
    QVERIFY(m_view->currentIssues().size() >= 1); // also: entered before as 10
    fill(QStringLiteral("Nghệ An"), 2023, QStringLiteral("discipline.members.warning"), QStringLiteral("3"));
    QCOMPARE(m_view->currentIssues().size(), 1);
    QVERIFY2(issues()->text().contains(QStringLiteral("18")), qPrintable(issues()->text())); // 15 + 3 > 10
    // The total entered again (the newer entry counts): 15 + 3 fit in 20.
    fill(QStringLiteral("Nghệ An"), 2023, QStringLiteral("discipline.members"), QStringLiteral("20"));
    QVERIFY(m_view->saveFigure());
    fill(QStringLiteral("Nghệ An"), 2023, QStringLiteral("discipline.members.warning"), QStringLiteral("3"));
    QVERIFY2(m_view->currentIssues().isEmpty(), qPrintable(issues()->text()));
}

void TestEntry::committeeBelowTheProvince()
{
    // The province's total first, then the city committee's own figures: they are not parts
    // of the province's figure entered here, and they are kept as the city's.
    fill(QStringLiteral("Nam Định"), 2023, QStringLiteral("discipline.members"), QStringLiteral("10"));
    QVERIFY(m_view->saveFigure());
    auto *committees = m_view->findChild<QComboBox *>(QStringLiteral("committeeCombo"));
    QVERIFY(committees);
    QCOMPARE(committees->currentIndex(), 0); // the whole province
    QCOMPARE(committees->itemText(0), QStringLiteral("Toàn tỉnh"));
    // The list is the province's committees, named as their reports sign them.
    QVERIFY(committees->findText(QStringLiteral("Thành ủy Nam Định")) > 0);
    QVERIFY(committees->findText(QStringLiteral("Huyện ủy Hải Hậu")) > 0);
    QCOMPARE(committees->findText(QStringLiteral("Huyện ủy Kim Sơn")), -1); // Ninh Bình's
    committees->setCurrentIndex(committees->findText(QStringLiteral("Thành ủy Nam Định")));
    QCOMPARE(m_view->committee(), QStringLiteral("Thành ủy Nam Định"));
    fill(QStringLiteral("Nam Định"), 2023, QStringLiteral("discipline.members.reprimand"), QStringLiteral("15"));
    QCOMPARE(m_view->committee(), QStringLiteral("Thành ủy Nam Định")); // the same province: kept
    QVERIFY2(m_view->currentIssues().isEmpty(), qPrintable(issues()->text()));
    QVERIFY(m_view->saveFigure());
    // A committee typed in (not in the list) is saved as typed, whitespace tidied.
    committees->setEditText(QStringLiteral("Đảng ủy  Khối cơ quan tỉnh"));
    fill(QStringLiteral("Nam Định"), 2023, QStringLiteral("discipline.members"), QStringLiteral("2"));
    QVERIFY(m_view->saveFigure());

    QList<StoredFact> saved = stored(QStringLiteral("Nam Định"));
    std::sort(saved.begin(), saved.end(), [](const StoredFact &a, const StoredFact &b) { return a.id < b.id; });
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved.at(0).subUnit, QString());
    QCOMPARE(saved.at(1).subUnit, QStringLiteral("Thành ủy Nam Định"));
    QCOMPARE(saved.at(2).subUnit, QStringLiteral("Đảng ủy Khối cơ quan tỉnh"));
    // The table says whose figure each one is (newest first).
    const app::EnteredFactsModel *m = m_view->enteredModel();
    QCOMPARE(m->index(0, app::EnteredFactsModel::Unit).data().toString(), QStringLiteral("Đảng ủy Khối cơ quan tỉnh"));
    QCOMPARE(m->index(1, app::EnteredFactsModel::Unit).data().toString(), QStringLiteral("Thành ủy Nam Định"));
    QCOMPARE(m->index(2, app::EnteredFactsModel::Unit).data().toString(), QStringLiteral("toàn tỉnh"));

    // Undo and redo keep the committee.
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(stored(QStringLiteral("Nam Định")).size(), 1);
    m_undo->redo();
    saved = stored(QStringLiteral("Nam Định"));
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.last().subUnit, QStringLiteral("Thành ủy Nam Định"));

    // Another province has other committees: the choice goes back to the whole province.
    fill(QStringLiteral("Lạng Sơn"), 2023, QStringLiteral("discipline.members"), QStringLiteral("1"));
    QCOMPARE(committees->currentIndex(), 0);
    QCOMPARE(m_view->committee(), QString());
    QVERIFY(committees->findText(QStringLiteral("Thành ủy Lạng Sơn")) > 0);
}

void TestEntry::negativeValueCannotBeSaved()
{
    fill(QStringLiteral("An Giang"), 2022, QStringLiteral("inspection.members"), QStringLiteral("-5"));
    QVERIFY(EntryValidator::hasErrors(m_view->currentIssues()));
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(!m_view->saveFigure());
    fill(QStringLiteral("An Giang"), 2022, QStringLiteral("inspection.members"), QStringLiteral("12,5"));
    QVERIFY2(issues()->text().contains(QStringLiteral("12,5")), qPrintable(issues()->text())); // a count, not whole
    QVERIFY(saveButton()->isEnabled());
    fill(QStringLiteral("An Giang"), 2022, QStringLiteral("inspection.members"), QStringLiteral("58.713"));
    QVERIFY(m_view->currentIssues().isEmpty());
    QVERIFY(m_view->saveFigure());
    QCOMPARE(stored(QStringLiteral("An Giang")).first().fact.value, 58713.0);
    QVERIFY(stored(QStringLiteral("Lạng Sơn")).isEmpty());
}

void TestEntry::undoRemovesAndRedoRestores()
{
    fill(QStringLiteral("Bắc Giang"), 2021, QStringLiteral("org.members"), QStringLiteral("62.100"));
    QVERIFY(m_view->saveFigure());
    fill(QStringLiteral("Bắc Giang"), 2021, QStringLiteral("discipline.members"), QStringLiteral("120"));
    QVERIFY(m_view->saveFigure());
    QCOMPARE(m_undo->count(), 2);
    QCOMPARE(stored(QStringLiteral("Bắc Giang")).size(), 2);
    QCOMPARE(m_view->enteredModel()->rowCount(), 2);

    m_undo->undo();
    QList<StoredFact> facts = stored(QStringLiteral("Bắc Giang"));
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().fact.metric, QStringLiteral("org.members"));
    QCOMPARE(m_view->enteredModel()->rowCount(), 1);
    m_undo->undo();
    QVERIFY(stored(QStringLiteral("Bắc Giang")).isEmpty());
    QCOMPARE(m_view->enteredModel()->rowCount(), 0);

    m_undo->redo();
    m_undo->redo();
    facts = stored(QStringLiteral("Bắc Giang"));
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.last().fact.metric, QStringLiteral("discipline.members"));
    QCOMPARE(facts.last().fact.value, 120.0);
    QCOMPARE(facts.last().status, FactStatus::Entered);
    QCOMPARE(facts.last().changedBy, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(m_view->enteredModel()->rowCount(), 2);
    // The history keeps every step: entered, removed, entered again.
    QVERIFY(FactStore(*m_database).history(facts.last().id).size() >= 1);
}

void TestEntry::removeIsUndoable()
{
    fill(QStringLiteral("Lạng Sơn"), 2023, QStringLiteral("discipline.members"), QStringLiteral("223"));
    QVERIFY(m_view->saveFigure());
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("enteredView"));
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(stored(QStringLiteral("Lạng Sơn")).isEmpty());
    QCOMPARE(m_view->enteredModel()->rowCount(), 0);
    m_undo->undo(); // the removal
    QCOMPARE(stored(QStringLiteral("Lạng Sơn")).size(), 1);
    QCOMPARE(stored(QStringLiteral("Lạng Sơn")).first().fact.value, 223.0);
    m_undo->undo(); // the entry: the figure entered again under a new id goes too
    QVERIFY(stored(QStringLiteral("Lạng Sơn")).isEmpty());
    m_undo->redo();
    m_undo->redo();
    QVERIFY(stored(QStringLiteral("Lạng Sơn")).isEmpty());
    m_undo->undo();
    QCOMPARE(stored(QStringLiteral("Lạng Sơn")).size(), 1);
}

void TestEntry::languageSwitches()
{
    fill(QStringLiteral("Lạng Sơn"), 2023, QStringLiteral("training.rate"), QStringLiteral("98,4"));
    QVERIFY(m_view->saveFigure());
    QCOMPARE(m_view->enteredModel()->index(0, app::EnteredFactsModel::Metric).data().toString(),
             QStringLiteral("Tỷ lệ đảng viên dự học tập"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(m_view->enteredModel()->index(0, app::EnteredFactsModel::Metric).data().toString(),
                 QStringLiteral("Attendance rate"));
    // The page's own words follow when it gets the language-change event.
    QTRY_COMPARE(m_view->findChild<QPushButton *>(QStringLiteral("saveButton"))->text(), QStringLiteral("&Save figure"));
    QCOMPARE(m_view->currentFact().metric, QStringLiteral("training.rate")); // the choice stays
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    QTRY_COMPARE(m_view->enteredModel()->index(0, app::EnteredFactsModel::Metric).data().toString(),
                 QStringLiteral("Tỷ lệ đảng viên dự học tập"));
    QTRY_COMPARE(m_view->findChild<QPushButton *>(QStringLiteral("saveButton"))->text(), QStringLiteral("&Lưu số liệu"));
}

void TestEntry::screenshot()
{
    const QString dir = qEnvironmentVariable("THP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set THP_SCREENSHOT_DIR to write screenshot-entry.png");
    // The window on a database with the sample reports, the page with a few figures entered.
    const QString path = m_dir.filePath(QStringLiteral("screenshot.sqlite"));
    {
        QString error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore reports(*db);
        for (const QString &name : QDir(QStringLiteral(THP_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")})) {
            const ProcessedReport r = processReport(QStringLiteral(THP_SAMPLES_DIR "/") + name);
            QVERIFY(r.import.ok);
            reports.addReport({name, r.import.document, r.extraction});
        }
    }
    app::MainWindow w;
    QVERIFY(w.openDatabase(path));
    w.resize(1366, 800);
    w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(w.entryView());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    app::EntryView *view = w.entryView();
    auto *who = view->findChild<QLineEdit *>(QStringLiteral("whoEdit"));
    who->setText(QStringLiteral("Nguyễn Văn An"));
    fill(QStringLiteral("Lạng Sơn"), 2024, QStringLiteral("discipline.members"), QStringLiteral("231"), view);
    QVERIFY(view->saveFigure());
    fill(QStringLiteral("Lạng Sơn"), 2024, QStringLiteral("discipline.members.reprimand"), QStringLiteral("142"), view);
    QVERIFY(view->saveFigure());
    fill(QStringLiteral("Lạng Sơn"), 2024, QStringLiteral("training.rate"), QStringLiteral("98,4"), view);
    QVERIFY(view->saveFigure());
    auto *committees = view->findChild<QComboBox *>(QStringLiteral("committeeCombo"));
    committees->setCurrentIndex(committees->findText(QStringLiteral("Thành ủy Lạng Sơn")));
    fill(QStringLiteral("Lạng Sơn"), 2024, QStringLiteral("discipline.members"), QStringLiteral("27"), view);
    QVERIFY(view->saveFigure());
    committees->setCurrentIndex(0);
    fill(QStringLiteral("Lạng Sơn"), 2024, QStringLiteral("discipline.members.warning"), QStringLiteral("95"), view);
    QTest::qWait(200);
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("screenshot-entry.png"))));
}

QTEST_MAIN(TestEntry)
#include "tst_entry.moc"
