#pragma once
// Checks a report's figures against each other and says what does not fit — as warnings,
// never corrections: official practice forbids adjusting figures so that totals balance.
//  - parts (by form of discipline, by tier) that add up to more than, or (for a full
//    breakdown) differently from, their total;
//  - participants/eligible against the stated attendance rate;
//  - a rate above 100%;
//  - the same metric, tier and period given twice with different values.

#include "model/Fact.h"

namespace thp {

class ConsistencyChecker
{
public:
    // Adds warnings to the facts concerned and returns document-level warnings.
    static QStringList check(QList<Fact> &facts);
};

} // namespace thp
