#include "app/ComparisonPanel.h"

#include "app/ComparisonTableModel.h"
#include "render/ComparisonText.h"

#include <QAction>
#include <QChart>
#include <QClipboard>
#include <QGuiApplication>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace thp::app {

ComparisonPanel::ComparisonPanel(bool closable, QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonTableModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLabel(this))
    , m_message(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_chart(new QChartView(m_splitter))
    , m_sourcesLabel(new QLabel(this))
    , m_sourceNames(new QStringListModel(this))
    , m_sources(new QListView(this))
    , m_notes(new QPlainTextEdit(this))
    , m_leftOut(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    if (closable) {
        m_close = new QToolButton(this);
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        m_close->setAutoRaise(true);
        connect(m_close, &QToolButton::clicked, this, &ComparisonPanel::closeRequested);
        header->addWidget(m_close, 0, Qt::AlignTop);
    }
    layout->addLayout(header);
    m_filter->setWordWrap(true);
    m_filter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_filter);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    layout->addWidget(m_message);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Ctrl+C copies the selected cells (with their province and period) as tab-separated
    // text, which Word and Excel paste as a table.
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ComparisonPanel::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    m_notes->setReadOnly(true);
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->setBackgroundVisible(false);
    m_notes->viewport()->setAutoFillBackground(false);
    m_notes->hide();
    layout->addWidget(m_notes);
    m_leftOut->setWordWrap(true);
    m_leftOut->hide();
    layout->addWidget(m_leftOut);
    m_sourcesLabel->setBuddy(m_sources);
    layout->addWidget(m_sourcesLabel);
    // A big database cites thousands of reports: a plain list model, rows of one height.
    m_sources->setModel(m_sourceNames);
    m_sources->setUniformItemSizes(true);
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setMaximumHeight(m_sources->fontMetrics().height() * 4 + 12);
    layout->addWidget(m_sources);
    refreshTexts();
}

const render::ComparisonGrid &ComparisonPanel::grid() const
{
    return m_model->grid();
}

QString ComparisonPanel::selectionAsText() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &i : selected) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    QStringList header{QString()};
    for (int c = left; c <= right; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = top; r <= bottom; ++r) {
        QStringList fields{m_model->headerData(r, Qt::Vertical).toString()};
        for (int c = left; c <= right; ++c)
            fields << grid().cellText(r, c, false);
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ComparisonPanel::copySelection()
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QString ComparisonPanel::notesText() const
{
    return m_notes->toPlainText();
}

QStringList ComparisonPanel::sources() const
{
    return m_sourceNames->stringList();
}

QString ComparisonPanel::title() const
{
    return m_title->text();
}

void ComparisonPanel::setComparison(const render::ComparisonGrid &grid, render::ChartKind chart)
{
    m_chartKind = chart;
    m_model->setGrid(grid);
    render::ChartOptions options;
    options.kind = chart;
    options.fontSize = 9;
    options.showTitle = false; // the panel's own title says what it is
    QChart *old = m_chart->chart();
    m_chart->setChart(render::ComparisonChart::build(grid, options));
    if (old)
        old->deleteLater(); // its layout events may still be queued
    m_sourceNames->setStringList(grid.sources);
    QStringList notes;
    for (const render::ComparisonNote &n : grid.notes)
        notes << QStringLiteral("(%1) %2, %3: %4").arg(QString::number(n.number), n.rowLabel, n.period.toString(), n.text);
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
    // Room for two lines a note (they wrap), four at most; the rest scrolls.
    const int lines = int(std::min<qsizetype>(notes.size() * 2, 4));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * lines
                            + 2 * int(m_notes->document()->documentMargin()) + 4);
    m_notes->setVisible(!notes.isEmpty());
    // The first few cells the chart cannot draw; the notes say why for all of them.
    QStringList leftOut = render::ComparisonChart::leftOut(grid);
    constexpr qsizetype kShown = 3;
    const qsizetype more = leftOut.size() - kShown;
    if (more > 0) {
        leftOut.resize(kShown);
        leftOut << tr("and %n more (see the notes)", nullptr, int(more));
    }
    m_leftOut->setText(leftOut.isEmpty() ? QString()
                                         : render::ComparisonText(grid.language).get(render::ComparisonText::LeftOutOfChart)
                                               + QLatin1Char(' ') + leftOut.join(QStringLiteral("; ")));
    m_leftOut->setVisible(!leftOut.isEmpty());
    m_message->setVisible(grid.isEmpty());
    m_splitter->setVisible(!grid.isEmpty());
    refreshTexts();
    fitTable();
}

void ComparisonPanel::fitTable()
{
    // The table takes the height of its rows (up to half the panel), the chart the rest.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2;
    for (int r = 0; r < m_model->rowCount(); ++r)
        height += m_table->rowHeight(r);
    if (m_table->horizontalScrollBar()->isVisible())
        height += m_table->horizontalScrollBar()->height();
    const int total = std::max(m_splitter->height(), 400);
    height = std::clamp(height, 80, total / 2);
    m_splitter->setSizes({height, total - height});
}

void ComparisonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void ComparisonPanel::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_splitter->setVisible(message.isEmpty() && !grid().isEmpty());
}

QString ComparisonPanel::describe(const render::ComparisonGrid &grid)
{
    using render::ComparisonText;
    const ComparisonText text(grid.language);
    const CompareOptions &o = grid.options;
    QString years = text.get(ComparisonText::All);
    if (o.yearFrom > 0 || o.yearTo > 0)
        years = (o.yearFrom > 0 ? QString::number(o.yearFrom) : QStringLiteral("…")) + QStringLiteral("–")
            + (o.yearTo > 0 ? QString::number(o.yearTo) : QStringLiteral("…"));
    const QStringList parts = {
        text.get(ComparisonText::Provinces) + QStringLiteral(": ")
            + (o.provinces.isEmpty() ? text.get(ComparisonText::All) : o.provinces.join(QStringLiteral(", "))),
        text.get(ComparisonText::Years) + QStringLiteral(": ") + years,
        text.get(ComparisonText::Level) + QStringLiteral(": ") + text.level(o.level),
        text.get(ComparisonText::Boundaries) + QStringLiteral(": ")
            + text.get(o.boundaries2025 ? ComparisonText::Boundaries2025 : ComparisonText::BoundariesAsReported),
        text.get(ComparisonText::Figures) + QStringLiteral(": ")
            + text.get(o.confirmedOnly ? ComparisonText::ConfirmedOnly : ComparisonText::AllButRejected),
        text.get(ComparisonText::Measure) + QStringLiteral(": ") + render::ComparisonChart::valueAxisTitle(grid),
    };
    return parts.join(QStringLiteral(" · "));
}

void ComparisonPanel::refreshTexts()
{
    const render::ComparisonGrid &g = grid();
    m_title->setText(g.options.metric.isEmpty() ? tr("No comparison yet")
                                                : render::ComparisonText(g.language).metricName(g.options.metric));
    m_filter->setText(g.options.metric.isEmpty() ? QString() : describe(g));
    m_sourcesLabel->setText(tr("Source reports (%n):", nullptr, int(g.sources.size())));
    if (m_close)
        m_close->setToolTip(tr("Close this comparison"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_chart->setAccessibleName(tr("Comparison chart"));
}

void ComparisonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QWidget::changeEvent(event);
}

} // namespace thp::app
