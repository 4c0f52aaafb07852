#include "app/ProvinceChecklistModel.h"

#include "extract/Gazetteer.h"

#include <QCollator>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace thp::app {

namespace {

// North to south, as the regions are usually listed; any other region comes last.
const QStringList &regionOrder()
{
    static const QStringList order = {
        QStringLiteral("Tây Bắc"),           QStringLiteral("Đông Bắc"),
        QStringLiteral("Đồng bằng sông Hồng"), QStringLiteral("Bắc Trung Bộ"),
        QStringLiteral("Duyên hải Nam Trung Bộ"), QStringLiteral("Tây Nguyên"),
        QStringLiteral("Đông Nam Bộ"),        QStringLiteral("Đồng bằng sông Cửu Long"),
    };
    return order;
}

} // namespace

ProvinceChecklistModel::ProvinceChecklistModel(QObject *parent)
    : QStandardItemModel(parent)
{
    connect(this, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT checksChanged();
    });
    rebuild({});
}

void ProvinceChecklistModel::forEachProvince(const std::function<void(QStandardItem *)> &f) const
{
    for (int r = 0; r < rowCount(); ++r) {
        QStandardItem *region = item(r);
        for (int c = 0; c < region->rowCount(); ++c)
            f(region->child(c));
    }
}

void ProvinceChecklistModel::rebuild(const QStringList &checked)
{
    m_updating = true;
    clear();
    const Gazetteer &gz = Gazetteer::instance();
    QMap<int, QStringList> byRegion; // index in regionOrder() (unknown: after) → provinces
    QStringList otherRegions;
    QStringList seen;
    for (const ProvinceInfo &p : gz.provinces()) {
        // Before 2025: the units that existed then; with 2025 boundaries: the 34.
        const QString name = m_boundaries2025 ? (p.mergedInto2025.isEmpty() ? p.name : p.mergedInto2025) : p.name;
        if (!m_boundaries2025 && p.validFrom >= 2025)
            continue;
        if (seen.contains(name))
            continue;
        const ProvinceInfo *own = gz.province(name);
        const QString region = own && !own->region.isEmpty() ? own->region : p.region;
        seen << name;
        qsizetype index = regionOrder().indexOf(region);
        if (index < 0) {
            if (!otherRegions.contains(region))
                otherRegions << region;
            index = regionOrder().size() + otherRegions.indexOf(region);
        }
        byRegion[int(index)] << name;
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    for (auto it = byRegion.begin(); it != byRegion.end(); ++it) {
        const QString region = it.key() < regionOrder().size() ? regionOrder().at(it.key())
                                                               : otherRegions.at(it.key() - regionOrder().size());
        auto *regionItem = new QStandardItem(region);
        regionItem->setCheckable(true);
        regionItem->setAutoTristate(true);
        regionItem->setEditable(false);
        std::sort(it->begin(), it->end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        for (const QString &name : std::as_const(*it)) {
            auto *p = new QStandardItem(name);
            p->setCheckable(true);
            p->setEditable(false);
            p->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
            regionItem->appendRow(p);
        }
        appendRow(regionItem);
        // The region's box follows its provinces (autoTristate only reacts to clicks).
        int on = 0;
        for (int c = 0; c < regionItem->rowCount(); ++c)
            on += regionItem->child(c)->checkState() == Qt::Checked ? 1 : 0;
        regionItem->setCheckState(on == 0 ? Qt::Unchecked : on == regionItem->rowCount() ? Qt::Checked : Qt::PartiallyChecked);
    }
    m_updating = false;
}

void ProvinceChecklistModel::setBoundaries2025(bool on)
{
    if (on == m_boundaries2025)
        return;
    const Gazetteer &gz = Gazetteer::instance();
    const QStringList before = checkedProvinces();
    QStringList after;
    if (on) {
        for (const QString &name : before) {
            const QString merged = gz.province2025(name);
            after << (merged.isEmpty() ? name : merged);
        }
    } else {
        for (const ProvinceInfo &p : gz.provinces())
            if (p.validFrom < 2025 && before.contains(p.mergedInto2025.isEmpty() ? p.name : p.mergedInto2025))
                after << p.name;
    }
    m_boundaries2025 = on;
    rebuild(after);
    Q_EMIT checksChanged();
}

QStringList ProvinceChecklistModel::checkedProvinces() const
{
    QStringList names;
    forEachProvince([&names](QStandardItem *p) {
        if (p->checkState() == Qt::Checked)
            names << p->text();
    });
    return names;
}

void ProvinceChecklistModel::setCheckedProvinces(const QStringList &names)
{
    rebuild(names);
    Q_EMIT checksChanged();
}

bool ProvinceChecklistModel::allChecked() const
{
    bool all = true;
    forEachProvince([&all](QStandardItem *p) { all = all && p->checkState() == Qt::Checked; });
    return all;
}

void ProvinceChecklistModel::setAllChecked(bool checked)
{
    QStringList names;
    if (checked)
        forEachProvince([&names](QStandardItem *p) { names << p->text(); });
    setCheckedProvinces(names);
}

} // namespace thp::app
