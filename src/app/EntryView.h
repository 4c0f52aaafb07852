#pragma once
// The page for results with no report behind them: a province or unit, a period, and the
// figures typed in, checked as they are typed (warnings the user can still save past).
// The checks are EntryValidator's (core); saving and removing are steps on the window's
// undo stack (EntryCommands); the table lists what was entered for the province.

#include "analysis/EntryValidator.h"
#include "model/Fact.h"

#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class EntryView;
}

namespace thp {
class Database;
}

namespace thp::app {

class EnteredFactsModel;
class EnteredIds;

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

    // The province chosen (as the gazetteer writes it when it knows the name).
    QString province() const;
    // The committee below the province the figure is for; empty for the whole province.
    QString committee() const;
    // The figure the form describes now (value NaN when it is not a number).
    Fact currentFact() const;
    // The checks of the figure as it stands (what the page shows).
    QList<EntryIssue> currentIssues() const;
    EnteredFactsModel *enteredModel() const { return m_entered; }

public Q_SLOTS:
    // Saves the figure as one undoable step; false (and why, on the page) when it cannot.
    bool saveFigure();
    // Removes the figure selected in the table as one undoable step.
    bool removeSelected();
    // Reads the province's entered figures again.
    void reload();

Q_SIGNALS:
    // Figures were saved or removed, so the comparisons and the library can refresh.
    void factsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillCombos();
    void fillProvinces();
    void fillCommittees();
    void validate();
    void updateUnit();
    void updateControls();
    void stepDone(const QString &error);
    void showHint(const QString &message = {}, bool isError = false);

    std::unique_ptr<::Ui::EntryView> m_ui;
    EnteredFactsModel *m_entered;
    Database *m_db = nullptr;
    QUndoStack *m_undo = nullptr;
    std::shared_ptr<EnteredIds> m_ids;
    QList<EntryIssue> m_issues;
};

} // namespace thp::app
