#include "importers/TextDecoder.h"

#include "importers/LegacyVietnamese.h"
#include "importers/VietnameseScore.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace thp {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("thp::TextDecoder", s);
}

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

bool validUtf8(const QByteArray &bytes, bool *hasMultibyte)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = dec.decode(bytes);
    *hasMultibyte = false;
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            *hasMultibyte = true;
            break;
        }
    }
    return !dec.hasError();
}

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
            *error = tr("unknown encoding \"%1\"").arg(encoding);
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
    } else {
        bool unknown = false;
        text = icuDecode(bytes, canon.toLatin1(), lossy, &unknown);
        if (unknown) {
            if (error)
                *error = tr("unknown encoding \"%1\"").arg(encoding);
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
    bool multibyte = false;
    if (validUtf8(bytes, &multibyte))
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
            *warnings << tr("invalid UTF-8 bytes were replaced");
        return cands[0].name;
    }
    if (cands[0].share >= 0.6 && cands[0].share - cands[1].share >= 0.2) {
        if (warnings)
            *warnings << tr("encoding guessed as %1 (uncertain); choose the encoding if the text looks wrong")
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
        *warnings << tr("not UTF-8 and not a Vietnamese encoding; read as %1").arg(guess);
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
            out.error = tr("unknown encoding \"%1\"").arg(forcedEncoding);
            return out;
        }
        if (out.encoding == u"UTF-16")
            out.encoding = bytes.startsWith("\xFE\xFF") ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
    } else if (!bytes.startsWith("\xEF\xBB\xBF") && utf16Kind(bytes.left(8192)).isEmpty()) {
        // Most files are UTF-8: decode once, and only detect when that fails.
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = dec.decode(bytes);
        if (!dec.hasError()) {
            out.encoding = QStringLiteral("UTF-8");
            out.text = Normalizer::toNfc(text);
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
        out.warnings << tr("bytes that are invalid in %1 were replaced").arg(out.encoding);
    out.ok = true;
    return out;
}

} // namespace thp
