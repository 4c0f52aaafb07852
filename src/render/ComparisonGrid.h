#pragma once
// A CompareQuery result laid out as provinces × periods, the shape every comparison
// output shares (the table view, the chart, the PDF and the CSV): one row per province
// (a city committee's own figures are a row of their own), one column per period, the
// notes numbered, and the source reports listed once each. Nothing is added or dropped:
// the grid holds exactly the rows the query gave.

#include "analysis/CompareQuery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thp::render {

enum class ComparisonMeasure {
    Value,              // the figure as reported (or summed for 2025 boundaries)
    PerThousandMembers, // the figure per 1,000 Party members of the same province
};

struct ComparisonCell {
    bool present = false;        // the query gave a row for this province and period
    std::optional<double> value; // what is shown; none: not comparable (see note)
    QString qualifier;           // Qualifier:: key of the figure
    QString status;              // FactStatus:: key
    QString note;
    int noteNumber = 0;          // 1-based number in ComparisonGrid::notes, 0 when no note
    QStringList sources;
    bool disagreement = false;   // the sources gave different values for this figure
    QList<CompareSource> alternatives; // those other values, with where they come from
};

struct ComparisonNote {
    int number = 0;
    QString rowLabel;
    Period period;
    QString text;
    bool notComparable = false; // the cell has no value because of it
};

struct ComparisonGrid {
    CompareOptions options;     // the filter that produced it, printed with the document
    bool isRate = false;
    ComparisonMeasure measure = ComparisonMeasure::Value;
    QString language = QStringLiteral("vi");
    QStringList rowLabels;      // "Lạng Sơn", or "Nam Định (Thành ủy Nam Định)" for a city's own figures
    QList<Period> periods;      // sorted by first year, then last year
    QList<QList<ComparisonCell>> cells; // [row][period]
    QList<ComparisonNote> notes;
    QStringList sources;        // distinct source reports, in order of first use

    // language: "vi" or "en", for the notes the grid writes itself (per 1,000 members).
    static ComparisonGrid fromResult(const CompareResult &result, ComparisonMeasure measure = ComparisonMeasure::Value,
                                     const QString &language = QStringLiteral("vi"));

    bool isEmpty() const { return rowLabels.isEmpty(); }
    const ComparisonCell &cell(qsizetype row, qsizetype column) const { return cells.at(row).at(column); }
    // The value the Vietnamese way with its marks: "1.242", "~1.200", "≥30", "98,4%", "12,35";
    // "—" when the cell has no comparable value; empty when the query gave nothing.
    // forReader: also "≠" when the sources disagree and the note's number, "1.242 ≠ (2)" (the
    // table on screen and in the PDF); without them for a copy into a spreadsheet.
    QString cellText(qsizetype row, qsizetype column, bool forReader = true) const;
    // The value alone, the Vietnamese way, without marks; empty when there is none.
    QString valueText(const std::optional<double> &value) const;
    // Cells that have a row but no value: they are left out of charts and listed instead.
    QList<ComparisonNote> notComparable() const;
};

} // namespace thp::render
