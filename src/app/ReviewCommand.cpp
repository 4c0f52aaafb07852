#include "app/ReviewCommand.h"

#include "app/AppSettings.h"
#include "app/ReportView.h"
#include "store/FactStore.h"

namespace thp::app {

ReviewCommand::ReviewCommand(ReportView *view, Database &db, const QString &text, QList<ReviewStep> steps)
    : QUndoCommand(text)
    , m_view(view)
    , m_db(db)
    , m_steps(std::move(steps))
    , m_who(AppSettings::reviewerName())
{
    for (ReviewStep &s : m_steps)
        s.current = s.before;
}

bool ReviewCommand::apply(QStringList *errors)
{
    for (qsizetype i = 0; i < m_steps.size();) {
        QString error;
        if (forward(m_steps[i], &error)) {
            ++i;
        } else {
            *errors << error;
            m_steps.removeAt(i);
        }
    }
    m_skipRedo = true;
    if (m_view) {
        const qint64 reportId = m_steps.isEmpty() ? 0 : m_steps.first().current.reportId;
        m_view->reviewDone(reportId, 0, {});
    }
    return !m_steps.isEmpty();
}

void ReviewCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    QStringList errors;
    for (ReviewStep &s : m_steps) {
        QString error;
        if (!forward(s, &error))
            errors << error;
    }
    finish(errors);
}

void ReviewCommand::undo()
{
    QStringList errors;
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        QString error;
        if (!backward(*it, &error))
            errors << error;
    }
    finish(errors);
}

void ReviewCommand::finish(const QStringList &errors)
{
    // A refused step cannot be repeated later either: it leaves the history.
    if (!errors.isEmpty())
        setObsolete(true);
    if (!m_view || m_steps.isEmpty())
        return;
    const StoredFact &first = m_steps.first().current;
    m_view->reviewDone(first.reportId, first.id, errors);
}

bool ReviewCommand::forward(ReviewStep &s, QString *error)
{
    FactStore store(m_db);
    FactChange c;
    const int revision = expectedRevision(s);
    switch (s.kind) {
    case ReviewStep::Confirm:
        c = store.confirmFact(s.current.id, m_who, revision);
        break;
    case ReviewStep::Reject:
        c = store.rejectFact(s.current.id, m_who, revision);
        break;
    case ReviewStep::Edit:
        c = store.updateFact(s.current.id, s.values, m_who, revision);
        break;
    case ReviewStep::Add:
        c = store.addReportFact(s.before.reportId, s.before.fact, m_who);
        break;
    }
    if (!c.ok) {
        *error = c.error;
        // Show the figure as it really is now (someone else's change).
        if (c.fact.id != 0 && m_view)
            m_view->factStored(c.fact);
        return false;
    }
    s.current = c.fact;
    if (m_view) {
        m_view->noteWritten(c.fact);
        m_view->factStored(c.fact);
    }
    return true;
}

int ReviewCommand::expectedRevision(const ReviewStep &s) const
{
    // A later command may have written this figure since (and been undone): what this
    // review wrote last is what must still be there, else someone else changed it.
    return m_view ? m_view->writtenRevision(s.current.id, s.current.revision) : s.current.revision;
}

bool ReviewCommand::backward(ReviewStep &s, QString *error)
{
    FactStore store(m_db);
    FactChange c;
    if (s.kind == ReviewStep::Add)
        c = store.removeEnteredFact(s.current.id, m_who, expectedRevision(s));
    else
        c = store.restoreFact(s.current.id, s.before, m_who, expectedRevision(s));
    if (!c.ok) {
        *error = c.error;
        if (c.fact.id != 0 && m_view)
            m_view->factStored(c.fact);
        return false;
    }
    if (s.kind == ReviewStep::Add) {
        if (m_view)
            m_view->factRemoved(s.current.id);
        const qint64 reportId = s.current.reportId;
        s.current = s.before;
        s.current.reportId = reportId;
    } else {
        s.current = c.fact;
        if (m_view) {
            m_view->noteWritten(c.fact);
            m_view->factStored(c.fact);
        }
    }
    return true;
}

} // namespace thp::app
