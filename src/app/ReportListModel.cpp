#include "app/ReportListModel.h"

#include "text/Normalizer.h"

namespace thp::app {

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportListModel::setReports(QList<StoredReport> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_searchKeys.clear();
    for (const StoredReport &r : std::as_const(m_reports))
        m_searchKeys << Normalizer::searchFold(QStringList{r.title, r.province, r.province2025, r.unit, r.fileName,
                                                          QString::number(r.year)}
                                                   .join(QLatin1Char('\n')));
    endResetModel();
}

const StoredReport *ReportListModel::reportAt(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports[row] : nullptr;
}

int ReportListModel::rowOf(qint64 reportId) const
{
    for (int i = 0; i < m_reports.size(); ++i)
        if (m_reports[i].id == reportId)
            return i;
    return -1;
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    const StoredReport *r = reportAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case ReportIdRole:
        return r->id;
    case SearchRole:
        return m_searchKeys.value(index.row());
    case Qt::ToolTipRole:
        return r->title;
    case Qt::TextAlignmentRole:
        if (index.column() == Year || index.column() == Figures)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Province:
            return r->province;
        case Year:
            if (role == SortRole)
                return r->year;
            return r->year > 0 ? QVariant(QString::number(r->year)) : QVariant(QString());
        case Title:
            return r->title.isEmpty() ? r->fileName : r->title;
        case Figures:
            return r->factCount;
        case File:
            return r->fileName;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Province:
        return tr("Province");
    case Year:
        return tr("Year");
    case Title:
        return tr("Title");
    case Figures:
        return tr("Figures");
    case File:
        return tr("File");
    }
    return {};
}

void ReportListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace thp::app
