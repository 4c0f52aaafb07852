// Recall test on synthetic reports: 300 reports from thp::test::ReportGenerator, each with
// its planted figures; the extractor is scored as /work/shared/tools/score.py scores it.

#include "FactMatching.h"
#include "ReportGenerator.h"
#include "extract/Extractor.h"
#include "text/Normalizer.h"

#include <QMap>
#include <QTest>

using namespace thp;

class TestGenerated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsDeterministic();
    void generatorPlantsWhatItWrites();
    void extractorFindsPlantedFacts();
};

void TestGenerated::generatorIsDeterministic()
{
    test::ReportGenerator a(42), b(42), c(43);
    const test::GeneratedReport ra = a.generate(), rb = b.generate(), rc = c.generate();
    QCOMPARE(ra.text, rb.text);
    QCOMPARE(ra.facts.size(), rb.facts.size());
    QVERIFY(ra.text != rc.text);
}

// Every planted figure's digits appear in the text, and the planted province is named.
void TestGenerated::generatorPlantsWhatItWrites()
{
    test::ReportGenerator gen(7);
    for (int i = 0; i < 50; ++i) {
        const test::GeneratedReport r = gen.generate();
        QVERIFY(!r.facts.isEmpty());
        QVERIFY2(test::ReportGenerator::provinces().contains(r.province), qPrintable(r.province));
        QVERIFY(r.text == Normalizer::toNfc(r.text));
        for (const Fact &f : r.facts) {
            QVERIFY2(f.text.size() > 0 && Normalizer::matchKey(r.text).contains(Normalizer::matchKey(f.text)),
                     qPrintable(test::describe(f)));
            QVERIFY(!f.period || f.period->to <= r.year);
        }
    }
}

void TestGenerated::extractorFindsPlantedFacts()
{
    constexpr int reports = 300;
    test::ReportGenerator gen(20240601);
    test::Score total;
    int provinceOk = 0;
    QStringList samples; // a few misses and wrong facts, to show in the log
    QMap<QString, test::Score> byMetric;
    QStringList levelSamples;
    for (int i = 0; i < reports; ++i) {
        const test::GeneratedReport r = gen.generate();
        const ExtractionResult result = Extractor::instance().extract(Normalizer::toNfc(r.text), r.title);
        QList<Fact> wrong, missed;
        QList<QPair<Fact, Fact>> pairs;
        total += test::scoreFacts(result.facts, r.facts, &wrong, &missed, &pairs);
        for (const auto &[p, g] : std::as_const(pairs)) {
            if (p.level != g.level) {
                ++byMetric[g.metric].levelOk; // counts level mismatches here
                if (levelSamples.size() < 5)
                    levelSamples << QStringLiteral("report %1 level %2, planted %3").arg(i).arg(test::describe(p), g.level);
            }
        }
        for (const Fact &f : std::as_const(wrong))
            ++byMetric[f.metric].wrong;
        for (const Fact &f : std::as_const(missed))
            ++byMetric[f.metric].missed;
        provinceOk += Normalizer::matchKey(result.info.province) == Normalizer::matchKey(r.province);
        if (samples.size() < 20) {
            // one example per report keeps the log varied
            if (!missed.isEmpty())
                samples << QStringLiteral("report %1 missed: %2").arg(i).arg(test::describe(missed.first()));
            if (!wrong.isEmpty())
                samples << QStringLiteral("report %1 wrong:  %2").arg(i).arg(test::describe(wrong.first()));
            if (Normalizer::matchKey(result.info.province) != Normalizer::matchKey(r.province))
                samples << QStringLiteral("report %1 province %2, expected %3").arg(i).arg(result.info.province, r.province);
        }
    }
    const double provinceAccuracy = double(provinceOk) / reports;
    for (const QString &s : std::as_const(samples))
        qInfo().noquote() << QString(s).replace(u'\n', QStringLiteral(" / "));
    for (const QString &s : std::as_const(levelSamples))
        qInfo().noquote() << QString(s).replace(u'\n', QStringLiteral(" / "));
    for (auto it = byMetric.cbegin(); it != byMetric.cend(); ++it)
        qInfo().noquote() << QStringLiteral("%1 wrong %2 missed %3 wrong level %4")
                                 .arg(it.key(), -40).arg(it->wrong, 5).arg(it->missed, 5).arg(it->levelOk, 5);
    qInfo().noquote() << QStringLiteral("generated reports: %1, planted facts right %2, wrong %3, missed %4")
                             .arg(reports).arg(total.right).arg(total.wrong).arg(total.missed);
    qInfo().noquote() << QStringLiteral("P=%1 R=%2 F1=%3 level %4 qualifier %5 period %6 province %7")
                             .arg(total.precision(), 0, 'f', 3).arg(total.recall(), 0, 'f', 3).arg(total.f1(), 0, 'f', 3)
                             .arg(total.right ? double(total.levelOk) / total.right : 0.0, 0, 'f', 3)
                             .arg(total.right ? double(total.qualifierOk) / total.right : 0.0, 0, 'f', 3)
                             .arg(total.periodChecked ? double(total.periodOk) / total.periodChecked : 0.0, 0, 'f', 3)
                             .arg(provinceAccuracy, 0, 'f', 3);
    QVERIFY2(total.f1() >= 0.95, qPrintable(QStringLiteral("F1 %1 < 0.95").arg(total.f1())));
    QVERIFY2(provinceAccuracy >= 0.95, qPrintable(QStringLiteral("province accuracy %1 < 0.95").arg(provinceAccuracy)));
}

QTEST_GUILESS_MAIN(TestGenerated)
#include "tst_generated.moc"
