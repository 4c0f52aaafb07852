#pragma once
// The page for results with no report behind them: a province or unit, a period, and the
// figures typed in, checked as they are typed (warnings the user can still save past).

#include <QWidget>

class QUndoStack;

namespace thp {
class Database;
}

namespace thp::app {

class EntryView : public QWidget
{
    Q_OBJECT

public:
    explicit EntryView(QWidget *parent = nullptr);
    ~EntryView() override;

    // The database figures are saved to; nullptr when none is open.
    void setDatabase(Database *db);
    // The window's undo stack: saving a figure is one undoable step.
    void setUndoStack(QUndoStack *stack);

Q_SIGNALS:
    // Figures were saved or removed, so the comparisons and the library can refresh.
    void factsChanged();

private:
    Database *m_db = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace thp::app
