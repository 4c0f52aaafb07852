#pragma once
// Review of facts by people: confirm, correct, reject, or enter a figure by hand. Each
// change is one transaction that also writes fact_history (who, when, before, after).
// A change made against an old view of a fact (someone else changed it meanwhile) is
// refused, never applied over the other person's work.

#include "store/ReportStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace thp {

struct FactHistoryEntry {
    qint64 id = 0;
    qint64 factId = 0;
    QString action;      // "edit", "confirm", "reject", "enter", "remove"
    QString changedBy;
    QDateTime changedAt;
    QJsonObject before;  // empty for "enter"
    QJsonObject after;   // empty for "remove"
};

struct FactChange {
    bool ok = false;
    StoredFact fact;     // the fact as stored after the change
    QString error;       // why nothing was changed
};

class FactStore
{
    Q_DECLARE_TR_FUNCTIONS(thp::FactStore)

public:
    // Any revision: the caller does not say which version of the fact it saw.
    static constexpr int AnyRevision = -1;

    explicit FactStore(Database &db);

    std::optional<StoredFact> fact(qint64 id) const;
    // Facts entered by hand (no report), optionally of one province.
    QList<StoredFact> enteredFacts(const QString &province = {}) const;
    QList<FactHistoryEntry> history(qint64 factId) const;

    // Sets metric, level, value, qualifier, period and unit from `values` (span, text and
    // rule stay: they say where the figure was read). Status becomes "edited" (an entered
    // fact stays "entered"). expectedRevision: StoredFact::revision as the person saw it.
    FactChange updateFact(qint64 id, const Fact &values, const QString &who, int expectedRevision = AnyRevision);
    // Confirming a rejected figure takes the rejection back (the history keeps both).
    FactChange confirmFact(qint64 id, const QString &who, int expectedRevision = AnyRevision);
    FactChange rejectFact(qint64 id, const QString &who, int expectedRevision = AnyRevision);
    // A figure from outside the imported reports (a printed report, a phone call).
    // Needs a province and a period, since no report supplies them.
    FactChange addEnteredFact(const Fact &fact, const QString &province, const QString &who);
    // Only facts entered by hand can be removed; extracted ones are rejected instead.
    FactChange removeEnteredFact(qint64 id, const QString &who, int expectedRevision = AnyRevision);

private:
    enum class Change { Edit, Confirm, Reject, Remove };
    FactChange change(qint64 id, const QString &who, int expectedRevision, Change kind, const Fact *values);

    Database &m_db;
};

} // namespace thp
