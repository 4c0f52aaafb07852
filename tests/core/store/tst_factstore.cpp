// Review of facts: every change is kept in the history, a stale change is refused, two
// connections editing at once lose nothing, and re-extraction never undoes a person's work.
#include "StoreTestData.h"
#include "store/Database.h"
#include "store/FactStore.h"

#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace thp;

class TestFactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = test::freshDatabase(m_dir, QStringLiteral("f%1").arg(++m_n));
        QString error;
        m_db = Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error));
        ReportStore store(*m_db);
        const AddReportResult r = store.addReport(test::report(
            QStringLiteral("Lạng Sơn"), 2023,
            {test::fact(QStringLiteral("discipline.members"), 223, Period{2023, 2023}, 10, 20),
             test::fact(QStringLiteral("inspection.members"), 1500, Period{2023, 2023}, 30, 40),
             test::fact(QStringLiteral("org.members"), 58713, std::nullopt, 50, 60),
             test::fact(QStringLiteral("documents.issued"), 27, Period{2023, 2023}, 70, 80)}));
        QCOMPARE(r.kind, AddReportResult::Imported);
        m_reportId = r.reportId;
        m_facts = store.facts(m_reportId);
        QCOMPARE(m_facts.size(), 4);
    }
    void cleanup() { m_db.reset(); }

    void editKeepsHistory()
    {
        FactStore facts(*m_db);
        const StoredFact before = m_facts.at(0);
        Fact corrected = before.fact;
        corrected.value = 233;
        corrected.level = Level::Province;
        corrected.period = Period{2022, 2023};
        const FactChange c = facts.updateFact(before.id, corrected, QStringLiteral("Nguyễn Thị Hoa"), before.revision);
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.fact.status, FactStatus::Edited);
        const StoredFact after = *facts.fact(before.id);
        QCOMPARE(after.fact.value, 233.0);
        QCOMPARE(after.fact.level, Level::Province);
        QCOMPARE(after.fact.period, (std::optional<Period>(Period{2022, 2023})));
        QCOMPARE(after.fact.span, before.fact.span); // where it was read stays
        QCOMPARE(after.status, FactStatus::Edited);
        QCOMPARE(after.changedBy, QStringLiteral("Nguyễn Thị Hoa"));
        QVERIFY(after.changedAt.isValid());
        QCOMPARE(after.revision, before.revision + 1);

        const QList<FactHistoryEntry> h = facts.history(before.id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().action, QStringLiteral("edit"));
        QCOMPARE(h.first().changedBy, QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(h.first().before.value(QStringLiteral("value")).toDouble(), 223.0);
        QCOMPARE(h.first().after.value(QStringLiteral("value")).toDouble(), 233.0);
        QCOMPARE(h.first().before.value(QStringLiteral("status")).toString(), FactStatus::Extracted);
    }

    void confirmAndReject()
    {
        FactStore facts(*m_db);
        QVERIFY(facts.confirmFact(m_facts.at(1).id, QStringLiteral("hoa")).ok);
        QVERIFY(facts.rejectFact(m_facts.at(2).id, QStringLiteral("minh")).ok);
        QCOMPARE(facts.fact(m_facts.at(1).id)->status, FactStatus::Confirmed);
        QCOMPARE(facts.fact(m_facts.at(1).id)->fact.value, 1500.0);
        QCOMPARE(facts.fact(m_facts.at(2).id)->status, FactStatus::Rejected);
        QCOMPARE(facts.history(m_facts.at(2).id).first().action, QStringLiteral("reject"));
        QCOMPARE(facts.history(m_facts.at(2).id).first().changedBy, QStringLiteral("minh"));
        // A rejected figure no longer counts for its report.
        QCOMPARE(ReportStore(*m_db).report(m_reportId)->factCount, 3);
        // Taken back: confirmed, and the history has both steps.
        QVERIFY(facts.confirmFact(m_facts.at(2).id, QStringLiteral("hoa")).ok);
        QCOMPARE(facts.fact(m_facts.at(2).id)->status, FactStatus::Confirmed);
        QCOMPARE(facts.history(m_facts.at(2).id).size(), 2);
        QCOMPARE(facts.history(m_facts.at(2).id).last().before.value(QStringLiteral("status")).toString(), FactStatus::Rejected);
        QCOMPARE(ReportStore(*m_db).report(m_reportId)->factCount, 4);
    }

    void invalidEditsChangeNothing()
    {
        FactStore facts(*m_db);
        const StoredFact f = m_facts.at(0);
        Fact bad = f.fact;
        bad.metric = QStringLiteral("discipline.memebrs");
        FactChange c = facts.updateFact(f.id, bad, QStringLiteral("hoa"));
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(QStringLiteral("discipline.memebrs")), qPrintable(c.error));
        bad = f.fact;
        bad.period = Period{2023, 2016};
        QVERIFY(!facts.updateFact(f.id, bad, QStringLiteral("hoa")).ok);
        bad = f.fact;
        bad.value = -3;
        QVERIFY(!facts.updateFact(f.id, bad, QStringLiteral("hoa")).ok);
        QVERIFY(!facts.updateFact(987654, f.fact, QStringLiteral("hoa")).ok);
        QCOMPARE(facts.fact(f.id)->fact.value, 223.0);
        QCOMPARE(facts.fact(f.id)->status, FactStatus::Extracted);
        QVERIFY(facts.history(f.id).isEmpty());
    }

    void staleChangeIsRefused()
    {
        FactStore facts(*m_db);
        const StoredFact seen = m_facts.at(0); // both people opened revision 0
        Fact mine = seen.fact;
        mine.value = 224;
        QVERIFY(facts.updateFact(seen.id, mine, QStringLiteral("Hoa"), seen.revision).ok);
        Fact theirs = seen.fact;
        theirs.value = 225;
        const FactChange c = facts.updateFact(seen.id, theirs, QStringLiteral("Minh"), seen.revision);
        QVERIFY(!c.ok);
        QVERIFY2(c.error.contains(QStringLiteral("Hoa")), qPrintable(c.error));
        QCOMPARE(facts.fact(seen.id)->fact.value, 224.0);
        QVERIFY(!facts.rejectFact(seen.id, QStringLiteral("Minh"), seen.revision).ok);
        QCOMPARE(facts.fact(seen.id)->status, FactStatus::Edited);
        QCOMPARE(facts.history(seen.id).size(), 1);
    }

    void restoreUndoesAReviewStep()
    {
        FactStore facts(*m_db);
        const StoredFact before = m_facts.at(0);
        Fact corrected = before.fact;
        corrected.value = 233;
        corrected.qualifier = Qualifier::Approx;
        const FactChange edit = facts.updateFact(before.id, corrected, QStringLiteral("hoa"), before.revision);
        QVERIFY2(edit.ok, qPrintable(edit.error));
        // Undo: values and status exactly as before, the revision still grows.
        const FactChange back = facts.restoreFact(before.id, before, QStringLiteral("hoa"), edit.fact.revision);
        QVERIFY2(back.ok, qPrintable(back.error));
        const StoredFact now = *facts.fact(before.id);
        QCOMPARE(now.fact.value, 223.0);
        QCOMPARE(now.fact.qualifier, Qualifier::Exact);
        QCOMPARE(now.fact.period, before.fact.period);
        QCOMPARE(now.status, FactStatus::Extracted);
        QCOMPARE(now.revision, before.revision + 2);
        const QList<FactHistoryEntry> h = facts.history(before.id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().action, QStringLiteral("restore"));
        QCOMPARE(h.last().before.value(QStringLiteral("value")).toDouble(), 233.0);
        QCOMPARE(h.last().after.value(QStringLiteral("status")).toString(), FactStatus::Extracted);

        // A rejection taken back the same way.
        const FactChange rejected = facts.rejectFact(m_facts.at(1).id, QStringLiteral("minh"));
        QVERIFY(rejected.ok);
        QVERIFY(facts.restoreFact(m_facts.at(1).id, m_facts.at(1), QStringLiteral("minh"), rejected.fact.revision).ok);
        QCOMPARE(facts.fact(m_facts.at(1).id)->status, FactStatus::Extracted);

        // Someone changed it meanwhile: the undo is refused and their change stays.
        const FactChange other = facts.updateFact(before.id, corrected, QStringLiteral("Minh"), now.revision);
        QVERIFY(other.ok);
        const FactChange stale = facts.restoreFact(before.id, before, QStringLiteral("hoa"), now.revision);
        QVERIFY(!stale.ok);
        QVERIFY2(stale.error.contains(QStringLiteral("Minh")), qPrintable(stale.error));
        QCOMPARE(facts.fact(before.id)->fact.value, 233.0);
        // An extracted figure never becomes "entered", nor the other way round.
        StoredFact asEntered = before;
        asEntered.status = FactStatus::Entered;
        QVERIFY(!facts.restoreFact(before.id, asEntered, QStringLiteral("hoa")).ok);
        StoredFact bogus = before;
        bogus.status = QStringLiteral("maybe");
        QVERIFY(!facts.restoreFact(before.id, bogus, QStringLiteral("hoa")).ok);
        QCOMPARE(facts.fact(before.id)->status, FactStatus::Edited);
    }

    void missedFigureIsAddedToItsReport()
    {
        FactStore facts(*m_db);
        ReportStore reports(*m_db);
        const QString text = reports.reportText(m_reportId);
        Fact f = test::fact(QStringLiteral("inspection.party_orgs"), 12, std::nullopt, 8, 14);
        f.text.clear();
        f.ruleId.clear();
        const FactChange c = facts.addReportFact(m_reportId, f, QStringLiteral("Hoa"));
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.fact.reportId, m_reportId);
        QCOMPARE(c.fact.status, FactStatus::Entered);
        QCOMPARE(c.fact.fact.span, (Span{8, 14}));
        QCOMPARE(c.fact.fact.text, text.mid(8, 6)); // the words, from the report itself
        QCOMPARE(reports.facts(m_reportId).size(), 5);
        QCOMPARE(reports.report(m_reportId)->factCount, 5);
        QCOMPARE(facts.history(c.fact.id).first().action, QStringLiteral("enter"));
        // Words outside the text, an unknown report, or a bad value: refused, nothing stored.
        Fact outside = f;
        outside.span = {5, text.size() + 1};
        QVERIFY(!facts.addReportFact(m_reportId, outside, QStringLiteral("Hoa")).ok);
        QVERIFY(!facts.addReportFact(987654, f, QStringLiteral("Hoa")).ok);
        Fact negative = f;
        negative.value = -1;
        QVERIFY(!facts.addReportFact(m_reportId, negative, QStringLiteral("Hoa")).ok);
        QCOMPARE(reports.facts(m_reportId).size(), 5);
        // Taken back (undo of the addition).
        QVERIFY(facts.removeEnteredFact(c.fact.id, QStringLiteral("Hoa"), c.fact.revision).ok);
        QCOMPARE(reports.facts(m_reportId).size(), 4);
    }

    void enteredFacts()
    {
        FactStore facts(*m_db);
        Fact f = test::fact(QStringLiteral("discipline.members"), 150, Period{2022, 2022}, 5, 9);
        QVERIFY(!facts.addEnteredFact(f, QString(), QStringLiteral("hoa")).ok);
        Fact noPeriod = f;
        noPeriod.period.reset();
        QVERIFY(!facts.addEnteredFact(noPeriod, QStringLiteral("Cao Bằng"), QStringLiteral("hoa")).ok);
        const FactChange c = facts.addEnteredFact(f, QStringLiteral("Cao Bằng"), QStringLiteral("hoa"));
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.fact.reportId, 0);
        QCOMPARE(c.fact.status, FactStatus::Entered);
        QCOMPARE(c.fact.province, QStringLiteral("Cao Bằng"));
        QCOMPARE(c.fact.changedBy, QStringLiteral("hoa"));
        QCOMPARE(c.fact.fact.span, Span{}); // no report, no place in a text
        QCOMPARE(facts.enteredFacts().size(), 1);
        QCOMPARE(facts.enteredFacts(QStringLiteral("Cao Bằng")).size(), 1);
        QCOMPARE(facts.enteredFacts(QStringLiteral("Lạng Sơn")).size(), 0);
        QCOMPARE(facts.history(c.fact.id).first().action, QStringLiteral("enter"));

        // Corrected, it stays an entered figure; it is removed, not rejected.
        Fact corrected = f;
        corrected.value = 151;
        const FactChange e = facts.updateFact(c.fact.id, corrected, QStringLiteral("minh"), c.fact.revision);
        QVERIFY2(e.ok, qPrintable(e.error));
        QCOMPARE(e.fact.status, FactStatus::Entered);
        QVERIFY(!facts.rejectFact(c.fact.id, QStringLiteral("minh")).ok);
        QVERIFY(!facts.removeEnteredFact(m_facts.at(0).id, QStringLiteral("minh")).ok);
        QVERIFY(facts.removeEnteredFact(c.fact.id, QStringLiteral("minh")).ok);
        QVERIFY(!facts.fact(c.fact.id));
        const QList<FactHistoryEntry> h = facts.history(c.fact.id);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.last().action, QStringLiteral("remove"));
        QCOMPARE(h.last().before.value(QStringLiteral("value")).toDouble(), 151.0);
    }

    // A figure of a committee below the province keeps the committee (and shows it in its
    // history); the province's own committee means the whole province.
    void enteredFactOfACommittee()
    {
        FactStore facts(*m_db);
        const Fact f = test::fact(QStringLiteral("discipline.members"), 12, Period{2021, 2021});
        const FactChange city = facts.addEnteredFact(f, QStringLiteral("Nam Định"), QStringLiteral("hoa"),
                                                     QStringLiteral("  Thành ủy   Nam Định "));
        QVERIFY2(city.ok, qPrintable(city.error));
        QCOMPARE(city.fact.subUnit, QStringLiteral("Thành ủy Nam Định"));
        QCOMPARE(facts.fact(city.fact.id)->subUnit, QStringLiteral("Thành ủy Nam Định"));
        QCOMPARE(facts.history(city.fact.id).first().after.value(QStringLiteral("sub_unit")).toString(),
                 QStringLiteral("Thành ủy Nam Định"));
        const FactChange province = facts.addEnteredFact(f, QStringLiteral("Nam Định"), QStringLiteral("hoa"),
                                                         QStringLiteral("Tỉnh ủy Nam Định"));
        QVERIFY(province.ok);
        QCOMPARE(facts.fact(province.fact.id)->subUnit, QString());
        // Hà Nội's "Thành ủy" is the city's own committee: the whole province.
        const FactChange capital = facts.addEnteredFact(f, QStringLiteral("Hà Nội"), QStringLiteral("hoa"),
                                                        QStringLiteral("Thành ủy Hà Nội"));
        QVERIFY(capital.ok);
        QCOMPARE(facts.fact(capital.fact.id)->subUnit, QString());
        // Corrected, it stays the committee's figure.
        Fact corrected = f;
        corrected.value = 13;
        const FactChange e = facts.updateFact(city.fact.id, corrected, QStringLiteral("minh"), city.fact.revision);
        QVERIFY2(e.ok, qPrintable(e.error));
        QCOMPARE(facts.fact(city.fact.id)->subUnit, QStringLiteral("Thành ủy Nam Định"));
        for (qint64 id : {city.fact.id, province.fact.id, capital.fact.id})
            QVERIFY(facts.removeEnteredFact(id, QStringLiteral("hoa")).ok);
    }

    void reextractionKeepsReviewedFacts()
    {
        FactStore facts(*m_db);
        Fact edited = m_facts.at(0).fact;
        edited.value = 233;
        QVERIFY(facts.updateFact(m_facts.at(0).id, edited, QStringLiteral("hoa")).ok);
        QVERIFY(facts.confirmFact(m_facts.at(1).id, QStringLiteral("hoa")).ok);
        QVERIFY(facts.rejectFact(m_facts.at(2).id, QStringLiteral("hoa")).ok);
        QVERIFY(facts.addEnteredFact(test::fact(QStringLiteral("org.members"), 60000, Period{2023, 2023}),
                                     QStringLiteral("Lạng Sơn"), QStringLiteral("hoa"))
                    .ok);

        // The new rules read the same four figures again (the edited one with the old value)
        // and one new figure; the unreviewed documents.issued is read differently.
        ExtractionResult again;
        again.info.province = QStringLiteral("Lạng Sơn");
        again.info.province2025 = QStringLiteral("Lạng Sơn");
        again.info.year = 2023;
        again.facts = {test::fact(QStringLiteral("discipline.members"), 223, Period{2023, 2023}, 10, 20),
                       test::fact(QStringLiteral("inspection.members"), 1500, Period{2023, 2023}, 30, 40),
                       test::fact(QStringLiteral("org.members"), 58713, std::nullopt, 50, 60),
                       test::fact(QStringLiteral("documents.issued"), 28, Period{2023, 2023}, 70, 80),
                       test::fact(QStringLiteral("training.classes"), 12, Period{2023, 2023}, 90, 99)};
        ReportStore store(*m_db);
        const ReextractResult r = store.reextractReport(m_reportId, again);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.kept, 3);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.skippedAsReviewed, 3);
        QCOMPARE(r.added, 2);

        const QList<StoredFact> now = store.facts(m_reportId);
        QCOMPARE(now.size(), 5);
        auto find = [&now](const QString &metric) {
            for (const StoredFact &s : now)
                if (s.fact.metric == metric)
                    return s;
            return StoredFact{};
        };
        QCOMPARE(find(QStringLiteral("discipline.members")).fact.value, 233.0);
        QCOMPARE(find(QStringLiteral("discipline.members")).status, FactStatus::Edited);
        QCOMPARE(find(QStringLiteral("inspection.members")).status, FactStatus::Confirmed);
        QCOMPARE(find(QStringLiteral("org.members")).status, FactStatus::Rejected);
        QCOMPARE(find(QStringLiteral("documents.issued")).fact.value, 28.0);
        QCOMPARE(find(QStringLiteral("documents.issued")).status, FactStatus::Extracted);
        QCOMPARE(find(QStringLiteral("training.classes")).status, FactStatus::Extracted);
        QCOMPARE(facts.enteredFacts().size(), 1);
        QVERIFY(!store.reextractReport(123456, again).ok);
    }

    void twoConnectionsEditingAtOnceLoseNothing()
    {
        // Two windows (or a window and an import) on the same file, each its own connection
        // and thread, changing figures as fast as they can.
        constexpr int rounds = 40;
        const qint64 a = m_facts.at(0).id;
        const qint64 b = m_facts.at(1).id;
        QStringList errors;
        QMutex errorsLock;
        auto editor = [&](qint64 id, const QString &who, double base) {
            return QThread::create([&, id, who, base] {
                QString error;
                auto db = Database::open(m_path, &error);
                if (!db) {
                    QMutexLocker lock(&errorsLock);
                    errors << error;
                    return;
                }
                FactStore facts(*db);
                ReportStore reports(*db);
                for (int i = 1; i <= rounds; ++i) {
                    const StoredFact current = *facts.fact(id);
                    Fact f = current.fact;
                    f.value = base + i;
                    const FactChange c = facts.updateFact(id, f, who, current.revision);
                    // Meanwhile the other side imports reports on its own connection.
                    const AddReportResult added = reports.addReport(
                        test::report(who, 2000 + i, {test::fact(QStringLiteral("org.members"), i, Period{2000 + i, 2000 + i})}));
                    if (!c.ok || added.kind != AddReportResult::Imported) {
                        QMutexLocker lock(&errorsLock);
                        errors << c.error + added.message;
                    }
                }
            });
        };
        std::unique_ptr<QThread> t1(editor(a, QStringLiteral("Hoa"), 1000));
        std::unique_ptr<QThread> t2(editor(b, QStringLiteral("Minh"), 5000));
        t1->start();
        t2->start();
        QVERIFY(t1->wait(QDeadlineTimer(120000)));
        QVERIFY(t2->wait(QDeadlineTimer(120000)));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        FactStore facts(*m_db);
        QCOMPARE(facts.fact(a)->fact.value, 1000.0 + rounds);
        QCOMPARE(facts.fact(b)->fact.value, 5000.0 + rounds);
        QCOMPARE(facts.fact(a)->revision, rounds);
        QCOMPARE(facts.history(a).size(), rounds);
        QCOMPARE(facts.history(b).size(), rounds);
        QCOMPARE(ReportStore(*m_db).reportCount(), 1 + 2 * rounds);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_reportId = 0;
    QList<StoredFact> m_facts;
};

int runFactStoreTests(int argc, char **argv)
{
    return test::runOnEachBackend<TestFactStore>(argc, argv);
}

#include "tst_factstore.moc"
