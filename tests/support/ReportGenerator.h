#pragma once
// Synthetic Vietnamese Party-building reports for recall tests and benchmarks.
// A report has a title naming its province, a lead paragraph, filler paragraphs full of
// numbers that are NOT figures (dates, document numbers, terms, ordinals, phone numbers)
// and figure sentences drawn from many templates per metric, with random values, periods,
// tiers, qualifiers and old/new tone placement. Every planted figure is returned as a Fact,
// so a test can score the extractor against it. Deterministic for a given seed.

#include "model/Fact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace thp::test {

struct GeneratedReport {
    QString title;
    QString text;      // title line, then paragraphs separated by blank lines (NFC)
    QString province;  // gazetteer name the report is about ("Thanh Hóa", "Hồ Chí Minh")
    int year = 0;      // year of the report; periods never go past it
    QList<Fact> facts; // planted figures, each once
};

struct GeneratorOptions {
    qsizetype minBytes = 0;   // keep adding paragraphs until the UTF-8 text is at least this long
    bool singleLine = false;  // join everything with spaces (no line breaks at all)
    bool oldTones = true;     // allow old tone placement ("uỷ", "hoá") in some reports
};

class ReportGenerator
{
public:
    explicit ReportGenerator(quint32 seed);
    ~ReportGenerator();
    ReportGenerator(const ReportGenerator &) = delete;
    ReportGenerator &operator=(const ReportGenerator &) = delete;

    // A report of ordinary size (about 3–8 KB, 8–20 figures).
    GeneratedReport generate();
    GeneratedReport generate(const GeneratorOptions &options);

    // Provinces the generator draws from (read from resources/gazetteer/provinces.csv).
    static const QStringList &provinces();

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

// Vietnamese thousands grouping: 58713 → "58.713".
QString groupThousands(qint64 value);
// Old tone placement for the clusters oa/oe/uy at the end of a syllable: "hóa" → "hoá".
QString toOldTonePlacement(const QString &text);

} // namespace thp::test
