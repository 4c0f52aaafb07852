#pragma once
// The domain model of ../shared/spec/metrics.md: one extracted or entered figure ("fact")
// and the document-level fields of a report. Keys (metric, level, qualifier) keep the
// exact spellings of the spec because they travel unchanged into JSON and the database.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thp {

// Tier of the Party that acted.
namespace Level {
inline const QString Central = QStringLiteral("central");
inline const QString Province = QStringLiteral("province");
inline const QString District = QStringLiteral("district");
inline const QString Grassroots = QStringLiteral("grassroots");
inline const QString Cell = QStringLiteral("cell");
inline const QString All = QStringLiteral("all");
QStringList all();
}

namespace Qualifier {
inline const QString Exact = QStringLiteral("exact");
inline const QString Approx = QStringLiteral("approx");
inline const QString AtLeast = QStringLiteral("at_least");
inline const QString Projected = QStringLiteral("projected");
QStringList all();
}

// Inclusive range of years a figure covers.
struct Period {
    int from = 0;
    int to = 0;
    bool operator==(const Period &) const = default;
    QString toString() const; // "2016–2020" or "2023"
};

// UTF-16 code unit offsets into the normalised (NFC) report text, end exclusive.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const Span &) const = default;
    qsizetype length() const { return end - start; }
};

struct Fact {
    QString metric;
    QString level = Level::All;
    double value = 0;
    QString qualifier = Qualifier::Exact;
    std::optional<Period> period;
    QString unit;          // what is counted, as written ("đảng viên", "%")
    Span span;
    QString text;          // the words the figure was read from
    double confidence = 0.9;
    QString ruleId;        // which rule produced it (empty for hand-entered facts)
    QStringList warnings;  // consistency checks that concern this fact

    bool sameFigure(const Fact &o) const; // metric, level, value, qualifier and period agree
};

struct CitedDocument {
    QString text; // "Kế hoạch số 23-KH/TU ngày 7-12-2016"
};

// Document-level fields of a report.
struct DocumentInfo {
    QString title;
    QString province;      // name on the report's date, without "tỉnh"/"thành phố"
    QString province2025;  // the 2025 unit that name belongs to
    QString unit;          // reporting committee when not the province itself
    int year = 0;
    QString term;          // "XII"
    QStringList documents; // cited directives, plans, programmes
};

struct ExtractionResult {
    DocumentInfo info;
    QList<Fact> facts;
    QStringList warnings; // document-level warnings (no figures, bad input, checks)
};

} // namespace thp
