// The review order of a report's figures and what a reviewer types, read the Vietnamese way.
#include "analysis/FactInput.h"
#include "analysis/ReviewQueue.h"

#include <QTest>

using namespace thp;

namespace {
StoredFact stored(double confidence, const QString &status = FactStatus::Extracted, const QString &rule = QStringLiteral("r1"))
{
    StoredFact f;
    f.fact.metric = QStringLiteral("discipline.members");
    f.fact.confidence = confidence;
    f.fact.ruleId = rule;
    f.status = status;
    return f;
}
} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesAreReadTheVietnameseWay()
    {
        QCOMPARE(FactInput::parseValue(QStringLiteral("58.713")), std::optional<double>(58713));
        QCOMPARE(FactInput::parseValue(QStringLiteral(" 98,4 ")), std::optional<double>(98.4));
        QCOMPARE(FactInput::parseValue(QStringLiteral("98,4%")), std::optional<double>(98.4));
        QCOMPARE(FactInput::parseValue(QStringLiteral("944")), std::optional<double>(944));
        QCOMPARE(FactInput::parseValue(QStringLiteral("2023")), std::optional<double>(2023));
        QCOMPARE(FactInput::parseValue(QStringLiteral("1.234.567")), std::optional<double>(1234567));
        QCOMPARE(FactInput::parseValue(QStringLiteral("1.23")), std::optional<double>(1.23)); // cannot group thousands
        QCOMPARE(FactInput::parseValue(QStringLiteral("98.4 %")), std::optional<double>(98.4));
        QCOMPARE(FactInput::parseValue(QStringLiteral("1 234")), std::optional<double>(1234));
        QVERIFY(!FactInput::parseValue(QStringLiteral("12a")));
        QVERIFY(!FactInput::parseValue(QStringLiteral("944 người")));
        QVERIFY(!FactInput::parseValue(QStringLiteral("")));
        QVERIFY(!FactInput::parseValue(QStringLiteral("-5")));
        QCOMPARE(FactInput::editText(58713), QStringLiteral("58.713"));
        QCOMPARE(FactInput::editText(98.4), QStringLiteral("98,4"));
        QCOMPARE(FactInput::parseValue(FactInput::editText(1234.5)), std::optional<double>(1234.5));
    }

    void periods()
    {
        bool ok = false;
        QCOMPARE(FactInput::parsePeriod(QStringLiteral("2016–2020"), &ok), (std::optional<Period>(Period{2016, 2020})));
        QVERIFY(ok);
        QCOMPARE(FactInput::parsePeriod(QStringLiteral("2023"), &ok), (std::optional<Period>(Period{2023, 2023})));
        QVERIFY(!FactInput::parsePeriod(QString(), &ok));
        QVERIFY(ok); // empty: the report's year
        QVERIFY(!FactInput::parsePeriod(QStringLiteral("năm ngoái"), &ok));
        QVERIFY(!ok);
    }

    void firstFigureInSelectedWords()
    {
        const QString words = QStringLiteral("thi hành kỷ luật đối với 944 đảng viên");
        const auto found = FactInput::firstFigure(words);
        QVERIFY(found);
        QCOMPARE(found->value, 944.0);
        QCOMPARE(words.mid(found->span.start, found->span.length()), QStringLiteral("944"));
        const auto rate = FactInput::firstFigure(QStringLiteral("đạt tỷ lệ 98,4% so với"));
        QVERIFY(rate && rate->percent);
        QCOMPARE(rate->value, 98.4);
        // a date or a document number is not a figure
        QVERIFY(!FactInput::firstFigure(QStringLiteral("Kế hoạch số 23-KH/TU ngày 7-12-2016")));
    }

    void checks()
    {
        Fact f;
        f.metric = QStringLiteral("discipline.members");
        f.value = 12.5;
        FactInput::Check c = FactInput::check(f);
        QVERIFY(c.ok());
        QCOMPARE(c.warnings.size(), 1); // a count with decimals
        f.value = -1;
        QVERIFY(!FactInput::check(f).ok());
        f.value = 3;
        f.period = Period{2020, 2016};
        QVERIFY(!FactInput::check(f).ok());
        f.period.reset();
        f.metric = QStringLiteral("nonsense");
        QVERIFY(!FactInput::check(f).ok());
    }

    void aFigureCountingSomethingElseTakesItsUnit()
    {
        Fact f;
        f.metric = QStringLiteral("discipline.members");
        f.unit = QStringLiteral("đảng viên");
        f.value = 12;
        Fact g = FactInput::withMetric(f, QStringLiteral("training.rate"));
        QCOMPARE(g.metric, QStringLiteral("training.rate"));
        QCOMPARE(g.unit, QStringLiteral("%"));
        QCOMPARE(g.value, 12.0); // only what it counts changes
        // The same metric keeps the unit the report wrote; a missing unit is filled in.
        f.unit = QStringLiteral("người");
        QCOMPARE(FactInput::withMetric(f, f.metric).unit, QStringLiteral("người"));
        f.unit.clear();
        QCOMPARE(FactInput::withMetric(f, f.metric).unit, QStringLiteral("đảng viên"));
        // An unknown metric has no unit to give; the check then says what to do.
        g = FactInput::withMetric(f, QString());
        QVERIFY(g.metric.isEmpty());
        QVERIFY(!FactInput::check(g).ok());
        // What is said when typed text is not a value or a period names the accepted forms.
        QVERIFY(FactInput::valueProblem().contains(QStringLiteral("58.713")));
        QVERIFY(FactInput::periodProblem().contains(QStringLiteral("2016-2020")));
    }

    void queueOrders()
    {
        const QList<StoredFact> facts{stored(0.9), stored(0.5, FactStatus::Confirmed), stored(0.6), stored(0.95, FactStatus::Extracted, QStringLiteral("r2")),
                                      stored(0.6)};
        QCOMPARE(ReviewQueue::remaining(facts), 4);
        QCOMPARE(ReviewQueue::nextInReadingOrder(facts, 0), 2);
        QCOMPARE(ReviewQueue::nextInReadingOrder(facts, 4), 0); // wraps
        QCOMPARE(ReviewQueue::nextInReadingOrder(facts, -1), 0);
        QCOMPARE(ReviewQueue::leastConfidentFirst(facts), (QList<int>{2, 4, 0, 3}));
        QCOMPARE(ReviewQueue::nextLeastConfident(facts, -1), 2);
        QCOMPARE(ReviewQueue::nextLeastConfident(facts, 2), 4);
        QCOMPARE(ReviewQueue::nextLeastConfident(facts, 3), 2); // last: back to the first
        // the confirmed row keeps its place in the order
        QCOMPARE(ReviewQueue::nextLeastConfident(facts, 1), 2);
        QCOMPARE(ReviewQueue::sameRule(facts, QStringLiteral("r1")), (QList<int>{0, 2, 4}));
        QVERIFY(ReviewQueue::sameRule(facts, QString()).isEmpty());
        QList<StoredFact> done{stored(0.5, FactStatus::Confirmed)};
        QCOMPARE(ReviewQueue::nextInReadingOrder(done, 0), -1);
        QCOMPARE(ReviewQueue::nextLeastConfident(done, 0), -1);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
