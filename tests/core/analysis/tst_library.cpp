// The reports library's query (ReportLibraryQuery): filters, Vietnamese order, review
// state and a search without accents, all in SQL; on SQLite and, when a test server is
// given (scripts/with-postgres), on PostgreSQL.
#include "../store/StoreTestData.h"
#include "analysis/ReportLibraryQuery.h"
#include "store/Database.h"
#include "store/FactStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thp;

class TestLibraryQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(test::freshDatabase(m_dir, QStringLiteral("library")), &error);
        QVERIFY2(m_db, qPrintable(error));
        ReportStore store(*m_db);
        const Period y22{2022, 2022};
        auto add = [&](const ReportInput &in) {
            const AddReportResult r = store.addReport(in);
            if (r.kind != AddReportResult::Imported)
                qWarning("not stored: %s", qPrintable(r.message));
            return r.reportId;
        };
        m_nghean = add(test::report(QStringLiteral("Nghệ An"), 2022,
                                    {test::fact(QStringLiteral("discipline.members"), 312, y22, 10, 20),
                                     test::fact(QStringLiteral("inspection.members"), 1200, y22, 30, 40)},
                                    QStringLiteral("Các cấp ủy đã thi hành kỷ luật đối với 312 đảng viên vi phạm.")));
        m_langson = add(test::report(QStringLiteral("Lạng Sơn"), 2023,
                                     {test::fact(QStringLiteral("discipline.members"), 40, Period{2023, 2023}, 1, 5),
                                      test::fact(QStringLiteral("inspection.members"), 900, Period{2023, 2023}, 6, 9)}));
        m_danang = add(test::report(QStringLiteral("Đà Nẵng"), 2021,
                                    {test::fact(QStringLiteral("discipline.members"), 12, Period{2021, 2021}, 1, 5)},
                                    QStringLiteral("Thành ủy tổ chức hội nghị cán bộ chủ chốt.")));
        m_angiang = add(test::report(QStringLiteral("An Giang"), 2023, {}));
        m_bacgiang = add(test::report(QStringLiteral("Bắc Giang"), 2024,
                                      {test::fact(QStringLiteral("discipline.members"), 7, Period{2024, 2024}, 1, 5)}, {},
                                      QStringLiteral("Bắc Ninh")));
        QVERIFY(m_nghean && m_langson && m_danang && m_angiang && m_bacgiang);
        // Lạng Sơn: one of two figures confirmed; Đà Nẵng: its only figure confirmed.
        FactStore facts(*m_db);
        QVERIFY(facts.confirmFact(store.facts(m_langson).first().id, QStringLiteral("tester")).ok);
        QVERIFY(facts.confirmFact(store.facts(m_danang).first().id, QStringLiteral("tester")).ok);
    }
    void cleanupTestCase() { m_db.reset(); }

    void provincesInVietnameseOrder()
    {
        ReportLibraryQuery q(*m_db);
        QString error;
        // Đ after D and before E; binary order would put Đà Nẵng last.
        QCOMPARE(q.ids({}, ReportLibraryQuery::Sort::Province, false, &error),
                 (QList<qint64>{m_angiang, m_bacgiang, m_danang, m_langson, m_nghean}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(q.ids({}, ReportLibraryQuery::Sort::Province, true),
                 (QList<qint64>{m_nghean, m_langson, m_danang, m_bacgiang, m_angiang}));
        QCOMPARE(q.ids({}, ReportLibraryQuery::Sort::Year, true).first(), m_bacgiang);
        QCOMPARE(q.ids({}, ReportLibraryQuery::Sort::Figures, false).first(), m_angiang);
        // The filter boxes: names on the report's date and in 2025, sorted the Vietnamese way.
        QCOMPARE(q.provinces(), (QStringList{QStringLiteral("An Giang"), QStringLiteral("Bắc Giang"), QStringLiteral("Bắc Ninh"),
                                             QStringLiteral("Đà Nẵng"), QStringLiteral("Lạng Sơn"), QStringLiteral("Nghệ An")}));
        QCOMPARE(q.years(), (QList<int>{2024, 2023, 2022, 2021}));
        QVERIFY(q.regions().contains(QStringLiteral("Đông Bắc")));
        QVERIFY(!q.regions().contains(QStringLiteral("Đồng bằng sông Hồng"))); // Bắc Ninh has no report of its own
    }

    void titlesInVietnameseOrder()
    {
        // Sorting by title follows the Vietnamese alphabet: "Đà Nẵng" after "Bắc Giang" and
        // before "Lạng Sơn" (binary order puts Đ last), "Dự thảo" before "Đánh giá" (d < đ),
        // "Ăn" after "An" and before "Âm".
        ReportLibraryQuery q(*m_db);
        QString error;
        QCOMPARE(q.ids({}, ReportLibraryQuery::Sort::Title, false, &error),
                 (QList<qint64>{m_angiang, m_bacgiang, m_danang, m_langson, m_nghean}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(q.ids({}, ReportLibraryQuery::Sort::Title, true).first(), m_nghean);

        // More titles, taken out again afterwards so that the other tests see the five above.
        ReportStore store(*m_db);
        QList<qint64> ids;
        const QStringList titles = {QStringLiteral("Đánh giá công tác kiểm tra"), QStringLiteral("âm thầm"),
                                    QStringLiteral("Dự thảo báo cáo"), QStringLiteral("Ăn chia"),
                                    QStringLiteral("An Giang sơ kết"), QStringLiteral("ưu tiên"), QStringLiteral("Uỷ ban")};
        for (int i = 0; i < titles.size(); ++i) {
            ReportInput in = test::report(QStringLiteral("Nghệ An"), 2010 + i, {}, titles.at(i));
            in.extraction.info.title = titles.at(i);
            ids << store.addReport(in).reportId;
            QVERIFY(ids.last() > 0);
        }
        QList<qint64> ordered;
        for (qint64 id : q.ids({}, ReportLibraryQuery::Sort::Title, false))
            if (ids.contains(id))
                ordered << id;
        for (qint64 id : std::as_const(ids))
            QVERIFY(store.removeReport(id));
        // An, Ăn, âm, Dự, Đánh, Uỷ, ưu
        QCOMPARE(ordered, (QList<qint64>{ids[4], ids[3], ids[1], ids[2], ids[0], ids[6], ids[5]}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("review");
        QTest::addColumn<QList<qint64>>("expected");
        const int any = int(LibraryFilter::Review::Any);
        QTest::newRow("year") << QString() << QString() << 2023 << any << QList<qint64>{m_angiang, m_langson};
        QTest::newRow("province") << QStringLiteral("Lạng Sơn") << QString() << 0 << any << QList<qint64>{m_langson};
        QTest::newRow("2025 province takes in the merged ones")
            << QStringLiteral("Bắc Ninh") << QString() << 0 << any << QList<qint64>{m_bacgiang};
        QTest::newRow("region") << QString() << QStringLiteral("Đông Bắc") << 0 << any << QList<qint64>{m_bacgiang, m_langson};
        QTest::newRow("region and year") << QString() << QStringLiteral("Đông Bắc") << 2023 << any << QList<qint64>{m_langson};
        QTest::newRow("not reviewed") << QString() << QString() << 0 << int(LibraryFilter::Review::Unreviewed)
                                      << QList<qint64>{m_bacgiang, m_nghean};
        QTest::newRow("partly") << QString() << QString() << 0 << int(LibraryFilter::Review::Partly) << QList<qint64>{m_langson};
        QTest::newRow("all reviewed") << QString() << QString() << 0 << int(LibraryFilter::Review::Reviewed)
                                      << QList<qint64>{m_danang};
    }
    void filters()
    {
        QFETCH(QString, province);
        QFETCH(QString, region);
        QFETCH(int, year);
        QFETCH(int, review);
        QFETCH(QList<qint64>, expected);
        LibraryFilter f;
        f.province = province;
        f.region = region;
        f.year = year;
        f.review = LibraryFilter::Review(review);
        QString error;
        QCOMPARE(ReportLibraryQuery(*m_db).ids(f, ReportLibraryQuery::Sort::Province, false, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void searchIgnoresAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("text without marks") << QStringLiteral("ky luat") << QList<qint64>{m_nghean};
        QTest::newRow("text upper case") << QStringLiteral("KỶ LUẬT") << QList<qint64>{m_nghean};
        QTest::newRow("prefix while typing") << QStringLiteral("hoi ngh") << QList<qint64>{m_danang};
        QTest::newRow("province without marks") << QStringLiteral("lang son") << QList<qint64>{m_langson};
        QTest::newRow("2025 province name") << QStringLiteral("bac ninh") << QList<qint64>{m_bacgiang};
        QTest::newRow("đ as d") << QStringLiteral("da nang") << QList<qint64>{m_danang};
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QList<qint64>{};
        QTest::newRow("SQL is text") << QStringLiteral("'; DROP TABLE reports; --") << QList<qint64>{};
        QTest::newRow("FTS syntax is text") << QStringLiteral("\"ky* OR") << QList<qint64>{};
    }
    void searchIgnoresAccents()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        LibraryFilter f;
        f.search = text;
        QString error;
        QCOMPARE(ReportLibraryQuery(*m_db).ids(f, ReportLibraryQuery::Sort::Province, false, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ReportStore(*m_db).reportCount(), 5);
    }

    void rowsCarryReviewCounts()
    {
        ReportLibraryQuery q(*m_db);
        const QList<LibraryRow> rows = q.rows({m_langson, m_danang, m_angiang, m_nghean, 999999});
        QCOMPARE(rows.size(), 4); // unknown ids left out, order kept
        QCOMPARE(rows[0].id, m_langson);
        QCOMPARE(rows[0].province, QStringLiteral("Lạng Sơn"));
        QCOMPARE(rows[0].year, 2023);
        QCOMPARE(rows[0].extracted, 1);
        QCOMPARE(rows[0].confirmed, 1);
        QCOMPARE(rows[0].reviewState(), LibraryFilter::Review::Partly);
        QCOMPARE(rows[1].reviewState(), LibraryFilter::Review::Reviewed);
        QCOMPARE(rows[2].figures(), 0);
        QCOMPARE(rows[3].reviewState(), LibraryFilter::Review::Unreviewed);
        QCOMPARE(rows[3].figures(), 2);
        QCOMPARE(rows[3].title, QStringLiteral("Báo cáo Nghệ An 2022"));
        QCOMPARE(rows[3].format, QStringLiteral("txt"));
        QCOMPARE(rows[3].encoding, QStringLiteral("UTF-8"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_nghean = 0, m_langson = 0, m_danang = 0, m_angiang = 0, m_bacgiang = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return test::runOnEachBackend<TestLibraryQuery>(argc, argv);
}

#include "tst_library.moc"
