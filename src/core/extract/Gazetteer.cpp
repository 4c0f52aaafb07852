#include "extract/Gazetteer.h"

#include "text/Normalizer.h"

#include <QFile>
#include <QSet>

namespace thp {

namespace {

const QString kCentralKind = QStringLiteral("thanh_pho_truc_thuoc_tw");

// RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// Column lookup by header name, so the CSVs may gain columns.
struct Columns {
    QHash<QString, int> index;
    explicit Columns(const QStringList &header)
    {
        for (int i = 0; i < header.size(); ++i)
            index.insert(header.at(i).trimmed(), i);
    }
    bool has(const QString &name) const { return index.contains(name); }
    QString get(const QStringList &row, const QString &name) const
    {
        const int i = index.value(name, -1);
        return i >= 0 && i < row.size() ? Normalizer::toNfc(row.at(i).trimmed()) : QString();
    }
};

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList splitAliases(const QString &s)
{
    QStringList out;
    for (const QString &a : s.split(u';', Qt::SkipEmptyParts)) {
        const QString t = a.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// Prefixes a caller may leave on a name ("tỉnh Thanh Hóa", "TP. Hồ Chí Minh").
const QStringList &prefixKeys()
{
    static const QStringList p = {
        Gazetteer::lookupKey(QStringLiteral("thành phố")), Gazetteer::lookupKey(QStringLiteral("tỉnh")),
        Gazetteer::lookupKey(QStringLiteral("TP")), Gazetteer::lookupKey(QStringLiteral("T.P")),
    };
    return p;
}

QString tonesOf(const QString &phrase)
{
    const KeyedText kt(Normalizer::toNfc(phrase));
    QString s;
    for (qsizetype i = 0; i < kt.size(); ++i)
        s.append(QChar(u'0' + PhraseKey::toneOf(kt.word(i))));
    return s;
}

} // namespace

bool ProvinceInfo::isCentralCity() const
{
    return kind == kCentralKind;
}

bool ProvinceInfo::validIn(int year) const
{
    return year <= 0 || ((validFrom == 0 || year >= validFrom) && (validTo == 0 || year <= validTo));
}

bool DistrictInfo::validIn(int year) const
{
    return year <= 0 || ((validFrom == 0 || year >= validFrom) && (validTo == 0 || year <= validTo));
}

QString Gazetteer::lookupKey(const QString &name)
{
    const KeyedText kt(Normalizer::toNfc(name));
    QString out;
    for (qsizetype i = 0; i < kt.size(); ++i) {
        if (i)
            out.append(u' ');
        out.append(kt.keyWord(i));
    }
    return out;
}

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer g = [] {
        Gazetteer loaded;
        QString error;
        if (!parse(readResource(QStringLiteral(":/tonghop/gazetteer/provinces.csv")),
                   readResource(QStringLiteral(":/tonghop/gazetteer/districts.csv")), loaded, &error))
            qWarning("Gazetteer: %s", qPrintable(error));
        return loaded;
    }();
    return g;
}

bool Gazetteer::parse(const QString &provincesCsv, const QString &districtsCsv, Gazetteer &into,
                      QString *errorOut)
{
    into = Gazetteer();
    const QList<QStringList> prows = parseCsv(provincesCsv);
    if (prows.isEmpty()) {
        if (errorOut)
            *errorOut = QStringLiteral("provinces.csv is empty or missing");
        return false;
    }
    const Columns pc(prows.first());
    if (!pc.has(QStringLiteral("name")) || !pc.has(QStringLiteral("merged_into_2025"))) {
        if (errorOut)
            *errorOut = QStringLiteral("provinces.csv lacks the name or merged_into_2025 column");
        return false;
    }
    for (qsizetype r = 1; r < prows.size(); ++r) {
        const QStringList &row = prows.at(r);
        ProvinceInfo p;
        p.name = pc.get(row, QStringLiteral("name"));
        if (p.name.isEmpty())
            continue;
        p.kind = pc.get(row, QStringLiteral("kind"));
        p.ascii = pc.get(row, QStringLiteral("ascii"));
        p.aliases = splitAliases(pc.get(row, QStringLiteral("aliases")));
        p.validFrom = pc.get(row, QStringLiteral("valid_from")).toInt();
        p.validTo = pc.get(row, QStringLiteral("valid_to")).toInt();
        p.mergedInto2025 = pc.get(row, QStringLiteral("merged_into_2025"));
        if (p.mergedInto2025.isEmpty() && p.validTo == 0)
            p.mergedInto2025 = p.name;
        p.region = pc.get(row, QStringLiteral("region"));
        p.capital = pc.get(row, QStringLiteral("capital"));
        into.m_provinces.append(p);
    }

    const QList<QStringList> drows = parseCsv(districtsCsv);
    if (!drows.isEmpty()) {
        const Columns dc(drows.first());
        for (qsizetype r = 1; r < drows.size(); ++r) {
            const QStringList &row = drows.at(r);
            DistrictInfo d;
            d.name = dc.get(row, QStringLiteral("name"));
            d.province = dc.get(row, QStringLiteral("province"));
            if (d.name.isEmpty() || d.province.isEmpty())
                continue;
            d.kind = dc.get(row, QStringLiteral("kind"));
            d.validFrom = dc.get(row, QStringLiteral("valid_from")).toInt();
            d.validTo = dc.get(row, QStringLiteral("valid_to")).toInt();
            d.ambiguous = dc.get(row, QStringLiteral("ambiguous")) == u"yes";
            into.m_districts.append(d);
        }
        // District aliases (GSO spellings, old-style tones) are indexed below.
        into.buildIndexes();
        for (qsizetype r = 1; r < drows.size(); ++r) {
            const QStringList &row = drows.at(r);
            const QString aliases = dc.get(row, QStringLiteral("aliases"));
            if (aliases.isEmpty())
                continue;
            const QString name = dc.get(row, QStringLiteral("name"));
            const QString prov = dc.get(row, QStringLiteral("province"));
            const QString kind = dc.get(row, QStringLiteral("kind"));
            for (int di = 0; di < into.m_districts.size(); ++di) {
                const DistrictInfo &d = into.m_districts.at(di);
                if (d.name == name && d.province == prov && d.kind == kind) {
                    for (const QString &a : splitAliases(aliases)) {
                        into.m_districtByKey[lookupKey(a)].append(di);
                        into.addName(a, -1, di);
                    }
                }
            }
        }
    } else {
        into.buildIndexes();
    }
    return true;
}

void Gazetteer::addName(const QString &phrase, int province, int district)
{
    const QString key = lookupKey(phrase);
    if (key.isEmpty())
        return;
    const QString entryKey = key + u'|' + tonesOf(phrase);
    int payload = m_entryByKey.value(entryKey, -1);
    if (payload < 0) {
        payload = int(m_entries.size());
        NameEntry e;
        e.display = phrase;
        e.cityPrefixed = key.startsWith(QStringLiteral("tp ")) || key.startsWith(QStringLiteral("tphcm"));
        m_entries.append(e);
        m_entryByKey.insert(entryKey, payload);
        m_names.add(phrase, payload);
    }
    NameEntry &e = m_entries[payload];
    if (province >= 0 && !e.provinces.contains(province))
        e.provinces.append(province);
    if (district >= 0 && !e.districts.contains(district))
        e.districts.append(district);
}

void Gazetteer::buildIndexes()
{
    for (int i = 0; i < m_provinces.size(); ++i)
        m_provinceByKey[lookupKey(m_provinces.at(i).name)].append(i);
    for (int i = 0; i < m_provinces.size(); ++i) {
        const ProvinceInfo &p = m_provinces.at(i);
        for (const QString &a : p.aliases) {
            QList<int> &list = m_provinceByKey[lookupKey(a)];
            if (!list.contains(i))
                list.append(i);
        }
        addName(p.name, i, -1);
        for (const QString &a : p.aliases)
            addName(a, i, -1);
    }
    for (int i = 0; i < m_districts.size(); ++i) {
        m_districtByKey[lookupKey(m_districts.at(i).name)].append(i);
        addName(m_districts.at(i).name, -1, i);
    }
}

const ProvinceInfo *Gazetteer::province(const QString &nameOrAlias) const
{
    return provinceOn(nameOrAlias, 0);
}

const ProvinceInfo *Gazetteer::provinceOn(const QString &nameOrAlias, int year) const
{
    QString key = lookupKey(nameOrAlias);
    QList<int> found = m_provinceByKey.value(key);
    qsizetype strippedWords = 0;
    for (int round = 0; found.isEmpty() && round < 2; ++round) {
        // Strip a prefix ("tỉnh", "TP", "Thành phố") and retry.
        bool stripped = false;
        for (const QString &p : prefixKeys()) {
            if (key.startsWith(p + u' ')) {
                key = key.mid(p.size() + 1);
                strippedWords += p.count(u' ') + 1;
                stripped = true;
                break;
            }
        }
        if (!stripped)
            break;
        found = m_provinceByKey.value(key);
    }
    // Tones must agree (placement aside): "Thạnh Hóa" is a district, not Thanh Hóa. Text
    // typed without any diacritics ("Ha Noi") is matched on the ASCII spelling instead.
    const QString nfc = Normalizer::toNfc(nameOrAlias);
    bool ascii = true;
    for (const QChar c : nfc)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii && found.isEmpty()) {
        const QString folded = lookupKey(Normalizer::searchFold(nfc));
        for (int i = 0; i < m_provinces.size(); ++i) {
            const ProvinceInfo &p = m_provinces.at(i);
            bool hit = lookupKey(Normalizer::searchFold(p.name)) == folded
                || folded.endsWith(u' ' + lookupKey(Normalizer::searchFold(p.name)));
            for (const QString &a : p.aliases)
                hit = hit || lookupKey(Normalizer::searchFold(a)) == folded;
            if (hit)
                found.append(i);
        }
    } else if (!ascii) {
        const QString tones = tonesOf(nfc).mid(strippedWords);
        QList<int> agreeing;
        for (int i : std::as_const(found)) {
            const ProvinceInfo &p = m_provinces.at(i);
            bool ok = lookupKey(p.name) == key && tonesOf(p.name) == tones;
            for (const QString &a : p.aliases)
                ok = ok || (lookupKey(a) == key && tonesOf(a) == tones);
            if (ok)
                agreeing.append(i);
        }
        found = agreeing;
    }
    if (found.isEmpty())
        return nullptr;
    if (year > 0) {
        for (int i : std::as_const(found)) {
            if (m_provinces.at(i).validIn(year))
                return &m_provinces.at(i);
        }
    }
    return &m_provinces.at(found.first());
}

QString Gazetteer::province2025(const QString &provinceName) const
{
    const ProvinceInfo *p = province(provinceName);
    return p ? p->mergedInto2025 : QString();
}

bool Gazetteer::isCentralCity(const QString &name, int year) const
{
    const ProvinceInfo *p = provinceOn(name, year);
    return p && p->isCentralCity() && p->validIn(year);
}

QList<const DistrictInfo *> Gazetteer::districts(const QString &name) const
{
    QList<const DistrictInfo *> out;
    QString key = lookupKey(name);
    static const QStringList kindPrefixes = {
        lookupKey(QStringLiteral("huyện")), lookupKey(QStringLiteral("quận")),
        lookupKey(QStringLiteral("thị xã")), lookupKey(QStringLiteral("thành phố")),
        lookupKey(QStringLiteral("TP")),
    };
    QList<int> found = m_districtByKey.value(key);
    if (found.isEmpty()) {
        for (const QString &p : kindPrefixes) {
            if (key.startsWith(p + u' ')) {
                found = m_districtByKey.value(key.mid(p.size() + 1));
                break;
            }
        }
    }
    for (int i : found)
        out.append(&m_districts.at(i));
    return out;
}

QStringList Gazetteer::provinceNames2025() const
{
    QStringList out;
    for (const ProvinceInfo &p : m_provinces) {
        if (p.validTo == 0)
            out.append(p.name);
    }
    return out;
}

QStringList Gazetteer::provinceNamesBefore2025() const
{
    QStringList out;
    for (const ProvinceInfo &p : m_provinces) {
        if (p.validIn(2024))
            out.append(p.name);
    }
    return out;
}

} // namespace thp
