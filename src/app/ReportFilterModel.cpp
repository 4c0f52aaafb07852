#include "app/ReportFilterModel.h"

#include "app/ReportListModel.h"
#include "text/Normalizer.h"

#include <QLocale>

namespace thp::app {

ReportFilterModel::ReportFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(ReportListModel::SortRole);
}

void ReportFilterModel::setSearchText(const QString &text)
{
    // Every word must be found, in any order.
    m_searchWords = Normalizer::searchFold(Normalizer::toNfc(text)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ReportFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return l.toLongLong() < r.toLongLong();
}

bool ReportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchWords.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(ReportListModel::SearchRole).toString();
    for (const QString &w : m_searchWords)
        if (!key.contains(w))
            return false;
    return true;
}

} // namespace thp::app
