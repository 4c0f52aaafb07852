#include "app/ReportListModel.h"

#include "model/VietFormat.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace thp::app {

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ReportListModel::~ReportListModel()
{
    // A worker holds a connection to the database and may still be reading it: let it finish
    // before the model (and, soon after, the application's SQL drivers) go.
    for (QFutureWatcherBase *watcher : std::as_const(m_workers))
        watcher->waitForFinished();
}

namespace {

struct Listing {
    QList<qint64> ids;
    QString error;
    std::optional<LibraryChoices> choices;
};

LibraryChoices readChoices(const ReportLibraryQuery &query, Database &db)
{
    LibraryChoices out;
    out.provinces = query.provinces();
    out.regions = query.regions();
    out.years = query.years();
    out.reportCount = ReportStore(db).reportCount();
    return out;
}

} // namespace

void ReportListModel::setDatabase(Database *db)
{
    m_db = db;
    m_query = db ? std::make_unique<ReportLibraryQuery>(*db) : nullptr;
    m_location = db ? db->location() : QString();
    if (!db || m_location.isEmpty()) {
        if (!db)
            applyChoices({});
        reload(); // reads the choices too
        return;
    }
    // The old database's rows go at once; the new list comes from the worker.
    ++m_generation;
    m_loading = true;
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_error.clear();
    endResetModel();
    applyChoices({});
    requery(/*withChoices=*/true);
}

void ReportListModel::setFilter(const LibraryFilter &filter)
{
    m_filter = filter;
    requery(/*withChoices=*/m_loading); // the opening's answer is out of date: ask for its choices too
}

void ReportListModel::reload()
{
    ++m_generation; // an answer still on its way is out of date now
    m_loading = false;
    QList<qint64> ids;
    QString error;
    if (m_query) {
        applyChoices(readChoices(*m_query, *m_db));
        ids = m_query->ids(m_filter, sortOf(m_sortColumn), m_sortOrder == Qt::DescendingOrder, &error);
    }
    applyIds(std::move(ids), error);
}

void ReportListModel::requery(bool withChoices)
{
    if (!m_query || m_location.isEmpty()) {
        reload();
        return;
    }
    const quint64 generation = ++m_generation;
    const LibraryFilter filter = m_filter;
    const ReportLibraryQuery::Sort sort = sortOf(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QString location = m_location;
    // A connection belongs to one thread: the worker opens its own (SQLite WAL and
    // PostgreSQL both let it read while this one writes).
    QFuture<Listing> future = QtConcurrent::run([location, filter, sort, descending, withChoices] {
        Listing out;
        const std::unique_ptr<Database> db = Database::open(location, &out.error);
        if (!db)
            return out;
        const ReportLibraryQuery query(*db);
        out.ids = query.ids(filter, sort, descending, &out.error);
        if (withChoices)
            out.choices = readChoices(query, *db);
        return out;
    });
    auto *watcher = new QFutureWatcher<Listing>(this);
    m_workers.append(watcher);
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        m_workers.removeOne(watcher);
        watcher->deleteLater();
        // A newer query, another database or none at all since: this answer is stale.
        if (generation == m_generation) {
            Listing result = watcher->result();
            m_loading = false;
            if (result.choices)
                applyChoices(std::move(*result.choices));
            applyIds(std::move(result.ids), result.error);
        }
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
    });
    watcher->setFuture(future);
}

void ReportListModel::applyChoices(LibraryChoices choices)
{
    m_choices = std::move(choices);
    Q_EMIT choicesChanged();
}

void ReportListModel::applyIds(QList<qint64> ids, const QString &error)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_error = error;
    // The first page at once, so the view and row 0 are there without a scroll.
    m_rows = m_query ? m_query->rows(m_ids.mid(0, kPageSize), &m_error) : QList<LibraryRow>();
    endResetModel();
    Q_EMIT listed();
}

void ReportListModel::refreshReport(qint64 reportId)
{
    if (!m_query)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != reportId)
            continue;
        const QList<LibraryRow> fresh = m_query->rows({reportId}, &m_error);
        if (fresh.isEmpty())
            return;
        m_rows[row] = fresh.first();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

const LibraryRow *ReportListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ReportListModel::rowOf(qint64 reportId)
{
    const qsizetype at = m_ids.indexOf(reportId);
    if (at < 0)
        return -1;
    while (m_rows.size() <= at && canFetchMore({}))
        fetchMore({});
    return at < m_rows.size() ? int(at) : -1;
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReportListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query && m_rows.size() < m_ids.size();
}

void ReportListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<LibraryRow> page = m_query->rows(m_ids.mid(m_rows.size(), kPageSize), &m_error);
    if (page.isEmpty()) {
        // Rows removed meanwhile (another window): the list is stale, start again.
        m_ids.resize(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

ReportLibraryQuery::Sort ReportListModel::sortOf(int column)
{
    switch (column) {
    case Province2025:
        return ReportLibraryQuery::Sort::Province2025;
    case Unit:
        return ReportLibraryQuery::Sort::Unit;
    case Year:
        return ReportLibraryQuery::Sort::Year;
    case Title:
        return ReportLibraryQuery::Sort::Title;
    case Figures:
        return ReportLibraryQuery::Sort::Figures;
    case Review:
        return ReportLibraryQuery::Sort::Review;
    case File:
        return ReportLibraryQuery::Sort::File;
    default:
        return ReportLibraryQuery::Sort::Province;
    }
}

void ReportListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    requery(/*withChoices=*/m_loading);
}

QString ReportListModel::reviewText(const LibraryRow &row)
{
    switch (row.reviewState()) {
    case LibraryFilter::Review::Unreviewed:
        return tr("not reviewed");
    case LibraryFilter::Review::Reviewed:
        return tr("reviewed");
    case LibraryFilter::Review::Partly:
        return tr("%1 of %2 reviewed").arg(VietFormat::number(row.reviewed()), VietFormat::number(row.total()));
    case LibraryFilter::Review::Any:
        break;
    }
    return tr("no figures");
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    const LibraryRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case ReportIdRole:
        return r->id;
    case ReviewStateRole:
        return int(r->reviewState());
    case Qt::ToolTipRole:
        if (index.column() == Review || index.column() == Figures)
            return tr("Waiting for review: %1 · confirmed: %2 · corrected: %3 · rejected: %4")
                .arg(VietFormat::number(r->extracted), VietFormat::number(r->confirmed), VietFormat::number(r->edited),
                     VietFormat::number(r->rejected));
        if (index.column() == File)
            return tr("%1 · format %2 · encoding %3").arg(r->fileName, r->format, r->encoding);
        return r->title.isEmpty() ? r->fileName : r->title;
    case Qt::TextAlignmentRole:
        if (index.column() == Year || index.column() == Figures)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Province:
            return r->province;
        case Province2025:
            return r->province2025;
        case Unit:
            return r->unit;
        case Year:
            return r->year > 0 ? QString::number(r->year) : QString();
        case Title:
            return r->title.isEmpty() ? r->fileName : r->title;
        case Figures:
            return VietFormat::number(r->figures());
        case Review:
            return reviewText(*r);
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
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Province:
            return tr("The province as named on the report's date");
        case Province2025:
            return tr("The province on the 2025 boundaries");
        case Unit:
            return tr("The committee that wrote the report");
        case Review:
            return tr("How many of the report's figures a person has reviewed");
        }
        return {};
    }
    switch (section) {
    case Province:
        return tr("Province");
    case Province2025:
        return tr("Province (2025)");
    case Unit:
        return tr("Unit");
    case Year:
        return tr("Year");
    case Title:
        return tr("Title");
    case Figures:
        return tr("Figures");
    case Review:
        return tr("Review");
    case File:
        return tr("File");
    }
    return {};
}

void ReportListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Review), index(int(m_rows.size()) - 1, Review));
}

} // namespace thp::app
