#pragma once
// Writes a comparison as an A4 PDF: the metric as title, the filter that produced it,
// the provinces × periods table (values the Vietnamese way, "~" for approximate figures,
// numbered notes for cells that could not be compared), a chart, the source reports,
// the date it was made and "Trang 1/2" on every page. Exactly the rows of the grid:
// nothing is added, nothing left out (the chart lists what it cannot draw).

#include "render/ComparisonChart.h"
#include "render/ComparisonGrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace thp::render {

struct ComparisonPdfOptions {
    QDate date = QDate::currentDate();  // "Ngày lập" and the footer
    std::optional<ChartKind> chart;      // none: ComparisonChart::suggestedKind
    QString creator = QStringLiteral("TongHop");
};

class ComparisonPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(thp::render::ComparisonPdfWriter)

public:
    explicit ComparisonPdfWriter(ComparisonPdfOptions options = {});

    // The document is in grid.language. Returns false and a reason in *error when the
    // file cannot be written.
    bool write(const ComparisonGrid &grid, const QString &path, QString *error = nullptr) const;

private:
    ComparisonPdfOptions m_options;
};

} // namespace thp::render
