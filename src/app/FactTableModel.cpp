#include "app/FactTableModel.h"

#include "app/FamilyColours.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"

#include <QFont>
#include <QPalette>

namespace thp::app {

using render::FactLabels;

FactTableModel::FactTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FactTableModel::setFacts(QList<StoredFact> facts, int reportYear)
{
    beginResetModel();
    m_facts = std::move(facts);
    m_reportYear = reportYear;
    endResetModel();
}

const StoredFact *FactTableModel::factAt(int row) const
{
    return row >= 0 && row < m_facts.size() ? &m_facts[row] : nullptr;
}

int FactTableModel::rowOf(qint64 factId) const
{
    for (int i = 0; i < m_facts.size(); ++i)
        if (m_facts[i].id == factId)
            return i;
    return -1;
}

void FactTableModel::updateFact(const StoredFact &fact)
{
    const int row = rowOf(fact.id);
    if (row < 0)
        return;
    m_facts[row] = fact;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactTableModel::data(const QModelIndex &index, int role) const
{
    const StoredFact *sf = factAt(index.row());
    if (!sf)
        return {};
    const Fact &f = sf->fact;
    const bool rejected = sf->status == FactStatus::Rejected;
    switch (role) {
    case FactIdRole:
        return sf->id;
    case SpanStartRole:
        return qlonglong(f.span.start);
    case SpanEndRole:
        return qlonglong(f.span.end);
    case FamilyRole:
        return familyOf(f.metric);
    case Qt::DecorationRole:
        if (index.column() == Metric)
            return familyAccent(familyOf(f.metric));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (rejected) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (rejected)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        return f.text.isEmpty() ? QVariant() : QVariant(f.text);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Metric:
            return MetricCatalogue::instance().displayName(f.metric, FactLabels::catalogueLanguage());
        case Value:
            return VietFormat::metricValue(f.metric, f.value);
        case Unit:
            return f.unit;
        case Period:
            if (f.period)
                return f.period->toString();
            return m_reportYear > 0 ? QString::number(m_reportYear) : QString();
        case Tier:
            return FactLabels::level(f.level);
        case Qualifier:
            return FactLabels::qualifier(f.qualifier);
        case Status:
            return FactLabels::status(sf->status);
        }
        return {};
    default:
        return {};
    }
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Figure");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Period:
        return tr("Period");
    case Tier:
        return tr("Tier");
    case Qualifier:
        return tr("Qualifier");
    case Status:
        return tr("Status");
    }
    return {};
}

void FactTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_facts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace thp::app
