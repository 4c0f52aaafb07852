#pragma once
// The reports library as a table, straight from the database: the filters, the search
// and the sort run in SQL (ReportLibraryQuery), and rows are fetched a page at a time as
// the view scrolls (canFetchMore / fetchMore), so 100,000 reports open at once.

#include "analysis/ReportLibraryQuery.h"

#include <QAbstractTableModel>
#include <QFutureWatcherBase>

#include <memory>

namespace thp {
class Database;
}

namespace thp::app {

// What the library's filter boxes offer, and how many reports the database holds.
struct LibraryChoices {
    QStringList provinces;
    QStringList regions;
    QList<int> years;
    int reportCount = 0;
};

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

    // nullptr empties the model. A database with a location (a file, a server) is listed on
    // a worker thread, with the filter boxes' choices: on 100,000 reports that takes 0.1-0.2 s,
    // so the window stays responsive; isLoading() until the first list arrives (listed()).
    // Without a location (in memory) the list is read at once, on this thread.
    void setDatabase(Database *db);
    // A new filter or sort is queried on a worker thread with a connection of its own (on
    // 100,000 reports the id list can take a second); the rows shown stay until the new list
    // arrives, then the model resets. isBusy() until then.
    void setFilter(const LibraryFilter &filter);
    const LibraryFilter &filter() const { return m_filter; }
    bool isBusy() const { return m_pending > 0; }
    // The database's first list has not arrived yet: the model is empty meanwhile.
    bool isLoading() const { return m_loading; }
    // Runs the query again now, on this thread (reports added or removed), keeping filter and
    // sort; the choices are read again too.
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
    const LibraryChoices &choices() const { return m_choices; }

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
    // A list was applied (opening, reload, a new filter or sort): totalCount() may differ and
    // the first page is there.
    void listed();
    // choices() were read again (the database was opened or reloaded); comes before listed().
    void choicesChanged();
    void busyChanged(bool busy);

private:
    static ReportLibraryQuery::Sort sortOf(int column);
    void requery(bool withChoices = false);
    void applyIds(QList<qint64> ids, const QString &error);
    void applyChoices(LibraryChoices choices);

    Database *m_db = nullptr;
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
    bool m_loading = false;
    LibraryChoices m_choices;
    // Workers still running: the model waits for them when it goes (they hold a connection).
    QList<QFutureWatcherBase *> m_workers;
};

} // namespace thp::app
