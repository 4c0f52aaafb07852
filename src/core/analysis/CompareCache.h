#pragma once
// What a comparison reads of every report (year, import time, province, committee, 2025
// province, title), kept in memory between comparisons on one SQLite connection.
//
// Why: a comparison's candidate facts come from thousands of different reports; looking
// each one up in reports_compare was half the time of a comparison over 1,000,000 facts.
// With this cache a comparison reads only the facts_compare index.
//
// Never stale: migration 8 counts every change to these fields of reports, from any
// connection (reports_version). A comparison uses the cache only when it was read at the
// number the database has now, checked in the same read transaction as the facts; else it
// reads the reports itself. Reading them into the cache (update) is for the owner to do
// when it has time: the desktop's comparison worker does it after a comparison.
// SQLite only: on PostgreSQL comparisons join on the server.

#include "analysis/TextPool.h"

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;

namespace thp {

class Database;

class CompareCache
{
public:
    struct Report {
        qint64 id = 0;
        int year = 0;              // 0: not known
        int provinceId = 0;        // pool() texts; the empty text when not known
        int unitId = 0;            // a committee below the province, else the empty text
        int province2025Id = 0;
        ByteArena::Ref importedAt; // ISO text in UTC, as stored
        qint64 importedKey = -1;   // timeKey(importedAt)
        ByteArena::Ref title;
    };

    // An import time written by the program ("2026-11-22T10:11:12.345Z") as one number whose
    // order is the text's order (its digits); -1 for any other text, to be compared as text.
    static qint64 timeKey(QByteArrayView isoText);

    // Reads the reports again if they changed since the last time; false (and the cache
    // is then empty) if they cannot be read. Nothing to do on PostgreSQL.
    bool update(const Database &db, QString *error);
    void clear();
    // Read at the reports the database behind handle has now.
    bool isCurrent(sqlite3 *handle) const;

    const Report *find(qint64 reportId) const;
    const TextPool &pool() const { return m_pool; }
    const ByteArena &arena() const { return m_arena; }
    qsizetype size() const { return qsizetype(m_reports.size()); }
    int loads() const { return m_loads; } // how many times the reports were read
    int uses() const { return m_uses; }   // how many comparisons used the cache
    void noteUse() const { ++m_uses; }

private:
    bool load(sqlite3 *handle, QString *error);
    static bool readVersion(sqlite3 *handle, qint64 *version, QString *error);
    static QByteArray fileOf(sqlite3 *handle);

    sqlite3 *m_handle = nullptr;
    QByteArray m_file;
    qint64 m_version = -1;
    std::vector<Report> m_reports; // by id
    qint64 m_firstId = 0;
    std::vector<qint32> m_slot;    // id - m_firstId → index in m_reports (-1: none), when ids are dense
    TextPool m_pool;
    ByteArena m_arena;
    int m_loads = 0;
    mutable int m_uses = 0;
};

} // namespace thp
