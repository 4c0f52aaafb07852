// EntryValidator: the checks a figure typed in by hand gets before it is saved. Warnings
// (a person may save past them) for what looks wrong; errors only for what the store
// would refuse.
#include "analysis/EntryValidator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace thp;

namespace {

Fact figure(const QString &metric, double value, int year = 2023, const QString &level = Level::All)
{
    Fact f;
    f.metric = metric;
    f.value = value;
    f.level = level;
    f.period = Period{year, year};
    return f;
}

QList<EntryIssue::Severity> severities(const QList<EntryIssue> &issues)
{
    QList<EntryIssue::Severity> s;
    for (const EntryIssue &i : issues)
        s << i.severity;
    return s;
}

const QString kProvince = QStringLiteral("Lạng Sơn");

} // namespace

class TestEntryValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainFigureHasNoIssues();
    void rateOutside0To100Warns();
    void countNotWholeWarns();
    void negativeOrMissingIsAnError();
    void partAboveItsTotalWarns();
    void partsTogetherAboveTheTotalWarn();
    void totalBelowItsPartsWarns();
    void otherTierOrPeriodIsNotCompared();
    void enteredBeforeWithAnotherValueWarns();
    void unknownProvinceWarns();
};

void TestEntryValidator::plainFigureHasNoIssues()
{
    QVERIFY(EntryValidator::check(figure(QStringLiteral("discipline.members"), 223), kProvince, {}).isEmpty());
    QVERIFY(EntryValidator::check(figure(QStringLiteral("training.rate"), 100), kProvince, {}).isEmpty());
    QVERIFY(EntryValidator::check(figure(QStringLiteral("training.rate"), 0), kProvince, {}).isEmpty());
}

void TestEntryValidator::rateOutside0To100Warns()
{
    const QList<EntryIssue> issues = EntryValidator::check(figure(QStringLiteral("training.rate"), 120), kProvince, {});
    QCOMPARE(severities(issues), QList<EntryIssue::Severity>{EntryIssue::Warning});
    QVERIFY2(issues.first().message.contains(QStringLiteral("120%")), qPrintable(issues.first().message));
    QVERIFY(!EntryValidator::hasErrors(issues));
    // 98,4 is a rate with a decimal: fine.
    QVERIFY(EntryValidator::check(figure(QStringLiteral("training.rate"), 98.4), kProvince, {}).isEmpty());
}

void TestEntryValidator::countNotWholeWarns()
{
    const QList<EntryIssue> issues = EntryValidator::check(figure(QStringLiteral("inspection.members"), 12.5), kProvince, {});
    QCOMPARE(severities(issues), QList<EntryIssue::Severity>{EntryIssue::Warning});
    QVERIFY2(issues.first().message.contains(QStringLiteral("12,5")), qPrintable(issues.first().message));
}

void TestEntryValidator::negativeOrMissingIsAnError()
{
    QVERIFY(EntryValidator::hasErrors(EntryValidator::check(figure(QStringLiteral("inspection.members"), -5), kProvince, {})));
    QVERIFY(EntryValidator::hasErrors(EntryValidator::check(
        figure(QStringLiteral("inspection.members"), std::numeric_limits<double>::quiet_NaN()), kProvince, {})));
    QVERIFY(EntryValidator::hasErrors(EntryValidator::check(figure(QStringLiteral("inspection.members"), 5), QString(), {})));
    QVERIFY(EntryValidator::hasErrors(EntryValidator::check(figure(QStringLiteral("no.such.metric"), 5), kProvince, {})));
    Fact noPeriod = figure(QStringLiteral("inspection.members"), 5);
    noPeriod.period.reset();
    QVERIFY(EntryValidator::hasErrors(EntryValidator::check(noPeriod, kProvince, {})));
    Fact backwards = figure(QStringLiteral("inspection.members"), 5);
    backwards.period = Period{2025, 2020};
    QVERIFY(EntryValidator::hasErrors(EntryValidator::check(backwards, kProvince, {})));
}

void TestEntryValidator::partAboveItsTotalWarns()
{
    const QList<Fact> known = {figure(QStringLiteral("discipline.members"), 10)};
    const QList<EntryIssue> issues
        = EntryValidator::check(figure(QStringLiteral("discipline.members.expulsion"), 15), kProvince, known);
    QCOMPARE(severities(issues), QList<EntryIssue::Severity>{EntryIssue::Warning});
    QVERIFY2(issues.first().message.contains(QStringLiteral("khai trừ")), qPrintable(issues.first().message));
    // Participants are a part of the members due to attend.
    QCOMPARE(EntryValidator::check(figure(QStringLiteral("training.participants"), 58713), kProvince,
                                   {figure(QStringLiteral("training.eligible"), 58000)})
                 .size(),
             1);
    // Equal to the total: fine.
    QVERIFY(EntryValidator::check(figure(QStringLiteral("discipline.members.expulsion"), 10), kProvince, known).isEmpty());
}

void TestEntryValidator::partsTogetherAboveTheTotalWarn()
{
    const QList<Fact> known = {figure(QStringLiteral("discipline.members"), 10),
                               figure(QStringLiteral("discipline.members.reprimand"), 6)};
    QVERIFY(EntryValidator::check(figure(QStringLiteral("discipline.members.warning"), 4), kProvince, known).isEmpty());
    const QList<EntryIssue> issues
        = EntryValidator::check(figure(QStringLiteral("discipline.members.warning"), 5), kProvince, known);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QStringLiteral("11")), qPrintable(issues.first().message));
    // A part entered again replaces its earlier entry in the sum (6 → 2: 2 + 5 ≤ 10).
    QList<Fact> again = known;
    again << figure(QStringLiteral("discipline.members.reprimand"), 2);
    QVERIFY(EntryValidator::check(figure(QStringLiteral("discipline.members.warning"), 5), kProvince, again).isEmpty());
}

void TestEntryValidator::totalBelowItsPartsWarns()
{
    const QList<Fact> known = {figure(QStringLiteral("discipline.members.reprimand"), 6),
                               figure(QStringLiteral("discipline.members.warning"), 5)};
    QCOMPARE(EntryValidator::check(figure(QStringLiteral("discipline.members"), 10), kProvince, known).size(), 1);
    QVERIFY(EntryValidator::check(figure(QStringLiteral("discipline.members"), 11), kProvince, known).isEmpty());
}

void TestEntryValidator::otherTierOrPeriodIsNotCompared()
{
    const QList<Fact> known = {figure(QStringLiteral("discipline.members"), 10, 2022),
                               figure(QStringLiteral("discipline.members"), 10, 2023, Level::Province)};
    QVERIFY(EntryValidator::check(figure(QStringLiteral("discipline.members.expulsion"), 15), kProvince, known).isEmpty());
}

void TestEntryValidator::enteredBeforeWithAnotherValueWarns()
{
    const QList<Fact> known = {figure(QStringLiteral("inspection.members"), 1242)};
    const QList<EntryIssue> issues = EntryValidator::check(figure(QStringLiteral("inspection.members"), 1240), kProvince, known);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QStringLiteral("1.242")), qPrintable(issues.first().message));
    QVERIFY(EntryValidator::check(figure(QStringLiteral("inspection.members"), 1242), kProvince, known).isEmpty());
}

void TestEntryValidator::unknownProvinceWarns()
{
    const QList<EntryIssue> issues = EntryValidator::check(figure(QStringLiteral("inspection.members"), 5),
                                                           QStringLiteral("Lang Song"), {});
    QCOMPARE(severities(issues), QList<EntryIssue::Severity>{EntryIssue::Warning});
    QVERIFY(issues.first().message.contains(QStringLiteral("Lang Song")));
    // Spelled without tones, the gazetteer still knows it.
    QVERIFY(EntryValidator::check(figure(QStringLiteral("inspection.members"), 5), QStringLiteral("Lang Son"), {}).isEmpty());
}


QTEST_GUILESS_MAIN(TestEntryValidator)
#include "tst_entry_validator.moc"
