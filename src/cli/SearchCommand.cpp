// tonghop-cli search TEXT [--db PATH|URL] [--limit N] [--json]: reports that contain the
// words, whatever the diacritics or case ("ky luat" finds "kỷ luật").
#include "CliSupport.h"
#include "Commands.h"
#include "DatabaseOption.h"

#include "analysis/ReportSearch.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thp::cli {

int runSearch(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString location = takeDatabaseOption(args);
    bool json = false;
    int limit = 50;
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--limit") && i + 1 < args.size())
            limit = qMax(1, args.at(++i).toInt());
        else if (a.startsWith(QLatin1String("--"))) {
            err() << "unknown option: " << a << '\n';
            return 2;
        } else
            words << a;
    }
    const QString text = words.join(QLatin1Char(' '));
    if (ReportSearch::queryWords(text).isEmpty()) {
        err() << "usage: tonghop-cli search TEXT [--db PATH|URL] [--limit N] [--json]\n";
        return 2;
    }
    const std::unique_ptr<Database> db = openExistingDatabase(location);
    if (!db)
        return 1;
    QString error;
    const QList<SearchHit> hits = ReportSearch(*db).search(text, limit, &error);
    if (!error.isEmpty()) {
        err() << "search failed: " << error << Qt::endl;
        return 1;
    }
    if (json) {
        QJsonArray results;
        for (const SearchHit &h : hits) {
            results.append(QJsonObject{
                {QStringLiteral("report"), double(h.reportId)},
                {QStringLiteral("title"), h.title},
                {QStringLiteral("province"), h.province.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.province)},
                {QStringLiteral("year"), h.year > 0 ? QJsonValue(h.year) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("snippet"), h.snippet},
                {QStringLiteral("offset"), double(h.textOffset)}});
        }
        writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("query"), text}, {QStringLiteral("results"), results}})
                        .toJson(QJsonDocument::Indented));
        return 0;
    }
    QTextStream &o = out();
    for (const SearchHit &h : hits) {
        o << '#' << h.reportId << "  " << h.title;
        if (!h.province.isEmpty() || h.year > 0)
            o << " (" << h.province << (h.province.isEmpty() || h.year <= 0 ? "" : ", ")
              << (h.year > 0 ? QString::number(h.year) : QString()) << ')';
        o << "\n    " << h.snippet << '\n';
    }
    o << hits.size() << (hits.size() == 1 ? " report" : " reports") << Qt::endl;
    return 0;
}

} // namespace thp::cli
