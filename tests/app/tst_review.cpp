// The review of one report as a reviewer does it, in the real report view with a real database
// (hosted as the main window hosts it: one undo stack with Ctrl+Z / Ctrl+Shift+Z, a search
// box beside it):
// accept figures with the keyboard, correct one in the editor, undo and redo, reject, go
// back, accept all a rule read in one undoable step, walk the least confident first, add
// a figure the extraction missed from selected words; change a figure's cells in place in
// the table (F2: value, metric, period, tier), Enter saves, Esc cancels, what cannot be
// read is refused where it is typed. Someone else's later change is never overwritten:
// the review says so and the database keeps it.
#include "app/AppSettings.h"
#include "app/FactEditDialog.h"
#include "app/FactTableModel.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ReportListModel.h"
#include "app/ReportView.h"

#include "analysis/FactInput.h"
#include "analysis/ReviewQueue.h"
#include "extract/ReportPipeline.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace thp;

namespace {
const QString kSample = QStringLiteral("an-giang-nq4-xii.txt");
}

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptThreeWithTheKeyboard();
    void inTheRealWindow();
    void correctUndoRedo();
    void rejectAndGoBack();
    void acceptAllFromARuleIsOneUndo();
    void leastConfidentFirst();
    void someoneElsesChangeIsNeverOverwritten();
    void addAFigureFromSelectedWords();
    void keysDoNotFireWhileTyping();
    void clickingAFigureInTheTextSelectsIt();
    void checksAreShownWhereTheyApply();
    void changeAValueInItsCell();
    void changeTheMetricInItsCell();
    void changePeriodAndTierInTheirCells();
    void whatCannotBeReadIsRefusedInTheCell();
    void aWarningDoesNotStopTheCell();
    void aCellChangedMeanwhileIsNeverOverwritten();
    void doubleClickChangesTheCellOrOpensTheForm();
    void screenshot();

private:
    app::ReportView *view() const { return m_view; }
    app::FactTableModel *model() const { return view()->factModel(); }
    StoredFact stored(qint64 id) const { return *FactStore(*m_check).fact(id); }
    StoredFact shownAt(int row) const { return *model()->factAt(row); }
    QString shownStatus(int row) const { return model()->index(row, app::FactTableModel::Status).data().toString(); }
    QUndoStack *undoStack() const { return m_undo; }
    // After a dialog closed: the window is active again, the figures have the focus.
    void backToTheTable()
    {
        QCoreApplication::processEvents(); // what the closed dialog asked for
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->factsView()->setFocus();
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view()->factsView(), Qt::Key(key), modifiers);
    }
    // The editor opened by a key: waits for it, like a person would.
    app::FactEditDialog *waitForEditor()
    {
        if (!QTest::qWaitFor([&] { return view()->editor() && view()->editor()->isVisible(); }, 2000))
            return nullptr;
        if (!QTest::qWaitForWindowActive(view()->editor()))
            return nullptr;
        // Keys go where the focus is: into the editor.
        if (!QTest::qWaitFor([&] { return view()->editor()->isAncestorOf(QApplication::focusWidget()); }, 2000))
            return nullptr;
        return view()->editor();
    }

    // Makes a cell current as a person does (a click) and opens its editor with F2; the
    // editor, once it has the keyboard.
    QWidget *editCell(int row, int column)
    {
        QTableView *table = view()->factsView();
        const QModelIndex index = model()->index(row, column);
        table->setFocus();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        if (table->currentIndex() != index || view()->currentFactRow() != row)
            return nullptr;
        QTest::keyClick(table, Qt::Key_F2);
        if (!QTest::qWaitFor([&] { return view()->cellEditor() && view()->cellEditor()->hasFocus(); }, 2000))
            return nullptr;
        return view()->cellEditor();
    }
    // A double-click on the table as the mouse makes it: press, release, double-click, release.
    void doubleClick(QPoint where)
    {
        QWidget *viewport = view()->factsView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, where);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, where);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, where);
    }
    // The first figure counted (not a rate), whose value is a whole number.
    int firstCountRow() const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Fact &f = shownAt(row).fact;
            if (!MetricCatalogue::instance().find(f.metric)->isRate && f.value == std::round(f.value) && f.value != 1234)
                return row;
        }
        return -1;
    }
    QString detail() const { return view()->findChild<QLabel *>(QStringLiteral("detailLabel"))->text(); }
    QString shownValue(int row) const { return model()->index(row, app::FactTableModel::Value).data().toString(); }

    app::LanguageManager m_language;
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
    std::unique_ptr<Database> m_db;    // the program's connection
    std::unique_ptr<Database> m_check; // a second one: what the database really holds
    std::unique_ptr<QWidget> m_window;
    app::ReportView *m_view = nullptr;
    QUndoStack *m_undo = nullptr;
    QAction *m_redo = nullptr;
    qint64 m_reportId = 0;
};

void TestReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    QVERIFY(m_dir.isValid());
    app::AppSettings::setReviewerName(QStringLiteral("Nguyễn Thị Hoa"));
}

void TestReview::init()
{
    // Import the sample into a fresh database, open it in the window, open the report.
    m_path = m_dir.filePath(QStringLiteral("review%1.sqlite").arg(++m_n));
    QString error;
    m_check = Database::open(m_path, &error);
    QVERIFY2(m_check, qPrintable(error));
    const ProcessedReport r = processReport(QStringLiteral(THP_SAMPLES_DIR "/") + kSample);
    QVERIFY(r.import.ok);
    const AddReportResult added = ReportStore(*m_check).addReport({kSample, r.import.document, r.extraction});
    QCOMPARE(added.kind, AddReportResult::Imported);
    m_reportId = added.reportId;

    // The window: a search box above the report, one undo stack (as MainWindow has them).
    m_db = Database::open(m_path, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    auto *search = new QLineEdit(m_window.get());
    search->setObjectName(QStringLiteral("searchEdit"));
    layout->addWidget(search);
    m_view = new app::ReportView(m_window.get());
    layout->addWidget(m_view, 1);
    m_undo = new QUndoStack(m_window.get());
    QAction *undo = m_undo->createUndoAction(m_window.get());
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(m_window.get());
    redo->setShortcut(QKeySequence::Redo);
    m_window->addActions({undo, redo});
    m_redo = redo;
    m_view->setUndoStack(m_undo);
    m_view->setDatabase(m_db.get());
    // Opening the report, as MainWindow::openReport does.
    ReportStore store(*m_db);
    m_view->showReport(*store.report(m_reportId), store.reportText(m_reportId), store.facts(m_reportId));
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view()->factsView()->setFocus();
    QVERIFY(model()->rowCount() > 10);
    QCOMPARE(view()->currentFactRow(), 0); // the first figure to review
}

void TestReview::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_check.reset();
}

void TestReview::acceptThreeWithTheKeyboard()
{
    QSignalSpy changed(view(), &app::ReportView::factsChanged);
    const QList<qint64> ids{shownAt(0).id, shownAt(1).id, shownAt(2).id};
    press(Qt::Key_Return);
    QCOMPARE(view()->currentFactRow(), 1);
    press(Qt::Key_Space);
    QCOMPARE(view()->currentFactRow(), 2);
    press(Qt::Key_Enter);
    QCOMPARE(view()->currentFactRow(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(stored(ids[row]).status, FactStatus::Confirmed);
        QVERIFY2(shownStatus(row).contains(render::FactLabels::status(FactStatus::Confirmed)), qPrintable(shownStatus(row)));
        QCOMPARE(FactStore(*m_check).history(ids[row]).last().action, QStringLiteral("confirm"));
        QCOMPARE(stored(ids[row]).changedBy, QStringLiteral("Nguyễn Thị Hoa")); // the name from Settings
    }
    QCOMPARE(stored(shownAt(3).id).status, FactStatus::Extracted);
    QCOMPARE(undoStack()->count(), 3);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.first().first().toLongLong(), m_reportId);
    // The keys are on screen.
    const QString hint = view()->findChild<QLabel *>(QStringLiteral("hintLabel"))->text();
    for (const QString &key : {QStringLiteral("Return"), QStringLiteral("E"), QStringLiteral("R"), QStringLiteral("N")})
        QVERIFY2(hint.contains(QStringLiteral("<b>%1</b>").arg(key)), qPrintable(hint));
    QVERIFY(view()->acceptAction()->toolTip().contains(QStringLiteral("Space")));
}

void TestReview::inTheRealWindow()
{
    // The whole path in the program's window: open the imported report from the library,
    // accept three figures with the keyboard, correct the fourth, undo, redo.
    m_window.reset(); // only the real window now
    app::MainWindow w;
    w.resize(1366, 800);
    QString error;
    QVERIFY2(w.openDatabase(m_path, &error), qPrintable(error));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QVERIFY(w.openReportAtRow(0));
    QCOMPARE(w.currentReportId(), m_reportId);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    app::ReportView *v = w.reportView();
    // The Review menu holds the review actions, with their keys.
    auto *menu = w.findChild<QMenu *>(QStringLiteral("menuReview"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(v->acceptAction()));
    QVERIFY(menu->actions().contains(v->editAction()));
    QVERIFY(menu->actions().contains(v->editCellAction()));
    QCOMPARE(v->editCellAction()->shortcut(), QKeySequence(Qt::Key_F2));
    v->factsView()->setFocus();
    const QList<qint64> ids{v->factModel()->factAt(0)->id, v->factModel()->factAt(1)->id, v->factModel()->factAt(2)->id};
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(v->factsView(), Qt::Key_Return);
    for (qint64 id : ids)
        QCOMPARE(stored(id).status, FactStatus::Confirmed);
    QCOMPARE(v->currentFactRow(), 3);
    const StoredFact before = *v->factModel()->factAt(3);
    const bool rate = MetricCatalogue::instance().find(before.fact.metric)->isRate;
    const double corrected = rate ? 97.5 : 1234;
    QTest::keyClick(v->factsView(), Qt::Key_E);
    QTRY_VERIFY(v->editor() && v->editor()->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(v->editor()));
    auto *value = v->editor()->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QTRY_VERIFY(value->hasFocus());
    value->selectAll();
    QTest::keyClicks(value, rate ? QStringLiteral("97,5") : rate ? QStringLiteral("97,5%") : QStringLiteral("1.234"));
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY(!v->editor());
    QTRY_COMPARE(stored(before.id).fact.value, corrected);
    QCOMPARE(stored(before.id).status, FactStatus::Edited);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    v->factsView()->setFocus();
    // Edit › Undo and Redo, by their keys.
    QAction *redo = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Redo))
            redo = a;
    QVERIFY(redo);
    QTest::keyClick(v->factsView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(before.id).fact.value, before.fact.value);
    QCOMPARE(stored(before.id).status, FactStatus::Extracted);
    QCOMPARE(v->factModel()->index(3, app::FactTableModel::Value).data().toString(),
             VietFormat::metricValue(before.fact.metric, before.fact.value));
    QTest::keySequence(v->factsView(), redo->shortcut());
    // The database holds the correction (read through another connection).
    QCOMPARE(stored(before.id).fact.value, corrected);
    QCOMPARE(stored(before.id).status, FactStatus::Edited);
    QCOMPARE(v->factModel()->index(3, app::FactTableModel::Value).data().toString(), rate ? QStringLiteral("97,5%") : QStringLiteral("1.234"));
    for (qint64 id : ids)
        QCOMPARE(stored(id).status, FactStatus::Confirmed);
}

void TestReview::correctUndoRedo()
{
    // Two figures accepted, then the third corrected: 944 → 954.
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    const StoredFact before = shownAt(2);
    QCOMPARE(view()->currentFactRow(), 2);
    press(Qt::Key_E);
    app::FactEditDialog *editor = waitForEditor();
    QVERIFY(editor);
    auto *value = editor->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    QTRY_VERIFY(value->hasFocus());
    // The value is offered the Vietnamese way.
    const bool rate = MetricCatalogue::instance().find(before.fact.metric)->isRate;
    QCOMPARE(value->text(), VietFormat::metricValue(before.fact.metric, before.fact.value).remove(QLatin1Char('%')));
    const double corrected = rate ? 12.5 : 1234;
    value->selectAll();
    QTest::keyClicks(value, rate ? QStringLiteral("12,5") : QStringLiteral("1.234"));
    QVERIFY(editor->canSave());
    QTest::keyClick(value, Qt::Key_Return); // Save, the dialog's default button
    QTRY_VERIFY(!view()->editor());
    backToTheTable();

    StoredFact now = stored(before.id);
    QCOMPARE(now.fact.value, corrected);
    QCOMPARE(now.status, FactStatus::Edited);
    QCOMPARE(view()->currentFactRow(), 2); // stays on the corrected figure
    QCOMPARE(model()->index(2, app::FactTableModel::Value).data().toString(),
             VietFormat::metricValue(before.fact.metric, corrected));
    QVERIFY(shownStatus(2).contains(render::FactLabels::status(FactStatus::Edited)));
    QCOMPARE(undoStack()->count(), 3);

    // Undo (Ctrl+Z): the database has the old value and status again, and so has the table.
    QTest::keyClick(view()->factsView(), Qt::Key_Z, Qt::ControlModifier);
    now = stored(before.id);
    QCOMPARE(now.fact.value, before.fact.value);
    QCOMPARE(now.status, FactStatus::Extracted);
    QCOMPARE(now.fact.level, before.fact.level);
    QCOMPARE(now.fact.period, before.fact.period);
    QCOMPARE(shownAt(2).fact.value, before.fact.value);
    QCOMPARE(shownAt(2).status, FactStatus::Extracted);
    QCOMPARE(view()->currentFactRow(), 2);
    // Redo: the correction is back.
    QTest::keySequence(view()->factsView(), m_redo->shortcut()); // the platform's Redo key
    now = stored(before.id);
    QCOMPARE(now.fact.value, corrected);
    QCOMPARE(now.status, FactStatus::Edited);
    QCOMPARE(shownAt(2).fact.value, corrected);
    const QList<FactHistoryEntry> h = FactStore(*m_check).history(before.id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(0).action, QStringLiteral("edit"));
    QCOMPARE(h.at(1).action, QStringLiteral("restore"));
    QCOMPARE(h.at(2).action, QStringLiteral("edit"));
    // Undo three times: the two accepted figures are to review again.
    for (int i = 0; i < 3; ++i)
        undoStack()->undo();
    QCOMPARE(stored(shownAt(0).id).status, FactStatus::Extracted);
    QCOMPARE(stored(shownAt(1).id).status, FactStatus::Extracted);
    QCOMPARE(ReviewQueue::remaining(model()->facts()), model()->rowCount());
}

void TestReview::rejectAndGoBack()
{
    const qint64 first = shownAt(0).id;
    press(Qt::Key_R);
    QCOMPARE(stored(first).status, FactStatus::Rejected);
    QVERIFY(shownStatus(0).contains(render::FactLabels::status(FactStatus::Rejected)));
    QCOMPARE(view()->currentFactRow(), 1);
    press(Qt::Key_Delete);
    QCOMPARE(stored(shownAt(1).id).status, FactStatus::Rejected);
    QCOMPARE(view()->currentFactRow(), 2);
    // Back: to the figures just left, in the order they were left.
    press(Qt::Key_Backspace);
    QCOMPARE(view()->currentFactRow(), 1);
    press(Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view()->currentFactRow(), 0);
    // Accepting a rejected figure takes the rejection back.
    press(Qt::Key_Return);
    QCOMPARE(stored(first).status, FactStatus::Confirmed);
    // The report no longer counts the one still rejected.
    QCOMPARE(ReportStore(*m_check).report(m_reportId)->factCount, model()->rowCount() - 1);
}

void TestReview::acceptAllFromARuleIsOneUndo()
{
    // The rule that read the most figures.
    QHash<QString, int> perRule;
    for (const StoredFact &f : model()->facts())
        ++perRule[f.fact.ruleId];
    QString rule;
    for (auto it = perRule.begin(); it != perRule.end(); ++it)
        if (!it.key().isEmpty() && (rule.isEmpty() || it.value() > perRule[rule]))
            rule = it.key();
    QVERIFY2(perRule[rule] >= 2, qPrintable(rule));
    const QList<int> rows = ReviewQueue::sameRule(model()->facts(), rule);
    view()->selectFactRow(rows.last());
    press(Qt::Key_A, Qt::ShiftModifier);
    QTRY_VERIFY(view()->question() && view()->question()->isVisible());
    // It asks first, saying how many.
    QVERIFY2(view()->question()->text().contains(QString::number(rows.size())), qPrintable(view()->question()->text()));
    view()->question()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!view()->question());
    backToTheTable();
    for (int row : rows)
        QCOMPARE(stored(shownAt(row).id).status, FactStatus::Confirmed);
    QCOMPARE(undoStack()->count(), 1);
    // Figures of other rules are untouched.
    for (int row = 0; row < model()->rowCount(); ++row)
        if (!rows.contains(row))
            QCOMPARE(stored(shownAt(row).id).status, FactStatus::Extracted);
    // One undo takes them all back.
    QTest::keyClick(view()->factsView(), Qt::Key_Z, Qt::ControlModifier);
    for (int row : rows) {
        QCOMPARE(stored(shownAt(row).id).status, FactStatus::Extracted);
        QCOMPARE(shownAt(row).status, FactStatus::Extracted);
    }
    // Saying no changes nothing.
    press(Qt::Key_A, Qt::ShiftModifier);
    QTRY_VERIFY(view()->question());
    view()->question()->button(QMessageBox::No)->click();
    QTRY_VERIFY(!view()->question());
    QCOMPARE(stored(shownAt(rows.first()).id).status, FactStatus::Extracted);
}

void TestReview::leastConfidentFirst()
{
    const QList<int> queue = ReviewQueue::leastConfidentFirst(model()->facts());
    QVERIFY(queue.size() > 2);
    press(Qt::Key_N);
    QCOMPARE(view()->currentFactRow(), queue.at(0));
    double lowest = 1;
    for (const StoredFact &f : model()->facts())
        lowest = std::min(lowest, f.fact.confidence);
    QCOMPARE(shownAt(view()->currentFactRow()).fact.confidence, lowest);
    // With "least confident first" on, accepting walks the same queue.
    press(Qt::Key_L);
    QVERIFY(view()->leastConfidentFirstAction()->isChecked());
    press(Qt::Key_Return);
    QCOMPARE(stored(shownAt(queue.at(0)).id).status, FactStatus::Confirmed);
    QCOMPARE(view()->currentFactRow(), queue.at(1));
    press(Qt::Key_Return);
    QCOMPARE(view()->currentFactRow(), queue.at(2));
}

void TestReview::someoneElsesChangeIsNeverOverwritten()
{
    const StoredFact seen = shownAt(0);
    // Minh corrects the figure from another computer while it is open here.
    Fact theirs = seen.fact;
    theirs.value = seen.fact.value + 1;
    QVERIFY(FactStore(*m_check).updateFact(seen.id, theirs, QStringLiteral("Minh"), seen.revision).ok);

    press(Qt::Key_E);
    app::FactEditDialog *editor = waitForEditor();
    QVERIFY(editor);
    auto *value = editor->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("7"));
    QVERIFY2(editor->canSave(), qPrintable(editor->problems().join(QLatin1Char('|'))));
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY(!view()->editor());
    backToTheTable();
    // Refused, said, and Minh's value is what the database and the table show.
    QVERIFY2(view()->refusal().contains(QStringLiteral("Minh")), qPrintable(view()->refusal()));
    QVERIFY(view()->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    QTRY_VERIFY(view()->findChild<QMessageBox *>() && view()->findChild<QMessageBox *>()->isVisible());
    QVERIFY(view()->findChild<QMessageBox *>()->informativeText().contains(QStringLiteral("Minh")));
    view()->findChild<QMessageBox *>()->close();
    backToTheTable();
    QCOMPARE(stored(seen.id).fact.value, theirs.value);
    QCOMPARE(stored(seen.id).changedBy, QStringLiteral("Minh"));
    QCOMPARE(shownAt(0).fact.value, theirs.value);
    QCOMPARE(undoStack()->count(), 0);

    // An undo overtaken by someone else's change is refused too, and leaves the history.
    view()->selectFactRow(1);
    const StoredFact second = shownAt(1);
    press(Qt::Key_Return);
    QCOMPARE(undoStack()->count(), 1);
    const StoredFact accepted = stored(second.id);
    QVERIFY(FactStore(*m_check).rejectFact(second.id, QStringLiteral("Minh"), accepted.revision).ok);
    undoStack()->undo();
    QCOMPARE(stored(second.id).status, FactStatus::Rejected);
    QCOMPARE(shownAt(1).status, FactStatus::Rejected);
    QVERIFY(view()->refusal().contains(QStringLiteral("Minh")));
    QCOMPARE(undoStack()->count(), 0);
}

void TestReview::addAFigureFromSelectedWords()
{
    // A number of the text that no figure was read from.
    const QString text = view()->textView()->toPlainText();
    qsizetype start = -1;
    qsizetype end = -1;
    static const QRegularExpression number(QStringLiteral("\\b\\d{2,3}(\\.\\d{3})?\\s+[^\\s\\d]+\\s+[^\\s\\d]+"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool covered = false;
        for (const StoredFact &f : model()->facts())
            covered = covered || (f.fact.span.start < m.capturedEnd() && m.capturedStart() < f.fact.span.end);
        if (!covered) {
            start = m.capturedStart();
            end = m.capturedEnd();
            break;
        }
    }
    QVERIFY2(start >= 0, "the sample has a number no figure was read from");
    const QString words = text.mid(start, end - start);
    const double expected = *FactInput::parseValue(words.section(QLatin1Char(' '), 0, 0));
    const int rowsBefore = model()->rowCount();

    // Select the words in the text (as the mouse does) and add them.
    QTextCursor c = view()->textView()->textCursor();
    c.setPosition(int(start));
    c.setPosition(int(end), QTextCursor::KeepAnchor);
    view()->textView()->setFocus();
    view()->textView()->setTextCursor(c);
    QTest::keyClick(view()->textView(), Qt::Key_Insert);
    app::FactEditDialog *editor = waitForEditor();
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text(), FactInput::editText(expected));
    QVERIFY(!editor->canSave()); // what it counts is still to choose
    QVERIFY(editor->selectMetric(QStringLiteral("org.members")));
    QVERIFY(editor->canSave());
    editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!view()->editor());
    backToTheTable();

    QCOMPARE(model()->rowCount(), rowsBefore + 1);
    const StoredFact added = shownAt(view()->currentFactRow());
    QCOMPARE(added.fact.span, (Span{start, end}));
    QCOMPARE(added.fact.text, words);
    QCOMPARE(view()->currentFactText(), words);
    const StoredFact inDb = stored(added.id);
    QCOMPARE(inDb.reportId, m_reportId);
    QCOMPARE(inDb.status, FactStatus::Entered);
    QCOMPARE(inDb.fact.metric, QStringLiteral("org.members"));
    QCOMPARE(inDb.fact.value, expected);
    QCOMPARE(ReportStore(*m_check).facts(m_reportId).size(), rowsBefore + 1);
    // Undo takes it out of the report again; redo puts it back.
    undoStack()->undo();
    QCOMPARE(ReportStore(*m_check).facts(m_reportId).size(), rowsBefore);
    QCOMPARE(model()->rowCount(), rowsBefore);
    undoStack()->redo();
    QCOMPARE(ReportStore(*m_check).facts(m_reportId).size(), rowsBefore + 1);
    QCOMPARE(model()->rowCount(), rowsBefore + 1);

    // Nothing selected: nothing to add, and the view says what to do.
    c.clearSelection();
    view()->textView()->setTextCursor(c);
    QTest::keyClick(view()->textView(), Qt::Key_Insert);
    QVERIFY(!view()->editor());
}

void TestReview::keysDoNotFireWhileTyping()
{
    // Typing in the library's search box: letters and Return stay there.
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ren"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(search->text(), QStringLiteral("re"));
    QVERIFY(!view()->editor());
    for (const StoredFact &f : ReportStore(*m_check).facts(m_reportId))
        QCOMPARE(f.status, FactStatus::Extracted);
    // Typing in the editor: its keys neither accept nor reject figures.
    search->clear();
    view()->factsView()->setFocus();
    press(Qt::Key_E);
    app::FactEditDialog *editor = waitForEditor();
    QVERIFY(editor);
    auto *period = editor->findChild<QLineEdit *>(QStringLiteral("periodEdit"));
    period->setFocus();
    QTest::keyClicks(period, QStringLiteral("nre "));
    QCOMPARE(period->text(), QStringLiteral("nre "));
    QVERIFY(!editor->canSave()); // not a period
    QVERIFY(!editor->problems().isEmpty());
    QTest::keyClick(period, Qt::Key_Escape);
    QTRY_VERIFY(!view()->editor());
    backToTheTable();
    for (const StoredFact &f : ReportStore(*m_check).facts(m_reportId))
        QCOMPARE(f.status, FactStatus::Extracted);
    QCOMPARE(undoStack()->count(), 0);
}

void TestReview::clickingAFigureInTheTextSelectsIt()
{
    // Selecting a figure shows its words (centred in the text) ...
    const int row = model()->rowCount() - 2;
    view()->selectFactRow(row);
    QCOMPARE(view()->textView()->textCursor().position(), int(shownAt(row).fact.span.start));
    // ... and clicking the words of another figure in the text selects that figure.
    const int other = 1;
    const Span span = shownAt(other).fact.span;
    QTextCursor c(view()->textView()->document());
    c.setPosition(int((span.start + span.end) / 2));
    view()->textView()->setTextCursor(c);
    view()->textView()->ensureCursorVisible();
    const QRect where = view()->textView()->cursorRect();
    QTest::mouseClick(view()->textView()->viewport(), Qt::LeftButton, {}, where.center());
    QTRY_COMPARE(view()->currentFactRow(), other);
    // The text stays where it was clicked.
    QVERIFY(view()->textView()->textCursor().position() >= span.start);
    QVERIFY(view()->textView()->textCursor().position() <= span.end);
    // Clicking words that are no figure changes nothing.
    c.setPosition(0);
    view()->textView()->setTextCursor(c);
    view()->textView()->ensureCursorVisible();
    QTest::mouseClick(view()->textView()->viewport(), Qt::LeftButton, {}, view()->textView()->cursorRect().center());
    QTest::qWait(50);
    QCOMPARE(view()->currentFactRow(), other);
}

void TestReview::checksAreShownWhereTheyApply()
{
    // A report whose consistency checks found something about one figure.
    const QString sample = QStringLiteral("lang-son-tu-soi-tu-sua.txt");
    ProcessedReport r = processReport(QStringLiteral(THP_SAMPLES_DIR "/") + sample);
    QVERIFY(r.import.ok && r.extraction.facts.size() > 2);
    const QString warning = QStringLiteral("các phần cộng lại (12) lớn hơn tổng số (10)");
    r.extraction.facts[1].warnings << warning;
    const AddReportResult added = ReportStore(*m_check).addReport({sample, r.import.document, r.extraction});
    QCOMPARE(added.kind, AddReportResult::Imported);
    ReportStore store(*m_db);
    view()->showReport(*store.report(added.reportId), store.reportText(added.reportId), store.facts(added.reportId));
    int row = -1;
    for (int i = 0; i < model()->rowCount(); ++i)
        if (!shownAt(i).fact.warnings.isEmpty())
            row = i;
    QVERIFY(row >= 0);
    // In the table: a column with the warning, and all of them when pointed at.
    const QModelIndex checks = model()->index(row, app::FactTableModel::Checks);
    QVERIFY2(checks.data().toString().contains(warning), qPrintable(checks.data().toString()));
    QVERIFY(checks.data().toString().startsWith(QChar(0x26a0)));
    QCOMPARE(checks.data(Qt::ToolTipRole).toString(), warning);
    QVERIFY(model()->index(0, app::FactTableModel::Checks).data().toString().isEmpty() || row == 0);
    // Beside the text: under the table when the figure is selected ...
    view()->selectFactRow(row);
    const QString detail = view()->findChild<QLabel *>(QStringLiteral("detailLabel"))->text();
    QVERIFY2(detail.contains(warning.toHtmlEscaped()), qPrintable(detail));
    // ... and a wavy line under its words in the text.
    const Span span = shownAt(row).fact.span;
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &sel : view()->textView()->extraSelections())
        if (sel.cursor.selectionStart() == span.start && sel.cursor.selectionEnd() == span.end)
            underlined = sel.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    QVERIFY(underlined);
    // The editor repeats it before a correction is saved.
    press(Qt::Key_E);
    app::FactEditDialog *editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY2(editor->problems().join(QLatin1Char('|')).contains(warning), qPrintable(editor->problems().join(QLatin1Char('|'))));
    QVERIFY(editor->canSave()); // a warning never stops a save
    editor->reject();
}

void TestReview::changeAValueInItsCell()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact before = shownAt(row);
    // Both ways of correcting are on screen.
    const QString hint = view()->findChild<QLabel *>(QStringLiteral("hintLabel"))->text();
    QVERIFY2(hint.contains(QStringLiteral("<b>F2</b>")) && hint.contains(QStringLiteral("<b>E</b>")), qPrintable(hint));
    QVERIFY(view()->editCellAction()->toolTip().contains(QStringLiteral("F2")));
    QVERIFY(view()->editCellAction()->toolTip().contains(QStringLiteral("E")));
    QVERIFY(view()->editAction()->toolTip().contains(QStringLiteral("F2")));
    QVERIFY(model()->index(row, app::FactTableModel::Value).data(Qt::ToolTipRole).toString().contains(QStringLiteral("F2")));

    // F2 on the value: an editor in the cell, the value written the Vietnamese way.
    auto *edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Value));
    QVERIFY(edit);
    QCOMPARE(edit->text(), VietFormat::metricValue(before.fact.metric, before.fact.value));
    QVERIFY(edit->hasSelectedText()); // typing replaces it
    // The review keys wait while the cell is being changed.
    QVERIFY(!view()->acceptAction()->isEnabled());
    QVERIFY(!view()->rejectAction()->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("1.234"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!view()->cellEditor());

    // The table shows it formatted, the row says "edited", the cell stays the current one.
    QCOMPARE(shownValue(row), QStringLiteral("1.234"));
    QVERIFY(shownStatus(row).contains(render::FactLabels::status(FactStatus::Edited)));
    QCOMPARE(view()->currentFactRow(), row);
    QCOMPARE(view()->factsView()->currentIndex().column(), int(app::FactTableModel::Value));
    QTRY_VERIFY(view()->acceptAction()->isEnabled()); // the review goes on
    // The text still marks this figure as the current one (the last, white on its colour).
    const QTextEdit::ExtraSelection mark = view()->textView()->extraSelections().last();
    QCOMPARE(mark.cursor.selectionStart(), int(before.fact.span.start));
    QCOMPARE(mark.cursor.selectionEnd(), int(before.fact.span.end));
    QCOMPARE(mark.format.foreground().color(), QColor(Qt::white));
    // The database (another connection) holds it, as edited, with the reviewer's name and history.
    StoredFact now = stored(before.id);
    QCOMPARE(now.fact.value, 1234.0);
    QCOMPARE(now.status, FactStatus::Edited);
    QCOMPARE(now.changedBy, QStringLiteral("Nguyễn Thị Hoa"));
    QCOMPARE(now.fact.metric, before.fact.metric);
    QCOMPARE(FactStore(*m_check).history(before.id).last().action, QStringLiteral("edit"));
    QCOMPARE(undoStack()->count(), 1);

    // Ctrl+Z: the old value and status, in the table and in the database.
    QTest::keyClick(view()->factsView(), Qt::Key_Z, Qt::ControlModifier);
    now = stored(before.id);
    QCOMPARE(now.fact.value, before.fact.value);
    QCOMPARE(now.status, FactStatus::Extracted);
    QCOMPARE(shownValue(row), VietFormat::metricValue(before.fact.metric, before.fact.value));
    QVERIFY(shownStatus(row).contains(render::FactLabels::status(FactStatus::Extracted)));
    // Redo: the new value again.
    QTest::keySequence(view()->factsView(), m_redo->shortcut());
    QCOMPARE(stored(before.id).fact.value, 1234.0);
    QCOMPARE(stored(before.id).status, FactStatus::Edited);
    QCOMPARE(shownValue(row), QStringLiteral("1.234"));

    // Esc leaves the cell as it was.
    edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Value));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("1.234"));
    QTest::keyClicks(edit, QStringLiteral("5"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!view()->cellEditor());
    QCOMPARE(stored(before.id).fact.value, 1234.0);
    QCOMPARE(shownValue(row), QStringLiteral("1.234"));
    QCOMPARE(undoStack()->count(), 1);
}

void TestReview::changeTheMetricInItsCell()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact before = shownAt(row);
    // Something counted in another unit.
    const QString target = before.fact.unit == QStringLiteral("tổ chức đảng") ? QStringLiteral("org.members")
                                                                              : QStringLiteral("discipline.party_orgs");
    const MetricInfo *info = MetricCatalogue::instance().find(target);
    QVERIFY(info && info->unit != before.fact.unit);

    auto *combo = qobject_cast<QComboBox *>(editCell(row, app::FactTableModel::Metric));
    QVERIFY(combo);
    // The catalogue in Vietnamese, grouped by family, the figure's metric chosen.
    QCOMPARE(combo->currentData(Qt::UserRole).toString(), before.fact.metric);
    QCOMPARE(combo->currentText(), MetricCatalogue::instance().displayName(before.fact.metric, QStringLiteral("vi")));
    const int wanted = combo->findData(target, Qt::UserRole);
    QVERIFY(wanted > 0);
    const QString family = MetricCatalogue::instance().familyName(MetricCatalogue::instance().families().first().key,
                                                                  QStringLiteral("vi"));
    QCOMPARE(combo->itemText(0), family);
    // Stepping through the closed list with the arrow keys stores nothing.
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(view()->cellEditor());
    QCOMPARE(stored(before.id).fact.metric, before.fact.metric);
    // Space opens the list (and accepts no figure); choosing in it saves at once.
    QTest::keyClick(combo, Qt::Key_Space);
    QTRY_VERIFY(combo->view()->isVisible());
    QCOMPARE(stored(before.id).status, FactStatus::Extracted);
    combo->view()->setCurrentIndex(combo->model()->index(wanted, 0));
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QTRY_VERIFY(!view()->cellEditor());

    StoredFact now = stored(before.id);
    QCOMPARE(now.fact.metric, target);
    QCOMPARE(now.fact.unit, info->unit); // counted in that metric's unit
    QCOMPARE(now.fact.value, before.fact.value);
    QCOMPARE(now.status, FactStatus::Edited);
    QCOMPARE(model()->index(row, app::FactTableModel::Metric).data().toString(),
             MetricCatalogue::instance().displayName(target, QStringLiteral("vi")));
    QCOMPARE(model()->index(row, app::FactTableModel::Unit).data().toString(), info->unit);
    QCOMPARE(view()->currentFactRow(), row);
    QCOMPARE(undoStack()->count(), 1);
    // Undo: what it counted before, in its own unit.
    undoStack()->undo();
    now = stored(before.id);
    QCOMPARE(now.fact.metric, before.fact.metric);
    QCOMPARE(now.fact.unit, before.fact.unit);
    QCOMPARE(now.status, FactStatus::Extracted);
    QCOMPARE(shownAt(row).fact.metric, before.fact.metric);
}

void TestReview::changePeriodAndTierInTheirCells()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact before = shownAt(row);
    QVERIFY(!before.fact.period || before.fact.period != (Period{2016, 2020}));
    // A period: a range of years, written with a dash or an en dash.
    auto *period = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Period));
    QVERIFY(period);
    QCOMPARE(period->text(), before.fact.period ? before.fact.period->toString() : QString());
    QVERIFY(period->placeholderText().contains(QString::number(view()->report()->year)));
    QTest::keyClicks(period, QStringLiteral("2016-2020"));
    QTest::keyClick(period, Qt::Key_Enter);
    QTRY_VERIFY(!view()->cellEditor());
    QCOMPARE(stored(before.id).fact.period, (std::optional<Period>(Period{2016, 2020})));
    QCOMPARE(model()->index(row, app::FactTableModel::Period).data().toString(), (Period{2016, 2020}).toString());

    // The tier: from its list; the review's letters (R rejects, N next) are the list's here.
    auto *tier = qobject_cast<QComboBox *>(editCell(row, app::FactTableModel::Tier));
    QVERIFY(tier);
    QCOMPARE(tier->currentData().toString(), before.fact.level);
    const QString other = before.fact.level == Level::District ? Level::Grassroots : Level::District;
    QTest::keyClick(tier, Qt::Key_R);
    QTest::keyClick(tier, Qt::Key_N);
    QVERIFY(view()->cellEditor());
    QCOMPARE(stored(before.id).status, FactStatus::Edited); // not rejected
    QCOMPARE(view()->currentFactRow(), row);
    tier->setCurrentIndex(tier->findData(other));
    QTest::keyClick(tier, Qt::Key_Return);
    QTRY_VERIFY(!view()->cellEditor());
    QCOMPARE(stored(before.id).fact.level, other);
    QCOMPARE(model()->index(row, app::FactTableModel::Tier).data().toString(), render::FactLabels::level(other));
    QCOMPARE(undoStack()->count(), 2);
    // Two undos of two changes to one figure: as it was read (the review's own second
    // change is not taken for someone else's); two redos: both changes again.
    undoStack()->undo();
    undoStack()->undo();
    QVERIFY2(view()->refusal().isEmpty(), qPrintable(view()->refusal()));
    QCOMPARE(stored(before.id).fact.level, before.fact.level);
    QCOMPARE(stored(before.id).fact.period, before.fact.period);
    QCOMPARE(stored(before.id).status, FactStatus::Extracted);
    QCOMPARE(shownAt(row).fact.period, before.fact.period);
    undoStack()->redo();
    undoStack()->redo();
    QVERIFY2(view()->refusal().isEmpty(), qPrintable(view()->refusal()));
    QCOMPARE(stored(before.id).fact.level, other);
    QCOMPARE(stored(before.id).fact.period, (std::optional<Period>(Period{2016, 2020})));
    QCOMPARE(undoStack()->count(), 2);
}

void TestReview::whatCannotBeReadIsRefusedInTheCell()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact before = shownAt(row);
    auto *edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Value));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("abc"));
    // Said as it is typed: under the table and at the cell.
    QVERIFY2(detail().contains(FactInput::valueProblem().toHtmlEscaped()), qPrintable(detail()));
    QCOMPARE(edit->toolTip(), FactInput::valueProblem());
    // Enter neither saves nor closes (nor accepts the figure): the input stays to correct.
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(view()->cellEditor(), edit);
    QCOMPARE(edit->text(), QStringLiteral("abc"));
    // Space, R and Backspace are typing here, not review keys.
    QTest::keyClicks(edit, QStringLiteral(" r"));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), QStringLiteral("abc "));
    QCOMPARE(view()->currentFactRow(), row);
    QCOMPARE(stored(before.id).fact.value, before.fact.value);
    QCOMPARE(stored(before.id).status, FactStatus::Extracted);
    for (const StoredFact &f : ReportStore(*m_check).facts(m_reportId))
        QCOMPARE(f.status, FactStatus::Extracted);
    QCOMPARE(undoStack()->count(), 0);
    // Esc: nothing changed, the reason goes with the editor.
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!view()->cellEditor());
    QVERIFY(!detail().contains(FactInput::valueProblem().toHtmlEscaped()));
    QCOMPARE(shownValue(row), VietFormat::metricValue(before.fact.metric, before.fact.value));

    // Leaving the cell with it (a click in the text) does not drop it silently either.
    edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Period));
    QVERIFY(edit);
    edit->insert(QStringLiteral("năm ngoái")); // as an input method types Vietnamese
    view()->textView()->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(!view()->cellEditor());
    QVERIFY2(detail().contains(QStringLiteral("năm ngoái")) && detail().contains(FactInput::periodProblem().toHtmlEscaped()),
             qPrintable(detail()));
    QCOMPARE(stored(before.id).fact.period, before.fact.period);
    QCOMPARE(stored(before.id).status, FactStatus::Extracted);
    QCOMPARE(undoStack()->count(), 0);
}

void TestReview::aWarningDoesNotStopTheCell()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact before = shownAt(row);
    auto *edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Value));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("12,5"));
    // A count with decimals looks wrong: said, as the form says it ...
    Fact expected = before.fact;
    expected.value = 12.5;
    const QStringList warnings = FactInput::check(expected).warnings;
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(detail().contains(warnings.first().toHtmlEscaped()), qPrintable(detail()));
    QVERIFY(edit->toolTip().contains(warnings.first()));
    // ... and Enter still saves it.
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!view()->cellEditor());
    QCOMPARE(stored(before.id).fact.value, 12.5);
    QCOMPARE(shownValue(row), VietFormat::metricValue(before.fact.metric, 12.5));
    QVERIFY(!detail().contains(warnings.first().toHtmlEscaped()));
}

void TestReview::aCellChangedMeanwhileIsNeverOverwritten()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact seen = shownAt(row);
    // Minh corrects the figure from another computer while it is open here.
    Fact theirs = seen.fact;
    theirs.value = seen.fact.value + 1;
    QVERIFY(FactStore(*m_check).updateFact(seen.id, theirs, QStringLiteral("Minh"), seen.revision).ok);

    auto *edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Value));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("7"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!view()->cellEditor());
    // Refused and said; Minh's value is what the database and the table show.
    QVERIFY2(view()->refusal().contains(QStringLiteral("Minh")), qPrintable(view()->refusal()));
    QVERIFY(view()->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    QTRY_VERIFY(view()->findChild<QMessageBox *>() && view()->findChild<QMessageBox *>()->isVisible());
    QVERIFY(view()->findChild<QMessageBox *>()->informativeText().contains(QStringLiteral("Minh")));
    view()->findChild<QMessageBox *>()->close();
    backToTheTable();
    QCOMPARE(stored(seen.id).fact.value, theirs.value);
    QCOMPARE(stored(seen.id).changedBy, QStringLiteral("Minh"));
    QCOMPARE(shownAt(row).fact.value, theirs.value);
    QCOMPARE(shownValue(row), VietFormat::metricValue(theirs.metric, theirs.value));
    QCOMPARE(undoStack()->count(), 0);
    // Changing it again now starts from Minh's figure, and is saved.
    edit = qobject_cast<QLineEdit *>(editCell(row, app::FactTableModel::Value));
    QVERIFY(edit);
    QCOMPARE(edit->text(), FactInput::editText(theirs.value));
    QTest::keyClicks(edit, QStringLiteral("7"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(stored(seen.id).fact.value, 7.0);
    QCOMPARE(undoStack()->count(), 1);
}

void TestReview::doubleClickChangesTheCellOrOpensTheForm()
{
    const int row = firstCountRow();
    QVERIFY(row >= 0);
    const StoredFact before = shownAt(row);
    QTableView *table = view()->factsView();
    table->setFocus();
    // On the qualifier: its list, in the cell (not the form).
    const QModelIndex qualifier = model()->index(row, app::FactTableModel::Qualifier);
    doubleClick(table->visualRect(qualifier).center());
    QTRY_VERIFY(view()->cellEditor());
    QVERIFY(!view()->editor());
    auto *combo = qobject_cast<QComboBox *>(view()->cellEditor());
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), before.fact.qualifier);
    const QString other = before.fact.qualifier == Qualifier::Exact ? Qualifier::Approx : Qualifier::Exact;
    combo->setCurrentIndex(combo->findData(other));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!view()->cellEditor());
    QCOMPARE(stored(before.id).fact.qualifier, other);
    QCOMPARE(model()->index(row, app::FactTableModel::Qualifier).data().toString(), render::FactLabels::qualifier(other));
    // On what cannot be changed in place (the status): the form.
    const QModelIndex status = model()->index(row, app::FactTableModel::Status);
    doubleClick(table->visualRect(status).center());
    app::FactEditDialog *editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(!view()->cellEditor());
    editor->reject();
    QTRY_VERIFY(!view()->editor());
}

void TestReview::screenshot()
{
    const QString dir = qEnvironmentVariable("THP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set THP_SCREENSHOT_DIR to write docs/screenshot-review.png");
    // A review under way: some accepted, one rejected; then the report in the real window.
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    press(Qt::Key_R);
    press(Qt::Key_Return);
    app::MainWindow w;
    w.resize(1366, 800);
    QVERIFY(w.openDatabase(m_path));
    QTRY_VERIFY(!w.reportModel()->isLoading()); // listed on a worker thread
    QVERIFY(w.openReport(m_reportId));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // The figure shown: one a check has something to say about, if there is one.
    int row = 5;
    for (int r = 0; r < w.reportView()->factModel()->rowCount(); ++r)
        if (!w.reportView()->factModel()->factAt(r)->fact.warnings.isEmpty()) {
            row = r;
            break;
        }
    w.reportView()->selectFactRow(row);
    w.reportView()->factsView()->setFocus();
    QTest::qWait(300);
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("review-plain.png"))));
    // The editor over it, to look at too.
    QTest::keyClick(w.reportView()->factsView(), Qt::Key_E);
    QTRY_VERIFY(w.reportView()->editor() && w.reportView()->editor()->isVisible());
    QTest::qWait(200);
    QVERIFY(w.reportView()->editor()->grab().save(QDir(dir).filePath(QStringLiteral("review-editor.png"))));
    auto *metrics = w.reportView()->editor()->findChild<QComboBox *>(QStringLiteral("metricCombo"));
    metrics->showPopup();
    QTest::qWait(200);
    QVERIFY(metrics->view()->window()->grab().save(QDir(dir).filePath(QStringLiteral("review-metrics.png"))));
    metrics->hidePopup();
    w.reportView()->editor()->reject();
    QTRY_VERIFY(!w.reportView()->editor());

    // The figure's value changed in its cell (F2), with what the check says about it under
    // the table: the picture of the review for the guides.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTableView *table = w.reportView()->factsView();
    table->setFocus();
    const StoredFact shown = *w.reportView()->factModel()->factAt(row);
    const QModelIndex value = w.reportView()->factModel()->index(row, app::FactTableModel::Value);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(value).center());
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(w.reportView()->cellEditor());
    const bool rate = MetricCatalogue::instance().find(shown.fact.metric)->isRate;
    QTest::keyClicks(w.reportView()->cellEditor(), rate ? QStringLiteral("104,5") : FactInput::editText(shown.fact.value) + QStringLiteral(",5"));
    QTest::qWait(200);
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("screenshot-review.png"))));
    // What cannot be read, and Enter refused.
    w.reportView()->cellEditor()->setFocus();
    QTest::keyClick(w.reportView()->cellEditor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w.reportView()->cellEditor(), QStringLiteral("abc"));
    QTest::keyClick(w.reportView()->cellEditor(), Qt::Key_Return);
    QTest::qWait(300);
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("review-cell-invalid.png"))));
    QTest::keyClick(w.reportView()->cellEditor(), Qt::Key_Escape);
    QTRY_VERIFY(!w.reportView()->cellEditor());
    const int countRow = row;
    // What the figure counts, chosen from the catalogue in its cell.
    const QModelIndex metric = w.reportView()->factModel()->index(countRow, app::FactTableModel::Metric);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(metric).center());
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(w.reportView()->cellEditor());
    auto *inPlace = qobject_cast<QComboBox *>(w.reportView()->cellEditor());
    QVERIFY(inPlace);
    QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("review-cell-metric.png"))));
    inPlace->showPopup();
    QTest::qWait(200);
    QVERIFY(inPlace->view()->window()->grab().save(QDir(dir).filePath(QStringLiteral("review-cell-metric-list.png"))));
    inPlace->hidePopup();
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
