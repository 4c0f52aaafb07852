#pragma once
// One metric across provinces and periods, from the stored facts.
//
// Rules (stated, because analysts quote them):
//  - rejected facts never count; with confirmedOnly, only facts a person confirmed, edited
//    or entered; plans ("projected") are not results and are left out unless asked for;
//  - a fact without a period is filed under its report's year;
//  - several facts for one province, period and level: the one a person reviewed wins,
//    then the newest report (report year, then import time); differing values are flagged
//    and listed, never averaged;
//  - 2025 boundaries: counts of the provinces merged into one 2025 province are summed for
//    the same period only when every one of them has a figure for exactly that period;
//    rates are combined (weighted by their denominators) only when every denominator is
//    known. Otherwise the row has no value and a note says why.
//  - a report by a committee below the province (Thành ủy Nam Định) gives that committee's
//    figures: they are rows of their own (unit) and never summed into the province;
//  - per 1,000 members: a count divided by org.members of the same province for a year
//    inside the row's period.

#include "model/Fact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thp {

class CompareCache;
class Database;

struct CompareOptions {
    QString metric;
    QString level = Level::All;
    QStringList provinces;      // empty: all; matched without regard to diacritics or case
    int yearFrom = 0;           // 0: open
    int yearTo = 0;
    bool confirmedOnly = false;
    bool includeProjected = false;
    bool boundaries2025 = false;
};

struct CompareSource {
    qint64 factId = 0;
    qint64 reportId = 0;        // 0 for a figure entered by hand
    QString province;           // as reported
    QString source;             // report title, or "entered by NAME"
    double value = 0;
    QString qualifier;
    QString status;
};

struct CompareRow {
    QString province;           // as reported, or the 2025 province
    QString unit;               // a committee below the province (a city's figures), else empty
    Period period;
    std::optional<double> value;
    QString qualifier;
    QString status;
    QStringList sources;        // the reports the value comes from
    QStringList mergedFrom;     // 2025: the former provinces combined into this row
    std::optional<double> perThousandMembers;
    bool disagreement = false;  // sources gave different values for the same figure
    QList<CompareSource> alternatives; // the other values given, when they disagree
    QString note;               // why there is no value, or what was chosen and why
};

struct CompareResult {
    bool ok = false;
    QString error;
    CompareOptions options;
    bool isRate = false;
    QList<CompareRow> rows;
};

class CompareQuery
{
    Q_DECLARE_TR_FUNCTIONS(thp::CompareQuery)

public:
    // cache: the reports' fields kept between comparisons on this connection (SQLite; see
    // CompareCache), used when it is current. Worth it for a caller that compares again and
    // again, as the desktop program does; without it each comparison reads them from the
    // database.
    explicit CompareQuery(Database &db, const CompareCache *cache = nullptr);
    CompareResult run(const CompareOptions &options) const;

    // The metric a rate is a share of (training.rate → training.eligible), or empty.
    static QString denominatorOf(const QString &rateMetric);

private:
    Database &m_db;
    const CompareCache *m_cache = nullptr;
};

} // namespace thp
