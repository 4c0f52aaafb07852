#include "analysis/ReviewQueue.h"

#include <algorithm>

namespace thp {

int ReviewQueue::remaining(const QList<StoredFact> &facts)
{
    return int(std::count_if(facts.begin(), facts.end(), needsReview));
}

int ReviewQueue::nextInReadingOrder(const QList<StoredFact> &facts, int row)
{
    const int n = int(facts.size());
    for (int step = 1; step <= n; ++step) {
        const int r = ((row < 0 ? -1 : row) + step) % n;
        if (r != row && needsReview(facts[r]))
            return r;
    }
    return -1;
}

namespace {
QList<int> confidenceOrder(const QList<StoredFact> &facts, int alsoRow)
{
    QList<int> rows;
    for (int r = 0; r < facts.size(); ++r)
        if (r == alsoRow || ReviewQueue::needsReview(facts[r]))
            rows << r;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return facts[a].fact.confidence < facts[b].fact.confidence; });
    return rows;
}
} // namespace

QList<int> ReviewQueue::leastConfidentFirst(const QList<StoredFact> &facts)
{
    return confidenceOrder(facts, -1);
}

int ReviewQueue::nextLeastConfident(const QList<StoredFact> &facts, int row)
{
    const QList<int> order = confidenceOrder(facts, row >= 0 && row < facts.size() ? row : -1);
    const qsizetype at = order.indexOf(row);
    for (qsizetype i = at + 1; i < order.size(); ++i)
        if (order[i] != row)
            return order[i];
    for (int r : order)
        if (r != row)
            return r;
    return -1;
}

QList<int> ReviewQueue::sameRule(const QList<StoredFact> &facts, const QString &ruleId)
{
    QList<int> rows;
    if (ruleId.isEmpty())
        return rows;
    for (int r = 0; r < facts.size(); ++r)
        if (facts[r].fact.ruleId == ruleId && needsReview(facts[r]))
            rows << r;
    return rows;
}

} // namespace thp
