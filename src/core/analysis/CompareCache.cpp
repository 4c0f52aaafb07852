#include "analysis/CompareCache.h"

#include "store/Database.h"
#include "store/SqlSupport.h"

#include <algorithm>
#include <memory>

#include <sqlite3.h>

namespace thp {

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3 *handle, const char *sql, QString *error)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(st);
        return nullptr;
    }
    return Statement(st);
}

} // namespace

bool CompareCache::readVersion(sqlite3 *handle, qint64 *version, QString *error)
{
    Statement st = prepare(handle, "SELECT version FROM reports_version WHERE id = 1", error);
    if (!st)
        return false;
    if (sqlite3_step(st.get()) != SQLITE_ROW) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    *version = sqlite3_column_int64(st.get(), 0);
    return true;
}

// The same connection can be closed and another opened at the same address: the file name
// tells them apart.
QByteArray CompareCache::fileOf(sqlite3 *handle)
{
    const char *file = sqlite3_db_filename(handle, "main");
    return QByteArray(file ? file : "");
}

bool CompareCache::isCurrent(sqlite3 *handle) const
{
    if (!handle || handle != m_handle || m_version < 0 || fileOf(handle) != m_file)
        return false;
    qint64 now = 0;
    QString error;
    return readVersion(handle, &now, &error) && now == m_version;
}

bool CompareCache::update(const Database &db, QString *error)
{
    sqlite3 *handle = store::sqliteHandle(db.connection());
    if (!handle)
        return true; // PostgreSQL: comparisons read the reports on the server
    // The number first and the reports after it, in one snapshot: they belong together.
    const store::ReadSnapshot snapshot(handle);
    qint64 version = 0;
    if (!readVersion(handle, &version, error)) {
        clear();
        return false;
    }
    if (handle == m_handle && version == m_version && fileOf(handle) == m_file)
        return true;
    clear();
    if (!load(handle, error)) {
        clear();
        return false;
    }
    m_handle = handle;
    m_file = fileOf(handle);
    m_version = version;
    return true;
}

void CompareCache::clear()
{
    m_handle = nullptr;
    m_file.clear();
    m_version = -1;
    m_reports = {};
    m_slot = {};
    m_firstId = 0;
    m_pool = {};
    m_arena = {};
}

bool CompareCache::load(sqlite3 *handle, QString *error)
{
    // reports_compare starts with the id and covers every column read: one pass over it, in
    // id order.
    Statement st = prepare(handle,
                           "SELECT id, report_year, imported_at, province, province_2025, sub_unit, title "
                           "FROM reports INDEXED BY reports_compare ORDER BY id",
                           error);
    if (!st)
        return false;
    ++m_loads;
    auto text = [&](int col) {
        return m_pool.id(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col)), sqlite3_column_bytes(st.get(), col));
    };
    auto bytes = [&](int col) {
        return m_arena.add(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col)), sqlite3_column_bytes(st.get(), col));
    };
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        Report r;
        r.id = sqlite3_column_int64(st.get(), 0);
        r.year = sqlite3_column_int(st.get(), 1);
        r.importedAt = bytes(2);
        r.importedKey = timeKey(m_arena.view(r.importedAt));
        r.provinceId = text(3);
        r.province2025Id = text(4);
        r.unitId = text(5);
        r.title = bytes(6);
        m_reports.push_back(r);
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    // Ids given by the database are nearly consecutive: then a report is found by its id
    // at once instead of by a binary search over all of them.
    if (!m_reports.empty()) {
        m_firstId = m_reports.front().id;
        const qint64 span = m_reports.back().id - m_firstId + 1;
        if (span <= 2 * qint64(m_reports.size()) + 1024) {
            m_slot.assign(size_t(span), -1);
            for (size_t i = 0; i < m_reports.size(); ++i)
                m_slot[size_t(m_reports[i].id - m_firstId)] = qint32(i);
        }
    }
    return true;
}

qint64 CompareCache::timeKey(QByteArrayView t)
{
    // YYYY-MM-DDTHH:MM:SS.mmmZ: digits everywhere but at these places.
    static constexpr char kShape[] = "0000-00-00T00:00:00.000Z";
    if (t.size() != qsizetype(sizeof(kShape) - 1))
        return -1;
    qint64 key = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (kShape[i] == '0') {
            if (c < '0' || c > '9')
                return -1;
            key = key * 10 + (c - '0');
        } else if (c != kShape[i]) {
            return -1;
        }
    }
    return key;
}

const CompareCache::Report *CompareCache::find(qint64 reportId) const
{
    if (!m_slot.empty()) {
        const qint64 at = reportId - m_firstId;
        if (at < 0 || at >= qint64(m_slot.size()) || m_slot[size_t(at)] < 0)
            return nullptr;
        return &m_reports[size_t(m_slot[size_t(at)])];
    }
    const auto it = std::lower_bound(m_reports.cbegin(), m_reports.cend(), reportId,
                                     [](const Report &r, qint64 id) { return r.id < id; });
    return it != m_reports.cend() && it->id == reportId ? &*it : nullptr;
}

} // namespace thp
