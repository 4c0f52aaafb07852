#pragma once
// A chart of a comparison: bars by province (one bar set per period; with a single
// period, one bar set per province) or lines over the periods (one line per province).
// Labels in the document's language, numbers on the value axis the Vietnamese way
// (60.000), the document font. Cells without a comparable value are left out and
// listed by leftOut(), to be printed under the chart.

#include "render/ComparisonGrid.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace thp::render {

enum class ChartKind { Bars, Lines };

struct ChartOptions {
    ChartKind kind = ChartKind::Bars;
    qreal fontSize = 8;     // points, for axis labels and legend; the title is larger
    bool showTitle = true;  // the PDF prints its own title and still wants the chart's
};

class ComparisonChart
{
public:
    // Lines from three periods on (a trend), bars otherwise.
    static ChartKind suggestedKind(const ComparisonGrid &grid);
    // A new chart; the caller owns it (or hands it to a QChartView / QGraphicsScene).
    static QChart *build(const ComparisonGrid &grid, const ChartOptions &options);
    // "Bắc Ninh, 2016–2020: not comparable: …" for each cell the chart leaves out.
    static QStringList leftOut(const ComparisonGrid &grid);
    // The value axis title: the counted unit, "per 1,000 members" or "Rate (%)".
    static QString valueAxisTitle(const ComparisonGrid &grid);
};

} // namespace thp::render
