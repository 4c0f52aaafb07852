#pragma once
// The order a person reviews a report's figures in: the next one still to review in
// reading order, the least confident ones first, and the figures one rule read (to accept
// the obvious ones together). Rows are indices into the list the view shows.

#include "store/ReportStore.h"

namespace thp {

class ReviewQueue
{
public:
    // Only figures the extraction suggested and nobody has looked at yet.
    static bool needsReview(const StoredFact &f) { return f.status == FactStatus::Extracted; }
    static int remaining(const QList<StoredFact> &facts);

    // The next figure to review after `row`, in list order, wrapping round; -1 when none.
    static int nextInReadingOrder(const QList<StoredFact> &facts, int row);
    // Figures to review, least confident first (equal confidence: list order).
    static QList<int> leastConfidentFirst(const QList<StoredFact> &facts);
    // The figure after `row` in that queue (`row` itself may be reviewed already: it keeps
    // its place in the order); the first in the queue when there is none after it.
    static int nextLeastConfident(const QList<StoredFact> &facts, int row);
    // Figures to review that the rule `ruleId` read; none for an empty rule (hand-entered).
    static QList<int> sameRule(const QList<StoredFact> &facts, const QString &ruleId);
};

} // namespace thp
