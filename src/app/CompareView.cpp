#include "app/CompareView.h"

namespace thp::app {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
}

CompareView::~CompareView() = default;

void CompareView::setDatabase(Database *db)
{
    m_db = db;
}

} // namespace thp::app
