#include "app/FactTableModel.h"

#include "analysis/FactInput.h"
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

void FactTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_facts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool FactTableModel::isEditableColumn(int column)
{
    return column == Metric || column == Value || column == Period || column == Tier || column == Qualifier;
}

void FactTableModel::setEditHint(const QString &hint)
{
    m_editHint = hint;
}

std::optional<Fact> FactTableModel::editedFact(const QModelIndex &index, const QVariant &value, QString *problem) const
{
    const StoredFact *sf = factAt(index.row());
    if (!sf || index.parent().isValid())
        return std::nullopt;
    Fact f = sf->fact;
    switch (index.column()) {
    case Metric:
        return FactInput::withMetric(f, value.toString());
    case Value: {
        // Typed text is read the Vietnamese way; a number is taken as it is.
        std::optional<double> v;
        if (value.typeId() == QMetaType::QString) {
            v = FactInput::parseValue(value.toString());
        } else {
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (ok)
                v = d;
        }
        if (!v) {
            if (problem)
                *problem = FactInput::valueProblem();
            return std::nullopt;
        }
        f.value = *v;
        return f;
    }
    case Period: {
        bool ok = false;
        const std::optional<thp::Period> p = FactInput::parsePeriod(value.toString(), &ok);
        if (!ok) {
            if (problem)
                *problem = FactInput::periodProblem();
            return std::nullopt;
        }
        f.period = p;
        return f;
    }
    case Tier:
        f.level = value.toString();
        return f;
    case Qualifier:
        f.qualifier = value.toString();
        return f;
    }
    return std::nullopt;
}

Qt::ItemFlags FactTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && factAt(index.row()) && isEditableColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool FactTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::optional<Fact> values = editedFact(index, value);
    if (!values || !FactInput::check(*values).ok())
        return false;
    const StoredFact before = *factAt(index.row()); // a copy: storing it replaces the row
    if (values->sameFigure(before.fact) && values->unit == before.fact.unit)
        return true; // nothing changed
    Q_EMIT editRequested(before, *values);
    return true;
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
    case Qt::EditRole:
        switch (index.column()) {
        case Metric:
            return f.metric;
        case Value:
            return f.value;
        case Period:
            return f.period ? f.period->toString() : QString(); // empty: the report's year
        case Tier:
            return f.level;
        case Qualifier:
            return f.qualifier;
        }
        return {};
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
        if (!m_editHint.isEmpty() && (flags(index) & Qt::ItemIsEditable))
            return f.text.isEmpty() ? m_editHint : QString(f.text + QLatin1Char('\n') + m_editHint);
        return f.text.isEmpty() ? QVariant() : QVariant(f.text);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Metric:
            return MetricCatalogue::instance().displayName(f.metric, FactLabels::catalogueLanguage());
        case Value:
            return VietFormat::metricValue(f.metric, f.value);
        case Unit:
            return MetricCatalogue::instance().displayUnit(f.metric, FactLabels::catalogueLanguage(), f.unit);
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
