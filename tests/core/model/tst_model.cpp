// The domain model: the metric catalogue a user picks from, and numbers written the
// Vietnamese way.
#include "model/Fact.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"

#include <QTest>

using namespace thp;

class TestModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueHasEveryMetricOfTheSpec();
    void namesInBothLanguages();
    void brokenCatalogueIsReported();
    void vietnameseNumbers_data();
    void vietnameseNumbers();
    void periods();
};

void TestModel::catalogueHasEveryMetricOfTheSpec()
{
    const MetricCatalogue &c = MetricCatalogue::instance();
    QCOMPARE(c.metrics().size(), qsizetype(38));
    for (const char *key : {"training.rate", "inspection_on_signs.members", "discipline.members.expulsion",
                            "review_suggestion.total", "rating.orgs_good.rate", "exemplary_models.commended"})
        QVERIFY2(c.contains(QLatin1String(key)), key);
    QVERIFY(c.find(QStringLiteral("training.rate"))->isRate);
    QVERIFY(!c.find(QStringLiteral("discipline.members"))->isRate);
    QCOMPARE(c.find(QStringLiteral("discipline.members.warning"))->partOf, QStringLiteral("discipline.members"));
    for (const MetricInfo &m : c.metrics())
        QVERIFY2(!c.familyName(m.family).isEmpty() && c.familyName(m.family) != m.family, qPrintable(m.key));
}

void TestModel::namesInBothLanguages()
{
    const MetricCatalogue &c = MetricCatalogue::instance();
    QCOMPARE(c.displayName(QStringLiteral("discipline.members")), QStringLiteral("Kỷ luật đảng viên"));
    QCOMPARE(c.displayName(QStringLiteral("discipline.members"), QStringLiteral("en")), QStringLiteral("Party members disciplined"));
    QCOMPARE(c.displayName(QStringLiteral("no.such.metric")), QStringLiteral("no.such.metric"));

    // Units: stored as reports write them, shown in the interface's language.
    for (const MetricInfo &m : c.metrics())
        QVERIFY2(!m.unit.isEmpty() && !m.unitEn.isEmpty(), qPrintable(m.key));
    const QString members = QStringLiteral("discipline.members");
    QCOMPARE(c.displayUnit(members, QStringLiteral("vi")), QStringLiteral("đảng viên"));
    QCOMPARE(c.displayUnit(members, QStringLiteral("en")), QStringLiteral("members"));
    QCOMPARE(c.displayUnit(members, QStringLiteral("en"), QStringLiteral("đảng viên")), QStringLiteral("members"));
    // A unit the report wrote otherwise is shown as written, in either language.
    QCOMPARE(c.displayUnit(members, QStringLiteral("en"), QStringLiteral("trường hợp")), QStringLiteral("trường hợp"));
    QCOMPARE(c.displayUnit(QStringLiteral("training.rate"), QStringLiteral("en")), QStringLiteral("%"));
    QCOMPARE(c.displayUnit(QStringLiteral("inspection.party_orgs"), QStringLiteral("en")), QStringLiteral("party organisations"));
}

void TestModel::brokenCatalogueIsReported()
{
    QString error;
    const MetricCatalogue c = MetricCatalogue::fromJson("{ broken", &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(c.metrics().isEmpty());
}

void TestModel::vietnameseNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("rate");
    QTest::addColumn<QString>("shown");
    QTest::newRow("thousands") << 58713.0 << false << QStringLiteral("58.713");
    QTest::newRow("millions") << 1234567.0 << false << QStringLiteral("1.234.567");
    QTest::newRow("small") << 7.0 << false << QStringLiteral("7");
    QTest::newRow("rate") << 98.4 << true << QStringLiteral("98,4%");
    QTest::newRow("whole rate") << 100.0 << true << QStringLiteral("100%");
    QTest::newRow("two decimals") << 91.25 << true << QStringLiteral("91,25%");
}

void TestModel::vietnameseNumbers()
{
    QFETCH(double, value);
    QFETCH(bool, rate);
    QFETCH(QString, shown);
    QCOMPARE(VietFormat::value(value, rate), shown);
}

void TestModel::periods()
{
    QCOMPARE((Period{2016, 2020}).toString(), QStringLiteral("2016–2020"));
    QCOMPARE((Period{2023, 2023}).toString(), QStringLiteral("2023"));
    Fact a;
    a.metric = QStringLiteral("discipline.members");
    a.value = 944;
    a.period = Period{2016, 2020};
    Fact b = a;
    QVERIFY(a.sameFigure(b));
    b.level = Level::Province;
    QVERIFY(!a.sameFigure(b));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
