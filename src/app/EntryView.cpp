#include "app/EntryView.h"

namespace thp::app {

EntryView::EntryView(QWidget *parent)
    : QWidget(parent)
{
}

EntryView::~EntryView() = default;

void EntryView::setDatabase(Database *db)
{
    m_db = db;
}

void EntryView::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

} // namespace thp::app
