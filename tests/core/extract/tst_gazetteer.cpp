// The gazetteer: tolerant province lookups, the 2025 merger, centrally-run cities by year,
// districts.

#include "extract/Gazetteer.h"

#include <QTest>

using namespace thp;

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void lookup_data();
    void lookup();
    void unknownNames();
    void merger2025_data();
    void merger2025();
    void centralCities();
    void hueByYear();
    void districts();
    void parseReportsBadInput();
};

void TestGazetteer::counts()
{
    const Gazetteer &g = Gazetteer::instance();
    QCOMPARE(g.provinceNamesBefore2025().size(), 63);
    const QStringList now = g.provinceNames2025();
    QCOMPARE(now.size(), 34);
    QVERIFY(now.contains(QStringLiteral("Huế")));
    QVERIFY(!now.contains(QStringLiteral("Bắc Giang")));
    QVERIFY(g.districtList().size() > 800);
}

void TestGazetteer::lookup_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("old tone") << QStringLiteral("Thanh Hoá") << QStringLiteral("Thanh Hóa");
    QTest::newRow("new tone") << QStringLiteral("Thanh Hóa") << QStringLiteral("Thanh Hóa");
    QTest::newRow("upper case") << QStringLiteral("THANH HOÁ") << QStringLiteral("Thanh Hóa");
    QTest::newRow("tinh prefix") << QStringLiteral("tỉnh Nghệ An") << QStringLiteral("Nghệ An");
    QTest::newRow("TP.HCM") << QStringLiteral("TP.HCM") << QStringLiteral("Hồ Chí Minh");
    QTest::newRow("TP Ho Chi Minh") << QStringLiteral("TP Hồ Chí Minh") << QStringLiteral("Hồ Chí Minh");
    QTest::newRow("Thanh pho HCM") << QStringLiteral("Thành phố Hồ Chí Minh") << QStringLiteral("Hồ Chí Minh");
    QTest::newRow("TP. Da Nang") << QStringLiteral("TP. Đà Nẵng") << QStringLiteral("Đà Nẵng");
    QTest::newRow("Thua Thien - Hue") << QStringLiteral("Thừa Thiên - Huế") << QStringLiteral("Thừa Thiên Huế");
    QTest::newRow("Thua Thien en dash") << QStringLiteral("Thừa Thiên – Huế") << QStringLiteral("Thừa Thiên Huế");
    QTest::newRow("Dac Lac") << QStringLiteral("Đắc Lắc") << QStringLiteral("Đắk Lắk");
    QTest::newRow("BR-VT") << QStringLiteral("BR-VT") << QStringLiteral("Bà Rịa - Vũng Tàu");
    QTest::newRow("BRVT no space") << QStringLiteral("Bà Rịa-Vũng Tàu") << QStringLiteral("Bà Rịa - Vũng Tàu");
    QTest::newRow("Hoa Binh old tone") << QStringLiteral("Hoà Bình") << QStringLiteral("Hòa Bình");
    QTest::newRow("Bac Can") << QStringLiteral("Bắc Cạn") << QStringLiteral("Bắc Kạn");
}

void TestGazetteer::lookup()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const ProvinceInfo *p = Gazetteer::instance().province(input);
    QVERIFY2(p, qPrintable(input));
    QCOMPARE(p->name, expected);
}

void TestGazetteer::unknownNames()
{
    const Gazetteer &g = Gazetteer::instance();
    QCOMPARE(g.province(QStringLiteral("Hà Tây")), nullptr); // merged into Hà Nội in 2008
    QCOMPARE(g.province(QStringLiteral("Thái Bình Dương")), nullptr);
    QCOMPARE(g.province(QString()), nullptr);
    // Tones matter (their placement does not): "Thạnh Hóa" is a district of Long An.
    QCOMPARE(g.province(QStringLiteral("Thạnh Hóa")), nullptr);
    QCOMPARE(g.province(QStringLiteral("Hà Nam"))->name, QStringLiteral("Hà Nam"));
    // Typed without diacritics.
    QVERIFY(g.province(QStringLiteral("Ha Noi")));
    QCOMPARE(g.province(QStringLiteral("Ha Noi"))->name, QStringLiteral("Hà Nội"));
    QCOMPARE(g.province(QStringLiteral("tinh Quang Ninh"))->name, QStringLiteral("Quảng Ninh"));
    QCOMPARE(g.province2025(QStringLiteral("Atlantis")), QString());
}

void TestGazetteer::merger2025_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Bắc Giang") << QStringLiteral("Bắc Giang") << QStringLiteral("Bắc Ninh");
    QTest::newRow("Nam Định") << QStringLiteral("Nam Định") << QStringLiteral("Ninh Bình");
    QTest::newRow("Thừa Thiên Huế") << QStringLiteral("Thừa Thiên Huế") << QStringLiteral("Huế");
    QTest::newRow("Bình Dương") << QStringLiteral("Bình Dương") << QStringLiteral("Hồ Chí Minh");
    QTest::newRow("Hòa Bình") << QStringLiteral("Hoà Bình") << QStringLiteral("Phú Thọ");
    QTest::newRow("Kiên Giang") << QStringLiteral("Kiên Giang") << QStringLiteral("An Giang");
    QTest::newRow("unchanged Lạng Sơn") << QStringLiteral("Lạng Sơn") << QStringLiteral("Lạng Sơn");
    QTest::newRow("unchanged Nghệ An") << QStringLiteral("Nghệ An") << QStringLiteral("Nghệ An");
    QTest::newRow("name kept, enlarged") << QStringLiteral("Lào Cai") << QStringLiteral("Lào Cai");
    QTest::newRow("BR-VT alias") << QStringLiteral("BR-VT") << QStringLiteral("Hồ Chí Minh");
}

void TestGazetteer::merger2025()
{
    QFETCH(QString, province);
    QFETCH(QString, expected);
    QCOMPARE(Gazetteer::instance().province2025(province), expected);
}

void TestGazetteer::centralCities()
{
    const Gazetteer &g = Gazetteer::instance();
    for (const char *name : {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}) {
        QVERIFY2(g.isCentralCity(QString::fromUtf8(name), 2017), name);
        QVERIFY2(g.isCentralCity(QString::fromUtf8(name), 2025), name);
    }
    QVERIFY(g.isCentralCity(QStringLiteral("TP.HCM"), 2020));
    QVERIFY(!g.isCentralCity(QStringLiteral("Nam Định"), 2017));
    QVERIFY(!g.isCentralCity(QStringLiteral("Lạng Sơn"), 2023));
    QVERIFY(!g.isCentralCity(QStringLiteral("Nowhere"), 2023));
}

void TestGazetteer::hueByYear()
{
    const Gazetteer &g = Gazetteer::instance();
    QVERIFY(!g.isCentralCity(QStringLiteral("Huế"), 2024));
    QVERIFY(g.isCentralCity(QStringLiteral("Huế"), 2025));
    const ProvinceInfo *before = g.provinceOn(QStringLiteral("Huế"), 2020);
    QVERIFY(before);
    QCOMPARE(before->name, QStringLiteral("Thừa Thiên Huế"));
    const ProvinceInfo *after = g.provinceOn(QStringLiteral("Huế"), 2025);
    QVERIFY(after);
    QCOMPARE(after->name, QStringLiteral("Huế"));
}

void TestGazetteer::districts()
{
    const Gazetteer &g = Gazetteer::instance();
    auto provincesOf = [&g](const QString &name, const QString &kind = {}) {
        QStringList out;
        for (const DistrictInfo *d : g.districts(name)) {
            if ((kind.isEmpty() || d->kind == kind) && !out.contains(d->province))
                out.append(d->province);
        }
        return out;
    };
    QCOMPARE(provincesOf(QStringLiteral("Văn Lãng")), QStringList{QStringLiteral("Lạng Sơn")});
    QCOMPARE(provincesOf(QStringLiteral("huyện Quảng Ninh")), QStringList{QStringLiteral("Quảng Bình")});
    QCOMPARE(provincesOf(QStringLiteral("Nam Định"), QStringLiteral("thanh_pho")), QStringList{QStringLiteral("Nam Định")});
    QCOMPARE(provincesOf(QStringLiteral("Cửa Lò")), QStringList{QStringLiteral("Nghệ An")});
    QCOMPARE(provincesOf(QStringLiteral("Quận 1")), QStringList{QStringLiteral("Hồ Chí Minh")});
    // An ambiguous name: huyện Châu Thành exists in ten provinces, and the CSV says so.
    const QList<const DistrictInfo *> chau = g.districts(QStringLiteral("Châu Thành"));
    QVERIFY(chau.size() >= 10);
    for (const DistrictInfo *d : chau)
        QVERIFY(d->ambiguous);
    // Old-style tones and GSO spellings are aliases.
    QCOMPARE(provincesOf(QStringLiteral("Buôn Mê Thuột")), QStringList{QStringLiteral("Đắk Lắk")});
    QVERIFY(g.districts(QStringLiteral("Nowhere")).isEmpty());
}

void TestGazetteer::parseReportsBadInput()
{
    Gazetteer g;
    QString error;
    QVERIFY(!Gazetteer::parse(QString(), QString(), g, &error));
    QVERIFY(error.contains(QStringLiteral("provinces.csv")));
    QVERIFY(!Gazetteer::parse(QStringLiteral("foo,bar\n1,2\n"), QString(), g, &error));
    QVERIFY(error.contains(QStringLiteral("name")));
    // A quoted field with a comma survives.
    QVERIFY(Gazetteer::parse(QStringLiteral("name,kind,aliases,valid_to,merged_into_2025\n"
                                            "\"Xứ, Lạ\",tinh,\"A;B\",,\n"),
                             QString(), g, &error));
    QCOMPARE(g.provinces().size(), 1);
    QCOMPARE(g.provinces().first().name, QStringLiteral("Xứ, Lạ"));
    QCOMPARE(g.provinces().first().mergedInto2025, QStringLiteral("Xứ, Lạ"));
    QVERIFY(g.province(QStringLiteral("B")));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
