#pragma once
// The reports library as SQL: which reports pass the filters (province, region, year,
// review state, a search that ignores diacritics), in which order, and the columns of a
// few of them at a time. Nothing here loads every report: a library of 100,000 reports
// costs one id list, then pages of rows as the user scrolls.
//
// Sorting follows Vietnamese collation where it can be done in SQL: provinces are ranked
// once in C++ (QCollator, vi_VN: a < ă < â, d < đ) and ordered by that rank; titles sort by
// their folded form on PostgreSQL and case-insensitively on SQLite (which has no
// Vietnamese collation), numbers by value.

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace thp {

class Database;

struct LibraryFilter {
    enum class Review { Any, Unreviewed, Partly, Reviewed };
    QString province;   // the report's province, or a 2025 province (its former provinces too)
    QString region;     // provinces.region of the report's province
    int year = 0;       // 0: any
    Review review = Review::Any;
    QString search;     // words of the title or text (FTS) or of the province name; accents optional
};

struct LibraryRow {
    qint64 id = 0;
    QString title;
    QString fileName;
    QString province;
    QString province2025;
    QString unit;
    int year = 0;
    QString format;
    QString encoding;
    QDateTime importedAt;
    // Facts per review status (FactStatus::*).
    int extracted = 0;
    int confirmed = 0;
    int edited = 0;
    int rejected = 0;
    int entered = 0;

    int figures() const { return extracted + confirmed + edited + entered; } // rejected never count
    int reviewed() const { return confirmed + edited + rejected + entered; }
    int total() const { return extracted + reviewed(); }
    LibraryFilter::Review reviewState() const;
};

class ReportLibraryQuery
{
    Q_DECLARE_TR_FUNCTIONS(thp::ReportLibraryQuery)

public:
    enum class Sort { Province, Province2025, Unit, Year, Title, Figures, Review, File, Imported };

    explicit ReportLibraryQuery(Database &db);

    // The ids of the reports that pass, in display order (ties by id). Empty on error.
    QList<qint64> ids(const LibraryFilter &filter, Sort sort, bool descending, QString *error = nullptr) const;
    // The rows of these reports, in the order given (ids not found are left out).
    QList<LibraryRow> rows(const QList<qint64> &ids, QString *error = nullptr) const;

    // For the filter boxes: provinces named by reports (on their date and in 2025),
    // Vietnamese-sorted; regions of those provinces; years, newest first.
    QStringList provinces() const;
    QStringList regions() const;
    QList<int> years() const;

    // Vietnamese order (case-insensitive, numbers by value).
    static void sortVietnamese(QStringList &names);

private:
    const QStringList &rankedProvinces() const;

    Database &m_db;
    mutable QStringList m_ranked; // every province name the database knows, Vietnamese order
};

} // namespace thp
