#include "render/FactTablePdfWriter.h"

#include "render/DocumentFonts.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace thp::render {

namespace {

constexpr int kResolution = 300; // dpi; fine enough for hairlines, fonts are vectors anyway

struct Layout {
    QList<qreal> columnWidths;
    qreal headerHeight = 0;
    QList<qreal> rowHeights;
    QList<QList<int>> pages; // row indexes on each page
};

qreal longestWordWidth(const QFontMetricsF &fm, const QString &text)
{
    qreal w = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        w = std::max(w, fm.horizontalAdvance(word));
    return w;
}

// Natural widths when they fit; otherwise long text columns give up room first,
// never going below their longest word (so no word is broken mid-way).
QList<qreal> columnWidths(const FactTable &t, const QFontMetricsF &headFm, const QFontMetricsF &bodyFm,
                          qreal available, qreal padding)
{
    const qsizetype n = t.headers.size();
    QList<qreal> natural(n, 0), minimum(n, 0);
    for (qsizetype c = 0; c < n; ++c) {
        natural[c] = headFm.horizontalAdvance(t.headers[c]);
        minimum[c] = longestWordWidth(headFm, t.headers[c]);
        for (const QStringList &row : t.rows) {
            const QString cell = row.value(c);
            natural[c] = std::max(natural[c], bodyFm.horizontalAdvance(cell));
            minimum[c] = std::max(minimum[c], longestWordWidth(bodyFm, cell));
        }
        natural[c] += 2 * padding;
        minimum[c] = std::min(minimum[c] + 2 * padding, available / 2);
    }
    const qreal total = std::accumulate(natural.cbegin(), natural.cend(), qreal(0));
    QList<qreal> widths = natural;
    if (total <= available) {
        // Spread what is left in proportion, so the table spans the page.
        for (qreal &w : widths)
            w += (available - total) * w / total;
        return widths;
    }
    qreal shrinkable = 0;
    for (qsizetype c = 0; c < n; ++c)
        shrinkable += natural[c] - minimum[c];
    const qreal excess = total - available;
    for (qsizetype c = 0; c < n; ++c) {
        const qreal room = natural[c] - minimum[c];
        widths[c] = shrinkable > 0 ? natural[c] - std::min(room, excess * room / shrinkable) : natural[c];
    }
    const qreal now = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    if (now > available)
        for (qreal &w : widths)
            w *= available / now;
    return widths;
}

qreal cellHeight(const QFontMetricsF &fm, const QString &text, qreal width, qreal padding)
{
    const QRectF r = fm.boundingRect(QRectF(0, 0, std::max<qreal>(1, width - 2 * padding), 1e6),
                                     Qt::TextWordWrap, text);
    return std::max(r.height(), fm.height()) + 2 * padding;
}

} // namespace

FactTablePdfWriter::FactTablePdfWriter(PdfOptions options)
    : m_options(std::move(options))
{
}

bool FactTablePdfWriter::write(const FactTable &table, const QString &path, QString *error) const
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (table.headers.isEmpty())
        return fail(tr("the table has no columns"));

    QPdfWriter writer(path);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(table.title);
    writer.setCreator(m_options.creator);

    QPainter p;
    if (!p.begin(&writer))
        return fail(tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath()));

    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size());
    QFont titleFont = documentFont(15);
    titleFont.setBold(true);
    const QFont subtitleFont = documentFont(10);
    QFont headFont = documentFont(9);
    headFont.setBold(true);
    const QFont bodyFont = documentFont(9);
    const QFont footerFont = documentFont(8);
    const QFontMetricsF titleFm(titleFont, &writer), subFm(subtitleFont, &writer),
        headFm(headFont, &writer), bodyFm(bodyFont, &writer), footFm(footerFont, &writer);

    const qreal padding = bodyFm.height() * 0.3;
    const qreal footerHeight = footFm.height() * 2;

    Layout lay;
    lay.columnWidths = columnWidths(table, headFm, bodyFm, page.width(), padding);
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        lay.headerHeight = std::max(lay.headerHeight,
                                    cellHeight(headFm, table.headers[c], lay.columnWidths[c], padding));
    for (const QStringList &row : table.rows) {
        qreal h = 0;
        for (qsizetype c = 0; c < table.headers.size(); ++c)
            h = std::max(h, cellHeight(bodyFm, row.value(c), lay.columnWidths[c], padding));
        lay.rowHeights << h;
    }

    const QRectF titleRect = titleFm.boundingRect(QRectF(0, 0, page.width(), 1e6), Qt::TextWordWrap, table.title);
    const QRectF subRect = table.subtitle.isEmpty()
        ? QRectF()
        : subFm.boundingRect(QRectF(0, 0, page.width(), 1e6), Qt::TextWordWrap, table.subtitle);
    const qreal firstTop = titleRect.height() + (subRect.isEmpty() ? 0 : subRect.height() + subFm.height() * 0.3)
        + titleFm.height() * 0.6;
    const qreal bottom = page.height() - footerHeight;

    // First pass: which rows go on which page (the header row repeats on each).
    {
        qreal y = firstTop + lay.headerHeight;
        QList<int> current;
        for (int r = 0; r < lay.rowHeights.size(); ++r) {
            if (!current.isEmpty() && y + lay.rowHeights[r] > bottom) {
                lay.pages << current;
                current.clear();
                y = lay.headerHeight;
            }
            current << r;
            y += lay.rowHeights[r];
        }
        lay.pages << current; // possibly empty: a table without rows still gets its page
    }

    const QColor grid(0x9a, 0xa4, 0xae), headerFill(0xe4, 0xea, 0xf0), stripe(0xf6, 0xf8, 0xfa);
    const QString dateText = m_options.locale.toString(m_options.date, QLocale::ShortFormat);
    const int pageCount = int(lay.pages.size());

    auto drawRow = [&](qreal y, qreal h, const QStringList &cells, const QFont &font, bool header, bool striped) {
        qreal x = 0;
        p.setFont(font);
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            const QRectF cell(x, y, lay.columnWidths[c], h);
            if (header)
                p.fillRect(cell, headerFill);
            else if (striped)
                p.fillRect(cell, stripe);
            p.setPen(QPen(grid, 1));
            p.drawRect(cell);
            p.setPen(Qt::black);
            const Qt::Alignment align = (!header && table.numericColumns.contains(int(c)))
                ? Qt::AlignRight | Qt::AlignTop
                : Qt::AlignLeft | Qt::AlignTop;
            p.drawText(cell.adjusted(padding, padding, -padding, -padding), int(align) | Qt::TextWordWrap,
                       cells.value(c));
            x += lay.columnWidths[c];
        }
    };

    for (int pg = 0; pg < pageCount; ++pg) {
        if (pg > 0 && !writer.newPage()) {
            p.end();
            return fail(tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath()));
        }
        qreal y = 0;
        if (pg == 0) {
            p.setFont(titleFont);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, 0, page.width(), titleRect.height()), Qt::TextWordWrap, table.title);
            y = titleRect.height();
            if (!subRect.isEmpty()) {
                p.setFont(subtitleFont);
                p.setPen(QColor(0x40, 0x48, 0x50));
                y += subFm.height() * 0.3;
                p.drawText(QRectF(0, y, page.width(), subRect.height()), Qt::TextWordWrap, table.subtitle);
                y += subRect.height();
            }
            y = firstTop;
        }
        drawRow(y, lay.headerHeight, table.headers, headFont, true, false);
        y += lay.headerHeight;
        for (int r : lay.pages[pg]) {
            drawRow(y, lay.rowHeights[r], table.rows[r], bodyFont, false, r % 2 == 1);
            y += lay.rowHeights[r];
        }
        if (table.rows.isEmpty()) {
            p.setFont(bodyFont);
            p.setPen(QColor(0x60, 0x60, 0x60));
            p.drawText(QRectF(0, y + padding, page.width(), bodyFm.height() * 2), Qt::AlignLeft,
                       tr("No figures."));
        }

        p.setFont(footerFont);
        p.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF footer(0, page.height() - footFm.height(), page.width(), footFm.height());
        p.drawLine(QPointF(0, footer.top() - footFm.height() * 0.4), QPointF(page.width(), footer.top() - footFm.height() * 0.4));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, dateText);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(pg + 1).arg(pageCount));
    }
    if (!p.end())
        return fail(tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath()));
    return true;
}

} // namespace thp::render
