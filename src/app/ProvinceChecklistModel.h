#pragma once
// The provinces to compare, grouped by region, each with a check box (a region's box
// checks all of its provinces). Before 2025 boundaries: the 63 provinces as reports name
// them; with them: the 34 provinces of 2025. Switching keeps the choice: a 2025 province
// stays checked when one of the provinces it was merged from was, and the other way round.

#include <QStandardItemModel>
#include <QStringList>

#include <functional>

namespace thp::app {

class ProvinceChecklistModel : public QStandardItemModel
{
    Q_OBJECT

public:
    explicit ProvinceChecklistModel(QObject *parent = nullptr);

    void setBoundaries2025(bool on);
    bool boundaries2025() const { return m_boundaries2025; }

    QStringList checkedProvinces() const;   // in list order
    void setCheckedProvinces(const QStringList &names); // others unchecked; unknown names ignored
    bool allChecked() const;
    void setAllChecked(bool checked);

Q_SIGNALS:
    void checksChanged();

private:
    void rebuild(const QStringList &checked);
    void forEachProvince(const std::function<void(QStandardItem *)> &f) const;

    bool m_boundaries2025 = false;
    bool m_updating = false;
};

} // namespace thp::app
