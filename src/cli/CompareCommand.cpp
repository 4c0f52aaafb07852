// tonghop-cli compare --metric KEY [--db PATH|URL] [--provinces A,B] [--years FROM-TO]
//   [--level L] [--boundaries 2025] [--confirmed] [--include-projected] [--format table|csv|json]
// One metric across provinces and periods. The JSON shape is in ../shared/spec/cli.md.
#include "CliSupport.h"
#include "Commands.h"
#include "CompareOptions.h"
#include "DatabaseOption.h"

#include "analysis/CompareQuery.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thp::cli {

namespace {

QJsonObject rowJson(const CompareRow &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("province"), r.province);
    if (!r.unit.isEmpty())
        o.insert(QStringLiteral("unit"), r.unit);
    o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), r.period.from}, {QStringLiteral("to"), r.period.to}});
    o.insert(QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("qualifier"), r.qualifier);
    o.insert(QStringLiteral("status"), r.status);
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(r.sources));
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    if (r.perThousandMembers)
        o.insert(QStringLiteral("per_1000_members"), *r.perThousandMembers);
    if (!r.mergedFrom.isEmpty())
        o.insert(QStringLiteral("merged_from"), QJsonArray::fromStringList(r.mergedFrom));
    if (r.disagreement) {
        o.insert(QStringLiteral("disagreement"), true);
        QJsonArray alternatives;
        for (const CompareSource &s : r.alternatives)
            alternatives.append(QJsonObject{{QStringLiteral("value"), s.value},
                                            {QStringLiteral("province"), s.province},
                                            {QStringLiteral("source"), s.source},
                                            {QStringLiteral("status"), s.status}});
        o.insert(QStringLiteral("alternatives"), alternatives);
    }
    return o;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString plainNumber(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

int usage()
{
    err() << "usage: tonghop-cli compare " << compareFiltersUsage() << " [--format table|csv|json]\n";
    return 2;
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString location = takeDatabaseOption(args);
    CompareOptions o;
    QString error;
    if (!takeCompareFilters(args, &o, &error)) {
        err() << error << '\n';
        return usage();
    }
    QString format = QStringLiteral("table");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--format") && i + 1 < args.size()) {
            format = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else {
            err() << "unknown or incomplete option: " << a << '\n';
            return usage();
        }
    }
    if (o.metric.isEmpty())
        return usage();
    if (!checkCompareFilters(o, &error)) {
        err() << error << '\n';
        return 2;
    }
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage();

    const std::unique_ptr<Database> db = openExistingDatabase(location);
    if (!db)
        return 1;
    const CompareResult r = CompareQuery(*db).run(o);
    if (!r.ok) {
        err() << "compare failed: " << r.error << Qt::endl;
        return 1;
    }

    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const CompareRow &row : r.rows)
            rows.append(rowJson(row));
        writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("metric"), o.metric},
                                              {QStringLiteral("level"), o.level},
                                              {QStringLiteral("boundaries"), o.boundaries2025 ? QStringLiteral("2025")
                                                                                             : QStringLiteral("as-reported")},
                                              {QStringLiteral("confirmed_only"), o.confirmedOnly},
                                              {QStringLiteral("rows"), rows}})
                        .toJson(QJsonDocument::Indented));
        return 0;
    }
    QTextStream &s = out();
    if (format == QLatin1String("csv")) {
        s << "province,unit,period_from,period_to,value,qualifier,status,per_1000_members,sources,note\n";
        for (const CompareRow &row : r.rows)
            s << csvField(row.province) << ',' << csvField(row.unit) << ',' << row.period.from << ',' << row.period.to << ',' << plainNumber(row.value)
              << ',' << row.qualifier << ',' << row.status << ',' << plainNumber(row.perThousandMembers) << ','
              << csvField(row.sources.join(QStringLiteral("; "))) << ',' << csvField(row.note) << '\n';
        s.flush();
        return 0;
    }
    s << MetricCatalogue::instance().displayName(o.metric) << " (" << o.metric << "), " << o.level << ", "
      << (o.boundaries2025 ? "2025 boundaries" : "as reported") << '\n';
    for (const CompareRow &row : r.rows) {
        const QString name = row.unit.isEmpty() ? row.province : row.province + QStringLiteral(" (") + row.unit + QLatin1Char(')');
        s << qSetFieldWidth(20) << Qt::left << name << qSetFieldWidth(11) << row.period.toString()
          << qSetFieldWidth(12) << Qt::right
          << (row.value ? VietFormat::value(*row.value, r.isRate) : QStringLiteral("—")) << qSetFieldWidth(0) << Qt::left
          << "  " << row.qualifier << ", " << row.status;
        if (row.perThousandMembers)
            s << ", " << VietFormat::number(*row.perThousandMembers) << " / 1.000 members";
        s << "\n      " << row.sources.join(QStringLiteral("; "));
        if (!row.note.isEmpty())
            s << "\n      note: " << row.note;
        s << '\n';
    }
    s << r.rows.size() << " rows" << Qt::endl;
    return 0;
}

} // namespace thp::cli
