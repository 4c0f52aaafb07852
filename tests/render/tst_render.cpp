// The PDF writer: Vietnamese text must come back intact from the PDF (no mangled diacritics),
// long tables must paginate with a header on each page, and bad paths must give a reason.
#include "render/DocumentFonts.h"
#include "render/FactTablePdfWriter.h"
#include "render/ReportTable.h"

#include <QApplication>
#include "model/MetricCatalogue.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thp;
using namespace thp::render;

namespace {

QString pdfText(const QString &path, const QStringList &extra = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), extra + QStringList{path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void documentFontHasVietnamese()
    {
        const QFontMetricsF fm(documentFont(10));
        for (const QChar c : u"ỷệđƯơẫ")
            QVERIFY2(fm.inFont(c), qPrintable(QStringLiteral("missing glyph ") + c));
    }

    void vietnameseSurvivesThePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bang.pdf"));
        FactTable t;
        t.title = QStringLiteral("Kỷ luật đảng viên");
        t.subtitle = QStringLiteral("An Giang · năm 2019 · nguồn: an-giang.txt");
        t.headers = {QStringLiteral("Chỉ tiêu"), QStringLiteral("Giá trị"), QStringLiteral("Cấp")};
        t.rows = {{QStringLiteral("Số đảng viên dự học tập"), QStringLiteral("58.713"), QStringLiteral("Toàn đảng bộ")},
                  {QStringLiteral("Tỷ lệ đảng viên dự học"), QStringLiteral("98,4%"), QStringLiteral("Cấp huyện")}};
        t.numericColumns = {1};
        PdfOptions options;
        options.date = QDate(2024, 3, 5);
        QString error;
        QVERIFY2(FactTablePdfWriter(options).write(t, path, &error), qPrintable(error));

        const QString text = pdfText(path);
        for (const QString &expected : {QStringLiteral("Kỷ luật đảng viên"), QStringLiteral("58.713"),
                                        QStringLiteral("98,4%"), QStringLiteral("Số đảng viên dự học tập"),
                                        QStringLiteral("Toàn đảng bộ"), QStringLiteral("An Giang"),
                                        QStringLiteral("05/03/2024"), QStringLiteral("Page 1 of 1")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
        QCOMPARE(pdfPages(path), 1);
    }

    void longTablesPaginateWithHeaders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dai.pdf"));
        FactTable t;
        t.title = QStringLiteral("Bảng dài");
        t.headers = {QStringLiteral("Chỉ tiêu"), QStringLiteral("Giá trị")};
        for (int i = 1; i <= 150; ++i)
            t.rows << QStringList{QStringLiteral("Dòng số %1").arg(i), QString::number(i)};
        QVERIFY(FactTablePdfWriter().write(t, path));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString text = pdfText(path);
        // The header repeats on every page, every row is there exactly once.
        QCOMPARE(text.count(QStringLiteral("Chỉ tiêu")), pages);
        QVERIFY(text.contains(QStringLiteral("Dòng số 1\n")));
        QVERIFY(text.contains(QStringLiteral("Dòng số 150")));
        QCOMPARE(text.count(QStringLiteral("Dòng số 77\n")), 1);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void unwritablePathGivesAReason()
    {
        FactTable t;
        t.title = QStringLiteral("x");
        t.headers = {QStringLiteral("a")};
        QString error;
        QVERIFY(!FactTablePdfWriter().write(t, QStringLiteral("/nonexistent-dir/x.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x.pdf")), qPrintable(error));
    }

    void reportTableUsesCatalogueNamesAndVietnameseNumbers()
    {
        StoredReport report;
        report.title = QStringLiteral("Kinh nghiệm của An Giang");
        report.province = QStringLiteral("An Giang");
        report.year = 2019;
        report.fileName = QStringLiteral("an-giang.txt");
        StoredFact a;
        a.fact.metric = QStringLiteral("training.participants");
        a.fact.value = 58713;
        a.fact.unit = QStringLiteral("đảng viên");
        a.fact.period = Period{2016, 2020};
        StoredFact b;
        b.fact.metric = QStringLiteral("training.rate");
        b.fact.value = 98.4;
        StoredFact rejected;
        rejected.fact.metric = QStringLiteral("discipline.members");
        rejected.status = FactStatus::Rejected;

        const FactTable t = ReportTable::build(report, {a, b, rejected}, QStringLiteral("vi"));
        QCOMPARE(t.rows.size(), 2); // the rejected figure is not exported
        QCOMPARE(t.rows[0][1], QStringLiteral("58.713"));
        QCOMPARE(t.rows[0][3], QStringLiteral("2016–2020"));
        QCOMPARE(t.rows[1][1], QStringLiteral("98,4%"));
        QCOMPARE(t.rows[1][3], QStringLiteral("2019")); // no period: filed under the report's year
        QCOMPARE(t.rows[0][0], MetricCatalogue::instance().displayName(QStringLiteral("training.participants"), QStringLiteral("vi")));
        QVERIFY(t.subtitle.contains(QStringLiteral("An Giang")));
        QVERIFY(t.subtitle.contains(QStringLiteral("2019")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestRender t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_render.moc"
