#include "importers/TextDecoder.h"

#include "importers/LegacyVietnamese.h"
#include "importers/VietnameseScore.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace thp {

namespace {

constexpr qsizetype kSampleBytes = 256 * 1024; // enough to score, cheap on big files

QByteArray sampleOf(const QByteArray &bytes)
{
    if (bytes.size() <= kSampleBytes)
        return bytes;
    qsizetype cut = bytes.lastIndexOf('\n', kSampleBytes);
    if (cut < kSampleBytes / 2)
        cut = kSampleBytes;
    return bytes.left(cut);
}

// Length of the valid UTF-8 prefix (the whole size when valid): stops at the first bad
// byte, so a legacy file is told apart from UTF-8 after a few lines, not after decoding it all.
qsizetype validUtf8Prefix(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII eight bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2; min = 0x80; cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3; min = 0x800; cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4; min = 0x10000; cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const uchar cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return n;
}

// windows-1258 in one pass: a byte table (read once from ICU's converter, so no table is typed
// by hand) and the tone-mark bytes composed onto the letter before them as they come, so that
// the NFC check afterwards finds nothing left to do.
class Windows1258
{
public:
    static const Windows1258 &instance()
    {
        static const Windows1258 codec;
        return codec;
    }
    bool isValid() const { return m_valid; }

    QString decode(const QByteArray &bytes, bool *lossy) const
    {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
        const qsizetype n = bytes.size();
        QString out(n, Qt::Uninitialized);
        char16_t *dst = reinterpret_cast<char16_t *>(out.data());
        qsizetype o = 0;
        bool bad = false;
        for (qsizetype i = 0; i < n; ++i) {
            const uchar b = p[i];
            const char16_t u = m_byte[b];
            if (m_toneIndex[b] >= 0 && o > 0) {
                const char16_t prev = dst[o - 1];
                const char16_t composed = prev < 0x200 ? m_compose[size_t(prev)][size_t(m_toneIndex[b])] : 0;
                if (composed) {
                    dst[o - 1] = composed;
                    continue;
                }
            }
            bad = bad || u == 0xFFFD || u == 0x1A;
            dst[o++] = u;
        }
        out.truncate(o);
        if (lossy)
            *lossy = bad;
        return out;
    }

private:
    Windows1258()
    {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<UConverter, void (*)(UConverter *)> cnv(ucnv_open("windows-1258", &st), ucnv_close);
        const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(st);
        if (U_FAILURE(st) || !cnv || !nfc)
            return;
        m_toneIndex.fill(-1);
        for (int b = 0; b < 256; ++b) {
            const char in = char(b);
            UChar buf[4];
            st = U_ZERO_ERROR;
            const int32_t len = ucnv_toUChars(cnv.get(), buf, 4, &in, 1, &st);
            if (U_FAILURE(st) || len != 1)
                return;
            m_byte[size_t(b)] = buf[0];
        }
        // The combining marks the code page has (the five tones); compose them onto any
        // letter below U+0200 that the code page can spell (â, ê, ơ, ư, ...).
        int tones = 0;
        for (int b = 0; b < 256 && tones < kMaxTones; ++b) {
            const char16_t u = m_byte[size_t(b)];
            if (u >= 0x0300 && u <= 0x036F)
                m_toneIndex[size_t(b)] = tones++;
        }
        for (int b = 0; b < 256; ++b) {
            if (m_toneIndex[size_t(b)] < 0)
                continue;
            for (char16_t base = 0x20; base < 0x200; ++base) {
                const UChar32 c = nfc->composePair(base, m_byte[size_t(b)]);
                if (c > 0 && c < 0x10000)
                    m_compose[base][size_t(m_toneIndex[size_t(b)])] = char16_t(c);
            }
        }
        m_valid = true;
    }

    static constexpr int kMaxTones = 8;
    bool m_valid = false;
    std::array<char16_t, 256> m_byte{};
    std::array<int, 256> m_toneIndex{};
    std::array<std::array<char16_t, kMaxTones>, 0x200> m_compose{};
};

QString icuDecode(const QByteArray &bytes, const QByteArray &name, bool *lossy, bool *unknown)
{
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> cnv(ucnv_open(name.constData(), &st), ucnv_close);
    if (U_FAILURE(st) || !cnv) {
        *unknown = true;
        return {};
    }
    *unknown = false;
    const qsizetype cap = bytes.size() + 16;
    QString out(cap, Qt::Uninitialized);
    st = U_ZERO_ERROR;
    int32_t n = ucnv_toUChars(cnv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(cap),
                              bytes.constData(), int32_t(bytes.size()), &st);
    if (st == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(n + 1);
        st = U_ZERO_ERROR;
        n = ucnv_toUChars(cnv.get(), reinterpret_cast<UChar *>(out.data()), n + 1, bytes.constData(),
                          int32_t(bytes.size()), &st);
    }
    if (U_FAILURE(st))
        return {};
    out.truncate(n);
    if (lossy)
        *lossy = out.contains(QChar(0xFFFD)) || out.contains(QChar(0x1A));
    return out;
}

QString utf8(const QByteArray &bytes, bool *lossy)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = dec.decode(bytes);
    if (lossy)
        *lossy = dec.hasError();
    return s;
}

} // namespace

QString TextDecoder::canonicalName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('_'));
    if (n.isEmpty())
        return {};
    if (n == u"utf-8" || n == u"utf8")
        return QStringLiteral("UTF-8");
    if (n == u"utf-16le" || n == u"utf16le")
        return QStringLiteral("UTF-16LE");
    if (n == u"utf-16be" || n == u"utf16be")
        return QStringLiteral("UTF-16BE");
    if (n == u"utf-16" || n == u"utf16" || n == u"unicode")
        return QStringLiteral("UTF-16");
    if (n == u"windows-1258" || n == u"cp1258" || n == u"windows1258" || n == u"x-cp1258")
        return QStringLiteral("windows-1258");
    if (n == u"tcvn3" || n == u"tcvn" || n == u"abc" || n == u"tcvn-3" || n == u"vntime" || n == u".vntime")
        return QStringLiteral("TCVN3");
    if (n == u"vni" || n == u"vni-windows" || n == u"vniwin" || n == u"vni-win")
        return QStringLiteral("VNI");
    // Anything ICU knows (windows-1252, ISO-8859-1, ...), by its canonical name.
    UErrorCode st = U_ZERO_ERROR;
    const QByteArray latin = n.toLatin1();
    const char *canon = ucnv_getCanonicalName(latin.constData(), "", &st);
    if (U_SUCCESS(st) && canon && *canon) {
        std::unique_ptr<UConverter, void (*)(UConverter *)> cnv(ucnv_open(latin.constData(), &st), ucnv_close);
        if (U_SUCCESS(st) && cnv)
            return name.trimmed();
    }
    return {};
}

bool TextDecoder::isUtf8(const QByteArray &bytes)
{
    return validUtf8Prefix(bytes) == bytes.size();
}

QString TextDecoder::utf16Kind(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    // Without BOM: Vietnamese and ASCII text in UTF-16 has a zero high byte on most spaces,
    // digits and ASCII letters, always at the same parity.
    const qsizetype n = qMin<qsizetype>(head.size(), 8192) & ~qsizetype(1);
    if (n < 4)
        return {};
    int evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += head.at(i) == 0;
        oddZero += head.at(i + 1) == 0;
    }
    const int pairs = int(n / 2);
    if (oddZero * 5 >= pairs && evenZero * 50 <= pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZero * 5 >= pairs && oddZero * 50 <= pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

bool TextDecoder::looksBinary(QStringView decoded)
{
    const qsizetype n = qMin<qsizetype>(decoded.size(), 65536);
    if (n == 0)
        return false;
    qsizetype bad = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = decoded.at(i).unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v') || u == 0xFFFD
            || (u >= 0x7F && u < 0xA0 && u != 0x85))
            ++bad;
    }
    return bad * 20 > n; // more than 5 %
}

QString TextDecoder::decodeAs(const QByteArray &bytes, const QString &encoding, bool *lossy, QString *error)
{
    if (lossy)
        *lossy = false;
    const QString canon = canonicalName(encoding);
    if (canon.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("thp::TextDecoder", "unknown encoding \"%1\"").arg(encoding);
        return {};
    }
    QString text;
    if (canon == u"UTF-8") {
        text = utf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes, lossy);
    } else if (canon == u"UTF-16LE" || canon == u"UTF-16BE" || canon == u"UTF-16") {
        QByteArray body = bytes;
        bool little = canon != u"UTF-16BE";
        if (body.startsWith("\xFF\xFE")) {
            little = true;
            body.remove(0, 2);
        } else if (body.startsWith("\xFE\xFF")) {
            little = false;
            body.remove(0, 2);
        }
        QStringDecoder dec(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        text = dec.decode(body);
        if (lossy)
            *lossy = dec.hasError();
    } else if (canon == u"TCVN3") {
        text = LegacyCodec::tcvn3().decode(bytes);
        LegacyCodec::applyCapitalLineRule(text);
    } else if (canon == u"VNI") {
        text = LegacyCodec::vni().decode(bytes);
    } else if (canon == u"windows-1258" && Windows1258::instance().isValid()) {
        text = Windows1258::instance().decode(bytes, lossy);
    } else {
        bool unknown = false;
        text = icuDecode(bytes, canon.toLatin1(), lossy, &unknown);
        if (unknown) {
            if (error)
                *error = QCoreApplication::translate("thp::TextDecoder", "unknown encoding \"%1\"").arg(encoding);
            return {};
        }
    }
    return Normalizer::toNfc(text);
}

QString TextDecoder::detect(const QByteArray &bytes, QStringList *warnings)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    const QString u16 = utf16Kind(bytes.left(8192));
    if (!u16.isEmpty())
        return u16;
    if (validUtf8Prefix(bytes) == bytes.size())
        return QStringLiteral("UTF-8");

    // Not UTF-8: decode a sample with every Vietnamese candidate and keep the one that reads
    // as Vietnamese. UTF-8 with a few broken bytes stays a candidate.
    const QByteArray sample = sampleOf(bytes);
    struct Candidate {
        QString name;
        double share;
    };
    std::vector<Candidate> cands;
    for (const QString &name : {QStringLiteral("UTF-8"), QStringLiteral("windows-1258"), QStringLiteral("TCVN3"),
                                QStringLiteral("VNI")}) {
        const QString text = decodeAs(sample, name);
        cands.push_back({name, VietnameseScore::score(text).share});
    }
    std::sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) { return a.share > b.share; });
    if (cands[0].share >= 0.9 && cands[0].share - cands[1].share >= 0.1) {
        if (cands[0].name == u"UTF-8" && warnings)
            *warnings << QCoreApplication::translate("thp::TextDecoder", "invalid UTF-8 bytes were replaced");
        return cands[0].name;
    }
    if (cands[0].share >= 0.6 && cands[0].share - cands[1].share >= 0.2) {
        if (warnings)
            *warnings << QCoreApplication::translate("thp::TextDecoder", "encoding guessed as %1 (uncertain); choose the encoding if the text looks wrong")
                             .arg(cands[0].name);
        return cands[0].name;
    }

    // Not Vietnamese legacy: ask ICU's detector, default to windows-1252.
    QString guess = QStringLiteral("windows-1252");
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&st);
    if (U_SUCCESS(st)) {
        const QByteArray head = sample.left(65536);
        ucsdet_setText(det, head.constData(), int32_t(head.size()), &st);
        const UCharsetMatch *m = ucsdet_detect(det, &st);
        if (U_SUCCESS(st) && m) {
            const int conf = ucsdet_getConfidence(m, &st);
            const char *name = ucsdet_getName(m, &st);
            if (U_SUCCESS(st) && name && conf >= 30) {
                const QString n = QString::fromLatin1(name);
                if (!n.startsWith(u"UTF", Qt::CaseInsensitive) && !canonicalName(n).isEmpty())
                    guess = n;
            }
        }
        ucsdet_close(det);
    }
    if (guess == u"ISO-8859-1")
        guess = QStringLiteral("windows-1252"); // superset, same letters
    if (warnings)
        *warnings << QCoreApplication::translate("thp::TextDecoder", "not UTF-8 and not a Vietnamese encoding; read as %1").arg(guess);
    return guess;
}

QString TextDecoder::repairLegacyText(QString &text)
{
    const QStringView sample = QStringView(text).left(kSampleBytes);
    const VietnameseScore::Score now = VietnameseScore::score(sample);
    if (now.counted < 20 || now.share >= 0.5)
        return {};
    for (const LegacyCodec *codec : {&LegacyCodec::tcvn3(), &LegacyCodec::vni()}) {
        const VietnameseScore::Score s = VietnameseScore::score(codec->decodeLatin(sample));
        if (s.share >= 0.9 && s.share - now.share >= 0.3) {
            text = Normalizer::toNfc(codec->decodeLatin(text));
            if (codec->kind() == LegacyCodec::Kind::Tcvn3)
                LegacyCodec::applyCapitalLineRule(text);
            return codec->name();
        }
    }
    return {};
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    DecodedText out;
    if (!forcedEncoding.isEmpty()) {
        out.encoding = canonicalName(forcedEncoding);
        if (out.encoding.isEmpty()) {
            out.error = QCoreApplication::translate("thp::TextDecoder", "unknown encoding \"%1\"").arg(forcedEncoding);
            return out;
        }
        if (out.encoding == u"UTF-16")
            out.encoding = bytes.startsWith("\xFE\xFF") ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
    } else if (!bytes.startsWith("\xEF\xBB\xBF") && utf16Kind(bytes.left(8192)).isEmpty()) {
        // Most files are UTF-8: check (stopping at the first bad byte), decode once, and only
        // detect when that fails.
        if (validUtf8Prefix(bytes) == bytes.size()) {
            out.encoding = QStringLiteral("UTF-8");
            out.text = Normalizer::toNfc(QString::fromUtf8(bytes));
            out.ok = true;
            return out;
        }
        out.encoding = detect(bytes, &out.warnings);
    } else {
        out.encoding = detect(bytes, &out.warnings);
    }
    bool lossy = false;
    out.text = decodeAs(bytes, out.encoding, &lossy, &out.error);
    if (!out.error.isEmpty())
        return out;
    if (lossy && out.warnings.isEmpty())
        out.warnings << QCoreApplication::translate("thp::TextDecoder", "bytes that are invalid in %1 were replaced").arg(out.encoding);
    out.ok = true;
    return out;
}

} // namespace thp
