// tonghop-cli export --pdf OUT.pdf [--csv OUT.csv] --metric KEY [the filters of compare]
//   [--per-1000] [--chart bars|lines] [--language vi|en]
// The comparison the desktop program exports: a PDF with the title, the filter, the table,
// a chart and the source reports, and/or the table as CSV for Excel.
#include "CliSupport.h"
#include "Commands.h"
#include "CompareOptions.h"
#include "DatabaseOption.h"

#include "analysis/CompareQuery.h"
#include "render/ComparisonCsvWriter.h"
#include "render/ComparisonPdfWriter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <optional>

namespace thp::cli {

namespace {

int usage()
{
    err() << "usage: tonghop-cli export --pdf OUT.pdf [--csv OUT.csv] " << compareFiltersUsage()
          << " [--per-1000] [--chart bars|lines] [--language vi|en]\n";
    return 2;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString location = takeDatabaseOption(args);
    CompareOptions o;
    QString error;
    if (!takeCompareFilters(args, &o, &error)) {
        err() << error << '\n';
        return usage();
    }
    QString pdfPath, csvPath, language = QStringLiteral("vi");
    bool perThousand = false;
    std::optional<render::ChartKind> chart;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        QString value;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); a.startsWith(QLatin1String("--")) && eq > 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        } else if (a != QLatin1String("--per-1000") && i + 1 < args.size()) {
            value = args.at(++i);
        }
        if (a == QLatin1String("--per-1000")) {
            perThousand = true;
        } else if (value.isEmpty()) {
            err() << "unknown or incomplete option: " << a << '\n';
            return usage();
        } else if (a == QLatin1String("--pdf")) {
            pdfPath = value;
        } else if (a == QLatin1String("--csv")) {
            csvPath = value;
        } else if (a == QLatin1String("--language") && (value == QLatin1String("vi") || value == QLatin1String("en"))) {
            language = value;
        } else if (a == QLatin1String("--chart") && value == QLatin1String("bars")) {
            chart = render::ChartKind::Bars;
        } else if (a == QLatin1String("--chart") && value == QLatin1String("lines")) {
            chart = render::ChartKind::Lines;
        } else {
            err() << "unknown or incomplete option: " << a << ' ' << value << '\n';
            return usage();
        }
    }
    if (o.metric.isEmpty() || (pdfPath.isEmpty() && csvPath.isEmpty()))
        return usage();
    if (!checkCompareFilters(o, &error)) {
        err() << error << '\n';
        return 2;
    }

    // The same catalogue as the desktop program, so that the notes the query writes and the
    // labels of the PDF are in the language asked for, and numbers are written its way.
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/tonghop_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(language == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));

    const std::unique_ptr<Database> db = openExistingDatabase(location);
    if (!db)
        return 1;
    const CompareResult result = CompareQuery(*db).run(o);
    if (!result.ok) {
        err() << "export failed: " << result.error << Qt::endl;
        return 1;
    }
    const render::ComparisonGrid grid = render::ComparisonGrid::fromResult(
        result, perThousand ? render::ComparisonMeasure::PerThousandMembers : render::ComparisonMeasure::Value, language);

    int status = 0;
    if (!pdfPath.isEmpty()) {
        render::ComparisonPdfOptions options;
        options.chart = chart;
        if (render::ComparisonPdfWriter(options).write(grid, pdfPath, &error)) {
            out() << "wrote " << pdfPath << " (" << result.rows.size() << " figures)" << Qt::endl;
        } else {
            err() << "cannot write the PDF: " << error << Qt::endl;
            status = 1;
        }
    }
    if (!csvPath.isEmpty()) {
        if (render::ComparisonCsvWriter::write(grid, csvPath, &error)) {
            out() << "wrote " << csvPath << " (" << grid.rowLabels.size() << " provinces × " << grid.periods.size()
                  << " periods)" << Qt::endl;
        } else {
            err() << "cannot write the CSV: " << error << Qt::endl;
            status = 1;
        }
    }
    return status;
}

} // namespace thp::cli
