// tonghop-cli extract FILE... [--json]: figures of each report, no database.
// The JSON shape is a public contract (../shared/spec/cli.md): only add fields.
#include "CliSupport.h"
#include "Commands.h"

#include "extract/ReportPipeline.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thp::cli {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject factJson(const Fact &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("metric"), f.metric);
    o.insert(QStringLiteral("level"), f.level);
    o.insert(QStringLiteral("value"), f.value);
    o.insert(QStringLiteral("qualifier"), f.qualifier);
    if (f.period)
        o.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), f.period->from},
                                                       {QStringLiteral("to"), f.period->to}});
    else
        o.insert(QStringLiteral("period"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("unit"), f.unit);
    o.insert(QStringLiteral("span"), QJsonObject{{QStringLiteral("start"), double(f.span.start)},
                                                 {QStringLiteral("end"), double(f.span.end)}});
    o.insert(QStringLiteral("text"), f.text);
    o.insert(QStringLiteral("confidence"), f.confidence);
    o.insert(QStringLiteral("rule"), f.ruleId);
    if (!f.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings));
    return o;
}

QJsonObject documentJson(const QString &file, const ProcessedReport &r)
{
    const DocumentInfo &info = r.extraction.info;
    QJsonObject d;
    d.insert(QStringLiteral("file"), file);
    d.insert(QStringLiteral("format"), nullable(r.import.document.format));
    d.insert(QStringLiteral("encoding"), nullable(r.import.document.encoding));
    d.insert(QStringLiteral("title"), nullable(info.title));
    d.insert(QStringLiteral("province"), nullable(info.province));
    d.insert(QStringLiteral("province_2025"), nullable(info.province2025));
    d.insert(QStringLiteral("unit"), nullable(info.unit));
    d.insert(QStringLiteral("year"), info.year > 0 ? QJsonValue(info.year) : QJsonValue(QJsonValue::Null));
    d.insert(QStringLiteral("term"), nullable(info.term));
    d.insert(QStringLiteral("documents"), QJsonArray::fromStringList(info.documents));
    QJsonArray facts;
    for (const Fact &f : r.extraction.facts)
        facts.append(factJson(f));
    d.insert(QStringLiteral("facts"), facts);
    QStringList warnings = r.extraction.warnings;
    if (!r.import.ok)
        warnings.prepend(file + QStringLiteral(": ") + r.import.error);
    d.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return d;
}

void printHuman(const QString &file, const ProcessedReport &r)
{
    QTextStream &o = out();
    o << "== " << file << '\n';
    if (!r.import.ok) {
        o << "   error: " << r.import.error << '\n';
        return;
    }
    const DocumentInfo &info = r.extraction.info;
    o << "   " << r.import.document.format << ", " << r.import.document.encoding << "; province "
      << (info.province.isEmpty() ? QStringLiteral("?") : info.province) << " (2025: " << info.province2025
      << "), year " << info.year << ", term " << info.term << '\n';
    for (const Fact &f : r.extraction.facts) {
        o << "   " << f.metric << " [" << f.level << "] " << VietFormat::metricValue(f.metric, f.value) << ' '
          << f.qualifier << ' ' << (f.period ? f.period->toString() : QStringLiteral("-")) << "  «" << f.text << "»\n";
    }
    for (const QString &w : r.extraction.warnings)
        o << "   warning: " << w << '\n';
}

} // namespace

int runExtract(const QStringList &args)
{
    bool json = false;
    QString encoding;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--encoding") && i + 1 < args.size())
            encoding = args.at(++i);
        else if (a.startsWith(QLatin1String("--encoding=")))
            encoding = a.mid(11);
        else
            files << a;
    }
    if (files.isEmpty()) {
        err() << "usage: tonghop-cli extract FILE... [--json] [--encoding NAME]\n";
        return 2;
    }
    ImportOptions options;
    options.forcedEncoding = encoding;
    bool anyFailed = false;
    QJsonArray docs;
    for (const QString &file : files) {
        const ProcessedReport r = processReport(file, options);
        anyFailed |= !r.import.ok;
        if (json)
            docs.append(documentJson(file, r));
        else
            printHuman(file, r);
    }
    if (json)
        writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("documents"), docs}}).toJson(QJsonDocument::Indented));
    out().flush();
    return anyFailed ? 1 : 0;
}

} // namespace thp::cli
