#include "CompareOptions.h"

#include "extract/Gazetteer.h"
#include "model/MetricCatalogue.h"

#include <QRegularExpression>

#include <optional>

namespace thp::cli {

namespace {

// Finds "--name VALUE" or "--name=VALUE" (the last one wins) and removes it from args.
// A name without its value sets *missing.
std::optional<QString> takeValue(QStringList &args, const QString &name, bool *missing)
{
    std::optional<QString> value;
    const QString prefix = name + QLatin1Char('=');
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == name) {
            if (i + 1 >= args.size()) {
                *missing = true;
                args.removeAt(i);
                continue;
            }
            value = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(prefix)) {
            value = args.at(i).mid(prefix.size());
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace

bool takeCompareFilters(QStringList &args, CompareOptions *o, QString *error)
{
    bool missing = false;
    auto take = [&](const char *name) {
        bool m = false;
        auto v = takeValue(args, QString::fromLatin1(name), &m);
        if (m && error->isEmpty())
            *error = QStringLiteral("unknown or incomplete option: %1").arg(QString::fromLatin1(name));
        missing = missing || m;
        return v;
    };
    error->clear();
    o->confirmedOnly = takeFlag(args, QStringLiteral("--confirmed")) || o->confirmedOnly;
    o->includeProjected = takeFlag(args, QStringLiteral("--include-projected")) || o->includeProjected;
    if (const auto v = take("--metric"))
        o->metric = *v;
    if (const auto v = take("--level"))
        o->level = *v;
    if (const auto v = take("--provinces"))
        o->provinces = v->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const auto v = take("--boundaries")) {
        if (*v == QLatin1String("2025")) {
            o->boundaries2025 = true;
        } else if (*v == QLatin1String("as-reported")) {
            o->boundaries2025 = false;
        } else {
            *error = QStringLiteral("--boundaries takes 2025 or as-reported");
            return false;
        }
    }
    if (const auto v = take("--years")) {
        static const QRegularExpression years(QStringLiteral("^(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?$"));
        const QRegularExpressionMatch m = years.match(v->trimmed());
        if (!m.hasMatch()) {
            *error = QStringLiteral("--years takes YEAR or FROM-TO, e.g. 2016-2020");
            return false;
        }
        o->yearFrom = m.captured(1).toInt();
        o->yearTo = m.captured(2).isEmpty() ? o->yearFrom : m.captured(2).toInt();
    }
    return !missing;
}

bool checkCompareFilters(CompareOptions &o, QString *error)
{
    // Names the gazetteer does not know stay as typed: the query also matches a unit's name.
    for (QString &name : o.provinces)
        if (const ProvinceInfo *p = Gazetteer::instance().province(name))
            name = p->name;
    if (MetricCatalogue::instance().contains(o.metric))
        return true;
    QStringList keys;
    for (const MetricInfo &m : MetricCatalogue::instance().metrics())
        keys << m.key;
    *error = QStringLiteral("unknown metric: %1 (see the catalogue: %2)").arg(o.metric, keys.join(QStringLiteral(", ")));
    return false;
}

QString compareFiltersUsage()
{
    return QStringLiteral("--metric KEY [--db PATH|URL] [--provinces A,B,...] [--years FROM-TO] [--level LEVEL] "
                          "[--boundaries 2025] [--confirmed] [--include-projected]");
}

} // namespace thp::cli
