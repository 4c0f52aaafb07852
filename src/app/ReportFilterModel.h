#pragma once
// Sorting and filtering of the reports library: Vietnamese collation (a < ă < â, d < đ)
// and a search that ignores case and diacritics ("ky luat" finds "Kỷ luật", "da nang" finds "Đà Nẵng").

#include <QCollator>
#include <QSortFilterProxyModel>

namespace thp::app {

class ReportFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReportFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    QStringList m_searchWords; // folded
};

} // namespace thp::app
