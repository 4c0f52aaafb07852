#pragma once
// Review of facts by people: confirm, correct, reject, or enter a figure by hand. Each
// change is one transaction that also writes fact_history (who, when, before, after).
// A change made against an old view of a fact (someone else changed it meanwhile) is
// refused, never applied over the other person's work.

#include "store/ReportStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace thp {

class WriteTransaction;

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
    // Needs a province and a period, since no report supplies them. subUnit: the committee
    // below the province whose figure it is ("Thành ủy Nam Định"), or empty for the whole
    // province (the province's own committee, "Tỉnh ủy ...", counts as empty).
    FactChange addEnteredFact(const Fact &fact, const QString &province, const QString &who,
                              const QString &subUnit = {});
    // Only facts entered by hand can be removed; extracted ones are rejected instead.
    FactChange removeEnteredFact(qint64 id, const QString &who, int expectedRevision = AnyRevision);
    // Puts a fact back as `previous` had it (metric, level, value, qualifier, period, unit and
    // status): the undo of a review step. The history records it as "restore"; the revision
    // still grows, so other people's views of the fact stay stale.
    FactChange restoreFact(qint64 id, const StoredFact &previous, const QString &who,
                           int expectedRevision = AnyRevision);
    // A figure a person read in a report that the extraction missed: stored in the report
    // with the words it was read from (span, text), status "entered"; the report supplies
    // province and year. Removed again with removeEnteredFact().
    FactChange addReportFact(qint64 reportId, const Fact &fact, const QString &who);

private:
    enum class Change { Edit, Confirm, Reject, Remove, Restore };
    FactChange change(qint64 id, const QString &who, int expectedRevision, Change kind, const Fact *values,
                      const QString &restoreStatus = {});
    // The common end of both ways of adding a figure by hand: the row, its "enter" history
    // entry and the commit of the caller's transaction.
    FactChange storeEntered(WriteTransaction &tx, qint64 reportId, const Fact &entered, const QString &province,
                            const QString &subUnit, const QString &who);

    Database &m_db;
};

} // namespace thp
