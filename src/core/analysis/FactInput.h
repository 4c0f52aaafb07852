#pragma once
// What a person types for a figure (value, period), read the Vietnamese way, and what
// looks wrong in a figure before it is saved: errors stop the save, warnings only ask the
// person to look again (figures are never "corrected" to make them plausible).

#include "model/Fact.h"

#include <QCoreApplication>

#include <optional>

namespace thp {

class FactInput
{
    Q_DECLARE_TR_FUNCTIONS(thp::FactInput)

public:
    // "58.713" → 58713, "98,4" or "98,4%" → 98.4, "944" → 944; nullopt unless the text is
    // exactly one number. Typed the Vietnamese way whatever the interface language, as the
    // program shows them; a dot that cannot group thousands ("98.4") is a decimal point.
    static std::optional<double> parseValue(const QString &text);
    // "2023", "2016-2020" or "2016–2020". Empty text is ok and means no period of its own
    // (the report's year); *ok is false when the text is not a period.
    static std::optional<Period> parsePeriod(const QString &text, bool *ok);
    // How a value is shown for editing: "58.713", "98,4" (no % sign: the metric says it).
    static QString editText(double value);
    // What to say when parseValue / parsePeriod cannot read what was typed.
    static QString valueProblem();
    static QString periodProblem();
    // The figure counting `metric` instead: a figure that now counts something else (or had
    // no unit) is counted in that metric's unit.
    static Fact withMetric(Fact fact, const QString &metric);

    // The first figure in some selected words ("kỷ luật 944 đảng viên" → 944, its offsets
    // in the words, and whether it was written as a percentage).
    struct Found {
        double value = 0;
        Span span;
        bool percent = false;
    };
    static std::optional<Found> firstFigure(const QString &words);

    // The checks of one figure on its own, shared by the review's editors and the entry
    // page (EntryValidator adds those that compare it with other figures).
    struct Check {
        QStringList errors;   // the figure cannot be saved like this
        QStringList warnings; // it can, but it looks wrong
        bool ok() const { return errors.isEmpty(); }
    };
    static Check check(const Fact &fact);
};

} // namespace thp
