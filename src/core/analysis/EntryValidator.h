#pragma once
// Checks a figure typed in by hand before it is saved (the "Enter results" page).
//
// Official practice forbids adjusting figures so that they balance, and a person entering a
// printed report must be able to store what it says even when it looks wrong; so most
// findings are warnings the person sees and may save past:
//  - a rate outside 0–100%;
//  - a count that is not a whole number;
//  - parts (catalogue part_of: forms of discipline, participants of the eligible) that add
//    up to more than their total for the same province, tier and period;
//  - the same figure already entered with another value;
//  - a province name the gazetteer does not know (it would be compared on its own).
// Only what the store would refuse is an error: no value, a value below zero, no province,
// no period, a period running backwards.

#include "model/Fact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace thp {

struct EntryIssue {
    enum Severity { Warning, Error };
    Severity severity = Warning;
    QString message;
    bool operator==(const EntryIssue &) const = default;
};

class EntryValidator
{
    Q_DECLARE_TR_FUNCTIONS(thp::EntryValidator)

public:
    // candidate: the figure about to be saved for `province`. known: the figures already
    // stored for that province (any tier and period; only the same tier and period count).
    static QList<EntryIssue> check(const Fact &candidate, const QString &province, const QList<Fact> &known);

    static bool hasErrors(const QList<EntryIssue> &issues);
};

} // namespace thp
