#pragma once
// How tests compare extracted facts with expected ones. Mirrors /work/shared/tools/score.py:
// a fact matches when the metric is the same and the value is the same (within 0.051 for
// rates); level, qualifier and period are then compared on the matched pairs.

#include "model/Fact.h"

#include <QList>
#include <QPair>
#include <QString>

namespace thp::test {

// 0.051 tolerance for rate metrics (keys ending in "rate"), exact for counts.
bool sameValue(const QString &metric, double a, double b);

// Metric, value, level, qualifier and period all agree (period: both absent or equal).
bool sameFact(const Fact &expected, const Fact &actual);

// "discipline.members 944 [all, exact, 2016–2020] «thi hành kỷ luật ...»"
QString describe(const Fact &fact);
QString describe(const QList<Fact> &facts, const QString &indent = QStringLiteral("    "));

// Precision/recall over many documents, with the greedy one-to-one matching of score.py.
struct Score {
    int right = 0;
    int wrong = 0;
    int missed = 0;
    int levelOk = 0;
    int qualifierOk = 0;
    int periodOk = 0;
    int periodChecked = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    Score &operator+=(const Score &o);
};

// predicted vs gold for one document. wrongOut/missedOut (optional) receive the
// unmatched predictions and the unmatched gold facts; pairsOut the (predicted, gold) matches.
Score scoreFacts(const QList<Fact> &predicted, const QList<Fact> &gold,
                 QList<Fact> *wrongOut = nullptr, QList<Fact> *missedOut = nullptr,
                 QList<QPair<Fact, Fact>> *pairsOut = nullptr);

} // namespace thp::test
