#include "app/SavedComparisons.h"

#include <QCollator>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace thp::app {

namespace {

// Names may hold any character ("Kỷ luật / 2020"): they are stored as values in an array,
// never as settings keys.
SavedComparison readOne(const QSettings &s)
{
    SavedComparison c;
    c.name = s.value(QStringLiteral("name")).toString();
    c.options.metric = s.value(QStringLiteral("metric")).toString();
    c.options.level = s.value(QStringLiteral("level"), c.options.level).toString();
    c.options.provinces = s.value(QStringLiteral("provinces")).toStringList();
    c.options.yearFrom = s.value(QStringLiteral("yearFrom"), 0).toInt();
    c.options.yearTo = s.value(QStringLiteral("yearTo"), 0).toInt();
    c.options.boundaries2025 = s.value(QStringLiteral("boundaries2025"), false).toBool();
    c.options.confirmedOnly = s.value(QStringLiteral("confirmedOnly"), false).toBool();
    c.perThousandMembers = s.value(QStringLiteral("perThousandMembers"), false).toBool();
    c.chart = s.value(QStringLiteral("chart"), QStringLiteral("auto")).toString();
    return c;
}

void writeOne(QSettings &s, const SavedComparison &c)
{
    s.setValue(QStringLiteral("name"), c.name);
    s.setValue(QStringLiteral("metric"), c.options.metric);
    s.setValue(QStringLiteral("level"), c.options.level);
    s.setValue(QStringLiteral("provinces"), c.options.provinces);
    s.setValue(QStringLiteral("yearFrom"), c.options.yearFrom);
    s.setValue(QStringLiteral("yearTo"), c.options.yearTo);
    s.setValue(QStringLiteral("boundaries2025"), c.options.boundaries2025);
    s.setValue(QStringLiteral("confirmedOnly"), c.options.confirmedOnly);
    s.setValue(QStringLiteral("perThousandMembers"), c.perThousandMembers);
    s.setValue(QStringLiteral("chart"), c.chart);
}

QList<SavedComparison> readAll()
{
    QSettings s;
    QList<SavedComparison> list;
    const int n = s.beginReadArray(QStringLiteral("comparisons"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        const SavedComparison c = readOne(s);
        if (!c.name.isEmpty() && !c.options.metric.isEmpty())
            list << c;
    }
    s.endArray();
    return list;
}

void writeAll(const QList<SavedComparison> &list)
{
    QSettings s;
    s.remove(QStringLiteral("comparisons"));
    s.beginWriteArray(QStringLiteral("comparisons"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        writeOne(s, list.at(i));
    }
    s.endArray();
}

} // namespace

QStringList SavedComparisons::names()
{
    QStringList names;
    for (const SavedComparison &c : readAll())
        names << c.name;
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

std::optional<SavedComparison> SavedComparisons::load(const QString &name)
{
    for (const SavedComparison &c : readAll())
        if (c.name == name)
            return c;
    return std::nullopt;
}

void SavedComparisons::save(const SavedComparison &comparison)
{
    QList<SavedComparison> list = readAll();
    list.removeIf([&](const SavedComparison &c) { return c.name == comparison.name; });
    list << comparison;
    writeAll(list);
}

std::optional<SavedComparison> SavedComparisons::last()
{
    QSettings s;
    s.beginGroup(QStringLiteral("compareLast"));
    const SavedComparison c = readOne(s);
    if (c.options.metric.isEmpty())
        return std::nullopt;
    return c;
}

void SavedComparisons::setLast(const SavedComparison &comparison)
{
    QSettings s;
    s.beginGroup(QStringLiteral("compareLast"));
    writeOne(s, comparison);
}

void SavedComparisons::remove(const QString &name)
{
    QList<SavedComparison> list = readAll();
    list.removeIf([&](const SavedComparison &c) { return c.name == name; });
    writeAll(list);
}

} // namespace thp::app
