// Text handling: NFC, match keys, Vietnamese numbers, sentence segmentation.
#include "text/Normalizer.h"
#include "text/NumberReader.h"
#include "text/Segmenter.h"
#include "text/Tokenizer.h"
#include "text/VietnameseOrder.h"

#include <QTest>

using namespace thp;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nfcOfDecomposedInput();
    void matchKeyFoldsTonePlacement();
    void matchKeyKeepsOffsets();
    void searchFoldRemovesAllMarks();
    void numbers_data();
    void numbers();
    void ratioKeepsBothParts();
    void sentences();
    void vietnameseOrderOfSortKeys();
};

void TestText::nfcOfDecomposedInput()
{
    // "Kỷ luật đảng viên" typed on macOS: base letters followed by combining marks.
    const QString decomposed = QStringLiteral("Ky\u0309 lua\u0302\u0323t \u0111a\u0309ng vie\u0302n");
    const QString nfc = Normalizer::toNfc(decomposed);
    QCOMPARE(nfc, QStringLiteral("Kỷ luật đảng viên"));
    QVERIFY(nfc.size() < decomposed.size());
    QCOMPARE(Normalizer::toNfc(nfc), nfc); // idempotent
}

void TestText::matchKeyFoldsTonePlacement()
{
    QCOMPARE(Normalizer::matchKey(QStringLiteral("Hòa Bình")), Normalizer::matchKey(QStringLiteral("Hoà Bình")));
    QCOMPARE(Normalizer::matchKey(QStringLiteral("Tỉnh ủy")), Normalizer::matchKey(QStringLiteral("Tỉnh uỷ")));
    QCOMPARE(Normalizer::matchKey(QStringLiteral("Thanh Hóa")), Normalizer::matchKey(QStringLiteral("THANH HOÁ")));
    // Vowel quality is kept: "cấp" and "cáp" differ, "đ" stays "đ".
    QVERIFY(Normalizer::matchKey(QStringLiteral("cấp")) != Normalizer::matchKey(QStringLiteral("cáp")));
    QCOMPARE(Normalizer::matchKey(QStringLiteral("Đảng")), QStringLiteral("đang"));
}

void TestText::matchKeyKeepsOffsets()
{
    const QString text = QStringLiteral("BTV Tỉnh uỷ đã gợi ý kiểm điểm 11 tập thể");
    const QString key = Normalizer::matchKey(text);
    QCOMPARE(key.size(), text.size());
    const qsizetype at = key.indexOf(QStringLiteral("kiêm điêm"));
    QVERIFY(at > 0);
    QCOMPARE(text.mid(at, 9), QStringLiteral("kiểm điểm"));
}

void TestText::searchFoldRemovesAllMarks()
{
    QCOMPARE(Normalizer::searchFold(QStringLiteral("Kỷ luật Đảng")), QStringLiteral("ky luat dang"));
}

void TestText::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("consumed");

    QTest::newRow("thousands") << "58.713 đảng viên" << int(NumberToken::Count) << 58713.0 << "58.713";
    QTest::newRow("millions") << "1.234.567 lượt" << int(NumberToken::Count) << 1234567.0 << "1.234.567";
    QTest::newRow("rate") << "98,4% đảng viên" << int(NumberToken::Percent) << 98.4 << "98,4%";
    QTest::newRow("rate with space") << "100 % tổ chức" << int(NumberToken::Percent) << 100.0 << "100 %";
    QTest::newRow("leading zero") << "02 điều" << int(NumberToken::Count) << 2.0 << "02";
    QTest::newRow("nghìn") << "15 nghìn đảng viên" << int(NumberToken::Count) << 15000.0 << "15 nghìn";
    QTest::newRow("triệu") << "1,5 triệu đồng" << int(NumberToken::Count) << 1500000.0 << "1,5 triệu";
    QTest::newRow("not tỷ lệ") << "3 tỷ lệ" << int(NumberToken::Count) << 3.0 << "3";
    QTest::newRow("grouped decimal") << "1.234.567,5 đồng" << int(NumberToken::Decimal) << 1234567.5 << "1.234.567,5";
    QTest::newRow("enumeration comma") << "41, cấp huyện" << int(NumberToken::Count) << 41.0 << "41";
    QTest::newRow("date dashes") << "7-2-2017 của" << int(NumberToken::Date) << 7.0 << "7-2-2017";
    QTest::newRow("date slashes") << "15/1/2022 về" << int(NumberToken::Date) << 15.0 << "15/1/2022";
    QTest::newRow("month-year") << "3-2021, trong" << int(NumberToken::Date) << 3.0 << "3-2021";
    QTest::newRow("doc number") << "08-QĐi/TW ngày" << int(NumberToken::DocNumber) << 8.0 << "08-QĐi/TW";
    QTest::newRow("doc number 2") << "11-CTr/TU ngày" << int(NumberToken::DocNumber) << 11.0 << "11-CTr/TU";
    QTest::newRow("law number") << "202/2025/QH15 của" << int(NumberToken::DocNumber) << 202.0 << "202/2025/QH15";
    QTest::newRow("year") << "2020 và" << int(NumberToken::Year) << 2020.0 << "2020";
    QTest::newRow("year range") << "2016-2019, tỉnh" << int(NumberToken::YearRange) << 2016.0 << "2016-2019";
    QTest::newRow("time") << "09:17|21" << int(NumberToken::Time) << 9.0 << "09:17";
    QTest::newRow("dot not thousands") << "0204.3 856" << int(NumberToken::Suspicious) << 204.0 << "0204.3";
    QTest::newRow("english decimal") << "98.4% đảng" << int(NumberToken::Suspicious) << 98.0 << "98.4";
    QTest::newRow("years list, no space") << "2021,2022 đều" << int(NumberToken::Year) << 2021.0 << "2021";
}

void TestText::numbers()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(QString, consumed);
    const QString key = Normalizer::matchKey(text);
    const NumberToken t = NumberReader::read(text, key, 0, text.size());
    QCOMPARE(int(t.kind), kind);
    QCOMPARE(t.value, value);
    QCOMPARE(text.left(t.end), consumed);
}

void TestText::ratioKeepsBothParts()
{
    const QString text = QStringLiteral("58.713/59.654 đảng viên dự học");
    const NumberToken t = NumberReader::read(text, Normalizer::matchKey(text), 0, text.size());
    QCOMPARE(int(t.kind), int(NumberToken::Ratio));
    QCOMPARE(t.value, 58713.0);
    QCOMPARE(t.value2, 59654.0);
}

void TestText::sentences()
{
    const QString text = QStringLiteral(
        "Tỉnh ủy đã kiểm tra 50 tổ chức đảng. Tại TP. Hồ Chí Minh, Thành ủy đã giám sát 20 đảng viên.\n"
        "Theo đó, kỷ luật 3 đảng viên");
    Segmenter seg({QStringLiteral("tp")});
    const QList<TextRange> s = seg.sentences(text, Normalizer::matchKey(text));
    QCOMPARE(s.size(), 3);
    QCOMPARE(text.mid(s.at(0).start, s.at(0).end - s.at(0).start), QStringLiteral("Tỉnh ủy đã kiểm tra 50 tổ chức đảng."));
    QVERIFY(text.mid(s.at(1).start, s.at(1).end - s.at(1).start).startsWith(QStringLiteral("Tại TP. Hồ Chí Minh")));
    QCOMPARE(text.mid(s.at(2).start, s.at(2).end - s.at(2).start), QStringLiteral("Theo đó, kỷ luật 3 đảng viên"));
}

void TestText::vietnameseOrderOfSortKeys()
{
    // What a database gets when it sorts the keys as bytes: the Vietnamese alphabet, with
    // ă/â after a, đ after d, ô/ơ after o, ư after u; tones only after the letters; case ignored.
    const QStringList ordered = {
        QString(),
        QStringLiteral("An Giang"),
        QStringLiteral("Ăn"),
        QStringLiteral("Âu Cơ"),
        QStringLiteral("Bà Rịa"),
        QStringLiteral("báo cáo"),
        QStringLiteral("Báo cáo kết quả"),
        QStringLiteral("Dương"),
        QStringLiteral("Đà Nẵng"),
        QStringLiteral("Đắk Lắk"),
        QStringLiteral("Điện Biên"),
        QStringLiteral("Ô Môn"),
        QStringLiteral("Ơn"),
        QStringLiteral("Ủy ban"),
        QStringLiteral("Ưu tiên"),
        QStringLiteral("Yên Bái"),
    };
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QByteArray a = VietnameseOrder::sortKey(ordered.at(i - 1));
        const QByteArray b = VietnameseOrder::sortKey(ordered.at(i));
        QVERIFY2(a < b, qPrintable(ordered.at(i - 1) + QStringLiteral(" < ") + ordered.at(i)));
    }
    QCOMPARE(VietnameseOrder::sortKey(QStringLiteral("BÁO CÁO")).left(8), VietnameseOrder::sortKey(QStringLiteral("báo cáo")).left(8));
    // NFD and NFC of a title sort the same.
    QCOMPARE(VietnameseOrder::sortKey(QStringLiteral("Ky\u0309 lua\u0302\u0323t")), VietnameseOrder::sortKey(QStringLiteral("Kỷ luật")));
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
