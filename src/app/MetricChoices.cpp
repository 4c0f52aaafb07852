#include "app/MetricChoices.h"

#include "model/MetricCatalogue.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace thp::app {

namespace {

// Metrics are indented under their family's heading in the list; the closed combo box
// shows the name alone.
class IndentedMetricDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Qt::UserRole).isValid())
            option->text = QStringLiteral("      ") + option->text;
    }
};

} // namespace

void MetricChoices::fill(QComboBox *combo, const QString &language)
{
    const QString chosen = current(combo);
    const QSignalBlocker blocker(combo);
    auto *model = new QStandardItemModel(combo);
    const MetricCatalogue &cat = MetricCatalogue::instance();
    for (const MetricFamily &family : cat.families()) {
        auto *heading = new QStandardItem(cat.familyName(family.key, language));
        heading->setFlags(Qt::ItemIsEnabled); // shown, never chosen
        QFont bold = combo->font();
        bold.setBold(true);
        heading->setFont(bold);
        model->appendRow(heading);
        for (const MetricInfo &m : cat.metrics()) {
            if (m.family != family.key)
                continue;
            auto *item = new QStandardItem(cat.displayName(m.key, language));
            item->setData(m.key, Qt::UserRole);
            item->setToolTip(m.key);
            model->appendRow(item);
        }
    }
    combo->setModel(model); // deletes the old list, which the combo owned
    if (!dynamic_cast<IndentedMetricDelegate *>(combo->itemDelegate()))
        combo->setItemDelegate(new IndentedMetricDelegate(combo));
    if (chosen.isEmpty() || !select(combo, chosen))
        combo->setCurrentIndex(1); // the first metric under the first heading
}

QString MetricChoices::current(const QComboBox *combo)
{
    return combo->currentData(Qt::UserRole).toString();
}

bool MetricChoices::select(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key, Qt::UserRole);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace thp::app
