#include "importers/LegacyVietnamese.h"

#include <QFile>
#include <QList>

namespace thp {

namespace {

// windows-1252 0x80..0x9F; the five undefined bytes keep their C1 code point.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Row {
    QByteArray bytes;
    char16_t letter = 0;
    bool both = false;
};

QList<Row> readTable(const QString &resource)
{
    QList<Row> rows;
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> cols = lines.at(i).split('\t');
        if (cols.size() < 5)
            continue;
        Row r;
        for (const QByteArray &hex : cols.at(1).split(' '))
            r.bytes.append(char(hex.toInt(nullptr, 16)));
        const QString letter = QString::fromUtf8(cols.at(2));
        if (letter.size() != 1 || r.bytes.isEmpty())
            continue;
        r.letter = letter.at(0).unicode();
        r.both = cols.at(4) == "both";
        rows.append(r);
    }
    return rows;
}

} // namespace

char16_t LegacyCodec::windows1252(unsigned char byte)
{
    return (byte >= 0x80 && byte < 0xA0) ? kCp1252High[byte - 0x80] : char16_t(byte);
}

int LegacyCodec::byteOf(char16_t unit)
{
    if (unit < 0x100)
        return unit;
    for (int i = 0; i < 32; ++i) {
        if (kCp1252High[size_t(i)] == unit)
            return 0x80 + i;
    }
    return -1;
}

LegacyCodec::LegacyCodec(Kind kind)
    : m_kind(kind)
{
    for (int b = 0; b < 256; ++b)
        m_single[size_t(b)] = windows1252(uchar(b));
    if (kind == Kind::Vni)
        m_pair.assign(0x10000, 0);

    const QList<Row> rows = readTable(kind == Kind::Tcvn3 ? QStringLiteral(":/tonghop/encodings/tcvn3.tsv")
                                                          : QStringLiteral(":/tonghop/encodings/vni.tsv"));
    m_valid = rows.size() >= 134;
    for (const Row &r : rows) {
        if (!m_encode.contains(r.letter) || r.both)
            m_encode.insert(r.letter, r.bytes);
        if (!r.both)
            continue;
        if (r.bytes.size() == 1) {
            m_single[uchar(r.bytes.at(0))] = r.letter;
        } else if (r.bytes.size() == 2 && kind == Kind::Vni) {
            const uchar b1 = uchar(r.bytes.at(0));
            const uchar b2 = uchar(r.bytes.at(1));
            m_pair[size_t(b1 << 8 | b2)] = r.letter;
        }
    }
    if (kind == Kind::Vni) {
        // Be lenient about the case of the mark byte ("Aù", "aÙ"): the base letter decides the
        // case. Mark bytes come in pairs 0x20 apart, as in windows-1252.
        std::vector<char16_t> lenient = m_pair;
        for (int key = 0; key < 0x10000; ++key) {
            if (!m_pair[size_t(key)])
                continue;
            const int mark = key & 0xFF;
            const int other = (key & 0xFF00) | (mark >= 0xE0 ? mark - 0x20 : mark + 0x20);
            if ((mark >= 0xC0) && !m_pair[size_t(other)] && !lenient[size_t(other)])
                lenient[size_t(other)] = m_pair[size_t(key)];
        }
        m_pair.swap(lenient);
    }
}

const LegacyCodec &LegacyCodec::tcvn3()
{
    static const LegacyCodec codec(Kind::Tcvn3);
    return codec;
}

const LegacyCodec &LegacyCodec::vni()
{
    static const LegacyCodec codec(Kind::Vni);
    return codec;
}

QString LegacyCodec::name() const
{
    return m_kind == Kind::Tcvn3 ? QStringLiteral("TCVN3") : QStringLiteral("VNI");
}

namespace {

// One pass, longest match first, straight into a preallocated QString. unitAt(i) gives the
// byte (< 0x100) or a code point that passes through unchanged.
template<typename UnitAt>
QString decodeWith(const std::array<char16_t, 256> &single, const std::vector<char16_t> &pair, qsizetype n,
                   UnitAt unitAt)
{
    QString out(n, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype o = 0;
    const char16_t *pairs = pair.empty() ? nullptr : pair.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = unitAt(i);
        if (u >= 0x100) {
            dst[o++] = u;
            continue;
        }
        if (pairs && i + 1 < n) {
            const char16_t next = unitAt(i + 1);
            if (next < 0x100) {
                const char16_t p = pairs[size_t(u) << 8 | next];
                if (p) {
                    dst[o++] = p;
                    ++i;
                    continue;
                }
            }
        }
        dst[o++] = single[u];
    }
    out.truncate(o);
    return out;
}

} // namespace

QString LegacyCodec::decode(const QByteArray &bytes) const
{
    const uchar *b = reinterpret_cast<const uchar *>(bytes.constData());
    return decodeWith(m_single, m_pair, bytes.size(), [b](qsizetype i) { return char16_t(b[i]); });
}

QString LegacyCodec::decodeLatin(QStringView text) const
{
    const char16_t *t = text.utf16();
    return decodeWith(m_single, m_pair, text.size(), [t](qsizetype i) {
        const char16_t u = t[i];
        if (u < 0x100)
            return u;
        const int b = byteOf(u);
        return b >= 0 ? char16_t(b) : u;
    });
}

QByteArray LegacyCodec::encode(QStringView nfcText, int *unmappable) const
{
    QByteArray out;
    out.reserve(nfcText.size() * 2);
    int bad = 0;
    for (const QChar c : nfcText) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(char(u));
            continue;
        }
        const auto it = m_encode.constFind(u);
        if (it != m_encode.cend()) {
            out.append(*it);
            continue;
        }
        // Other windows-1252 characters survive only if their byte is not a letter here.
        const int b = byteOf(u);
        if (b >= 0x80 && m_single[size_t(b)] == windows1252(uchar(b))
            && (m_pair.empty() || b < 0xC0)) {
            out.append(char(b));
            continue;
        }
        out.append('?');
        ++bad;
    }
    if (unmappable)
        *unmappable = bad;
    return out;
}

void LegacyCodec::applyCapitalLineRule(QString &decoded)
{
    qsizetype start = 0;
    const qsizetype n = decoded.size();
    while (start < n) {
        qsizetype end = decoded.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = n;
        int asciiUpper = 0;
        bool asciiLower = false;
        bool legacyLower = false;
        for (qsizetype i = start; i < end && !asciiLower; ++i) {
            const char16_t u = decoded.at(i).unicode();
            if (u >= u'a' && u <= u'z')
                asciiLower = true;
            else if (u >= u'A' && u <= u'Z')
                ++asciiUpper;
            else if (u >= 0xA0 && decoded.at(i).isLower())
                legacyLower = true;
        }
        if (!asciiLower && asciiUpper >= 2 && legacyLower) {
            const QString upper = decoded.mid(start, end - start).toUpper();
            if (upper.size() == end - start)
                decoded.replace(start, end - start, upper);
        }
        start = end + 1;
    }
}

} // namespace thp
