#include "app/ReportView.h"

#include "app/FactTableModel.h"
#include "app/FamilyColours.h"
#include "render/ReportTable.h"

#include "ui_ReportView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QItemSelectionModel>
#include <QTextBlock>

namespace thp::app {

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReportView>())
    , m_facts(new FactTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->infoLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->hintLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // The title and the line under it take the height of their text; the text and the
    // figures take the rest.
    for (QLabel *label : {m_ui->titleLabel, m_ui->infoLabel, m_ui->hintLabel})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_ui->factsView->setModel(m_facts);
    QHeaderView *header = m_ui->factsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FactTableModel::Metric, QHeaderView::Stretch);
    m_ui->factsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 6);

    connect(m_ui->factsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateHighlights();
                scrollToCurrentFact();
                Q_EMIT currentFactChanged(current.row());
            });
    connect(m_facts, &QAbstractItemModel::dataChanged, this, &ReportView::updateHighlights);
    updateLabels();
}

ReportView::~ReportView() = default;

void ReportView::setDatabase(Database *db)
{
    m_db = db;
}

void ReportView::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

QTableView *ReportView::factsView() const
{
    return m_ui->factsView;
}

QPlainTextEdit *ReportView::textView() const
{
    return m_ui->textView;
}

void ReportView::showReport(const StoredReport &report, const QString &text, QList<StoredFact> facts)
{
    m_report = report;
    // Reading order: figures in the order they occur in the text.
    std::stable_sort(facts.begin(), facts.end(), [](const StoredFact &a, const StoredFact &b) {
        return a.fact.span.start < b.fact.span.start;
    });
    m_facts->setFacts(std::move(facts), report.year);
    m_ui->textView->setPlainText(text);
    updateLabels();
    updateHighlights();
    if (m_facts->rowCount() > 0)
        selectFactRow(0);
    else
        m_ui->textView->moveCursor(QTextCursor::Start);
}

void ReportView::clear()
{
    m_report.reset();
    m_facts->setFacts({}, 0);
    m_ui->textView->clear();
    updateLabels();
}

void ReportView::selectFactRow(int row)
{
    if (m_facts->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_facts->rowCount() - 1);
    const QModelIndex index = m_facts->index(row, 0);
    m_ui->factsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->factsView->scrollTo(index);
}

int ReportView::currentFactRow() const
{
    const QModelIndex current = m_ui->factsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString ReportView::currentFactText() const
{
    const StoredFact *sf = m_facts->factAt(currentFactRow());
    if (!sf)
        return {};
    const QString text = m_ui->textView->toPlainText();
    const Span s = sf->fact.span;
    if (s.start < 0 || s.end > text.size() || s.start >= s.end)
        return {};
    return text.mid(s.start, s.length());
}

void ReportView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = m_ui->textView->document();
    // Stored spans are UTF-16 offsets into this very text; QTextDocument positions count
    // the same units (a paragraph break is one position, like '\n').
    const int length = doc->characterCount() - 1;
    auto selectionFor = [&](const StoredFact &sf, bool current) -> std::optional<QTextEdit::ExtraSelection> {
        const Span s = sf.fact.span;
        if (s.start < 0 || s.end > length || s.start >= s.end)
            return std::nullopt;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(doc);
        sel.cursor.setPosition(int(s.start));
        sel.cursor.setPosition(int(s.end), QTextCursor::KeepAnchor);
        const QString family = familyOf(sf.fact.metric);
        if (current) {
            sel.format.setBackground(familyAccent(family));
            sel.format.setForeground(Qt::white);
        } else if (sf.status == FactStatus::Rejected) {
            sel.format.setFontStrikeOut(true);
            sel.format.setForeground(QColor(0x80, 0x80, 0x80));
        } else {
            sel.format.setBackground(familyBackground(family));
        }
        return sel;
    };
    const int current = currentFactRow();
    for (int row = 0; row < m_facts->rowCount(); ++row)
        if (row != current)
            if (auto sel = selectionFor(m_facts->facts()[row], false))
                selections << *sel;
    // The current figure last, so it is drawn above overlapping spans.
    if (const StoredFact *sf = m_facts->factAt(current))
        if (auto sel = selectionFor(*sf, true))
            selections << *sel;
    m_ui->textView->setExtraSelections(selections);
}

void ReportView::scrollToCurrentFact()
{
    const StoredFact *sf = m_facts->factAt(currentFactRow());
    if (!sf)
        return;
    QTextCursor c(m_ui->textView->document());
    const int length = m_ui->textView->document()->characterCount() - 1;
    c.setPosition(int(std::clamp<qsizetype>(sf->fact.span.start, 0, length)));
    m_ui->textView->setTextCursor(c);
    m_ui->textView->centerCursor();
    // Right after a report is shown the viewport may not have its final size yet:
    // centre again once the layout has settled.
    QMetaObject::invokeMethod(m_ui->textView, &QPlainTextEdit::centerCursor, Qt::QueuedConnection);
}

void ReportView::updateLabels()
{
    if (!m_report) {
        m_ui->titleLabel->setText(tr("No report open"));
        m_ui->infoLabel->clear();
        m_ui->hintLabel->clear();
        return;
    }
    m_ui->titleLabel->setText(m_report->title.isEmpty() ? m_report->fileName : m_report->title);
    m_ui->infoLabel->setText(render::ReportTable::subtitle(*m_report) + QStringLiteral(" · ")
                             + tr("%n figure(s)", nullptr, m_facts->rowCount()));
    m_ui->hintLabel->setText(tr("Select a figure to see where it was read in the text."));
}

void ReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_facts->retranslate();
        updateLabels();
    }
    QWidget::changeEvent(event);
}

} // namespace thp::app
