#pragma once
// Vietnam's provinces (63 before 2025, 34 after) and district-level units (2010–2025), loaded
// once from the bundled CSVs (resources/gazetteer/, see ../shared/reference/SOURCES.md).
// Lookups are tolerant of case, tone placement, "tỉnh"/"TP."/"Thành phố" prefixes and
// hyphen/dash variants; names are returned as written in the CSV (NFC, new-style tones).

#include "extract/PhraseIndex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace thp {

struct ProvinceInfo {
    QString name;           // "Thừa Thiên Huế"
    QString kind;           // "tinh" or "thanh_pho_truc_thuoc_tw"
    QString ascii;
    QStringList aliases;
    int validFrom = 0;      // 0 = before 2008
    int validTo = 0;        // last calendar year it existed; 0 = still exists
    QString mergedInto2025; // the 2025 unit it belongs to
    QString region;
    QString capital;
    bool isCentralCity() const; // kind is a centrally-run city (whatever the year)
    bool validIn(int year) const; // year 0 = any
};

struct DistrictInfo {
    QString name;     // "Nam Định", "Quận 1"
    QString kind;     // "quan", "huyen", "thi_xa", "thanh_pho"
    QString province; // a ProvinceInfo::name
    int validFrom = 0;
    int validTo = 0;
    bool ambiguous = false; // the CSV's flag: the name is used by another unit
    bool validIn(int year) const;
};

class Gazetteer
{
public:
    static const Gazetteer &instance(); // loaded once from the resources

    // For tests and tools: load from CSV text; errorOut gets the reason when it fails.
    static bool parse(const QString &provincesCsv, const QString &districtsCsv, Gazetteer &into,
                      QString *errorOut = nullptr);

    const QList<ProvinceInfo> &provinces() const { return m_provinces; }
    const QList<DistrictInfo> &districtList() const { return m_districts; }

    // Name or alias, tolerant; nullptr when unknown. "Huế" is the 2025 city; use
    // provinceOn() to get the unit a name meant in a given year.
    const ProvinceInfo *province(const QString &nameOrAlias) const;
    // The unit the name denoted in that year ("Huế" in 2020 → Thừa Thiên Huế).
    const ProvinceInfo *provinceOn(const QString &nameOrAlias, int year) const;
    QString province2025(const QString &provinceName) const; // "Bắc Giang" → "Bắc Ninh"
    bool isCentralCity(const QString &name, int year) const;  // Huế only from 2025
    QList<const DistrictInfo *> districts(const QString &name) const;
    QStringList provinceNames2025() const; // the 34
    QStringList provinceNamesBefore2025() const; // the 63

    // For scanning texts: every province name, alias and district name in one word trie.
    struct NameEntry {
        QString display;          // the phrase as listed
        QList<int> provinces;     // indexes into provinces()
        QList<int> districts;     // indexes into districtList()
        bool cityPrefixed = false; // the alias itself carries "TP" ("TP.HCM")
    };
    const PhraseIndex &names() const { return m_names; }
    const NameEntry &nameEntry(int payload) const { return m_entries.at(payload); }

    // Lookup key: matchKey'd words joined by one space ("Bà Rịa–Vũng Tàu" → "ba ria vung tau").
    static QString lookupKey(const QString &name);

private:
    void buildIndexes();
    void addName(const QString &phrase, int province, int district);

    QList<ProvinceInfo> m_provinces;
    QList<DistrictInfo> m_districts;
    QHash<QString, QList<int>> m_provinceByKey; // names first, then aliases
    QHash<QString, QList<int>> m_districtByKey;
    QHash<QString, int> m_entryByKey;
    QList<NameEntry> m_entries;
    PhraseIndex m_names;
};

} // namespace thp
