#pragma once
// Reads numbers written the Vietnamese way and says what they are. "58.713" is 58713
// (a dot groups thousands only when exactly three digits follow), "98,4%" is a rate,
// "58.713/59.654" a ratio; dates, document numbers, times, year ranges and phone-like
// strings are recognised so they are never taken for figures.

#include <QString>

namespace thp {

struct NumberToken {
    enum Kind : quint8 {
        Count,      // 518, 58.713, 02
        Decimal,    // 1,5
        Percent,    // 98,4%  100%
        Ratio,      // 58.713/59.654
        Year,       // 2016 (plain four digits 1900–2100)
        YearRange,  // 2016-2020
        Date,       // 7-2-2017, 15/1/2022, 3-2021
        DocNumber,  // 08-QĐi/TW, 11-CTr/TU, 202/2025/QH15
        Time,       // 09:17
        Suspicious, // 0204.3, 1.23: a dot not followed by exactly three digits
    };
    Kind kind = Count;
    qsizetype start = 0;
    qsizetype end = 0;      // exclusive; includes '%' and a multiplier word
    double value = 0;       // the number (denominator for ratios in value2)
    double value2 = 0;      // ratio denominator, second year of a range
    bool leadingZero = false;   // "02"
    bool multiplied = false;    // "15 nghìn"

    bool isFigureKind() const { return kind == Count || kind == Decimal || kind == Percent || kind == Ratio; }
};

class NumberReader
{
public:
    // Reads the number that starts at text[pos] (a digit). Never reads past `limit`.
    // `key` is the match key of text (same length), used for multiplier words.
    static NumberToken read(const QString &text, const QString &key, qsizetype pos, qsizetype limit);
    static bool isYear(double v) { return v >= 1900 && v <= 2100; }
};

} // namespace thp
