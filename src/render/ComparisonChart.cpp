#include "render/ComparisonChart.h"

#include "model/MetricCatalogue.h"
#include "render/ComparisonText.h"
#include "render/DocumentFonts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace thp::render {

namespace {

// Distinct colours that stay apart in print and for most colour-blind readers (Tableau 10).
const QColor &seriesColour(qsizetype i)
{
    static const QColor colours[] = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
        QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
        QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac),
    };
    return colours[i % std::size(colours)];
}

struct Ticks {
    double max = 1;
    int count = 2;
    int decimals = 0;
};

// A round step (1, 2 or 5 × 10^k) giving about five intervals from 0; whole steps for counts.
Ticks niceTicks(double maxValue, bool wholeNumbers)
{
    const double top = maxValue > 0 ? maxValue : 1;
    const double raw = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    if (wholeNumbers)
        step = std::max(step, 1.0);
    Ticks t;
    t.count = int(std::ceil(top / step - 1e-9)) + 1;
    t.max = step * (t.count - 1);
    t.decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return t;
}

QValueAxis *valueAxis(const ComparisonGrid &grid, double maxValue, const QFont &font)
{
    auto *axis = new QValueAxis;
    const Ticks t = niceTicks(maxValue, grid.measure == ComparisonMeasure::Value && !grid.isRate);
    axis->setRange(0, t.max);
    axis->setTickCount(t.count);
    // printf-style, but the chart localizes it (setLocalizeNumbers): "%.0f" gives 60.000.
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(t.decimals) + QLatin1Char('f'));
    axis->setLabelsFont(font);
    axis->setTitleText(ComparisonChart::valueAxisTitle(grid));
    axis->setTitleFont(font);
    return axis;
}

} // namespace

ChartKind ComparisonChart::suggestedKind(const ComparisonGrid &grid)
{
    return grid.periods.size() >= 3 ? ChartKind::Lines : ChartKind::Bars;
}

QString ComparisonChart::valueAxisTitle(const ComparisonGrid &grid)
{
    const ComparisonText text(grid.language);
    if (grid.isRate)
        return text.get(ComparisonText::Rate);
    if (grid.measure == ComparisonMeasure::PerThousandMembers)
        return text.get(ComparisonText::PerThousand);
    const MetricInfo *info = MetricCatalogue::instance().find(grid.options.metric);
    if (info && !info->unit.isEmpty())
        return MetricCatalogue::instance().displayUnit(info->key, grid.language); // "đảng viên", "members"
    return text.get(ComparisonText::Count);
}

QStringList ComparisonChart::leftOut(const ComparisonGrid &grid)
{
    QStringList lines;
    for (const ComparisonNote &n : grid.notComparable())
        lines << n.rowLabel + QStringLiteral(", ") + n.period.toString() + QStringLiteral(": ") + n.text;
    return lines;
}

QChart *ComparisonChart::build(const ComparisonGrid &grid, const ChartOptions &options)
{
    const ComparisonText text(grid.language);
    auto *chart = new QChart;
    chart->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QFont font = documentFont(options.fontSize);
    QFont titleFont = documentFont(options.fontSize + 2);
    titleFont.setBold(true);
    if (options.showTitle) {
        chart->setTitleFont(titleFont);
        chart->setTitle(text.metricName(grid.options.metric));
    }
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Rows with at least one comparable value: the others would only be empty categories.
    QList<qsizetype> rows;
    double maxValue = 0;
    for (qsizetype r = 0; r < grid.rowLabels.size(); ++r) {
        bool any = false;
        for (qsizetype c = 0; c < grid.periods.size(); ++c)
            if (const auto &v = grid.cell(r, c).value) {
                any = true;
                maxValue = std::max(maxValue, *v);
            }
        if (any)
            rows << r;
    }
    QStringList periodNames;
    for (const Period &p : grid.periods)
        periodNames << p.toString();

    auto *categories = new QBarCategoryAxis;
    categories->setLabelsFont(font);
    categories->setTitleFont(font);
    QValueAxis *values = valueAxis(grid, maxValue, font);

    if (options.kind == ChartKind::Lines) {
        categories->append(periodNames);
        categories->setTitleText(text.get(ComparisonText::YearAxis));
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto *line = new QLineSeries;
            line->setName(grid.rowLabels.at(rows[i]));
            line->setPointsVisible(true);
            QPen pen(seriesColour(i));
            pen.setWidthF(2);
            line->setPen(pen);
            for (qsizetype c = 0; c < grid.periods.size(); ++c)
                if (const auto &v = grid.cell(rows[i], c).value)
                    line->append(double(c), *v);
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
        return chart;
    }

    auto *bars = new QBarSeries;
    if (grid.periods.size() == 1) {
        // One period: the provinces are the bars, each in its own colour, named in the legend.
        categories->append(periodNames);
        categories->setTitleText(text.get(ComparisonText::YearAxis));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto *set = new QBarSet(grid.rowLabels.at(rows[i]));
            set->setColor(seriesColour(i));
            set->setBorderColor(seriesColour(i).darker(130));
            set->append(grid.cell(rows[i], 0).value.value_or(0));
            bars->append(set);
        }
    } else {
        QStringList provinceNames;
        for (qsizetype r : rows)
            provinceNames << grid.rowLabels.at(r);
        categories->append(provinceNames);
        categories->setTitleText(text.get(ComparisonText::ProvinceAxis));
        for (qsizetype c = 0; c < grid.periods.size(); ++c) {
            auto *set = new QBarSet(periodNames.at(c));
            set->setColor(seriesColour(c));
            set->setBorderColor(seriesColour(c).darker(130));
            // A bar set needs a value per category; a missing figure is drawn as no bar.
            for (qsizetype r : rows)
                set->append(grid.cell(r, c).value.value_or(0));
            bars->append(set);
        }
    }
    chart->addSeries(bars);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    return chart;
}

} // namespace thp::render
