#pragma once
// One open report: its text (read-only) beside the table of its figures. Every figure's
// words are highlighted in the text in its family's colour; selecting a figure scrolls the
// text to it and marks it more strongly.

#include "store/ReportStore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReportView;
}

class QAction;
class QPlainTextEdit;
class QTableView;
class QUndoStack;

namespace thp {
class Database;
}

namespace thp::app {

class FactTableModel;

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

Q_SIGNALS:
    void currentFactChanged(int row);
    // A figure of this report was reviewed, corrected or added (the library shows counts).
    void factsChanged(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHighlights();
    void updateLabels();
    void scrollToCurrentFact();

    std::unique_ptr<::Ui::ReportView> m_ui;
    FactTableModel *m_facts;
    std::optional<StoredReport> m_report;
    Database *m_db = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<QAction *> m_reviewActions;
};

} // namespace thp::app
