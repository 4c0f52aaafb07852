// The extraction engine as a user meets it: whole sentences in, facts with tier, period,
// qualifier and words out; consistency warnings that never change a figure; rules an
// analyst can extend without recompiling; bad input that warns instead of crashing.
#include "extract/Extractor.h"
#include "extract/RuleSet.h"
#include "text/Normalizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace thp;

namespace {

QList<Fact> factsOf(const QString &text, const Extractor &e = Extractor::instance())
{
    return e.extract(Normalizer::toNfc(text)).facts;
}

const Fact *find(const QList<Fact> &facts, const QString &metric, const QString &level, double value)
{
    for (const Fact &f : facts)
        if (f.metric == metric && f.level == level && qFuzzyCompare(f.value, value))
            return &f;
    return nullptr;
}

QByteArray resource(const char *name)
{
    QFile f(QStringLiteral(":/tonghop/rules/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anGiangDisciplineSentence();
    void spansPointIntoTheText();
    void periodCarriesOnlyIntoContinuations();
    void checksWarnButKeepFigures();
    void rateOverHundredIsFlagged();
    void differentThingsAreNotADisagreement();
    void ratioAgainstRate();
    void analystCanAddACuePhrase();
    void brokenRulesAreReported();
    void badInputWarns_data();
    void badInputWarns();
};

void TestExtractor::anGiangDisciplineSentence()
{
    const QString text = QStringLiteral(
        "Từ năm 2016 đến năm 2020, các cấp ủy đã kiểm tra 5.864 lượt tổ chức đảng và 188.886 lượt đảng viên "
        "(trong đó có 38.798 lượt cấp ủy viên); giám sát 4.767 lượt tổ chức đảng và 30.507 lượt đảng viên "
        "(trong đó, có 9.911 lượt cấp ủy viên); thi hành kỷ luật đối với 944 đảng viên (cấp tỉnh 41, cấp huyện "
        "372, cấp cơ sở 257, cấp chi bộ 274).");
    const QList<Fact> facts = factsOf(text);
    const Period p{2016, 2020};
    struct Want { const char *metric; const char *level; double value; };
    const Want discipline[] = {{"discipline.members", "all", 944}, {"discipline.members", "province", 41},
                               {"discipline.members", "district", 372}, {"discipline.members", "grassroots", 257},
                               {"discipline.members", "cell", 274}};
    for (const Want &w : discipline) {
        const Fact *f = find(facts, QLatin1String(w.metric), QLatin1String(w.level), w.value);
        QVERIFY2(f, qPrintable(QStringLiteral("missing %1 %2 %3").arg(QLatin1String(w.metric), QLatin1String(w.level)).arg(w.value)));
        QCOMPARE(f->period, std::optional<Period>(p));
        QCOMPARE(f->qualifier, Qualifier::Exact);
        QVERIFY(!f->ruleId.isEmpty());
        QVERIFY(f->confidence > 0.5 && f->confidence <= 1.0);
    }
    QVERIFY(find(facts, QStringLiteral("inspection.committee_members"), Level::All, 38798));
    QVERIFY(find(facts, QStringLiteral("supervision.committee_members"), Level::All, 9911));
    QCOMPARE(facts.size(), qsizetype(11));
    // The tiers add up to the total: no warning.
    for (const Fact &f : facts)
        QVERIFY2(f.warnings.isEmpty(), qPrintable(f.warnings.join(QLatin1Char(';'))));
}

void TestExtractor::spansPointIntoTheText()
{
    const QString text = Normalizer::toNfc(QStringLiteral(
        "Hòa Bình: năm 2023, BTV Tỉnh uỷ đã gợi ý kiểm điểm đối với 11 tập thể và 12 cá nhân."));
    const ExtractionResult r = Extractor::instance().extract(text);
    QCOMPARE(r.facts.size(), qsizetype(2));
    for (const Fact &f : r.facts) {
        QCOMPARE(text.mid(f.span.start, f.span.length()), f.text);
        QCOMPARE(f.level, Level::Province); // "Tỉnh uỷ" with the old tone placement
    }
    QVERIFY(r.facts.at(0).text.contains(QStringLiteral("11 tập thể")));
}

void TestExtractor::periodCarriesOnlyIntoContinuations()
{
    const QList<Fact> facts = factsOf(QStringLiteral(
        "Tính riêng năm 2023, cấp ủy các cấp kiểm tra 532 tổ chức đảng. Theo đó, đã thi hành kỷ luật 12 đảng viên. "
        "Công tác cán bộ được quan tâm. Tỉnh đã bổ nhiệm 40 lượt cán bộ."));
    const Fact *d = find(facts, QStringLiteral("discipline.members"), Level::All, 12);
    QVERIFY(d);
    QCOMPARE(d->period, std::optional<Period>(Period{2023, 2023}));
    const Fact *a = find(facts, QStringLiteral("cadre.appointed"), Level::All, 40);
    QVERIFY(a);
    QVERIFY(!a->period); // an unrelated sentence does not inherit the year
}

void TestExtractor::checksWarnButKeepFigures()
{
    // 176 + 7 + 27 + 13 = 223 would balance; here the parts say 233.
    const QList<Fact> facts = factsOf(QStringLiteral(
        "Năm 2023, thi hành kỷ luật 223 đảng viên, trong đó khiển trách 186, cách chức 7, cảnh cáo 27 và khai trừ 13 đảng viên."));
    const Fact *total = find(facts, QStringLiteral("discipline.members"), Level::All, 223);
    QVERIFY(total);
    QVERIFY(find(facts, QStringLiteral("discipline.members.reprimand"), Level::All, 186)); // kept as written
    QVERIFY(!total->warnings.isEmpty());
    QVERIFY(total->warnings.first().contains(QStringLiteral("233")));
}

void TestExtractor::rateOverHundredIsFlagged()
{
    const QList<Fact> facts = factsOf(QStringLiteral(
        "Năm 2022, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 104%."));
    QCOMPARE(facts.size(), qsizetype(1));
    QCOMPARE(facts.first().value, 104.0);
    QCOMPARE(facts.first().warnings.size(), qsizetype(1));
}

void TestExtractor::differentThingsAreNotADisagreement()
{
    // Resolutions and programmes are both "documents issued": two figures, no conflict.
    const QList<Fact> kinds = factsOf(QStringLiteral(
        "Năm 2023, Tỉnh ủy ban hành 12 nghị quyết và 45 chương trình thực hiện Nghị quyết."));
    QCOMPARE(kinds.size(), qsizetype(2));
    for (const Fact &f : kinds)
        QVERIFY2(f.warnings.isEmpty(), qPrintable(f.warnings.join(QStringLiteral("; "))));
    // The same thing counted twice with two values is one.
    const QList<Fact> twice = factsOf(QStringLiteral(
        "Năm 2023, thi hành kỷ luật 223 đảng viên. Cũng trong năm 2023, đã thi hành kỷ luật 232 đảng viên."));
    QCOMPARE(twice.size(), qsizetype(2));
    QVERIFY(!twice.first().warnings.isEmpty());
}

void TestExtractor::ratioAgainstRate()
{
    const QList<Fact> ok = factsOf(QStringLiteral("Đảng bộ tỉnh đã tổ chức 518 lớp với 58.713/59.654 đảng viên dự học, đạt tỷ lệ 98,4%."));
    QCOMPARE(ok.size(), qsizetype(4));
    for (const Fact &f : ok)
        QVERIFY(f.warnings.isEmpty());
    const QList<Fact> off = factsOf(QStringLiteral("Đảng bộ tỉnh đã tổ chức 518 lớp với 50.713/59.654 đảng viên dự học, đạt tỷ lệ 98,4%."));
    const Fact *rate = find(off, QStringLiteral("training.rate"), Level::All, 98.4);
    QVERIFY(rate);
    QCOMPARE(rate->warnings.size(), qsizetype(1));
    QVERIFY(rate->warnings.first().contains(QStringLiteral("85%")));
}

void TestExtractor::analystCanAddACuePhrase()
{
    const QString sentence = QStringLiteral("Năm 2023, Đảng ủy đã rà soát, đánh giá 37 tổ chức đảng.");
    QVERIFY(factsOf(sentence).isEmpty());
    // An analyst teaches "rà soát, đánh giá" as an inspection cue, in the override folder.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("metrics.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"cues": {"inspect": {"phrases": ["rà soát, đánh giá"], "where": "pre"}}})");
    f.close();
    qputenv("TONGHOP_RULES_DIR", dir.path().toUtf8());
    QString error;
    const Extractor taught(RuleSet::loadDefault(&error));
    qunsetenv("TONGHOP_RULES_DIR");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Fact> facts = factsOf(sentence, taught);
    QCOMPARE(facts.size(), qsizetype(1));
    QCOMPARE(facts.first().metric, QStringLiteral("inspection.party_orgs"));
    QCOMPARE(facts.first().value, 37.0);
}

void TestExtractor::brokenRulesAreReported()
{
    // An analyst's broken file: the bundled rules still work and every result says why.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("metrics.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"cues\": [ oops");
    f.close();
    qputenv("TONGHOP_RULES_DIR", dir.path().toUtf8());
    const Extractor withBroken;
    qunsetenv("TONGHOP_RULES_DIR");
    const ExtractionResult r = withBroken.extract(QStringLiteral("Năm 2023, kỷ luật 12 đảng viên."));
    QCOMPARE(r.facts.size(), qsizetype(1));
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.warnings.first().contains(QDir::toNativeSeparators(dir.path())));

    QString error;
    QVERIFY(!RuleSet::fromJson("{ not json", resource("context.json"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!RuleSet::fromJson(R"({"rules": [{"id": "x", "cues": ["no-such-cue"], "nouns": {}}]})",
                               resource("context.json"), &error));
    QVERIFY(error.contains(QStringLiteral("no-such-cue")));
}

void TestExtractor::badInputWarns_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   \n\n  ");
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x01\x02PK\x03\x04\xff\xfe\x00\x00garbage", 20));
    QTest::newRow("invalid utf-8") << QString::fromUtf8("Kỷ luật \xff\xfe 12 \xc3");
    QTest::newRow("no figures") << QStringLiteral("Nghị quyết Trung ương 4 (khóa XII) được quán triệt sâu rộng.");
    QTest::newRow("only traps") << QStringLiteral("Quy định số 08-QĐi/TW ngày 25-10-2018; 27 biểu hiện; cơ cấu 3 độ tuổi; Hai là, ...");
}

void TestExtractor::badInputWarns()
{
    QFETCH(QString, text);
    const ExtractionResult r = Extractor::instance().extract(Normalizer::toNfc(text));
    QVERIFY(r.facts.isEmpty());
    QVERIFY(!r.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
