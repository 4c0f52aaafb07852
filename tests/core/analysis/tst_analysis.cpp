// Analysis over the store: search that ignores diacritics and case, and (CompareQuery) one
// metric across provinces and years. Reports are built by hand, not extracted.
#include "../store/StoreTestData.h"
#include "analysis/ReportSearch.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thp;

class TestReportSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("search.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        ReportStore store(*m_db);
        m_nghean = store.addReport(test::report(QStringLiteral("Nghệ An"), 2022, {},
            QStringLiteral("Đảng bộ tỉnh Nghệ An đã lãnh đạo thực hiện Chỉ thị 05.\n"
                           "Các cấp ủy đã thi hành kỷ luật đối với 312 đảng viên vi phạm. "
                           "Công tác kiểm tra, giám sát được tăng cường.")))
                       .reportId;
        m_langson = store.addReport(test::report(QStringLiteral("Lạng Sơn"), 2023, {},
            QStringLiteral("Tỉnh ủy Lạng Sơn tổ chức hội nghị quán triệt Nghị quyết Trung ương 4 cho 1.200 đảng viên.")))
                        .reportId;
        QVERIFY(m_nghean > 0 && m_langson > 0);
    }
    void cleanupTestCase() { m_db.reset(); }

    void ignoresDiacriticsAndCase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("no marks") << QStringLiteral("ky luat") << m_nghean;
        QTest::newRow("with marks") << QStringLiteral("kỷ luật") << m_nghean;
        QTest::newRow("upper case") << QStringLiteral("KỶ LUẬT") << m_nghean;
        QTest::newRow("NFD input") << QStringLiteral("kỷ luật").normalized(QString::NormalizationForm_D) << m_nghean;
        QTest::newRow("đ as d") << QStringLiteral("dang bo") << m_nghean;
        QTest::newRow("two marks") << QStringLiteral("nghe an") << m_nghean;
        QTest::newRow("prefix of last word") << QStringLiteral("quan tri") << m_langson;
        QTest::newRow("title only") << QStringLiteral("Báo cáo Lạng Sơn") << m_langson;
    }
    void ignoresDiacriticsAndCase()
    {
        QFETCH(QString, query);
        QFETCH(qint64, expected);
        QString error;
        const QList<SearchHit> hits = ReportSearch(*m_db).search(query, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().reportId, expected);
    }

    void snippetKeepsTheReportsOwnWords()
    {
        const QList<SearchHit> hits = ReportSearch(*m_db).search(QStringLiteral("ky luat doi voi"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &h = hits.first();
        QCOMPARE(h.title, QStringLiteral("Báo cáo Nghệ An 2022"));
        QCOMPARE(h.province, QStringLiteral("Nghệ An"));
        QCOMPARE(h.year, 2022);
        QVERIFY2(h.snippet.contains(QStringLiteral("thi hành kỷ luật đối với 312 đảng viên")), qPrintable(h.snippet));
        QCOMPARE(h.snippet.mid(h.snippetMatchStart, h.snippetMatchLength), QStringLiteral("kỷ luật đối với"));
        QCOMPARE(h.textOffset, ReportStore(*m_db).reportText(m_nghean).indexOf(QStringLiteral("kỷ luật")));
    }

    void everyWordMustOccur()
    {
        QVERIFY(ReportSearch(*m_db).search(QStringLiteral("kỷ luật Lạng Sơn")).isEmpty());
        QVERIFY(ReportSearch(*m_db).search(QStringLiteral("khai trừ")).isEmpty());
        QCOMPARE(ReportSearch(*m_db).search(QStringLiteral("đảng viên")).size(), 2);
    }

    void querySyntaxIsNotInterpreted()
    {
        QString error;
        for (const QString &q : {QStringLiteral("\"kỷ luật"), QStringLiteral("kỷ OR luật"), QStringLiteral("NEAR(kỷ luật)"),
                                 QStringLiteral("*"), QStringLiteral("'; DROP TABLE reports; --")}) {
            ReportSearch(*m_db).search(q, 10, &error);
            QVERIFY2(error.isEmpty(), qPrintable(q + QStringLiteral(": ") + error));
        }
        QVERIFY(ReportSearch(*m_db).search(QStringLiteral("kỷ OR luật")).isEmpty()); // "or" is a word here
        QCOMPARE(ReportStore(*m_db).reportCount(), 2);
    }

    void removedReportIsNotFound()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("remove.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        ReportStore store(*db);
        const qint64 id = store.addReport(test::report(QStringLiteral("Cao Bằng"), 2020, {},
                                                       QStringLiteral("Khai trừ 3 đảng viên."))).reportId;
        QCOMPARE(ReportSearch(*db).search(QStringLiteral("khai tru")).size(), 1);
        QVERIFY(store.removeReport(id, &error));
        QVERIFY(ReportSearch(*db).search(QStringLiteral("khai tru")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_nghean = 0;
    qint64 m_langson = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestReportSearch t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_analysis.moc"
