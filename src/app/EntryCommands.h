#pragma once
// The undoable steps of the "Enter results" page, on the window's undo stack. Each step is
// carried out by the page before it is pushed (so a refused save never becomes an undo
// step); undo and redo then take it back and do it again through FactStore, which keeps
// the history (who, when) of every step.

#include "model/Fact.h"
#include "store/ReportStore.h"

#include <QUndoCommand>

#include <QHash>

#include <functional>
#include <memory>

namespace thp {
class Database;
}

namespace thp::app {

// Taking back a removal enters the figure again under a new id, while older steps on the
// stack still name the old one: they look the figure's current id up here.
class EnteredIds
{
public:
    qint64 current(qint64 id) const
    {
        while (m_next.contains(id))
            id = m_next.value(id);
        return id;
    }
    void replaced(qint64 oldId, qint64 newId) { m_next.insert(current(oldId), newId); }

private:
    QHash<qint64, qint64> m_next;
};

// Called after every undo or redo: empty error when it worked.
using EntryChanged = std::function<void(const QString &error)>;

class EnterFactCommand : public QUndoCommand
{
public:
    // entered: the fact as FactStore::addEnteredFact stored it.
    EnterFactCommand(Database &db, const StoredFact &entered, const QString &who,
                     std::shared_ptr<EnteredIds> ids, EntryChanged changed);
    void undo() override;
    void redo() override;
    qint64 factId() const { return m_ids->current(m_id); }

private:
    Database &m_db;
    StoredFact m_fact;
    QString m_who;
    std::shared_ptr<EnteredIds> m_ids;
    EntryChanged m_changed;
    qint64 m_id = 0;
    bool m_done = true;
};

class RemoveEnteredFactCommand : public QUndoCommand
{
public:
    // removed: the fact as it was before FactStore::removeEnteredFact took it away.
    RemoveEnteredFactCommand(Database &db, const StoredFact &removed, const QString &who,
                     std::shared_ptr<EnteredIds> ids, EntryChanged changed);
    void undo() override;
    void redo() override;

private:
    Database &m_db;
    StoredFact m_fact;
    QString m_who;
    std::shared_ptr<EnteredIds> m_ids;
    EntryChanged m_changed;
    qint64 m_id = 0;
    bool m_done = true;
};

} // namespace thp::app
