#include "text/Normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>

namespace thp::Normalizer {

namespace {

// Precomputed fold for U+0000..U+1FFF (covers Latin, Latin Extended and Vietnamese
// U+1EA0..U+1EF9). Built once from ICU's decomposition so no table is typed by hand.
struct FoldTables {
    std::array<char16_t, 0x2000> key{};
    std::array<char16_t, 0x2000> search{};
    FoldTables()
    {
        UErrorCode st = U_ZERO_ERROR;
        const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(st);
        const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(st);
        for (char32_t c = 0; c < 0x2000; ++c) {
            char16_t k = char16_t(c);
            char16_t s = char16_t(c);
            if (U_SUCCESS(st) && c >= 0x80) {
                icu::UnicodeString d;
                nfd->normalize(icu::UnicodeString(UChar32(c)), d, st);
                // Drop the five Vietnamese tone marks, keep vowel-quality marks.
                icu::UnicodeString kept, bare;
                for (int i = 0; i < d.length(); ++i) {
                    const char16_t u = d.charAt(i);
                    const bool tone = u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
                    const bool mark = u >= 0x0300 && u <= 0x036F;
                    if (!tone)
                        kept.append(u);
                    if (!mark)
                        bare.append(u);
                }
                icu::UnicodeString kc;
                nfc->normalize(kept, kc, st);
                if (kc.length() == 1)
                    k = kc.charAt(0);
                if (bare.length() == 1)
                    s = bare.charAt(0);
            }
            key[c] = char16_t(QChar(k).toLower().unicode());
            search[c] = char16_t(QChar(s).toLower().unicode());
        }
        key[0xA0] = search[0xA0] = u' ';
        search[0x0111] = search[0x0110] = u'd'; // đ does not decompose
    }
};

const FoldTables &tables()
{
    static const FoldTables t;
    return t;
}

} // namespace

QString toNfc(const QString &text)
{
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(st);
    if (U_FAILURE(st))
        return text;
    // Repair what would break offsets or storage: NUL, lone surrogates.
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.unicode() == 0) {
            clean[i] = QLatin1Char(' ');
        } else if (c.isHighSurrogate()) {
            if (i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate())
                ++i;
            else
                clean[i] = QChar::ReplacementCharacter;
        } else if (c.isLowSurrogate()) {
            clean[i] = QChar::ReplacementCharacter;
        }
    }
    const icu::UnicodeString src(false, reinterpret_cast<const UChar *>(clean.utf16()), int32_t(clean.size()));
    if (nfc->isNormalized(src, st) && U_SUCCESS(st))
        return clean;
    st = U_ZERO_ERROR;
    icu::UnicodeString dst;
    nfc->normalize(src, dst, st);
    if (U_FAILURE(st))
        return clean;
    return QString(reinterpret_cast<const QChar *>(dst.getBuffer()), dst.length());
}

QChar matchKeyChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x2000)
        return QChar(tables().key[u]);
    return c.toLower();
}

QString matchKey(const QString &nfcText)
{
    const auto &t = tables().key;
    QString out(nfcText.size(), Qt::Uninitialized);
    const char16_t *src = reinterpret_cast<const char16_t *>(nfcText.utf16());
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < nfcText.size(); ++i) {
        const char16_t u = src[i];
        dst[i] = u < 0x2000 ? t[u] : char16_t(QChar(u).toLower().unicode());
    }
    return out;
}

QString searchFold(const QString &text)
{
    const QString nfc = toNfc(text);
    const auto &t = tables().search;
    QString out(nfc.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const char16_t u = nfc.at(i).unicode();
        out[i] = QChar(u < 0x2000 ? t[u] : char16_t(QChar(u).toLower().unicode()));
    }
    return out;
}

} // namespace thp::Normalizer
