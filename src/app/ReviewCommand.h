#pragma once
// One review step on the window's undo stack: accepting, rejecting or correcting figures,
// or adding one the extraction missed. Every write goes through FactStore (history kept,
// stale revisions refused); undo puts each figure back exactly as it was (values and
// status). A step someone else's change has overtaken is refused, never forced: the view
// says so and the step leaves the undo history.

#include "store/ReportStore.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

namespace thp {
class Database;
}

namespace thp::app {

class ReportView;

struct ReviewStep {
    enum Kind { Confirm, Reject, Edit, Add };
    Kind kind = Confirm;
    StoredFact before;  // the figure as the reviewer saw it (Add: the new figure, id 0)
    Fact values;        // Edit: the corrected values
    StoredFact current; // as stored after the last redo/undo; its revision guards the next
};

class ReviewCommand : public QUndoCommand
{
public:
    ReviewCommand(ReportView *view, Database &db, const QString &text, QList<ReviewStep> steps);

    // Makes the change for the first time (push() then skips its first redo). Steps the
    // store refuses are dropped, their reasons in *errors; false when none was made.
    bool apply(QStringList *errors);
    const QList<ReviewStep> &steps() const { return m_steps; }

    void redo() override;
    void undo() override;

private:
    bool forward(ReviewStep &step, QString *error);
    bool backward(ReviewStep &step, QString *error);
    int expectedRevision(const ReviewStep &step) const;
    void finish(const QStringList &errors);

    QPointer<ReportView> m_view;
    Database &m_db;
    QList<ReviewStep> m_steps;
    QString m_who; // the reviewer's name (Settings), for the history
    bool m_skipRedo = false;
};

} // namespace thp::app
