// Importers: every format a report arrives in gives the same NFC text, and so the same facts.
// Variants of the five dev reports are built at run time (ImporterFixtures) into a temp dir.
#include "ImporterFixtures.h"

#include "extract/Extractor.h"
#include "importers/DocxImporter.h"
#include "importers/HtmlImporter.h"
#include "importers/ImporterRegistry.h"
#include "importers/LegacyVietnamese.h"
#include "importers/Paragraphs.h"
#include "importers/PdfImporter.h"
#include "importers/PdfLayout.h"
#include "importers/TextDecoder.h"
#include "importers/VietnameseScore.h"

#include "text/Normalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace thp;
using namespace thp::fixtures;

namespace {

QString legacyDir()
{
    return QStringLiteral(THP_FIXTURES_DIR "/importers/legacy");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// metric|level|value of every fact, in text order.
QStringList factKeys(const QString &text)
{
    QStringList keys;
    const ExtractionResult r = Extractor::instance().extract(text);
    for (const Fact &f : r.facts)
        keys << f.metric + QLatin1Char('|') + f.level + QLatin1Char('|') + QString::number(f.value, 'g', 12);
    return keys;
}

// TCVN3 cannot store toned capitals: they come back lower case unless the whole line is
// capitals. Same text otherwise.
bool sameButToneCapitals(const QString &decoded, const QString &original, QString *why)
{
    if (decoded.size() != original.size()) {
        *why = QStringLiteral("length %1 vs %2").arg(decoded.size()).arg(original.size());
        return false;
    }
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar d = decoded.at(i), o = original.at(i);
        if (d == o)
            continue;
        if (o.isUpper() && o.unicode() >= 0xC0 && d == o.toLower())
            continue;
        *why = QStringLiteral("at %1: got '%2' for '%3' in \"%4\"").arg(i).arg(d).arg(o).arg(original.mid(qMax<qsizetype>(0, i - 20), 40));
        return false;
    }
    return true;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // legacy encodings
    void referenceSamplesDecode();
    void legacyRoundTrip_data();
    void legacyRoundTrip();
    void vniLongestMatchAndLenientMarks();
    void tcvn3CapitalLines();
    void syllables();

    // same text from every variant
    void textVariants_data();
    void textVariants();
    void forcedEncodingOverridesDetection();
    void invalidUtf8IsAWarning();
    void invalidUtf8FarIntoALargeFile();
    void windows1258MatchesIcu();
    void paragraphsStayNfc();
    void latin1IsNotVietnamese();
    void html_data();
    void html();
    void savedNewsPage_data();
    void savedNewsPage();
    void htmlCharsetAndContentSniffing();
    void htmlWhiteSpaceInsideParagraphs();
    void docx_data();
    void docx();
    void docxTablesFontsAndStyles();
    void legacyTextWithoutLegacyFont();
    void odt();
    void pdf_data();
    void pdf();
    void officePdf_data();
    void officePdf();
    void pdfLineJoining();
    void pdfPagesReadInParallel();
    void scannedPdf();

    // bad input: a clear error, no crash, no hang
    void emptyFile();
    void missingFile();
    void tooLarge();
    void binaryGarbage_data();
    void binaryGarbage();
    void truncatedZip();
    void encryptedZip();
    void zipBomb();
    void zipWithoutDocument();
    void damagedDocumentXml();
    void encryptedPdf();
    void damagedPdf();
    void legacyDoc();
    void regressionInputs();
    void supportedSuffixes();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ImportOutcome import(const QString &name, const QByteArray &bytes, const ImportOptions &o = {})
    {
        writeFile(path(name), bytes);
        return ImporterRegistry::instance().read(path(name), o);
    }
    void compareWithOriginal(const QString &sample, const ImportOutcome &out);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_original; // sample -> NFC text as read
    QHash<QString, QString> m_expected; // sample -> normalised paragraphs
    QHash<QString, QStringList> m_facts;
};

void TestImporters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("THP_KEEP_TMP")) { // keep the generated files to look at them
        m_dir.setAutoRemove(false);
        qInfo("fixtures in %s", qPrintable(m_dir.path()));
    }
    QVERIFY(LegacyCodec::tcvn3().isValid());
    QVERIFY(LegacyCodec::vni().isValid());
    const QStringList names = sampleNames();
    QCOMPARE(names.size(), 5);
    int withFacts = 0;
    for (const QString &n : names) {
        m_original[n] = sampleText(n);
        QVERIFY(!m_original[n].isEmpty());
        m_expected[n] = Paragraphs::normalize(m_original[n]);
        m_facts[n] = factKeys(m_expected[n]);
        withFacts += m_facts[n].isEmpty() ? 0 : 1;
    }
    QVERIFY2(withFacts >= 3, "the dev reports should give figures, or the fact comparison proves nothing");
}

void TestImporters::compareWithOriginal(const QString &sample, const ImportOutcome &out)
{
    QVERIFY2(out.ok, qPrintable(out.error));
    const QString &expected = m_expected.value(sample);
    if (out.document.text != expected) {
        const QStringList got = out.document.text.split(QLatin1Char('\n'));
        const QStringList want = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMax(got.size(), want.size()); ++i) {
            const QString g = got.value(i), w = want.value(i);
            if (g != w)
                QFAIL(qPrintable(QStringLiteral("paragraph %1 differs:\n got: %2\nwant: %3").arg(i).arg(g, w)));
        }
    }
    QCOMPARE(out.document.paragraphs, int(expected.count(QLatin1Char('\n')) + 1));
    QCOMPARE(factKeys(out.document.text), m_facts.value(sample));
}

// --- legacy encodings -------------------------------------------------------------------

void TestImporters::referenceSamplesDecode()
{
    const QString original = m_original.value(QStringLiteral("an-giang-nq4-xii.txt")).left(2000);
    QCOMPARE(original.size(), 2000);

    const QString vni = LegacyCodec::vni().decode(readAll(legacyDir() + QStringLiteral("/an-giang.vni.txt")));
    QCOMPARE(vni, original);

    const QString tcvn3 = LegacyCodec::tcvn3().decode(readAll(legacyDir() + QStringLiteral("/an-giang.tcvn3.txt")));
    QCOMPARE(tcvn3.size(), original.size());
    QList<qsizetype> diffs;
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (tcvn3.at(i) != original.at(i))
            diffs << i;
    }
    // The three "Ủy viên": TCVN3 has no Ủ, the file carries ủ.
    QCOMPARE(diffs, (QList<qsizetype>{483, 505, 525}));
    for (const qsizetype i : diffs) {
        QCOMPARE(original.at(i), QChar(0x1EE6));
        QCOMPARE(tcvn3.at(i), QChar(0x1EE7));
    }

    // Through the importer: detected, not forced.
    ImportOutcome out = import(QStringLiteral("sample-vni.txt"), readAll(legacyDir() + QStringLiteral("/an-giang.vni.txt")));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("VNI"));
    QCOMPARE(out.document.text, Paragraphs::normalize(original));
    out = import(QStringLiteral("sample-tcvn3.txt"), readAll(legacyDir() + QStringLiteral("/an-giang.tcvn3.txt")));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("TCVN3"));
}

void TestImporters::legacyRoundTrip_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &n : sampleNames())
        QTest::newRow(qPrintable(n)) << n;
}

void TestImporters::legacyRoundTrip()
{
    QFETCH(QString, sample);
    const QString text = m_original.value(sample);
    int bad = -1;
    const QByteArray vni = LegacyCodec::vni().encode(text, &bad);
    QCOMPARE(bad, 0);
    QCOMPARE(LegacyCodec::vni().decode(vni), text);
    const QByteArray tcvn3 = LegacyCodec::tcvn3().encode(text, &bad);
    QCOMPARE(bad, 0);
    QString why;
    QVERIFY2(sameButToneCapitals(LegacyCodec::tcvn3().decode(tcvn3), text, &why), qPrintable(why));
}

void TestImporters::vniLongestMatchAndLenientMarks()
{
    const LegacyCodec &vni = LegacyCodec::vni();
    // "thöïc" = thực, "ñöôïc" = được: pairs before single bytes.
    QCOMPARE(vni.decode(QByteArray("th\xF6\xEF" "c \xF1\xF6\xF4\xEF" "c")), QStringLiteral("thực được"));
    // Case of the mark does not matter; the base letter decides.
    QCOMPARE(vni.decode(QByteArray("A\xF9 a\xD9")), QStringLiteral("Á á"));
    // 0x80-0x9F stay windows-1252 punctuation.
    QCOMPARE(vni.decode(QByteArray("\x93Vie\xE4t\x94 \x96 25")), QStringLiteral("“Việt” – 25"));
    // A docx run stores the windows-1252 reading; Unicode pasted into the run passes through.
    QCOMPARE(vni.decodeLatin(QStringLiteral("Vie\u00E4t Nam ệ")), QStringLiteral("Việt Nam ệ"));
}

void TestImporters::tcvn3CapitalLines()
{
    const LegacyCodec &t = LegacyCodec::tcvn3();
    // README §3.3: the capital-font heading.
    QString heading = t.decode(QByteArray("C\xE9NG HO\xB5 X\xB7 H\xE9I CH\xF1 NGH\xDC" "A VI\xD6T NAM"));
    QCOMPARE(heading, QStringLiteral("CộNG HOà Xã HộI CHủ NGHĩA VIệT NAM"));
    LegacyCodec::applyCapitalLineRule(heading);
    QCOMPARE(heading, QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    // "Uỷ ban" is the old spelling, not a capital line.
    QString uyban = t.decode(QByteArray("U\xFB ban nh\xA9n d\xA9n"));
    LegacyCodec::applyCapitalLineRule(uyban);
    QCOMPARE(uyban, QStringLiteral("Uỷ ban nhân dân"));
    // U+00AD is the letter ư: never stripped before decoding.
    QCOMPARE(t.decode(QByteArray("nh\xAD" "ng")), QStringLiteral("nhưng"));
    // Free bytes stay windows-1252: "25°C, m³".
    QCOMPARE(t.decode(QByteArray("\x93\xA7\xB6ng\x94 \x96 25\xB0" "C, m\xB3")), QStringLiteral("“Đảng” – 25°C, m³"));
}

void TestImporters::syllables()
{
    for (const char16_t *ok : {u"của", u"nghiêng", u"người", u"khuyến", u"gì", u"quốc", u"Đảng", u"giường", u"ủy", u"uỷ", u"hoà"})
        QVERIFY2(VietnameseScore::isSyllable(QStringView(ok)), qPrintable(QString::fromUtf16(ok)));
    const QString nfd = QStringLiteral("vi\u00EA\u0323t");
    QVERIFY(VietnameseScore::isSyllable(nfd));
    for (const char16_t *bad : {u"nghiÖm", u"c¸c", u"Vieät", u"thöïc", u"ñöôïc", u"Straße", u"être", u"ảá"})
        QVERIFY2(!VietnameseScore::isSyllable(QStringView(bad)), qPrintable(QString::fromUtf16(bad)));
    const auto s = VietnameseScore::score(m_original.value(QStringLiteral("nghe-an-chi-thi-05.txt")));
    QVERIFY(s.counted > 500);
    QVERIFY2(s.share > 0.97, qPrintable(QString::number(s.share)));
}

// --- text variants ----------------------------------------------------------------------

void TestImporters::textVariants_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("encoding");
    const QStringList variants = {QStringLiteral("UTF-8"), QStringLiteral("UTF-8 BOM"), QStringLiteral("UTF-8 CRLF"),
                                  QStringLiteral("NFD"), QStringLiteral("UTF-16LE BOM"), QStringLiteral("UTF-16BE BOM"),
                                  QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), QStringLiteral("windows-1258"),
                                  QStringLiteral("TCVN3"), QStringLiteral("VNI"), QStringLiteral("no extension")};
    for (const QString &n : sampleNames()) {
        for (const QString &v : variants) {
            QString enc = v.section(QLatin1Char(' '), 0, 0);
            if (v == u"NFD" || v == u"no extension")
                enc = QStringLiteral("UTF-8");
            QTest::newRow(qPrintable(n + QLatin1Char(' ') + v)) << n << v << enc;
        }
    }
}

void TestImporters::textVariants()
{
    QFETCH(QString, sample);
    QFETCH(QString, variant);
    QFETCH(QString, encoding);
    const QString text = m_original.value(sample);
    QByteArray bytes;
    if (variant == u"UTF-8" || variant == u"no extension")
        bytes = text.toUtf8();
    else if (variant == u"UTF-8 BOM")
        bytes = "\xEF\xBB\xBF" + text.toUtf8();
    else if (variant == u"UTF-8 CRLF")
        bytes = QString(text).replace(QLatin1Char('\n'), QStringLiteral("\r\n")).toUtf8();
    else if (variant == u"NFD")
        bytes = text.normalized(QString::NormalizationForm_D).toUtf8();
    else if (variant.startsWith(u"UTF-16")) {
        QStringEncoder enc(variant.startsWith(u"UTF-16LE") ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                           variant.endsWith(u"BOM") ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
        bytes = enc.encode(text);
    } else if (variant == u"windows-1258")
        bytes = encodeWindows1258(text);
    else if (variant == u"TCVN3")
        bytes = LegacyCodec::tcvn3().encode(text);
    else if (variant == u"VNI")
        bytes = LegacyCodec::vni().encode(text);
    QVERIFY(!bytes.isEmpty());
    if (variant == u"windows-1258")
        QVERIFY2(bytes.count('?') == text.count(QLatin1Char('?')), "every character must be representable in windows-1258");
    const QString name = variant == u"no extension" ? QStringLiteral("report") : QStringLiteral("v-%1.txt").arg(variant).replace(QLatin1Char(' '), QLatin1Char('_'));
    const ImportOutcome out = import(name, bytes);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, encoding);
    QCOMPARE(out.document.format, QStringLiteral("txt"));
    QVERIFY2(out.document.warnings.isEmpty(), qPrintable(out.document.warnings.join(QLatin1Char(';'))));
    if (variant == u"TCVN3") {
        QString why;
        QVERIFY2(sameButToneCapitals(out.document.text, m_expected.value(sample), &why), qPrintable(why));
        // Metrics are found on match keys (tone-less, lower case): same facts.
        QCOMPARE(factKeys(out.document.text), m_facts.value(sample));
        return;
    }
    compareWithOriginal(sample, out);
    QCOMPARE(out.document.title, m_expected.value(sample).section(QLatin1Char('\n'), 0, 0).left(300));
}

void TestImporters::forcedEncodingOverridesDetection()
{
    const QString text = m_original.value(QStringLiteral("an-giang-nq4-xii.txt"));
    const QByteArray vni = LegacyCodec::vni().encode(text);
    ImportOptions o;
    o.forcedEncoding = QStringLiteral("windows-1252");
    ImportOutcome out = import(QStringLiteral("forced.txt"), vni, o);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("windows-1252"));
    QVERIFY(out.document.text.contains(QStringLiteral("Vieät")) || out.document.text.contains(QStringLiteral("nghieäm")));
    o.forcedEncoding = QStringLiteral("vni");
    out = import(QStringLiteral("forced.txt"), vni, o);
    QCOMPARE(out.document.encoding, QStringLiteral("VNI"));
    QCOMPARE(out.document.text, m_expected.value(QStringLiteral("an-giang-nq4-xii.txt")));
    o.forcedEncoding = QStringLiteral("klingon-8");
    out = import(QStringLiteral("forced.txt"), vni, o);
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("klingon-8")), qPrintable(out.error));
}

void TestImporters::invalidUtf8IsAWarning()
{
    const QString sample = QStringLiteral("lang-son-tu-soi-tu-sua.txt");
    QByteArray bytes = m_original.value(sample).toUtf8();
    bytes.insert(bytes.indexOf('\n') + 1, "\xC3(\xFF\xFE");
    const ImportOutcome out = import(QStringLiteral("broken-utf8.txt"), bytes);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!out.document.warnings.isEmpty());
    QVERIFY(out.document.text.contains(QChar(0xFFFD)));
    QVERIFY(out.document.text.contains(m_expected.value(sample).section(QLatin1Char('\n'), 3, 3)));
}

void TestImporters::invalidUtf8FarIntoALargeFile()
{
    // Detection looks at a sample; a bad byte after it must still be found and reported.
    const QString sample = QStringLiteral("lang-son-tu-soi-tu-sua.txt");
    QByteArray bytes = m_original.value(sample).toUtf8().repeated(80);
    QVERIFY(bytes.size() > 600 * 1024);
    bytes.insert(bytes.lastIndexOf('\n'), "\xE1\xBB"); // a truncated "ệ" near the end
    const ImportOutcome out = import(QStringLiteral("late-broken-utf8.txt"), bytes);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!out.document.warnings.isEmpty());
    const qsizetype replaced = out.document.text.count(QChar(0xFFFD)); // one per bad byte
    QVERIFY(replaced >= 1 && replaced <= 2);
    QVERIFY(out.document.text.startsWith(m_expected.value(sample).section(QLatin1Char('\n'), 0, 0)));
}

void TestImporters::windows1258MatchesIcu()
{
    // The one-pass decoder composes tone marks as it goes; it must give exactly ICU's
    // conversion followed by NFC, also for marks after digits, after a toned letter, twice.
    QRandomGenerator rng(1258);
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i)
        bytes.append(char(rng.bounded(0x20, 0x100)));
    bytes += QByteArray("a\xEC \xCC\xEC 1\xF2 \xE2\xF2\xDE \xD5\xEC x\xD2\xD2 ");
    UErrorCode st = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open("windows-1258", &st);
    QVERIFY(U_SUCCESS(st));
    QString icu(bytes.size(), Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(cnv, reinterpret_cast<UChar *>(icu.data()), int32_t(icu.size()), bytes.constData(),
                                    int32_t(bytes.size()), &st);
    ucnv_close(cnv);
    QVERIFY(U_SUCCESS(st));
    icu.truncate(n);
    const QString ours = TextDecoder::decodeAs(bytes, QStringLiteral("windows-1258"));
    QCOMPARE(ours, Normalizer::toNfc(icu));
    QVERIFY(ours.contains(QStringLiteral("\u1EAD\u0303"))); // ậ, then a second tone left alone
}

void TestImporters::paragraphsStayNfc()
{
    // An invisible character between a letter and its mark is dropped, and the two compose.
    QCOMPARE(Paragraphs::normalize(u"Quy\u200Bê\u0300n  l\u00ADợi\n\n  đảng"), QStringLiteral("Quyền lợi\nđảng"));
    QCOMPARE(Paragraphs::normalize(u"tha\u0300nh vie\u0302n", Paragraphs::Input::Any), QStringLiteral("thành viên"));
}

void TestImporters::latin1IsNotVietnamese()
{
    const QByteArray french = QStringLiteral("Le comité a approuvé la réforme économique. Les élèves étudient à l'école "
                                             "où ça se passe; déjà très différent, naïve façon. Über Straße Größe Mädchen.\n")
                                  .repeated(20).toLatin1();
    const ImportOutcome out = import(QStringLiteral("french.txt"), french);
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY2(out.document.encoding != u"TCVN3" && out.document.encoding != u"VNI", qPrintable(out.document.encoding));
    QVERIFY(out.document.text.contains(QStringLiteral("économique")));
    QVERIFY(!out.document.warnings.isEmpty()); // the guess is reported
}

// --- HTML -------------------------------------------------------------------------------

void TestImporters::html_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("fileName");
    for (const QString &n : sampleNames()) {
        QTest::newRow(qPrintable(n + QStringLiteral(" utf-8"))) << n << QStringLiteral("utf-8") << QStringLiteral("page.html");
        QTest::newRow(qPrintable(n + QStringLiteral(" windows-1258"))) << n << QStringLiteral("windows-1258") << QStringLiteral("page.htm");
        QTest::newRow(qPrintable(n + QStringLiteral(" saved as .txt"))) << n << QStringLiteral("UTF-8") << QStringLiteral("page.txt");
    }
}

void TestImporters::html()
{
    QFETCH(QString, sample);
    QFETCH(QString, charset);
    QFETCH(QString, fileName);
    // The dev reports were scraped from news sites and end with the site's tail ("Phản hồi",
    // "Các tin khác", comment boxes): that tail is clutter, which the page puts around the
    // article and the importer must drop.
    const QStringList all = m_expected.value(sample).split(QLatin1Char('\n'));
    QStringList paragraphs;
    for (const QString &p : all) {
        if (p.startsWith(QStringLiteral("Phản hồi")) || p.startsWith(QStringLiteral("Bình luận mới")) || p.startsWith(QStringLiteral("Ý kiến ("))
            || p.startsWith(QStringLiteral("Các tin khác")))
            break;
        paragraphs << p;
    }
    QVERIFY(paragraphs.size() >= 5);
    const QString article = paragraphs.join(QLatin1Char('\n'));
    const QString page = htmlPage(paragraphs.first(), paragraphs.mid(1), charset);
    const QByteArray bytes = charset == u"windows-1258" ? encodeWindows1258(page) : page.toUtf8();
    QVERIFY(!bytes.isEmpty());
    const ImportOutcome out = import(fileName, bytes);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.format, QStringLiteral("html"));
    QCOMPARE(out.document.encoding, charset == u"windows-1258" ? QStringLiteral("windows-1258") : QStringLiteral("UTF-8"));
    QCOMPARE(out.document.title, paragraphs.first());
    for (const QString &clutter : {QStringLiteral("Tin liên quan"), QStringLiteral("Các tin khác"), QStringLiteral("Bình luận"),
                                   QStringLiteral("Đọc nhiều nhất"), QStringLiteral("Quảng cáo"), QStringLiteral("Trang chủ"),
                                   QStringLiteral("888"), QStringLiteral("Giấy phép"), QStringLiteral("_gaq"), QStringLiteral("Vay tiêu dùng"),
                                   QStringLiteral("Thời sự"), QStringLiteral("Nghị quyết Trung ương 4 chỉnh đốn")})
        QVERIFY2(!out.document.text.contains(clutter), qPrintable(clutter));
    QCOMPARE(out.document.text, article);
    QCOMPARE(factKeys(out.document.text), factKeys(article));
}

void TestImporters::savedNewsPage_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &n : sampleNames())
        QTest::newRow(qPrintable(n)) << n;
}

void TestImporters::savedNewsPage()
{
    // The page the benchmark measures: scripts, a stylesheet, SVG icons, a mega menu and
    // boxes of links make up most of it. Only the article (with its picture's caption) is kept.
    QFETCH(QString, sample);
    QStringList paragraphs;
    for (const QString &p : m_expected.value(sample).split(QLatin1Char('\n'))) {
        if (p.startsWith(QStringLiteral("Phản hồi")) || p.startsWith(QStringLiteral("Bình luận mới")) || p.startsWith(QStringLiteral("Ý kiến ("))
            || p.startsWith(QStringLiteral("Các tin khác")))
            break;
        paragraphs << p;
    }
    QVERIFY(paragraphs.size() >= 5);
    const QByteArray bytes = fixtures::savedNewsPage(paragraphs.first(), paragraphs.mid(1)).toUtf8();
    QVERIFY(bytes.size() > 150 * 1024);
    const ImportOutcome out = import(QStringLiteral("saved-page.html"), bytes);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.title, paragraphs.first());
    QStringList expected = paragraphs;
    expected.insert(5, QStringLiteral("Quang cảnh hội nghị. Ảnh: Thu Hà")); // after the 4th article paragraph
    QCOMPARE(out.document.text, expected.join(QLatin1Char('\n')));
    QCOMPARE(factKeys(out.document.text), factKeys(paragraphs.join(QLatin1Char('\n'))));
}

void TestImporters::htmlCharsetAndContentSniffing()
{
    QCOMPARE(HtmlImporter::declaredCharset("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"),
             QStringLiteral("windows-1258"));
    QCOMPARE(HtmlImporter::declaredCharset("<meta charset='UTF-8' />"), QStringLiteral("utf-8"));
    // A page with no <meta charset>, in windows-1258: detected by the Vietnamese score.
    const QString sample = QStringLiteral("nam-dinh-city-nq4-xii.txt");
    const QStringList paragraphs = m_expected.value(sample).split(QLatin1Char('\n'));
    QString page = htmlPage(paragraphs.first(), paragraphs.mid(1), QString());
    page.remove(QStringLiteral("<meta charset=\"\">"));
    ImportOutcome out = import(QStringLiteral("nocharset.html"), encodeWindows1258(page));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("windows-1258"));
    QCOMPARE(out.document.text, m_expected.value(sample));
    // A minimal page without article markup: the body text is the article.
    out = import(QStringLiteral("plain.htm"), QByteArray("<html><body><p>Kết nạp 58.713 đảng viên mới.</p><p>Tỷ lệ 98,4%.</p></body></html>"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.text, QStringLiteral("Kết nạp 58.713 đảng viên mới.\nTỷ lệ 98,4%."));
    // A page that has no text at all is an error.
    out = import(QStringLiteral("empty.html"), QByteArray("<!DOCTYPE html><html><head><title></title></head><body><script>x()</script></body></html>"));
    QVERIFY(!out.ok);
    QVERIFY(!out.error.isEmpty());
}

void TestImporters::htmlWhiteSpaceInsideParagraphs()
{
    // Pages wrap paragraphs in their source and space words with &nbsp;, typographic spaces,
    // tabs and ideographic spaces: each run is one space, ends are trimmed, and the letters
    // around them (Vietnamese, a character outside the BMP, markup in between) stay intact.
    // (U+1680, the Ogham space mark, is a space too: hence "số ." at the end.)
    const QByteArray page = "<html><body><article>"
                            "<p>\n\t K\xE1\xBA\xBFt n\xE1\xBA\xA1p\r\n   58.713&nbsp;\xC2\xA0 \xC4\x91\xE1\xBA\xA3ng&#x2003;vi\xC3\xAAn"
                            "\xE2\x80\xAFm\xE1\xBB\x9Bi<b> \xF0\xA0\x80\x80 </b>\xE3\x80\x80\xC2\x85 .  </p>"
                            "<p>T\xE1\xBB\xB7 l\xE1\xBB\x87\xE2\x80\x88 98,4%\xE2\x80\xA8tr\xC3\xAAn\xE2\x81\x9F"
                            "t\xE1\xBB\x95ng s\xE1\xBB\x91\xE1\x9A\x80.</p>"
                            "</article></body></html>";
    const ImportOutcome out = import(QStringLiteral("spaces.html"), page);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.text, QStringLiteral("K\u1EBFt n\u1EA1p 58.713 \u0111\u1EA3ng vi\u00EAn m\u1EDBi ") + QString::fromUcs4(U"\U00020000")
                 + QStringLiteral(" .\nT\u1EF7 l\u1EC7 98,4% tr\u00EAn t\u1ED5ng s\u1ED1 ."));
}

// --- DOCX / ODT -------------------------------------------------------------------------

void TestImporters::docx_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QString>("fileName");
    for (const QString &n : sampleNames()) {
        QTest::newRow(qPrintable(n + QStringLiteral(" unicode"))) << n << false << QStringLiteral("r.docx");
        QTest::newRow(qPrintable(n + QStringLiteral(" VNI+TCVN3 runs"))) << n << true << QStringLiteral("r.docx");
        QTest::newRow(qPrintable(n + QStringLiteral(" named .doc"))) << n << false << QStringLiteral("r.doc");
    }
}

void TestImporters::docx()
{
    QFETCH(QString, sample);
    QFETCH(bool, legacy);
    QFETCH(QString, fileName);
    const QStringList paragraphs = m_expected.value(sample).split(QLatin1Char('\n'));
    QVERIFY(writeZip(path(fileName), docxEntries(paragraphs, legacy ? DocxRuns::LegacyMixed : DocxRuns::Unicode)));
    const ImportOutcome out = ImporterRegistry::instance().read(path(fileName));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.format, QStringLiteral("docx"));
    if (legacy) {
        QVERIFY2(out.document.encoding.contains(QStringLiteral("VNI")), qPrintable(out.document.encoding));
        QVERIFY2(out.document.encoding.contains(QStringLiteral("TCVN3")), qPrintable(out.document.encoding));
    }
    compareWithOriginal(sample, out);
}

void TestImporters::docxTablesFontsAndStyles()
{
    const QByteArray tcvnHeading("C\xE9NG HO\xB5 X\xB7 H\xE9I CH\xF1 NGH\xDC" "A VI\xD6T NAM");
    QString heading;
    for (const char c : tcvnHeading)
        heading += QChar(LegacyCodec::windows1252(uchar(c)));
    const QString body = QStringLiteral(
        "<w:p><w:pPr><w:pStyle w:val=\"QuocHieu\"/></w:pPr><w:r><w:t>%1</w:t></w:r></w:p>"
        // a TCVN3 word split over runs, with a soft hyphen element standing for the byte AD (ư)
        "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>nh</w:t></w:r>"
        "<w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:softHyphen/><w:t>ng \xAE\xB9</w:t></w:r>"
        "<w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>i h\xe9i</w:t></w:r>"
        "<w:r><w:t xml:space=\"preserve\"> (Unicode run: Đảng)</w:t></w:r></w:p>"
        // caps on a Unicode run, a deleted revision and an alternate-content fallback copy
        "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>kết quả</w:t></w:r><w:del><w:r><w:delText>XOÁ</w:delText></w:r></w:del>"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t xml:space=\"preserve\"> chính</w:t></mc:Choice>"
        "<mc:Fallback><w:t>BẢN SAO</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Số lượng</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>Kỷ luật</w:t></w:r></w:p><w:p><w:r><w:t>đảng viên</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>223</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:rPr><w:rFonts w:ascii=\"VNI-Times\" w:hAnsi=\"VNI-Times\"/></w:rPr><w:t>Keát naïp ñaûng vieân</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>1.234</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>Hết.</w:t></w:r></w:p>").arg(heading);
    const QString styles = QStringLiteral(
        "<w:style w:type=\"paragraph\" w:styleId=\"QuocHieu\"><w:rPr><w:rFonts w:ascii=\".VnTimeH\" w:hAnsi=\".VnTimeH\"/><w:b/></w:rPr></w:style>");
    QVERIFY(writeZip(path(QStringLiteral("table.docx")), docxFromBody(body, styles)));
    const ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("table.docx")));
    QVERIFY2(out.ok, qPrintable(out.error));
    const QStringList lines = out.document.text.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    QCOMPARE(lines.value(1), QStringLiteral("nhưng đại hội (Unicode run: Đảng)"));
    QCOMPARE(lines.value(2), QStringLiteral("KẾT QUẢ chính"));
    QCOMPARE(lines.value(3), QStringLiteral("Nội dung | Số lượng"));
    QCOMPARE(lines.value(4), QStringLiteral("Kỷ luật đảng viên | 223"));
    QCOMPARE(lines.value(5), QStringLiteral("Kết nạp đảng viên | 1.234"));
    QCOMPARE(lines.value(6), QStringLiteral("Hết."));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(out.document.encoding, QStringLiteral("TCVN3+VNI"));
}

void TestImporters::legacyTextWithoutLegacyFont()
{
    // TCVN3 bytes in a run whose font is "Times New Roman", and an old web page declaring
    // windows-1252 with <font face=".VnTime">: the content reads as TCVN3, so it is converted.
    const QByteArray tcvn3 = readAll(legacyDir() + QStringLiteral("/an-giang.tcvn3.txt"));
    const QString expected = Paragraphs::normalize(LegacyCodec::tcvn3().decode(tcvn3));
    QString body;
    QString html = QStringLiteral("<html><head><meta charset=\"windows-1252\"></head><body><div class=\"content\">");
    for (const QByteArray &line : tcvn3.split('\n')) {
        QString stored;
        for (const char c : line)
            stored += QChar(LegacyCodec::windows1252(uchar(c)));
        body += QStringLiteral("<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr><w:t>")
            + stored.toHtmlEscaped() + QStringLiteral("</w:t></w:r></w:p>");
        html += QStringLiteral("<p><font face=\".VnTime\">") + stored.toHtmlEscaped() + QStringLiteral("</font></p>");
    }
    QVERIFY(writeZip(path(QStringLiteral("renamed-font.docx")), docxFromBody(body)));
    ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("renamed-font.docx")));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("TCVN3"));
    QVERIFY(!out.document.warnings.isEmpty());
    QCOMPARE(out.document.text, expected);

    html += QStringLiteral("</div></body></html>");
    QByteArray page;
    for (const QChar c : html)
        page += char(LegacyCodec::byteOf(c.unicode()));
    out = import(QStringLiteral("vntime.html"), page);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.encoding, QStringLiteral("TCVN3"));
    QCOMPARE(out.document.text, expected);
    QCOMPARE(out.document.title, expected.section(QLatin1Char('\n'), 0, 0));

    // Unicode Vietnamese and French are left alone.
    QString vi = m_expected.value(QStringLiteral("an-giang-nq4-xii.txt"));
    QVERIFY(TextDecoder::repairLegacyText(vi).isEmpty());
    QCOMPARE(vi, m_expected.value(QStringLiteral("an-giang-nq4-xii.txt")));
    QString fr = QStringLiteral("Le comité a approuvé la réforme économique; les élèves étudient à l'école où ça se passe. ").repeated(10);
    QVERIFY(TextDecoder::repairLegacyText(fr).isEmpty());
}

void TestImporters::odt()
{
    const QString sample = QStringLiteral("bac-giang-interview-2017.txt");
    const QStringList paragraphs = m_expected.value(sample).split(QLatin1Char('\n'));
    QVERIFY(writeZip(path(QStringLiteral("r.odt")), odtEntries(paragraphs, {})));
    ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("r.odt")));
    QCOMPARE(out.document.format, QStringLiteral("odt"));
    compareWithOriginal(sample, out);
    QVERIFY(writeZip(path(QStringLiteral("t.odt")), odtEntries({QStringLiteral("Bảng  số liệu")},
                                                                 {{QStringLiteral("Kỷ luật đảng viên"), QStringLiteral("223")}})));
    out = ImporterRegistry::instance().read(path(QStringLiteral("t.odt")));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.text, QStringLiteral("Bảng số liệu\nKỷ luật đảng viên | 223"));
}

// --- PDF --------------------------------------------------------------------------------

void TestImporters::pdf_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &n : sampleNames())
        QTest::newRow(qPrintable(n)) << n;
}

void TestImporters::pdf()
{
    QFETCH(QString, sample);
    const QStringList paragraphs = m_expected.value(sample).split(QLatin1Char('\n'));
    const QString file = path(QStringLiteral("r.pdf"));
    QVERIFY(writePdf(file, paragraphs, QStringLiteral("TỈNH ỦY - BAN TUYÊN GIÁO - Báo cáo số 12-BC/TU")));
    const ImportOutcome out = ImporterRegistry::instance().read(file);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.format, QStringLiteral("pdf"));
    QVERIFY(out.document.pages >= 2);
    QVERIFY(!out.document.ocr);
    QVERIFY2(!out.document.text.contains(QStringLiteral("Trang 2")), "page numbers are furniture");
    QVERIFY2(!out.document.text.contains(QStringLiteral("BAN TUYÊN GIÁO")), "the running header is furniture");
    compareWithOriginal(sample, out);
}

void TestImporters::officePdf_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &n : sampleNames())
        QTest::newRow(qPrintable(n)) << n;
}

void TestImporters::officePdf()
{
    // The reports as LibreOffice exports them (tests/fixtures/importers/office-pdf: embedded
    // font subsets, justified 14 pt lines, a wrapped centred title, page numbers in the footer).
    QFETCH(QString, sample);
    const QString file = QStringLiteral(THP_FIXTURES_DIR "/importers/office-pdf/") + QFileInfo(sample).completeBaseName() + QStringLiteral(".pdf");
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const ImportOutcome out = ImporterRegistry::instance().read(file);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.format, QStringLiteral("pdf"));
    QVERIFY(out.document.pages >= 3);
    QVERIFY(!out.document.ocr);
    // Every word in order, no page number left in (paragraph breaks are compared below).
    QString got = out.document.text, want = m_expected.value(sample);
    got.replace(QLatin1Char('\n'), QLatin1Char(' '));
    want.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QCOMPARE(got, want);
    // The same facts: a figure read from the PDF is the figure the report states.
    QCOMPARE(factKeys(out.document.text), m_facts.value(sample));
    // Every paragraph exactly as in the report, the title too: a centred title wrapped over
    // two lines is one paragraph, not cut at the wrap.
    const QStringList gotParas = out.document.text.split(QLatin1Char('\n'));
    const QStringList wantParas = m_expected.value(sample).split(QLatin1Char('\n'));
    QCOMPARE(gotParas, wantParas);
    // The same title as the plain text gives (the first line, when it is a heading).
    const ImportOutcome plain = ImporterRegistry::instance().read(QStringLiteral(THP_SAMPLES_DIR "/") + sample);
    QVERIFY2(plain.ok, qPrintable(plain.error));
    QVERIFY(!out.document.title.isEmpty());
    QCOMPARE(out.document.title, plain.document.title);
}

void TestImporters::pdfPagesReadInParallel()
{
    // A PDF's pages are handed out one by one to several threads; the text must be exactly
    // what one thread reads, paragraphs running over pages read by different threads included.
    QStringList paragraphs;
    for (int i = 0; i < 3; ++i) {
        for (const QString &n : sampleNames())
            paragraphs << m_expected.value(n).split(QLatin1Char('\n'));
    }
    const QString file = path(QStringLiteral("long.pdf"));
    QVERIFY(writePdf(file, paragraphs, QStringLiteral("BÁO CÁO")));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ImportOptions one, several;
    one.threads = 1;
    several.threads = 3;
    const ImportOutcome a = PdfImporter::readBytes(bytes, one);
    const ImportOutcome b = PdfImporter::readBytes(bytes, several);
    QVERIFY2(a.ok, qPrintable(a.error));
    QVERIFY2(b.ok, qPrintable(b.error));
    QVERIFY2(a.document.pages >= 24, qPrintable(QString::number(a.document.pages)));
    QCOMPARE(b.document.text, a.document.text);
    QCOMPARE(b.document.paragraphs, a.document.paragraphs);
    QVERIFY(!a.document.text.contains(QStringLiteral("Trang 3"))); // furniture still removed
}

void TestImporters::pdfLineJoining()
{
    QCOMPARE(PdfLayout::joinLines(QStringLiteral("thực hiện nghi-"), QStringLiteral("êm túc")), QStringLiteral("thực hiện nghiêm túc"));
    QCOMPARE(PdfLayout::joinLines(QStringLiteral("phát triển kinh tế-"), QStringLiteral("xã hội")), QStringLiteral("phát triển kinh tế-xã hội"));
    QCOMPARE(PdfLayout::joinLines(QStringLiteral("Chỉ thị số 05-"), QStringLiteral("CT/TW")), QStringLiteral("Chỉ thị số 05-CT/TW"));
    QCOMPARE(PdfLayout::joinLines(QStringLiteral("ngày 25-"), QStringLiteral("10-2018")), QStringLiteral("ngày 25-10-2018"));
    QCOMPARE(PdfLayout::joinLines(QStringLiteral("docu-"), QStringLiteral("ment")), QStringLiteral("document"));
    QCOMPARE(PdfLayout::joinLines(QStringLiteral("kết nạp"), QStringLiteral("58.713 đảng viên")), QStringLiteral("kết nạp 58.713 đảng viên"));
    // Furniture: the same line on top of most pages, and bare page numbers.
    const QStringList sentences = {QStringLiteral("Năm 2018, toàn tỉnh kết nạp 1.234 đảng viên mới, đạt 102% kế hoạch năm"),
                                   QStringLiteral("đề ra."),
                                   QStringLiteral("Kiểm tra 532 tổ chức đảng và 1.242 đảng viên khi có dấu hiệu vi phạm"),
                                   QStringLiteral("trong năm."),
                                   QStringLiteral("Thi hành kỷ luật 57 đảng viên, trong đó khai trừ 12 đảng viên khỏi"),
                                   QStringLiteral("Đảng.")};
    std::vector<PdfLayout::Page> pages;
    for (int p = 0; p < 3; ++p) {
        PdfLayout::Page page;
        page.push_back({QStringLiteral("BÁO CÁO TỔNG KẾT NĂM %1").arg(2018), QRectF(100, 20, 300, 10)});
        page.push_back({sentences.at(2 * p), QRectF(50, 100, 500, 12)});
        page.push_back({sentences.at(2 * p + 1), QRectF(50, 114, 60, 12)});
        page.push_back({QStringLiteral("- %1 -").arg(p + 1), QRectF(290, 800, 20, 10)});
        pages.push_back(page);
    }
    int removed = 0;
    const QStringList paras = PdfLayout::paragraphs(pages, &removed);
    QCOMPARE(removed, 6);
    QCOMPARE(paras, (QStringList{sentences.at(0) + QStringLiteral(" ") + sentences.at(1),
                                 sentences.at(2) + QStringLiteral(" ") + sentences.at(3),
                                 sentences.at(4) + QStringLiteral(" ") + sentences.at(5)}));
}

void TestImporters::scannedPdf()
{
    const QString file = path(QStringLiteral("scan.pdf"));
    QVERIFY(writeScannedPdf(file, {QStringLiteral("Kết quả kiểm tra"), QStringLiteral("Năm 2018, toàn tỉnh kết nạp 2.345 đảng viên mới.")}));
    const ImportOutcome out = ImporterRegistry::instance().read(file);
    if (out.ok) {
        // OCR ran: flagged as such, with the figure read.
        QVERIFY(out.document.ocr);
        QVERIFY(!out.document.warnings.isEmpty());
        QVERIFY2(out.document.text.contains(QStringLiteral("2.345")), qPrintable(out.document.text));
    } else {
        QVERIFY2(out.error.contains(QStringLiteral("tesseract-ocr-vie")), qPrintable(out.error));
    }
}

// --- bad input --------------------------------------------------------------------------

void TestImporters::emptyFile()
{
    for (const QString &n : {QStringLiteral("empty.txt"), QStringLiteral("empty.docx"), QStringLiteral("empty.pdf")}) {
        const ImportOutcome out = import(n, QByteArray());
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(QStringLiteral("empty")), qPrintable(out.error));
    }
    const ImportOutcome out = import(QStringLiteral("blank.txt"), QByteArray(" \n\r\n\t \n"));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("no text")), qPrintable(out.error));
}

void TestImporters::missingFile()
{
    const ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("nope.txt")));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("not found")), qPrintable(out.error));
}

void TestImporters::tooLarge()
{
    // 200 MB, sparse: refused from its size, before any byte is read.
    for (const QString &n : {QStringLiteral("huge.txt"), QStringLiteral("huge.pdf")}) {
        QFile f(path(n));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(200) * 1024 * 1024));
        f.close();
        const ImportOutcome out = ImporterRegistry::instance().read(path(n));
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(QStringLiteral("too large")) && out.error.contains(QStringLiteral("200 MB")), qPrintable(out.error));
        QFile::remove(path(n));
    }
    ImportOptions small;
    small.maxBytes = 1000;
    const ImportOutcome out = import(QStringLiteral("medium.txt"), m_original.value(QStringLiteral("an-giang-nq4-xii.txt")).toUtf8(), small);
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("too large")), qPrintable(out.error));
}

void TestImporters::binaryGarbage_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("prefix");
    for (const char *n : {"g.txt", "g.html", "g.docx", "g.pdf", "g.odt", "g.doc", "g.bin"})
        QTest::newRow(n) << QString::fromLatin1(n) << QByteArray();
    QTest::newRow("zip magic") << QStringLiteral("z.docx") << QByteArray("PK\x03\x04");
    QTest::newRow("pdf magic") << QStringLiteral("p.pdf") << QByteArray("%PDF-1.7\n");
    QTest::newRow("ole2 magic") << QStringLiteral("o.doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    QTest::newRow("html start") << QStringLiteral("h.html") << QByteArray("<!DOCTYPE html><html><body><p>");
}

void TestImporters::binaryGarbage()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, prefix);
    QRandomGenerator rng(42);
    QByteArray bytes(200000, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    const ImportOutcome out = import(fileName, prefix + bytes);
    // Either a clear error, or (HTML) whatever text survived; never a crash.
    if (!out.ok)
        QVERIFY(!out.error.isEmpty());
    else
        QCOMPARE(out.document.format, QStringLiteral("html"));
}

void TestImporters::truncatedZip()
{
    const QStringList paragraphs = m_expected.value(QStringLiteral("an-giang-nq4-xii.txt")).split(QLatin1Char('\n'));
    QVERIFY(writeZip(path(QStringLiteral("full.docx")), docxEntries(paragraphs, DocxRuns::Unicode)));
    const QByteArray full = readAll(path(QStringLiteral("full.docx")));
    for (const double share : {0.3, 0.6, 0.95}) {
        const ImportOutcome out = import(QStringLiteral("cut.docx"), full.left(qsizetype(full.size() * share)));
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(QStringLiteral("truncated")) || out.error.contains(QStringLiteral("damaged")), qPrintable(out.error));
    }
}

void TestImporters::encryptedZip()
{
    const QStringList paragraphs = m_expected.value(QStringLiteral("an-giang-nq4-xii.txt")).split(QLatin1Char('\n'));
    QVERIFY(writeZip(path(QStringLiteral("locked.docx")), docxEntries(paragraphs, DocxRuns::Unicode), "secret"));
    const ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("locked.docx")));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("encrypted")), qPrintable(out.error));
    // Word's own password protection wraps the package in OLE2 with an EncryptedPackage stream.
    QByteArray ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(500, '\0');
    ole += QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32) + QByteArray(500, '\0');
    const ImportOutcome word = import(QStringLiteral("word-locked.docx"), ole);
    QVERIFY(!word.ok);
    QVERIFY2(word.error.contains(QStringLiteral("password")), qPrintable(word.error));
}

void TestImporters::zipBomb()
{
    ZipEntries e = docxFromBody(QStringLiteral("<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
    // 80 MB of spaces compress to about 80 KB.
    QByteArray huge = e[2].second;
    huge.insert(huge.indexOf("<w:body>") + 8, QByteArray(80 * 1024 * 1024, ' '));
    e[2].second = huge;
    QVERIFY(writeZip(path(QStringLiteral("bomb.docx")), e));
    QVERIFY(QFileInfo(path(QStringLiteral("bomb.docx"))).size() < 2 * 1024 * 1024);
    const ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("bomb.docx")));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("zip bomb")), qPrintable(out.error));
}

void TestImporters::zipWithoutDocument()
{
    QVERIFY(writeZip(path(QStringLiteral("photos.docx")), {{QStringLiteral("a.jpg"), QByteArray(1000, 'x')}}));
    const ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("photos.docx")));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("word/document.xml")), qPrintable(out.error));
}

void TestImporters::damagedDocumentXml()
{
    ZipEntries e = docxFromBody(QStringLiteral("<w:p><w:r><w:t>Kết nạp 12 đảng viên</w:t></w:r></w:p><w:p><w:r><w:t>bị cắt"));
    e[2].second.chop(40);
    QVERIFY(writeZip(path(QStringLiteral("badxml.docx")), e));
    ImportOutcome out = ImporterRegistry::instance().read(path(QStringLiteral("badxml.docx")));
    // What was read is kept, with a warning that the rest is missing.
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.document.text, QStringLiteral("Kết nạp 12 đảng viên"));
    QVERIFY(!out.document.warnings.isEmpty());
    out = DocxImporter::parse("<w:document><w:body><w:p", {});
    QVERIFY(!out.ok);
    QVERIFY(!out.error.isEmpty());
}

void TestImporters::encryptedPdf()
{
    const ImportOutcome out = import(QStringLiteral("locked.pdf"), fixtures::encryptedPdf());
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("password")), qPrintable(out.error));
}

void TestImporters::damagedPdf()
{
    const QStringList paragraphs = m_expected.value(QStringLiteral("nghe-an-chi-thi-05.txt")).split(QLatin1Char('\n'));
    QVERIFY(writePdf(path(QStringLiteral("whole.pdf")), paragraphs, {}));
    const QByteArray full = readAll(path(QStringLiteral("whole.pdf")));
    for (const double share : {0.02, 0.5, 0.9}) {
        const ImportOutcome out = import(QStringLiteral("cut.pdf"), full.left(qsizetype(full.size() * share)));
        if (!out.ok)
            QVERIFY(!out.error.isEmpty());
    }
    const ImportOutcome out = import(QStringLiteral("header-only.pdf"), QByteArray("%PDF-1.4\n%%EOF\n"));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral("PDF")), qPrintable(out.error));
}

void TestImporters::legacyDoc()
{
    const ImportOutcome out = import(QStringLiteral("old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(4096, '\0'));
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QStringLiteral(".docx")), qPrintable(out.error));
}

void TestImporters::regressionInputs()
{
    // Inputs found by the fuzzers (tests/fuzz) that once crashed or hung: must give a result.
    const QDir dir(QStringLiteral(THP_FIXTURES_DIR "/importers/regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &f : files) {
        const ImportOutcome out = ImporterRegistry::instance().read(dir.filePath(f));
        QVERIFY2(out.ok || !out.error.isEmpty(), qPrintable(f));
    }
}

void TestImporters::supportedSuffixes()
{
    const QStringList s = ImporterRegistry::instance().supportedSuffixes();
    for (const char *x : {"txt", "html", "htm", "docx", "odt", "pdf"})
        QVERIFY2(s.contains(QLatin1String(x)), x);
}

QTEST_MAIN(TestImporters)
#include "tst_importers.moc"
