#include "render/ComparisonPdfWriter.h"

#include "model/MetricCatalogue.h"
#include "render/ComparisonText.h"
#include "render/DocumentFonts.h"

#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>
#include <memory>

namespace thp::render {

namespace {

constexpr int kResolution = 300; // dpi of the painter's coordinates; text and lines stay vectors

// The chart is laid out at this size (screen pixels) and scaled onto the page, so that its
// 8-point labels print at about 7.5 points across the 18 cm text width.
constexpr qreal kChartWidth = 720;
constexpr qreal kChartAspect = 0.58;

// One piece of the flow: placed on the current page if it fits, else on the next one.
struct Block {
    qreal height = 0;
    std::function<void(qreal top)> draw;
    int header = -1;           // a table header block repeated when this row starts a page
    bool keepWithNext = false; // a heading never ends a page
};

struct Fonts {
    QFont title, subtitle, heading, body, bold, small;
};

Fonts documentFonts()
{
    Fonts f;
    f.title = documentFont(16);
    f.title.setBold(true);
    f.subtitle = documentFont(10.5);
    f.heading = documentFont(11);
    f.heading.setBold(true);
    f.body = documentFont(9);
    f.bold = documentFont(9);
    f.bold.setBold(true);
    f.small = documentFont(8);
    return f;
}

qreal wrappedHeight(const QFont &font, QPaintDevice *device, const QString &text, qreal width)
{
    const QFontMetricsF fm(font, device);
    const QRectF r = fm.boundingRect(QRectF(0, 0, std::max<qreal>(1, width), 1e7), Qt::TextWordWrap, text);
    return std::max(r.height(), fm.height());
}

// Columns of the table: the province column, then as many period columns as fit the page
// width; further periods go to another table below (the province column repeated).
QList<QList<qsizetype>> periodChunks(const ComparisonGrid &grid, const QList<qreal> &periodWidths,
                                     qreal available)
{
    QList<QList<qsizetype>> chunks;
    QList<qsizetype> current;
    qreal used = 0;
    for (qsizetype c = 0; c < grid.periods.size(); ++c) {
        if (!current.isEmpty() && used + periodWidths[c] > available) {
            chunks << current;
            current.clear();
            used = 0;
        }
        current << c;
        used += periodWidths[c];
    }
    if (!current.isEmpty() || chunks.isEmpty())
        chunks << current;
    return chunks;
}

} // namespace

ComparisonPdfWriter::ComparisonPdfWriter(ComparisonPdfOptions options)
    : m_options(std::move(options))
{
}

bool ComparisonPdfWriter::write(const ComparisonGrid &grid, const QString &path, QString *error) const
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const ComparisonText text(grid.language);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const CompareOptions &o = grid.options;
    const QString title = text.metricName(o.metric);

    QPdfWriter writer(path);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                                     QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(m_options.creator);
    QPainter p;
    if (!p.begin(&writer))
        return fail(tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath()));

    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size());
    const qreal width = page.width();
    const Fonts f = documentFonts();
    const QFontMetricsF bodyFm(f.body, &writer), smallFm(f.small, &writer);
    const qreal padding = bodyFm.height() * 0.3;
    const qreal gap = bodyFm.height() * 0.8;
    const QColor ink(0x20, 0x24, 0x28), muted(0x50, 0x58, 0x60), gridLine(0x9a, 0xa4, 0xae),
        headerFill(0xe4, 0xea, 0xf0), stripe(0xf6, 0xf8, 0xfa);

    QList<Block> blocks;
    auto addText = [&](const QString &s, const QFont &font, const QColor &colour, qreal indent = 0, qreal after = 0,
                       bool keepWithNext = false) {
        const qreal h = wrappedHeight(font, &writer, s, width - indent);
        blocks.append({h + after, [=, &p](qreal top) {
                           p.setFont(font);
                           p.setPen(colour);
                           p.drawText(QRectF(indent, top, width - indent, h), Qt::TextWordWrap, s);
                       },
                       -1, keepWithNext});
    };
    auto addSpace = [&](qreal h) { blocks.append({h, [](qreal) {}, -1, false}); };

    // Title and the filter that produced the figures.
    addText(title, f.title, ink, 0, padding);
    addText(text.get(ComparisonText::Subtitle), f.subtitle, muted, 0, gap);
    const auto filterLine = [&](ComparisonText::Key key, const QString &value) {
        const QString label = text.get(key) + QStringLiteral(": ");
        const qreal labelWidth = QFontMetricsF(f.bold, &writer).horizontalAdvance(label);
        const qreal h = wrappedHeight(f.body, &writer, value, width - labelWidth);
        blocks.append({h + padding * 0.5, [=, &p](qreal top) {
                           p.setPen(ink);
                           p.setFont(f.bold);
                           p.drawText(QRectF(0, top, labelWidth, h), Qt::AlignLeft | Qt::AlignTop, label);
                           p.setFont(f.body);
                           p.drawText(QRectF(labelWidth, top, width - labelWidth, h), Qt::TextWordWrap, value);
                       },
                       -1, false});
    };
    filterLine(ComparisonText::Metric, title + QStringLiteral(" (") + o.metric + QLatin1Char(')'));
    filterLine(ComparisonText::Provinces,
               o.provinces.isEmpty() ? text.get(ComparisonText::All) : o.provinces.join(QStringLiteral(", ")));
    QString years = text.get(ComparisonText::All);
    if (o.yearFrom > 0 || o.yearTo > 0)
        years = o.yearFrom == o.yearTo ? QString::number(o.yearFrom)
                                       : (o.yearFrom > 0 ? QString::number(o.yearFrom) : QStringLiteral("…"))
                + QStringLiteral("–") + (o.yearTo > 0 ? QString::number(o.yearTo) : QStringLiteral("…"));
    filterLine(ComparisonText::Years, years);
    filterLine(ComparisonText::Level, text.level(o.level));
    filterLine(ComparisonText::Boundaries, text.get(o.boundaries2025 ? ComparisonText::Boundaries2025
                                                                     : ComparisonText::BoundariesAsReported));
    filterLine(ComparisonText::Figures,
               text.get(o.confirmedOnly ? ComparisonText::ConfirmedOnly : ComparisonText::AllButRejected)
                   + (o.includeProjected ? QStringLiteral("; ") + text.get(ComparisonText::PlansIncluded) : QString()));
    filterLine(ComparisonText::Measure, ComparisonChart::valueAxisTitle(grid));
    addSpace(gap);

    // The table, in as many column groups as the page width needs.
    if (grid.isEmpty()) {
        addText(text.get(ComparisonText::NoFigures), f.body, muted, 0, gap);
    } else {
        const QFontMetricsF boldFm(f.bold, &writer);
        qreal labelWidth = boldFm.horizontalAdvance(text.get(ComparisonText::ProvinceAxis));
        for (const QString &l : grid.rowLabels)
            labelWidth = std::max(labelWidth, bodyFm.horizontalAdvance(l));
        // A little slack over the measured width, so that rounding never wraps a name.
        labelWidth = std::min(labelWidth + 3 * padding, width * 0.34);
        QList<qreal> periodWidths;
        for (qsizetype c = 0; c < grid.periods.size(); ++c) {
            qreal w = boldFm.horizontalAdvance(grid.periods[c].toString());
            for (qsizetype r = 0; r < grid.rowLabels.size(); ++r)
                w = std::max(w, bodyFm.horizontalAdvance(grid.cellText(r, c)));
            periodWidths << std::max(w + 3 * padding, bodyFm.horizontalAdvance(QStringLiteral("0000000")));
        }
        for (const QList<qsizetype> &chunk : periodChunks(grid, periodWidths, width - labelWidth)) {
            // Spread the spare width over the period columns, up to a comfortable maximum.
            qreal natural = 0;
            for (qsizetype c : chunk)
                natural += periodWidths[c];
            const qreal spare = std::max<qreal>(0, width - labelWidth - natural);
            QList<qreal> widths;
            for (qsizetype c : chunk)
                widths << periodWidths[c] + std::min(spare / std::max<qsizetype>(1, chunk.size()), periodWidths[c]);

            auto drawRow = [=, &p](qreal top, qreal h, const QString &label, const QStringList &cells, bool header,
                                   bool striped) {
                QRectF cell(0, top, labelWidth, h);
                const QColor fill = header ? headerFill : (striped ? stripe : QColor(Qt::white));
                for (qsizetype i = -1; i < cells.size(); ++i) {
                    if (i >= 0)
                        cell = QRectF(cell.right(), top, widths[i], h);
                    p.fillRect(cell, fill);
                    p.setPen(QPen(gridLine, 1));
                    p.drawRect(cell);
                    p.setPen(ink);
                    p.setFont(header ? f.bold : f.body);
                    const int align = (i < 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                    p.drawText(cell.adjusted(padding, padding, -padding, -padding), align | Qt::TextWordWrap,
                               i < 0 ? label : cells[i]);
                }
            };
            QStringList headers;
            for (qsizetype c : chunk)
                headers << grid.periods[c].toString();
            const qreal headerHeight = wrappedHeight(f.bold, &writer, text.get(ComparisonText::ProvinceAxis),
                                                     labelWidth - 2 * padding) + 2 * padding;
            const int headerIndex = int(blocks.size());
            const QString provinceHeader = text.get(ComparisonText::ProvinceAxis);
            blocks.append({headerHeight, [=](qreal top) {
                               drawRow(top, headerHeight, provinceHeader, headers, true, false);
                           },
                           -1, true});
            for (qsizetype r = 0; r < grid.rowLabels.size(); ++r) {
                QStringList cells;
                for (qsizetype c : chunk)
                    cells << grid.cellText(r, c);
                const QString label = grid.rowLabels[r];
                const qreal h = wrappedHeight(f.body, &writer, label, labelWidth - 2 * padding) + 2 * padding;
                blocks.append({h, [=](qreal top) { drawRow(top, h, label, cells, false, r % 2 == 1); },
                               headerIndex, false});
            }
            addSpace(padding * 2);
        }
        addText(text.get(ComparisonText::MarksLegend), f.small, muted, 0, gap * 0.5);
        if (!grid.notes.isEmpty()) {
            addText(text.get(ComparisonText::Notes), f.heading, ink, 0, padding, true);
            for (const ComparisonNote &n : grid.notes)
                addText(QStringLiteral("(%1) %2, %3: %4").arg(n.number).arg(n.rowLabel, n.period.toString(), n.text),
                        f.small, ink, bodyFm.height(), padding * 0.5);
        }
        addSpace(gap);

        // The chart: laid out at screen size, drawn scaled onto the page as vectors.
        const ChartKind kind = m_options.chart.value_or(ComparisonChart::suggestedKind(grid));
        const qreal chartHeight = width * kChartAspect;
        blocks.append({chartHeight, [=, &grid, &p](qreal top) {
                           ChartOptions co;
                           co.kind = kind;
                           QGraphicsScene scene;
                           QChart *chart = ComparisonChart::build(grid, co);
                           scene.addItem(chart); // the scene owns and deletes it
                           const QRectF source(0, 0, kChartWidth, kChartWidth * kChartAspect);
                           chart->setGeometry(source);
                           scene.setSceneRect(source);
                           p.save();
                           scene.render(&p, QRectF(0, top, width, chartHeight), source, Qt::KeepAspectRatio);
                           p.restore();
                       },
                       -1, false});
        // What the chart leaves out, pointing at the note that says why (not repeated here).
        const QList<ComparisonNote> leftOut = grid.notComparable();
        if (!leftOut.isEmpty()) {
            QStringList names;
            for (const ComparisonNote &n : leftOut)
                names << QStringLiteral("%1, %2 (%3)").arg(n.rowLabel, n.period.toString()).arg(n.number);
            addText(text.get(ComparisonText::LeftOutOfChart) + QLatin1Char(' ') + names.join(QStringLiteral("; ")),
                    f.small, muted, 0, padding);
        }
        addSpace(gap);
    }

    // The reports the figures come from.
    addText(text.get(ComparisonText::Sources), f.heading, ink, 0, padding, true);
    if (grid.sources.isEmpty())
        addText(text.get(ComparisonText::NoSources), f.body, muted);
    for (qsizetype i = 0; i < grid.sources.size(); ++i)
        addText(QStringLiteral("%1. %2").arg(i + 1).arg(grid.sources[i]), f.body, ink, bodyFm.height(), padding * 0.5);
    addSpace(gap);
    const QString dateText = vi.toString(m_options.date, QStringLiteral("dd/MM/yyyy"));
    addText(text.get(ComparisonText::Generated).arg(dateText), f.small, muted);

    // Pagination: a block that does not fit starts a new page (a table row brings its
    // header along); a heading moves with the block after it.
    const qreal footerHeight = smallFm.height() * 2.2;
    const qreal bottom = page.height() - footerHeight;
    struct Placed {
        qsizetype block;
        qreal top;
    };
    QList<QList<Placed>> pages(1);
    qreal y = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        qreal needed = b.height;
        if (b.keepWithNext && i + 1 < blocks.size())
            needed += blocks[i + 1].height;
        if (y > 0 && y + needed > bottom) {
            pages.append(QList<Placed>());
            y = 0;
            if (b.header >= 0) {
                pages.last().append({b.header, y});
                y += blocks[b.header].height;
            }
        }
        pages.last().append({i, y});
        y += b.height;
    }

    const qsizetype pageCount = pages.size();
    for (qsizetype pg = 0; pg < pageCount; ++pg) {
        if (pg > 0 && !writer.newPage()) {
            p.end();
            return fail(tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath()));
        }
        for (const Placed &placed : pages[pg])
            blocks[placed.block].draw(placed.top);
        p.setFont(f.small);
        p.setPen(muted);
        const QRectF footer(0, page.height() - smallFm.height(), width, smallFm.height());
        p.drawLine(QPointF(0, footer.top() - smallFm.height() * 0.5), QPointF(width, footer.top() - smallFm.height() * 0.5));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, title + QStringLiteral(" · ") + dateText);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, text.get(ComparisonText::Page).arg(pg + 1).arg(pageCount));
    }
    if (!p.end())
        return fail(tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath()));
    return true;
}

} // namespace thp::render
