#include "app/EnteredFactsModel.h"

#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"

#include <QLocale>

#include <algorithm>

namespace thp::app {

EnteredFactsModel::EnteredFactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EnteredFactsModel::setFacts(const QList<StoredFact> &facts)
{
    beginResetModel();
    m_facts = facts;
    std::sort(m_facts.begin(), m_facts.end(), [](const StoredFact &a, const StoredFact &b) { return a.id > b.id; });
    endResetModel();
}

void EnteredFactsModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int EnteredFactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int EnteredFactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnteredFactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_facts.size())
        return {};
    const StoredFact &f = m_facts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Metric)
        return f.fact.metric;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Unit: return f.subUnit.isEmpty() ? tr("whole province") : f.subUnit;
    case Metric: return MetricCatalogue::instance().displayName(f.fact.metric, render::FactLabels::catalogueLanguage());
    case Tier: return render::FactLabels::level(f.fact.level);
    case Period: return f.fact.period ? f.fact.period->toString() : QString();
    case Value: return VietFormat::metricValue(f.fact.metric, f.fact.value);
    case Qualifier: return render::FactLabels::qualifier(f.fact.qualifier);
    case EnteredBy: return f.changedBy;
    case EnteredAt: return QLocale().toString(f.changedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant EnteredFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case Metric: return tr("Metric");
    case Tier: return tr("Tier");
    case Period: return tr("Period");
    case Value: return tr("Value");
    case Qualifier: return tr("Qualifier");
    case EnteredBy: return tr("Entered by");
    case EnteredAt: return tr("Entered at");
    default: return {};
    }
}

} // namespace thp::app
