#include "analysis/ProvinceCommittees.h"

#include "extract/Gazetteer.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace thp {

QString ProvinceCommittees::committeeWord(const QString &kind)
{
    // The kinds are districts.csv's (resources/gazetteer); the words are how a committee of
    // each kind signs its reports.
    static const QHash<QString, QString> words = {
        {QStringLiteral("thanh_pho"), QStringLiteral("Thành ủy")},
        {QStringLiteral("thi_xa"), QStringLiteral("Thị ủy")},
        {QStringLiteral("quan"), QStringLiteral("Quận ủy")},
        {QStringLiteral("huyen"), QStringLiteral("Huyện ủy")},
    };
    return words.value(kind);
}

QStringList ProvinceCommittees::of(const QString &province)
{
    const Gazetteer &g = Gazetteer::instance();
    const ProvinceInfo *p = g.province(province);
    if (!p)
        return {};
    QSet<QString> seen;
    QStringList names;
    for (const DistrictInfo &d : g.districtList()) {
        if (d.province != p->name)
            continue;
        const QString word = committeeWord(d.kind);
        if (word.isEmpty())
            continue;
        const QString name = word + QLatin1Char(' ') + d.name;
        if (!seen.contains(name)) {
            seen.insert(name);
            names << name;
        }
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

} // namespace thp
