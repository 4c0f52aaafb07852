#include "FactMatching.h"

#include <QStringBuilder>

#include <cmath>

namespace thp::test {

bool sameValue(const QString &metric, double a, double b)
{
    const double tolerance = metric.endsWith(QLatin1String("rate")) ? 0.051 : 1e-6;
    return std::abs(a - b) <= tolerance;
}

bool sameFact(const Fact &expected, const Fact &actual)
{
    return expected.metric == actual.metric && sameValue(expected.metric, expected.value, actual.value)
        && expected.level == actual.level && expected.qualifier == actual.qualifier
        && expected.period == actual.period;
}

QString describe(const Fact &fact)
{
    QString s = fact.metric % u' ' % QString::number(fact.value, 'g', 12) % QLatin1String(" [") % fact.level
        % QLatin1String(", ") % fact.qualifier % QLatin1String(", ")
        % (fact.period ? fact.period->toString() : QStringLiteral("no period")) % u']';
    if (!fact.text.isEmpty())
        s += QStringLiteral(" «%1»").arg(fact.text);
    return s;
}

QString describe(const QList<Fact> &facts, const QString &indent)
{
    if (facts.isEmpty())
        return indent + QStringLiteral("(none)\n");
    QString out;
    for (const Fact &f : facts)
        out += indent % describe(f) % u'\n';
    return out;
}

double Score::precision() const
{
    return right + wrong ? double(right) / (right + wrong) : 0.0;
}

double Score::recall() const
{
    return right + missed ? double(right) / (right + missed) : 0.0;
}

double Score::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Score &Score::operator+=(const Score &o)
{
    right += o.right;
    wrong += o.wrong;
    missed += o.missed;
    levelOk += o.levelOk;
    qualifierOk += o.qualifierOk;
    periodOk += o.periodOk;
    periodChecked += o.periodChecked;
    return *this;
}

Score scoreFacts(const QList<Fact> &predicted, const QList<Fact> &gold, QList<Fact> *wrongOut,
                 QList<Fact> *missedOut, QList<QPair<Fact, Fact>> *pairsOut)
{
    Score score;
    QList<bool> used(gold.size(), false);
    for (const Fact &p : predicted) {
        qsizetype best = -1;
        int bestScore = -1;
        for (qsizetype i = 0; i < gold.size(); ++i) {
            const Fact &g = gold.at(i);
            if (used.at(i) || g.metric != p.metric || !sameValue(g.metric, g.value, p.value))
                continue;
            // Prefer the pair that also agrees on level and period, as score.py does.
            const int s = (p.level == g.level ? 2 : 0) + (g.period && p.period == g.period ? 1 : 0);
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (best < 0) {
            ++score.wrong;
            if (wrongOut)
                wrongOut->append(p);
            continue;
        }
        used[best] = true;
        const Fact &g = gold.at(best);
        if (pairsOut)
            pairsOut->append({p, g});
        ++score.right;
        score.levelOk += p.level == g.level;
        score.qualifierOk += p.qualifier == g.qualifier;
        if (g.period) {
            ++score.periodChecked;
            score.periodOk += p.period == g.period;
        }
    }
    for (qsizetype i = 0; i < gold.size(); ++i) {
        if (!used.at(i)) {
            ++score.missed;
            if (missedOut)
                missedOut->append(gold.at(i));
        }
    }
    return score;
}

} // namespace thp::test
