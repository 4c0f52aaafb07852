#pragma once
// The reports library as a table, straight from the database: the filters, the search
// and the sort run in SQL (ReportLibraryQuery), and rows are fetched a page at a time as
// the view scrolls (canFetchMore / fetchMore), so 100,000 reports open at once.

#include "analysis/ReportLibraryQuery.h"

#include <QAbstractTableModel>

#include <memory>

namespace thp {
class Database;
}

namespace thp::app {

class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Province, Province2025, Unit, Year, Title, Figures, Review, File, ColumnCount };
    enum Role {
        ReportIdRole = Qt::UserRole + 1,
        ReviewStateRole, // LibraryFilter::Review as int
    };
    static constexpr int kPageSize = 250;

    explicit ReportListModel(QObject *parent = nullptr);
    ~ReportListModel() override;

    // nullptr empties the model. The query is run at once, on this thread.
    void setDatabase(Database *db);
    // A new filter or sort is queried on a worker thread with a connection of its own (on
    // 100,000 reports the id list can take a second); the rows shown stay until the new list
    // arrives, then the model resets. isBusy() until then.
    void setFilter(const LibraryFilter &filter);
    const LibraryFilter &filter() const { return m_filter; }
    bool isBusy() const { return m_pending > 0; }
    // Runs the query again now (reports added, figures reviewed), keeping filter and sort.
    void reload();
    // Reads one report's row again (its figures were reviewed); it keeps its place.
    void refreshReport(qint64 reportId);

    // Reports that pass the filter; rowCount() is how many of them are fetched so far.
    int totalCount() const { return int(m_ids.size()); }
    const LibraryRow *rowAt(int row) const;
    // The row of this report, fetching pages up to it; -1 when it does not pass the filter.
    int rowOf(qint64 reportId);
    QString lastError() const { return m_error; }
    ReportLibraryQuery *query() const { return m_query.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Header texts follow the current language.
    void retranslate();

    static QString reviewText(const LibraryRow &row);

Q_SIGNALS:
    // The set of reports changed (new query): totalCount() may differ.
    void reloaded();
    void busyChanged(bool busy);

private:
    static ReportLibraryQuery::Sort sortOf(int column);
    void requery();
    void applyIds(QList<qint64> ids, const QString &error);

    std::unique_ptr<ReportLibraryQuery> m_query;
    LibraryFilter m_filter;
    int m_sortColumn = Province;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;      // every report that passes, in order
    QList<LibraryRow> m_rows; // the first rowCount() of them
    QString m_error;
    QString m_location;       // for the worker's own connection
    quint64 m_generation = 0; // only the newest query's answer is shown
    int m_pending = 0;
};

} // namespace thp::app
