#include "store/FactStore.h"

#include "model/MetricCatalogue.h"
#include "store/Database.h"
#include "store/FactRows.h"
#include "store/ReportUnit.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace thp {

namespace {

QString whoOrUser(const QString &who)
{
    if (!who.trimmed().isEmpty())
        return who.trimmed();
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

// What a person may set: known keys, a real number, a sensible period.
QString validate(const Fact &f)
{
    if (!MetricCatalogue::instance().contains(f.metric))
        return FactStore::tr("unknown metric \"%1\"").arg(f.metric);
    if (!Level::all().contains(f.level))
        return FactStore::tr("unknown level \"%1\"").arg(f.level);
    if (!Qualifier::all().contains(f.qualifier))
        return FactStore::tr("unknown qualifier \"%1\"").arg(f.qualifier);
    if (!std::isfinite(f.value) || f.value < 0)
        return FactStore::tr("the value must be a number not below zero");
    if (f.period && (f.period->from > f.period->to || f.period->from < 1930 || f.period->to > 2100))
        return FactStore::tr("the period %1 is not a valid range of years").arg(f.period->toString());
    return {};
}

QString historyJson(const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool writeHistory(const QSqlDatabase &db, qint64 factId, const QString &action, const QString &who,
                  const QDateTime &when, const QJsonObject &before, const QJsonObject &after, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO fact_history (fact_id, action, changed_by, changed_at, old_value, new_value) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(factId);
    q.addBindValue(action);
    q.addBindValue(who);
    q.addBindValue(store::toDbTime(when));
    q.addBindValue(before.isEmpty() ? store::nullText() : QVariant(historyJson(before)));
    q.addBindValue(after.isEmpty() ? store::nullText() : QVariant(historyJson(after)));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

FactStore::FactStore(Database &db) : m_db(db) {}

std::optional<StoredFact> FactStore::fact(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + store::factColumns() + QStringLiteral(" FROM facts WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return store::factFromRow(q);
    return std::nullopt;
}

QList<StoredFact> FactStore::enteredFacts(const QString &province) const
{
    QList<StoredFact> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + store::factColumns() + QStringLiteral(" FROM facts WHERE report_id IS NULL");
    if (!province.isEmpty())
        sql += QStringLiteral(" AND province = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    if (!province.isEmpty())
        q.addBindValue(province);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(store::factFromRow(q));
    return list;
}

QList<FactHistoryEntry> FactStore::history(qint64 factId) const
{
    QList<FactHistoryEntry> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, fact_id, action, changed_by, changed_at, old_value, new_value "
                             "FROM fact_history WHERE fact_id = ? ORDER BY id"));
    q.addBindValue(factId);
    if (!q.exec())
        return list;
    while (q.next()) {
        FactHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.factId = q.value(1).toLongLong();
        e.action = q.value(2).toString();
        e.changedBy = q.value(3).toString();
        e.changedAt = store::fromDbTime(q.value(4));
        e.before = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        list.append(e);
    }
    return list;
}

FactChange FactStore::updateFact(qint64 id, const Fact &values, const QString &who, int expectedRevision)
{
    return change(id, who, expectedRevision, Change::Edit, &values);
}

FactChange FactStore::confirmFact(qint64 id, const QString &who, int expectedRevision)
{
    return change(id, who, expectedRevision, Change::Confirm, nullptr);
}

FactChange FactStore::rejectFact(qint64 id, const QString &who, int expectedRevision)
{
    return change(id, who, expectedRevision, Change::Reject, nullptr);
}

FactChange FactStore::removeEnteredFact(qint64 id, const QString &who, int expectedRevision)
{
    return change(id, who, expectedRevision, Change::Remove, nullptr);
}

FactChange FactStore::restoreFact(qint64 id, const StoredFact &previous, const QString &who, int expectedRevision)
{
    return change(id, who, expectedRevision, Change::Restore, &previous.fact, previous.status);
}

FactChange FactStore::change(qint64 id, const QString &whoGiven, int expectedRevision, Change kind, const Fact *values,
                             const QString &restoreStatus)
{
    FactChange result;
    if (values) {
        result.error = validate(*values);
        if (!result.error.isEmpty())
            return result;
    }
    const QString who = whoOrUser(whoGiven);
    WriteTransaction tx(m_db);
    if (!tx.begin(&result.error))
        return result;
    // Read inside the write lock: nobody can change the fact between this read and the update
    // (SQLite: BEGIN IMMEDIATE; PostgreSQL: the row lock below).
    if (m_db.isPostgres()) {
        QSqlQuery lock(m_db.connection());
        lock.prepare(QStringLiteral("SELECT id FROM facts WHERE id = ? FOR UPDATE"));
        lock.addBindValue(id);
        if (!lock.exec()) {
            result.error = lock.lastError().text();
            return result;
        }
    }
    const std::optional<StoredFact> old = fact(id);
    if (!old) {
        result.error = tr("there is no figure #%1 (it may have been removed)").arg(id);
        return result;
    }
    if (expectedRevision != AnyRevision && old->revision != expectedRevision) {
        result.error = tr("%1 changed this figure at %2 after you opened it; nothing was saved. "
                          "Look at the figure again and repeat your change.")
                           .arg(old->changedBy.isEmpty() ? tr("someone") : old->changedBy,
                                old->changedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        result.fact = *old;
        return result;
    }
    const bool entered = old->status == FactStatus::Entered;
    StoredFact now = *old;
    QString action;
    switch (kind) {
    case Change::Edit:
        now.fact.metric = values->metric;
        now.fact.level = values->level;
        now.fact.value = values->value;
        now.fact.qualifier = values->qualifier;
        now.fact.period = values->period;
        now.fact.unit = values->unit;
        now.status = entered ? FactStatus::Entered : FactStatus::Edited;
        action = QStringLiteral("edit");
        break;
    case Change::Confirm:
        now.status = entered ? FactStatus::Entered : FactStatus::Confirmed;
        action = QStringLiteral("confirm");
        break;
    case Change::Reject:
        if (entered) {
            result.error = tr("a figure entered by hand is removed, not rejected");
            return result;
        }
        now.status = FactStatus::Rejected;
        action = QStringLiteral("reject");
        break;
    case Change::Remove:
        if (!entered) {
            result.error = tr("only figures entered by hand can be removed; reject an extracted figure instead");
            return result;
        }
        action = QStringLiteral("remove");
        break;
    case Change::Restore:
        // A figure keeps its origin: one entered by hand stays entered, an extracted one
        // never becomes "entered".
        if (restoreStatus == FactStatus::Entered ? !entered
                                                 : entered || !(restoreStatus == FactStatus::Extracted
                                                                || restoreStatus == FactStatus::Confirmed
                                                                || restoreStatus == FactStatus::Edited
                                                                || restoreStatus == FactStatus::Rejected)) {
            result.error = tr("figure #%1 cannot be given the status \"%2\"").arg(id).arg(restoreStatus);
            return result;
        }
        now.fact.metric = values->metric;
        now.fact.level = values->level;
        now.fact.value = values->value;
        now.fact.qualifier = values->qualifier;
        now.fact.period = values->period;
        now.fact.unit = values->unit;
        now.status = restoreStatus;
        action = QStringLiteral("restore");
        break;
    }
    now.changedBy = who;
    now.changedAt = QDateTime::currentDateTimeUtc();
    now.revision = old->revision + 1;

    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (kind == Change::Remove) {
        q.prepare(QStringLiteral("DELETE FROM facts WHERE id = ? AND revision = ?"));
        q.addBindValue(id);
        q.addBindValue(old->revision);
    } else {
        q.prepare(QStringLiteral("UPDATE facts SET metric = ?, level = ?, value = ?, qualifier = ?, period_from = ?, "
                                 "period_to = ?, unit = ?, status = ?, changed_by = ?, changed_at = ?, revision = ? "
                                 "WHERE id = ? AND revision = ?"));
        const Fact &f = now.fact;
        q.addBindValue(f.metric);
        q.addBindValue(f.level);
        q.addBindValue(f.value);
        q.addBindValue(f.qualifier);
        q.addBindValue(f.period ? QVariant(f.period->from) : store::nullInt());
        q.addBindValue(f.period ? QVariant(f.period->to) : store::nullInt());
        q.addBindValue(store::notNull(f.unit));
        q.addBindValue(now.status);
        q.addBindValue(who);
        q.addBindValue(store::toDbTime(now.changedAt));
        q.addBindValue(now.revision);
        q.addBindValue(id);
        q.addBindValue(old->revision);
    }
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    if (q.numRowsAffected() != 1) {
        result.error = tr("figure #%1 changed while saving; nothing was saved").arg(id);
        return result;
    }
    if (!writeHistory(db, id, action, who, now.changedAt, store::factJson(*old),
                      kind == Change::Remove ? QJsonObject() : store::factJson(now), &result.error))
        return result;
    if (!tx.commit(&result.error))
        return result;
    result.ok = true;
    result.fact = now;
    return result;
}

FactChange FactStore::addEnteredFact(const Fact &f, const QString &province, const QString &whoGiven,
                                     const QString &subUnit)
{
    FactChange result;
    result.error = validate(f);
    if (result.error.isEmpty() && province.trimmed().isEmpty())
        result.error = tr("a figure entered by hand needs the province it is about");
    if (result.error.isEmpty() && !f.period)
        result.error = tr("a figure entered by hand needs the years it covers");
    if (!result.error.isEmpty())
        return result;
    const QString who = whoOrUser(whoGiven);
    WriteTransaction tx(m_db);
    if (!tx.begin(&result.error))
        return result;
    Fact entered = f;
    entered.span = {};
    entered.confidence = 1.0;
    const QString where = province.trimmed();
    return storeEntered(tx, 0, entered, where, store::subProvincialUnit(m_db.connection(), subUnit, where), who);
}

FactChange FactStore::addReportFact(qint64 reportId, const Fact &f, const QString &whoGiven)
{
    FactChange result;
    result.error = validate(f);
    if (!result.error.isEmpty())
        return result;
    const QString who = whoOrUser(whoGiven);
    WriteTransaction tx(m_db);
    if (!tx.begin(&result.error))
        return result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next()) {
        result.error = tr("there is no report #%1 (it may have been removed)").arg(reportId);
        return result;
    }
    const QString text = q.value(0).toString();
    if (f.span.start < 0 || f.span.end <= f.span.start || f.span.end > text.size()) {
        result.error = tr("the words of the figure are not inside the report's text");
        return result;
    }
    Fact entered = f;
    entered.confidence = 1.0;
    entered.text = text.mid(f.span.start, f.span.length()); // the words, as the report has them
    return storeEntered(tx, reportId, entered, {}, {}, who);
}

FactChange FactStore::storeEntered(WriteTransaction &tx, qint64 reportId, const Fact &entered, const QString &province,
                                   const QString &subUnit, const QString &who)
{
    FactChange result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id = store::insertFact(m_db.connection(), reportId, entered,
                                        {FactStatus::Entered, province, who, now, subUnit}, &result.error);
    if (id == 0)
        return result;
    StoredFact stored;
    stored.id = id;
    stored.reportId = reportId;
    stored.fact = entered;
    stored.status = FactStatus::Entered;
    stored.province = province;
    stored.subUnit = subUnit;
    stored.changedBy = who;
    stored.changedAt = now;
    if (!writeHistory(m_db.connection(), id, QStringLiteral("enter"), who, now, {}, store::factJson(stored), &result.error))
        return result;
    if (!tx.commit(&result.error))
        return result;
    result.ok = true;
    result.fact = fact(id).value_or(stored);
    return result;
}

} // namespace thp
