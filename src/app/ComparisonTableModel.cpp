#include "app/ComparisonTableModel.h"

#include "model/VietFormat.h"
#include "render/FactLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thp::app {

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonTableModel::setGrid(const render::ComparisonGrid &grid)
{
    beginResetModel();
    m_grid = grid;
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rowLabels.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.periods.size());
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const render::ComparisonCell &c = m_grid.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        // A disagreement is marked where the eye reads the value (and in the colour).
        return m_grid.cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return c.present ? toolTip(index.row(), index.column()) : QVariant();
    case Qt::BackgroundRole:
        if (c.disagreement)
            return QBrush(QColor(0xff, 0xf0, 0xc8));
        if (c.present && !c.value)
            return QBrush(QColor(0xee, 0xee, 0xee));
        return {};
    case Qt::ForegroundRole:
        if (c.present && !c.value)
            return QBrush(QColor(0x66, 0x66, 0x66));
        return {};
    case DisagreementRole:
        return c.disagreement;
    case NoteRole:
        return c.note;
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Horizontal && section < m_grid.periods.size())
            return m_grid.periods.at(section).toString();
        if (orientation == Qt::Vertical && section < m_grid.rowLabels.size())
            return m_grid.rowLabels.at(section);
    }
    if (role == Qt::TextAlignmentRole && orientation == Qt::Vertical)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ComparisonTableModel::toolTip(int row, int column) const
{
    const render::ComparisonCell &c = m_grid.cell(row, column);
    QStringList lines;
    lines << tr("%1, %2").arg(m_grid.rowLabels.at(row), m_grid.periods.at(column).toString());
    if (c.value)
        lines << tr("Value: %1 (%2, %3)")
                     .arg(m_grid.valueText(c.value), render::FactLabels::qualifier(c.qualifier),
                          render::FactLabels::status(c.status));
    else
        lines << tr("Not comparable");
    if (!c.note.isEmpty())
        lines << tr("Note: %1").arg(c.note);
    if (!c.sources.isEmpty())
        lines << tr("Source: %1").arg(c.sources.join(QStringLiteral("; ")));
    if (c.disagreement) {
        lines << tr("Other values given for this figure:");
        for (const CompareSource &s : c.alternatives)
            lines << QStringLiteral("  • %1 — %2 (%3)")
                         .arg(VietFormat::value(s.value, m_grid.isRate), s.source, render::FactLabels::status(s.status));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace thp::app
