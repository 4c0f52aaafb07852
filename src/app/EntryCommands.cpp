#include "app/EntryCommands.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"
#include "store/FactStore.h"

#include <QCoreApplication>

namespace thp::app {

namespace {

QString describe(const StoredFact &f)
{
    return QStringLiteral("%1, %2 %3: %4")
        .arg(MetricCatalogue::instance().displayName(f.fact.metric, render::FactLabels::catalogueLanguage()),
             f.subUnit.isEmpty() ? f.province : f.subUnit,
             f.fact.period ? f.fact.period->toString() : QString(), VietFormat::metricValue(f.fact.metric, f.fact.value));
}

// Enters the figure again; its new id replaces the old one.
QString enter(Database &db, const StoredFact &f, const QString &who, EnteredIds &ids)
{
    const FactChange c = FactStore(db).addEnteredFact(f.fact, f.province, who, f.subUnit);
    if (c.ok)
        ids.replaced(f.id, c.fact.id);
    return c.ok ? QString() : c.error;
}

QString remove(Database &db, qint64 id, const QString &who)
{
    const FactChange c = FactStore(db).removeEnteredFact(id, who);
    return c.ok ? QString() : c.error;
}

} // namespace

EnterFactCommand::EnterFactCommand(Database &db, const StoredFact &entered, const QString &who,
                                   std::shared_ptr<EnteredIds> ids, EntryChanged changed)
    : m_db(db)
    , m_fact(entered)
    , m_who(who)
    , m_ids(std::move(ids))
    , m_changed(std::move(changed))
    , m_id(entered.id)
{
    setText(QCoreApplication::translate("thp::app::EntryView", "Enter %1").arg(describe(entered)));
}

void EnterFactCommand::undo()
{
    m_changed(remove(m_db, m_ids->current(m_id), m_who));
    m_done = false;
}

void EnterFactCommand::redo()
{
    if (m_done)
        return; // pushed after the page saved it
    m_changed(enter(m_db, m_fact, m_who, *m_ids));
    m_done = true;
}

RemoveEnteredFactCommand::RemoveEnteredFactCommand(Database &db, const StoredFact &removed, const QString &who,
                                                   std::shared_ptr<EnteredIds> ids, EntryChanged changed)
    : m_db(db)
    , m_fact(removed)
    , m_who(who)
    , m_ids(std::move(ids))
    , m_changed(std::move(changed))
    , m_id(removed.id)
{
    setText(QCoreApplication::translate("thp::app::EntryView", "Remove %1").arg(describe(removed)));
}

void RemoveEnteredFactCommand::undo()
{
    m_changed(enter(m_db, m_fact, m_who, *m_ids));
    m_done = false;
}

void RemoveEnteredFactCommand::redo()
{
    if (m_done)
        return; // pushed after the page removed it
    m_changed(remove(m_db, m_ids->current(m_id), m_who));
    m_done = true;
}

} // namespace thp::app
