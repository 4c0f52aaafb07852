#include "app/FactTableModel.h"

#include "app/FamilyColours.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"

#include <QFont>

#include <cmath>
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

int FactTableModel::insertFact(const StoredFact &fact)
{
    if (const int existing = rowOf(fact.id); existing >= 0) {
        updateFact(fact);
        return existing;
    }
    int row = 0;
    while (row < m_facts.size() && m_facts[row].fact.span.start <= fact.fact.span.start)
        ++row;
    beginInsertRows({}, row, row);
    m_facts.insert(row, fact);
    endInsertRows();
    return row;
}

void FactTableModel::removeFact(qint64 factId)
{
    const int row = rowOf(factId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_facts.removeAt(row);
    endRemoveRows();
}

QColor FactTableModel::statusColour(const QString &status)
{
    if (status == FactStatus::Confirmed)
        return QColor(0x2e, 0x7d, 0x32); // green
    if (status == FactStatus::Edited)
        return QColor(0x15, 0x65, 0xc0); // blue
    if (status == FactStatus::Rejected)
        return QColor(0xc6, 0x28, 0x28); // red
    if (status == FactStatus::Entered)
        return QColor(0x6a, 0x1b, 0x9a); // purple
    return QColor(0x75, 0x75, 0x75);     // still to review: grey
}

QString FactTableModel::statusSymbol(const QString &status)
{
    if (status == FactStatus::Confirmed)
        return QStringLiteral("\u2713"); // ✓
    if (status == FactStatus::Edited)
        return QStringLiteral("\u270e"); // ✎
    if (status == FactStatus::Rejected)
        return QStringLiteral("\u2717"); // ✗
    if (status == FactStatus::Entered)
        return QStringLiteral("+");
    return QStringLiteral("\u25cb");     // ○
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
    case StatusRole:
        return sf->status;
    case Qt::DecorationRole:
        if (index.column() == Metric)
            return familyAccent(familyOf(f.metric));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Confidence)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (rejected && index.column() != Status) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (index.column() == Status && sf->status != FactStatus::Extracted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return statusColour(sf->status);
        if (index.column() == Checks)
            return QColor(0xb2, 0x6a, 0x00);
        if (rejected)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() == Confidence && f.confidence < LowConfidence && sf->status == FactStatus::Extracted)
            return QColor(0xb2, 0x6a, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Checks && !f.warnings.isEmpty())
            return f.warnings.join(QLatin1Char('\n'));
        if (index.column() == Confidence)
            return tr("How sure the extraction was of this figure (rule %1).").arg(f.ruleId.isEmpty() ? tr("none") : f.ruleId);
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
        case Confidence:
            if (sf->status == FactStatus::Entered)
                return QString();
            return VietFormat::rate(std::round(f.confidence * 100));
        case Status:
            return QString(statusSymbol(sf->status) + QLatin1Char(' ') + FactLabels::status(sf->status));
        case Checks:
            if (f.warnings.isEmpty())
                return QString();
            return QString(QStringLiteral("\u26a0 ") + f.warnings.first()
                           + (f.warnings.size() > 1 ? QStringLiteral(" (+%1)").arg(f.warnings.size() - 1) : QString()));
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
    case Confidence:
        return tr("Confidence");
    case Status:
        return tr("Status");
    case Checks:
        return tr("Checks");
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
