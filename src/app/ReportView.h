#pragma once
// One open report: its text (read-only) beside the table of its figures. Every figure's
// words are highlighted in the text in its family's colour; selecting a figure scrolls the
// text to it and marks it more strongly (and clicking a figure in the text selects it).
// The review is done from the keyboard: accept and go on, correct, reject, go back, the
// least confident next, accept all a rule read, add a figure from selected words. A figure
// is corrected in its cells (F2, double-click: FactCellDelegate) or in a form (E). Each
// change is a ReviewCommand on the window's undo stack, written through FactStore.

#include "store/ReportStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ReportView;
}

class QAction;
class QMessageBox;
class QPlainTextEdit;
class QTableView;
class QUndoStack;

namespace thp {
class Database;
}

namespace thp::app {

class FactCellDelegate;
class FactEditDialog;
class FactTableModel;
class ReviewCommand;

class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);
    ~ReportView() override;

    // The database reviews are written to (nullptr: none open) and the window's undo stack.
    void setDatabase(Database *db);
    void setUndoStack(QUndoStack *stack);
    // The review actions (accept, edit, reject, ...) with their shortcuts, for the window's menu.
    QList<QAction *> reviewActions() const { return m_reviewActions; }

    void showReport(const StoredReport &report, const QString &text, QList<StoredFact> facts);
    void clear();
    bool hasReport() const { return m_report.has_value(); }
    const std::optional<StoredReport> &report() const { return m_report; }

    FactTableModel *factModel() const { return m_facts; }
    QTableView *factsView() const;
    QPlainTextEdit *textView() const;

    // Selects the figure in the table's row (clamped), and shows its words in the text.
    void selectFactRow(int row);
    int currentFactRow() const;
    // The stored text range the current figure was read from; empty when none.
    QString currentFactText() const;

    // The review, as the actions (and their keys) do it.
    void acceptAndNext();
    void editCurrent();
    // Opens the editor of the current cell in the table (the value's when the current
    // cell cannot be changed).
    void editCurrentCell();
    void rejectAndNext();
    void goBack();
    void nextLeastConfident();
    void acceptAllFromRule();
    void addFromSelection();

    QAction *acceptAction() const { return m_accept; }
    QAction *editAction() const { return m_edit; }
    QAction *editCellAction() const { return m_editCell; }
    QAction *rejectAction() const { return m_reject; }
    QAction *backAction() const { return m_back; }
    QAction *nextLeastConfidentAction() const { return m_nextLeast; }
    QAction *leastConfidentFirstAction() const { return m_leastFirst; }
    QAction *acceptRuleAction() const { return m_acceptRule; }
    QAction *addFigureAction() const { return m_add; }
    // The open editor or question, if any (the review waits for them without blocking).
    FactEditDialog *editor() const;
    QMessageBox *question() const;
    // The editor open in a cell of the table, if any (the review keys wait for it).
    QWidget *cellEditor() const;
    // What the last refused change said ("someone changed this figure..."); empty if none.
    QString refusal() const;

    // Called by ReviewCommand as the store answers.
    void factStored(const StoredFact &fact);
    // The revision this review's last write gave a figure (`fallback` if it wrote none): a
    // figure corrected twice, then undone twice, must not look changed by someone else.
    void noteWritten(const StoredFact &fact);
    int writtenRevision(qint64 factId, int fallback) const;
    void factRemoved(qint64 factId);
    void reviewDone(qint64 reportId, qint64 selectFactId, const QStringList &errors);

Q_SIGNALS:
    void currentFactChanged(int row);
    // A figure of this report was reviewed, corrected or added (the library shows counts).
    void factsChanged(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateActions();
    void updateActions();
    void updateHighlights();
    void updateLabels();
    void updateDetail();
    void scrollToCurrentFact();
    void selectFactAtTextCursor();
    int factRowAt(qsizetype position) const;
    // Moves on from `row` (the queue order when "least confident first" is on).
    void moveOnFrom(int row);
    void goToRow(int row, bool queueWalk = false);
    int nextInQueue(int row) const;
    void applyEdit(const StoredFact &before, const Fact &values, bool reselect = true);
    void cellEditorOpened(QWidget *editor);
    void cellEditorClosed(QWidget *editor);
    void resumeReview();
    void addFigure(qint64 reportId, const Fact &values);
    bool push(std::unique_ptr<ReviewCommand> command, QStringList *errors = nullptr);
    void showRefusal(const QStringList &errors);
    void showNote(const QString &note);
    QString figureName(const StoredFact &sf) const;

    std::unique_ptr<::Ui::ReportView> m_ui;
    FactTableModel *m_facts;
    FactCellDelegate *m_cellDelegate;
    std::optional<StoredReport> m_report;
    Database *m_db = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<QAction *> m_reviewActions;
    QAction *m_accept = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_editCell = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_back = nullptr;
    QAction *m_nextLeast = nullptr;
    QAction *m_leastFirst = nullptr;
    QAction *m_acceptRule = nullptr;
    QAction *m_add = nullptr;
    QList<qint64> m_visited; // figures the review moved away from, for "back"
    QHash<qint64, int> m_written; // fact id → revision of this review's last write to it
    QPointer<FactEditDialog> m_editor;
    QPointer<QMessageBox> m_question;
    QPointer<QWidget> m_cellEditor;
    bool m_reviewWaits = false; // a cell editor is open, or its closing key is not through yet
    QStringList m_cellProblems; // what the open cell editor's input would do (HTML lines)
    QString m_refusal;
    QString m_note;
    bool m_syncingText = false;
    bool m_navigating = false; // the review moves the selection (not the person)
    bool m_queueWalk = false;  // the current figure was reached through the confidence queue
};

} // namespace thp::app
