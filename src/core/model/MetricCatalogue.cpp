#include "model/MetricCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thp {

const MetricCatalogue &MetricCatalogue::instance()
{
    static const MetricCatalogue catalogue = [] {
        QFile f(QStringLiteral(":/tonghop/catalogue.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("metric catalogue missing from resources");
        QString error;
        MetricCatalogue c = fromJson(f.readAll(), &error);
        if (!error.isEmpty())
            qFatal("metric catalogue unreadable: %s", qPrintable(error));
        return c;
    }();
    return catalogue;
}

MetricCatalogue MetricCatalogue::fromJson(const QByteArray &json, QString *error)
{
    MetricCatalogue c;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return c;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("families")).toArray()) {
        const QJsonObject o = v.toObject();
        c.m_families.append({o.value(QLatin1String("key")).toString(),
                             o.value(QLatin1String("name_vi")).toString(),
                             o.value(QLatin1String("name_en")).toString()});
    }
    for (const QJsonValue &v : root.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject o = v.toObject();
        MetricInfo m;
        m.key = o.value(QLatin1String("key")).toString();
        m.family = o.value(QLatin1String("family")).toString();
        m.isRate = o.value(QLatin1String("kind")).toString() == QLatin1String("rate");
        m.unit = o.value(QLatin1String("unit")).toString();
        m.unitEn = o.value(QLatin1String("unit_en")).toString();
        m.nameVi = o.value(QLatin1String("name_vi")).toString();
        m.nameEn = o.value(QLatin1String("name_en")).toString();
        m.partOf = o.value(QLatin1String("part_of")).toString();
        if (m.key.isEmpty())
            continue;
        c.m_index.insert(m.key, c.m_metrics.size());
        c.m_metrics.append(m);
    }
    if (error)
        error->clear();
    return c;
}

const MetricInfo *MetricCatalogue::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_metrics.at(*it);
}

QString MetricCatalogue::displayName(const QString &key, const QString &language) const
{
    const MetricInfo *m = find(key);
    if (!m)
        return key;
    return language.startsWith(QLatin1String("en")) ? m->nameEn : m->nameVi;
}

QString MetricCatalogue::familyName(const QString &familyKey, const QString &language) const
{
    for (const MetricFamily &f : m_families)
        if (f.key == familyKey)
            return language.startsWith(QLatin1String("en")) ? f.nameEn : f.nameVi;
    return familyKey;
}

QString MetricCatalogue::displayUnit(const QString &key, const QString &language, const QString &storedUnit) const
{
    const MetricInfo *m = find(key);
    if (!m)
        return storedUnit;
    const QString unit = storedUnit.isEmpty() ? (m->isRate ? QStringLiteral("%") : m->unit) : storedUnit;
    if (language == QLatin1String("en") && unit == m->unit && !m->unitEn.isEmpty())
        return m->unitEn;
    return unit;
}

} // namespace thp
