#pragma once
// The metric catalogue (resources/catalogue.json): every metric key with its family,
// kind (count or rate), counted unit and names in Vietnamese and English.

#include <QHash>
#include <QList>
#include <QString>

namespace thp {

struct MetricInfo {
    QString key;
    QString family;   // "discipline", "inspection", ...
    bool isRate = false;
    QString unit;     // in Vietnamese, as reports write it and facts store it
    QString unitEn;   // the same for the English interface
    QString nameVi;
    QString nameEn;
    QString partOf;   // metric this one is a part of (breakdown), if any
};

struct MetricFamily {
    QString key;
    QString nameVi;
    QString nameEn;
};

class MetricCatalogue
{
public:
    // The catalogue bundled in the core's resources; loaded once.
    static const MetricCatalogue &instance();

    // Parses a catalogue from JSON bytes; returns an empty catalogue and sets *error on failure.
    static MetricCatalogue fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<MetricInfo> &metrics() const { return m_metrics; }
    const QList<MetricFamily> &families() const { return m_families; }
    const MetricInfo *find(const QString &key) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }
    // Name in the given language ("vi" or "en"); the key itself if unknown.
    QString displayName(const QString &key, const QString &language = QStringLiteral("vi")) const;
    QString familyName(const QString &familyKey, const QString &language = QStringLiteral("vi")) const;
    // A figure's unit for the interface in `language`. Facts keep the unit as the report wrote
    // it (Vietnamese); the English interface shows the catalogue's English word when the
    // stored unit is the catalogue's own, and the stored text otherwise. With no stored unit,
    // the catalogue's ("%" for a rate).
    QString displayUnit(const QString &key, const QString &language, const QString &storedUnit = {}) const;

private:
    QList<MetricInfo> m_metrics;
    QList<MetricFamily> m_families;
    QHash<QString, qsizetype> m_index;
};

} // namespace thp
