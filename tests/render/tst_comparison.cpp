// The analysts' comparison outputs: the provinces × periods grid, the chart, the PDF (read
// back with pdftotext, as a user would copy text out of it) and the CSV for Excel. The
// figures are stored by hand through the store API, then queried with CompareQuery.
#include "core/store/StoreTestData.h"

#include "analysis/CompareQuery.h"
#include "render/ComparisonChart.h"
#include "render/ComparisonCsvWriter.h"
#include "render/ComparisonGrid.h"
#include "render/ComparisonPdfWriter.h"
#include "store/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace thp;
using namespace thp::render;

namespace {

const QString kDiscipline = QStringLiteral("discipline.members");
const QString kRate = QStringLiteral("rating.members_good.rate");

Fact fig(const QString &metric, double value, int year, const QString &qualifier = Qualifier::Exact)
{
    Fact f = test::fact(metric, value, Period{year, year});
    f.qualifier = qualifier;
    return f;
}

// The text of a PDF as pdftotext lays it out; empty when pdftotext is missing.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("THP_KEEP_OUTPUT")) { // to look at the PDFs: pdftoppm -png
            m_dir.setAutoRemove(false);
            qInfo("output kept in %s", qPrintable(m_dir.path()));
        }
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("cmp.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        ReportStore store(*m_db);
        auto add = [&](const QString &province, int year, const QList<Fact> &facts) {
            const AddReportResult r = store.addReport(test::report(
                province, year, facts, QStringLiteral("Báo cáo tổng kết năm %2 của Tỉnh ủy %1.").arg(province).arg(year)));
            QVERIFY2(r.kind == AddReportResult::Imported, qPrintable(r.message));
        };
        add(QStringLiteral("Lạng Sơn"), 2021, {fig(kDiscipline, 1130, 2021), fig(QStringLiteral("org.members"), 56000, 2021)});
        add(QStringLiteral("Lạng Sơn"), 2022, {fig(kDiscipline, 1198, 2022)});
        add(QStringLiteral("Lạng Sơn"), 2023, {fig(kDiscipline, 1242, 2023), fig(kRate, 98.4, 2023)});
        add(QStringLiteral("Bắc Giang"), 2021, {fig(kDiscipline, 2015, 2021), fig(QStringLiteral("org.members"), 80600, 2021)});
        add(QStringLiteral("Bắc Giang"), 2022, {fig(kDiscipline, 1200, 2022, Qualifier::Approx)});
        add(QStringLiteral("Bắc Giang"), 2023, {fig(kDiscipline, 1876, 2023), fig(kRate, 91.25, 2023)});
        // Not asked for below: must stay out of every output.
        add(QStringLiteral("Nghệ An"), 2023, {fig(kDiscipline, 3001, 2023)});
    }
    void cleanupTestCase() { m_db.reset(); }

    void gridIsProvincesByPeriods()
    {
        const ComparisonGrid g = ComparisonGrid::fromResult(twoProvinces());
        QCOMPARE(g.rowLabels, (QStringList{QStringLiteral("Bắc Giang"), QStringLiteral("Lạng Sơn")}));
        QCOMPARE(g.periods, (QList<Period>{{2021, 2021}, {2022, 2022}, {2023, 2023}}));
        QCOMPARE(g.cellText(1, 2), QStringLiteral("1.242"));
        QCOMPARE(g.cellText(0, 1), QStringLiteral("~1.200"));
        QCOMPARE(g.sources.size(), 6);
        QVERIFY(!g.sources.join(QLatin1Char('\n')).contains(QStringLiteral("Nghệ An")));

        const ComparisonGrid perThousand = ComparisonGrid::fromResult(twoProvinces(), ComparisonMeasure::PerThousandMembers);
        QCOMPARE(perThousand.cellText(1, 0), QStringLiteral("20,18")); // 1130 / 56000 × 1000
        QCOMPARE(perThousand.cellText(0, 0), QStringLiteral("25")); // 2015 / 80600 × 1000
        // 2023 has no member count of its own: no made-up ratio, a note says why.
        QCOMPARE(perThousand.cellText(1, 2), QStringLiteral("— (4)"));
        QVERIFY(perThousand.notes.at(3).text.contains(QStringLiteral("1.000 đảng viên")));
    }

    void pdfReadsBackInVietnamese()
    {
        const QString path = m_dir.filePath(QStringLiteral("discipline.pdf"));
        QString error;
        ComparisonPdfOptions options;
        options.date = QDate(2026, 3, 5);
        QVERIFY2(ComparisonPdfWriter(options).write(ComparisonGrid::fromResult(twoProvinces()), path, &error), qPrintable(error));
        const QString text = pdfText(path);
        if (text.isEmpty() && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const QString &expected : {QStringLiteral("Kỷ luật đảng viên"), QStringLiteral("Lạng Sơn"),
                                        QStringLiteral("Bắc Giang"), QStringLiteral("1.242"), QStringLiteral("2.015"),
                                        QStringLiteral("~1.200"), QStringLiteral("Tỉnh/thành"), QStringLiteral("Trang 1/1"),
                                        QStringLiteral("Ngày lập: 05/03/2026"), QStringLiteral("Nguồn số liệu"),
                                        QStringLiteral("Báo cáo Lạng Sơn 2023"), QStringLiteral("toàn đảng bộ")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        // Exactly what the filter gives: the province that was not asked for is nowhere.
        QVERIFY2(!text.contains(QStringLiteral("Nghệ An")) && !text.contains(QStringLiteral("3.001")), qPrintable(text));
    }

    void ratePdfShowsPercentTheVietnameseWay()
    {
        CompareOptions o;
        o.metric = kRate;
        o.provinces = {QStringLiteral("lang son"), QStringLiteral("BẮC GIANG")};
        const CompareResult r = CompareQuery(*m_db).run(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString path = m_dir.filePath(QStringLiteral("rate.pdf"));
        QVERIFY(ComparisonPdfWriter().write(ComparisonGrid::fromResult(r), path));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("98,4%")) && text.contains(QStringLiteral("91,25%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên")), qPrintable(text));
    }

    void longTablesGoOnTheNextPageWithTheirHeader()
    {
        // 40 provinces × 12 years, made by hand: more rows than one page holds.
        CompareResult r;
        r.ok = true;
        r.options.metric = kDiscipline;
        for (int p = 0; p < 40; ++p)
            for (int y = 2012; y < 2024; ++y) {
                CompareRow row;
                row.province = QStringLiteral("Tỉnh thử số %1").arg(p + 10);
                row.period = {y, y};
                row.value = 1000 * p + y;
                row.qualifier = Qualifier::Exact;
                row.sources = {QStringLiteral("Báo cáo %1").arg(p)};
                r.rows << row;
            }
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ComparisonPdfWriter().write(ComparisonGrid::fromResult(r), path));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("Trang 2/")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Trang 1/1")));
        for (int p = 10; p < 50; ++p)
            QVERIFY2(text.contains(QStringLiteral("Tỉnh thử số %1").arg(p)), qPrintable(QString::number(p)));
        QVERIFY(text.contains(QStringLiteral("41.023"))); // the last row's last year: 1000 × 39 + 2023
        // Every period is there, even though they do not fit one page width.
        for (int y = 2012; y < 2024; ++y)
            QVERIFY(text.contains(QString::number(y)));
        // The header row comes back on each page the table continues on.
        QVERIFY2(text.count(QStringLiteral("Tỉnh/thành")) >= 3, qPrintable(text));
    }

    void csvOpensInExcelWithDiacritics()
    {
        const ComparisonGrid g = ComparisonGrid::fromResult(twoProvinces());
        const QString path = m_dir.filePath(QStringLiteral("discipline.csv"));
        QString error;
        QVERIFY2(ComparisonCsvWriter::write(g, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Tỉnh/thành,2021,2022,2023,Ghi chú"));
        QCOMPARE(lines[2], QStringLiteral("Lạng Sơn,1130,1198,1242,"));
        QCOMPARE(lines[1], QStringLiteral("Bắc Giang,2015,1200,1876,2022: khoảng"));

        // Decimals keep the Vietnamese comma and are quoted, since ',' separates fields.
        const QString perThousand = QString::fromUtf8(
            ComparisonCsvWriter::toCsv(ComparisonGrid::fromResult(twoProvinces(), ComparisonMeasure::PerThousandMembers)));
        QVERIFY2(perThousand.contains(QStringLiteral("Lạng Sơn,\"20,18\",,,")), qPrintable(perThousand));
        QVERIFY(!ComparisonCsvWriter::write(g, m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));
    }

    void chartHasASeriesPerPeriodOrProvince()
    {
        const ComparisonGrid g = ComparisonGrid::fromResult(twoProvinces());
        QCOMPARE(ComparisonChart::suggestedKind(g), ChartKind::Lines);
        std::unique_ptr<QChart> bars(ComparisonChart::build(g, {ChartKind::Bars}));
        QCOMPARE(bars->series().size(), 1);
        auto *barSeries = qobject_cast<QBarSeries *>(bars->series().first());
        QVERIFY(barSeries);
        QCOMPARE(barSeries->count(), 3); // one bar set per year
        QCOMPARE(barSeries->barSets().at(2)->at(1), 1242.0);
        auto *provinces = qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Horizontal).first());
        QCOMPARE(provinces->categories(), g.rowLabels);
        QCOMPARE(provinces->titleText(), QStringLiteral("Tỉnh/thành"));
        QCOMPARE(bars->title(), QStringLiteral("Kỷ luật đảng viên"));

        // Numbers on the value axis the Vietnamese way, whole numbers for counts.
        QVERIFY(bars->localizeNumbers());
        QCOMPARE(bars->locale().language(), QLocale::Vietnamese);
        auto *values = qobject_cast<QValueAxis *>(bars->axes(Qt::Vertical).first());
        QCOMPARE(values->labelFormat(), QStringLiteral("%.0f"));
        QVERIFY(values->max() >= 2015);
        QCOMPARE(values->min(), 0.0);

        std::unique_ptr<QChart> lines(ComparisonChart::build(g, {ChartKind::Lines}));
        QCOMPARE(lines->series().size(), 2);
        QCOMPARE(lines->series().first()->name(), QStringLiteral("Bắc Giang"));
        QCOMPARE(qobject_cast<QLineSeries *>(lines->series().at(1))->count(), 3);
        QCOMPARE(qobject_cast<QBarCategoryAxis *>(lines->axes(Qt::Horizontal).first())->titleText(), QStringLiteral("Năm"));
    }

    void notComparableRowsAreLeftOutOfTheChartAndListed()
    {
        // 2025 boundaries: Bắc Giang became part of Bắc Ninh, which has no figure here, so
        // a sum would understate Bắc Ninh: the row has no value and says why.
        CompareOptions o;
        o.metric = kDiscipline;
        o.provinces = {QStringLiteral("Bắc Giang"), QStringLiteral("Lạng Sơn")};
        o.yearFrom = 2023;
        o.yearTo = 2023;
        o.boundaries2025 = true;
        const CompareResult r = CompareQuery(*m_db).run(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        const ComparisonGrid g = ComparisonGrid::fromResult(r);
        QCOMPARE(g.rowLabels, (QStringList{QStringLiteral("Bắc Ninh"), QStringLiteral("Lạng Sơn")}));
        QCOMPARE(g.cellText(0, 0), QStringLiteral("— (1)"));
        const QStringList leftOut = ComparisonChart::leftOut(g);
        QCOMPARE(leftOut.size(), 1);
        QVERIFY(leftOut.first().startsWith(QStringLiteral("Bắc Ninh, 2023: ")));

        // One period: a bar set per province, and only the comparable one.
        std::unique_ptr<QChart> chart(ComparisonChart::build(g, {ChartKind::Bars}));
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QCOMPARE(bars->count(), 1);
        QCOMPARE(bars->barSets().first()->label(), QStringLiteral("Lạng Sơn"));

        const QString path = m_dir.filePath(QStringLiteral("merged.pdf"));
        QVERIFY(ComparisonPdfWriter().write(g, path));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("Không đưa vào biểu đồ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("theo địa giới năm 2025")), qPrintable(text));
    }

    void unwritablePdfSaysWhere()
    {
        QString error;
        QVERIFY(!ComparisonPdfWriter().write(ComparisonGrid::fromResult(twoProvinces()),
                                             m_dir.filePath(QStringLiteral("missing/dir/out.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing/dir/out.pdf")), qPrintable(error));
    }

private:
    CompareResult twoProvinces() const
    {
        CompareOptions o;
        o.metric = kDiscipline;
        o.provinces = {QStringLiteral("Lạng Sơn"), QStringLiteral("Bắc Giang")};
        o.yearFrom = 2021;
        o.yearTo = 2023;
        const CompareResult r = CompareQuery(*m_db).run(o);
        if (!r.ok)
            qWarning("compare failed: %s", qPrintable(r.error));
        return r;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
