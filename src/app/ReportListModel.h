#pragma once
// The reports library as a table: one row per stored report (province, year, title,
// figures, file). Holds a snapshot of ReportStore::reports(); reload() refreshes it.

#include "store/ReportStore.h"

#include <QAbstractTableModel>

namespace thp::app {

class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Province, Year, Title, Figures, File, ColumnCount };
    enum Role {
        ReportIdRole = Qt::UserRole + 1,
        SortRole,    // raw value: collated string or number
        SearchRole,  // Normalizer::searchFold of what a search box should find
    };

    explicit ReportListModel(QObject *parent = nullptr);

    void setReports(QList<StoredReport> reports);
    const QList<StoredReport> &reports() const { return m_reports; }
    const StoredReport *reportAt(int row) const;
    int rowOf(qint64 reportId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header texts follow the current language.
    void retranslate();

private:
    QList<StoredReport> m_reports;
    QStringList m_searchKeys;
};

} // namespace thp::app
