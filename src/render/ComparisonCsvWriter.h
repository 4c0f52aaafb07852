#pragma once
// Writes a comparison table as CSV that Excel opens with the diacritics intact:
//  - UTF-8 with a byte-order mark (without it Excel reads the file as the ANSI code page);
//  - ',' between fields, every field that holds ',', '"' or a line break in double quotes
//    ('"' doubled), lines ending in CRLF (RFC 4180);
//  - one row per province, one column per period, then a note column; the header row is
//    "Tỉnh/thành", the periods ("2016–2020", "2023") and "Ghi chú";
//  - values are written so that no spreadsheet misreads them: whole numbers without a
//    thousands separator (1242, never 1.242, which an English Excel would read as 1.242),
//    decimals with the Vietnamese decimal comma ("12,35", quoted), rates as "98,4%";
//    qualifiers (approximately, at least, planned) and why a cell is empty go to the note
//    column, so value cells stay numbers.

#include "render/ComparisonGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace thp::render {

class ComparisonCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(thp::render::ComparisonCsvWriter)

public:
    // The whole file, BOM included.
    static QByteArray toCsv(const ComparisonGrid &grid);
    // Writes atomically (the old file stays if writing fails); false and a reason in *error.
    static bool write(const ComparisonGrid &grid, const QString &path, QString *error = nullptr);
};

} // namespace thp::render
