#include "store/FactRows.h"

#include "store/SqlSupport.h"

#include <QJsonArray>
#include <QSqlError>

namespace thp::store {

QString factColumns(const QString &alias)
{
    static const QStringList columns = {
        QStringLiteral("id"),          QStringLiteral("report_id"),   QStringLiteral("metric"),
        QStringLiteral("level"),       QStringLiteral("value"),       QStringLiteral("qualifier"),
        QStringLiteral("period_from"), QStringLiteral("period_to"),   QStringLiteral("unit"),
        QStringLiteral("span_start"),  QStringLiteral("span_end"),    QStringLiteral("source_text"),
        QStringLiteral("confidence"),  QStringLiteral("rule_id"),     QStringLiteral("status"),
        QStringLiteral("province"),    QStringLiteral("changed_by"),  QStringLiteral("changed_at"),
        QStringLiteral("revision"),    QStringLiteral("warnings")};
    if (alias.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &c : columns)
        prefixed << alias + QLatin1Char('.') + c;
    return prefixed.join(QStringLiteral(", "));
}

StoredFact factFromRow(const QSqlQuery &q, int c)
{
    StoredFact s;
    s.id = q.value(c + 0).toLongLong();
    s.reportId = q.value(c + 1).isNull() ? 0 : q.value(c + 1).toLongLong();
    Fact &f = s.fact;
    f.metric = q.value(c + 2).toString();
    f.level = q.value(c + 3).toString();
    f.value = q.value(c + 4).toDouble();
    f.qualifier = q.value(c + 5).toString();
    if (!q.value(c + 6).isNull())
        f.period = Period{q.value(c + 6).toInt(), q.value(c + 7).toInt()};
    f.unit = q.value(c + 8).toString();
    if (!q.value(c + 9).isNull())
        f.span = Span{q.value(c + 9).toLongLong(), q.value(c + 10).toLongLong()};
    f.text = q.value(c + 11).toString();
    f.confidence = q.value(c + 12).toDouble();
    f.ruleId = q.value(c + 13).toString();
    s.status = q.value(c + 14).toString();
    s.province = q.value(c + 15).toString();
    s.changedBy = q.value(c + 16).toString();
    s.changedAt = fromDbTime(q.value(c + 17));
    s.revision = q.value(c + 18).toInt();
    f.warnings = fromJsonList(q.value(c + 19));
    return s;
}

QSqlQuery prepareFactInsert(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO facts (report_id, metric, level, value, qualifier, period_from, period_to, unit, span_start, "
        "span_end, source_text, confidence, rule_id, status, province, changed_by, changed_at, revision, warnings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    return q;
}

qint64 insertFact(const QSqlDatabase &db, qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error)
{
    QSqlQuery q = prepareFactInsert(db);
    return insertFact(q, reportId, f, meta, error);
}

qint64 insertFact(QSqlQuery &q, qint64 reportId, const Fact &f, const FactRowMeta &meta, QString *error)
{
    const bool hasSpan = f.span.start != 0 || f.span.end != 0;
    q.addBindValue(reportId > 0 ? QVariant(reportId) : nullInt());
    q.addBindValue(notNull(f.metric));
    q.addBindValue(notNull(f.level));
    q.addBindValue(f.value);
    q.addBindValue(notNull(f.qualifier));
    q.addBindValue(f.period ? QVariant(f.period->from) : nullInt());
    q.addBindValue(f.period ? QVariant(f.period->to) : nullInt());
    q.addBindValue(notNull(f.unit));
    q.addBindValue(intOrNull(f.span.start, hasSpan));
    q.addBindValue(intOrNull(f.span.end, hasSpan));
    q.addBindValue(notNull(f.text));
    q.addBindValue(f.confidence);
    q.addBindValue(notNull(f.ruleId));
    q.addBindValue(notNull(meta.status));
    q.addBindValue(textOrNull(meta.province));
    q.addBindValue(textOrNull(meta.changedBy));
    q.addBindValue(meta.changedAt.isValid() ? QVariant(toDbTime(meta.changedAt)) : nullText());
    q.addBindValue(toJsonList(f.warnings));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (id <= 0 && error)
        *error = QStringLiteral("no id for the new fact");
    return id;
}

QJsonObject factJson(const StoredFact &s)
{
    const Fact &f = s.fact;
    QJsonObject o;
    o.insert(QStringLiteral("metric"), f.metric);
    o.insert(QStringLiteral("level"), f.level);
    o.insert(QStringLiteral("value"), f.value);
    o.insert(QStringLiteral("qualifier"), f.qualifier);
    o.insert(QStringLiteral("period"), f.period ? QJsonValue(QJsonObject{{QStringLiteral("from"), f.period->from},
                                                                         {QStringLiteral("to"), f.period->to}})
                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("unit"), f.unit);
    o.insert(QStringLiteral("status"), s.status);
    if (!s.province.isEmpty())
        o.insert(QStringLiteral("province"), s.province);
    return o;
}

} // namespace thp::store
