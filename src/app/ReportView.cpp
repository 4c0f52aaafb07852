#include "app/ReportView.h"

#include "analysis/FactInput.h"
#include "analysis/ReviewQueue.h"
#include "app/FactCellDelegate.h"
#include "app/FactEditDialog.h"
#include "app/FactTableModel.h"
#include "app/FamilyColours.h"
#include "app/ReviewCommand.h"
#include "model/MetricCatalogue.h"
#include "model/VietFormat.h"
#include "render/FactLabels.h"
#include "render/ReportTable.h"

#include "ui_ReportView.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTextBlock>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>

namespace thp::app {

using render::FactLabels;

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReportView>())
    , m_facts(new FactTableModel(this))
    , m_cellDelegate(new FactCellDelegate(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // The title and the lines around the table take the height of their text; the text
    // and the figures take the rest.
    for (QLabel *label : {m_ui->titleLabel, m_ui->infoLabel, m_ui->messageLabel, m_ui->detailLabel, m_ui->hintLabel})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->messageLabel->hide();

    m_ui->factsView->setModel(m_facts);
    m_ui->factsView->setItemDelegate(m_cellDelegate);
    QHeaderView *header = m_ui->factsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Vietnamese metric names and units are long: they wrap in a column of their own
    // width rather than push the status and checks out of sight.
    for (auto [column, width] : {std::pair{FactTableModel::Metric, 190}, std::pair{FactTableModel::Unit, 95}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setStretchLastSection(true); // the checks take what is left
    m_ui->factsView->setWordWrap(true);
    m_ui->factsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 6);

    connect(m_ui->factsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_navigating)
                    m_queueWalk = false;
                updateHighlights();
                if (!m_syncingText)
                    scrollToCurrentFact();
                updateDetail();
                updateActions();
                Q_EMIT currentFactChanged(current.row());
            });
    connect(m_facts, &QAbstractItemModel::dataChanged, this, [this] {
        updateHighlights();
        updateDetail();
    });
    connect(m_facts, &QAbstractItemModel::rowsInserted, this, &ReportView::updateHighlights);
    connect(m_facts, &QAbstractItemModel::rowsRemoved, this, &ReportView::updateHighlights);
    // A cell is changed in place (F2, double-click, FactCellDelegate); the model asks for the
    // change to be stored, as the form's is. A double-click where nothing can be changed in
    // place (status, confidence...) opens the form.
    connect(m_facts, &FactTableModel::editRequested, this,
            [this](const StoredFact &before, const Fact &values) { applyEdit(before, values, false); });
    connect(m_ui->factsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editCurrent();
    });
    connect(m_cellDelegate, &FactCellDelegate::editorOpened, this, &ReportView::cellEditorOpened);
    connect(m_cellDelegate, &QAbstractItemDelegate::closeEditor, this, &ReportView::cellEditorClosed);
    connect(m_cellDelegate, &FactCellDelegate::problemsChanged, this,
            [this](const QStringList &errors, const QStringList &warnings) {
                m_cellProblems.clear();
                for (const QString &e : errors)
                    m_cellProblems << QStringLiteral("<span style='color:#c62828'>\u2716 %1</span>").arg(e.toHtmlEscaped());
                for (const QString &w : warnings)
                    m_cellProblems << QStringLiteral("<span style='color:#b26a00'>\u26a0 %1</span>").arg(w.toHtmlEscaped());
                updateDetail();
            });
    connect(m_cellDelegate, &FactCellDelegate::refused, this, [this](const QString &input, const QStringList &errors) {
        showNote(tr("“%1” was not saved: %2").arg(input, errors.join(QLatin1Char(' '))));
    });
    // "and back": a click on a figure's words in the text selects the figure.
    connect(m_ui->textView, &QPlainTextEdit::cursorPositionChanged, this, &ReportView::selectFactAtTextCursor);
    m_ui->textView->viewport()->installEventFilter(this);

    createActions();
    updateLabels();
    updateActions();
}

ReportView::~ReportView()
{
    // An editor still open goes with the table, after this view's own part is gone.
    if (m_cellEditor)
        disconnect(m_cellEditor, nullptr, this, nullptr);
}

void ReportView::createActions()
{
    auto make = [this](QList<QKeySequence> keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        // Only while the report (its table or text) has the focus: typing elsewhere (the
        // library's search, an editor window) never triggers a review.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_reviewActions << a;
        return a;
    };
    m_accept = make({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)},
                    &ReportView::acceptAndNext);
    m_edit = make({QKeySequence(Qt::Key_E)}, &ReportView::editCurrent);
    m_editCell = make({QKeySequence(Qt::Key_F2)}, &ReportView::editCurrentCell);
    m_reject = make({QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_Delete)}, &ReportView::rejectAndNext);
    m_back = make({QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::SHIFT | Qt::Key_Return)}, &ReportView::goBack);
    m_nextLeast = make({QKeySequence(Qt::Key_N)}, &ReportView::nextLeastConfident);
    m_leastFirst = make({QKeySequence(Qt::Key_L)}, [this] {
        showNote(m_leastFirst->isChecked() ? tr("The review now walks the least confident figures first.")
                                           : tr("The review now walks the figures in reading order."));
    });
    m_leastFirst->setCheckable(true);
    m_acceptRule = make({QKeySequence(Qt::SHIFT | Qt::Key_A)}, &ReportView::acceptAllFromRule);
    m_add = make({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::Key_Plus)}, &ReportView::addFromSelection);
    retranslateActions();
}

void ReportView::retranslateActions()
{
    m_accept->setText(tr("&Accept and go to the next"));
    m_edit->setText(tr("&Correct the figure…"));
    m_editCell->setText(tr("Change the c&ell in place"));
    m_reject->setText(tr("&Reject the figure"));
    m_back->setText(tr("&Back to the previous figure"));
    m_nextLeast->setText(tr("&Next least confident figure"));
    m_leastFirst->setText(tr("&Least confident first"));
    m_acceptRule->setText(tr("Accept all from this r&ule…"));
    m_add->setText(tr("A&dd a figure from the selected words…"));
    for (QAction *a : std::as_const(m_reviewActions)) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        a->setToolTip(tr("%1 (%2)").arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                        keys.join(QStringLiteral(", "))));
    }
    // The two ways of correcting a figure name each other.
    const QString formKey = m_edit->shortcut().toString(QKeySequence::NativeText);
    const QString cellKey = m_editCell->shortcut().toString(QKeySequence::NativeText);
    m_edit->setToolTip(tr("Correct the whole figure in a form (%1); %2 changes the selected cell in place").arg(formKey, cellKey));
    m_editCell->setToolTip(tr("Change the selected cell in place (%1 or double-click; Enter saves, Esc cancels); "
                              "%2 corrects the whole figure in a form")
                               .arg(cellKey, formKey));
    m_facts->setEditHint(tr("%1 or double-click: change it here (Enter saves, Esc cancels). %2: correct the whole "
                            "figure in a form.")
                             .arg(cellKey, formKey));
}

void ReportView::setDatabase(Database *db)
{
    m_db = db;
    m_written.clear();
    m_facts->setEditable(db != nullptr); // a change in a cell needs somewhere to be stored
    updateActions();
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

FactEditDialog *ReportView::editor() const
{
    return m_editor;
}

QMessageBox *ReportView::question() const
{
    return m_question;
}

QWidget *ReportView::cellEditor() const
{
    return m_cellEditor;
}

QString ReportView::refusal() const
{
    return m_refusal;
}

void ReportView::showReport(const StoredReport &report, const QString &text, QList<StoredFact> facts)
{
    m_report = report;
    m_visited.clear();
    m_refusal.clear();
    m_note.clear();
    m_ui->messageLabel->hide();
    // Reading order: figures in the order they occur in the text.
    std::stable_sort(facts.begin(), facts.end(), [](const StoredFact &a, const StoredFact &b) {
        return a.fact.span.start < b.fact.span.start;
    });
    m_facts->setFacts(std::move(facts), report.year);
    m_syncingText = true;
    m_ui->textView->setPlainText(text);
    m_syncingText = false;
    updateLabels();
    updateHighlights();
    if (m_facts->rowCount() > 0) {
        // Start where the review is: the first figure still to review.
        const int first = ReviewQueue::nextInReadingOrder(m_facts->facts(), -1);
        selectFactRow(first < 0 ? 0 : first);
    } else {
        m_ui->textView->moveCursor(QTextCursor::Start);
    }
    updateDetail();
    updateActions();
}

void ReportView::clear()
{
    m_report.reset();
    m_visited.clear();
    m_facts->setFacts({}, 0);
    m_ui->textView->clear();
    m_ui->messageLabel->hide();
    updateLabels();
    updateDetail();
    updateActions();
}

void ReportView::selectFactRow(int row)
{
    if (m_facts->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_facts->rowCount() - 1);
    // The column stays: walking the figures, F2 changes the same kind of cell each time.
    const QModelIndex current = m_ui->factsView->selectionModel()->currentIndex();
    const QModelIndex index = m_facts->index(row, current.isValid() ? current.column() : 0);
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

// ---- review ------------------------------------------------------------------------------

QString ReportView::figureName(const StoredFact &sf) const
{
    return tr("%1 %2").arg(MetricCatalogue::instance().displayName(sf.fact.metric, FactLabels::catalogueLanguage()),
                           VietFormat::metricValue(sf.fact.metric, sf.fact.value));
}

bool ReportView::push(std::unique_ptr<ReviewCommand> command, QStringList *errorsOut)
{
    m_note.clear();
    QStringList errors;
    const bool ok = command->apply(&errors);
    if (ok && m_undo)
        m_undo->push(command.release()); // its first redo() does nothing: apply() did it
    if (!errors.isEmpty())
        showRefusal(errors);
    else
        m_ui->messageLabel->hide();
    if (errorsOut)
        *errorsOut = errors;
    updateLabels();
    return ok;
}

void ReportView::goToRow(int row, bool queueWalk)
{
    if (const StoredFact *sf = m_facts->factAt(currentFactRow()))
        m_visited << sf->id;
    m_navigating = true;
    selectFactRow(row);
    m_navigating = false;
    m_queueWalk = queueWalk;
}

int ReportView::nextInQueue(int row) const
{
    // Walking the queue: the one after this figure. Starting it: the least confident.
    if (m_queueWalk)
        return ReviewQueue::nextLeastConfident(m_facts->facts(), row);
    for (int r : ReviewQueue::leastConfidentFirst(m_facts->facts()))
        if (r != row)
            return r;
    return -1;
}

void ReportView::moveOnFrom(int row)
{
    const bool queue = m_leastFirst->isChecked();
    const int next = queue ? nextInQueue(row) : ReviewQueue::nextInReadingOrder(m_facts->facts(), row);
    if (next < 0) {
        showNote(tr("Every figure of this report has been reviewed."));
        return;
    }
    goToRow(next, queue);
}

void ReportView::acceptAndNext()
{
    const int row = currentFactRow();
    const StoredFact *sf = m_facts->factAt(row);
    if (!sf || !m_db)
        return;
    // Confirmed, corrected or entered figures are accepted already; a rejected one is
    // taken back.
    if (sf->status == FactStatus::Extracted || sf->status == FactStatus::Rejected) {
        ReviewStep step;
        step.kind = ReviewStep::Confirm;
        step.before = *sf;
        if (!push(std::make_unique<ReviewCommand>(this, *m_db, tr("Accept %1").arg(figureName(*sf)),
                                                  QList<ReviewStep>{step})))
            return;
    }
    moveOnFrom(row);
}

void ReportView::rejectAndNext()
{
    const int row = currentFactRow();
    const StoredFact *sf = m_facts->factAt(row);
    if (!sf || !m_db)
        return;
    if (sf->status == FactStatus::Entered) {
        showNote(tr("A figure added by hand is not rejected: undo its addition (Ctrl+Z) or correct it."));
        return;
    }
    if (sf->status != FactStatus::Rejected) {
        ReviewStep step;
        step.kind = ReviewStep::Reject;
        step.before = *sf;
        if (!push(std::make_unique<ReviewCommand>(this, *m_db, tr("Reject %1").arg(figureName(*sf)),
                                                  QList<ReviewStep>{step})))
            return;
    }
    moveOnFrom(row);
}

void ReportView::goBack()
{
    while (!m_visited.isEmpty()) {
        const int row = m_facts->rowOf(m_visited.takeLast());
        if (row >= 0) {
            selectFactRow(row);
            return;
        }
    }
    if (currentFactRow() > 0)
        selectFactRow(currentFactRow() - 1);
}

void ReportView::nextLeastConfident()
{
    const int next = nextInQueue(currentFactRow());
    if (next < 0) {
        showNote(tr("Every figure of this report has been reviewed."));
        return;
    }
    goToRow(next, true);
}

void ReportView::editCurrent()
{
    const StoredFact *sf = m_facts->factAt(currentFactRow());
    if (!sf || !m_db || !m_report)
        return;
    if (m_editor)
        m_editor->close();
    auto *dialog = new FactEditDialog(FactEditDialog::Correct, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFact(sf->fact, m_report->year);
    // The figure as it was when the editor opened: saving over someone else's later
    // change is refused.
    const StoredFact before = *sf;
    // Saved once the editor has gone, so that a refusal is not shown under it.
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        QMetaObject::invokeMethod(this, [this, before, values = dialog->fact()] { applyEdit(before, values); },
                                  Qt::QueuedConnection);
    });
    m_editor = dialog;
    dialog->open();
}

void ReportView::editCurrentCell()
{
    QModelIndex index = m_ui->factsView->currentIndex();
    if (!index.isValid() || !m_db)
        return;
    if (!(index.flags() & Qt::ItemIsEditable))
        index = m_facts->index(index.row(), FactTableModel::Value);
    m_ui->factsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_ui->factsView->edit(index);
}

void ReportView::cellEditorOpened(QWidget *editor)
{
    m_cellEditor = editor;
    m_reviewWaits = true;
    // Closed by a new report or a reset too, without closeEditor: gone is closed.
    connect(editor, &QObject::destroyed, this, &ReportView::resumeReview);
    m_cellProblems.clear();
    updateActions();
}

void ReportView::resumeReview()
{
    if (m_cellEditor)
        return; // another editor opened meanwhile
    m_reviewWaits = false;
    updateActions();
}

void ReportView::cellEditorClosed(QWidget *editor)
{
    disconnect(editor, nullptr, this, nullptr); // it is deleted later, maybe after this view
    m_cellEditor = nullptr;
    m_cellProblems.clear();
    updateDetail();
    // The review keys come back once the key that closed the editor is through: Enter that
    // chose in a list closes the editor before the shortcuts see that same Enter.
    QMetaObject::invokeMethod(this, &ReportView::resumeReview, Qt::QueuedConnection);
}

void ReportView::applyEdit(const StoredFact &before, const Fact &values, bool reselect)
{
    if (!m_db || (values.sameFigure(before.fact) && values.unit == before.fact.unit))
        return; // nothing changed
    ReviewStep step;
    step.kind = ReviewStep::Edit;
    step.before = before;
    step.values = values;
    StoredFact after = before;
    after.fact = values;
    push(std::make_unique<ReviewCommand>(this, *m_db, tr("Correct %1 to %2").arg(figureName(before), figureName(after)),
                                         QList<ReviewStep>{step}));
    if (!reselect)
        return; // changed in its cell, which stays the current one
    if (const int row = m_facts->rowOf(before.id); row >= 0)
        selectFactRow(row);
}

void ReportView::acceptAllFromRule()
{
    const StoredFact *sf = m_facts->factAt(currentFactRow());
    if (!sf || !m_db)
        return;
    const QString rule = sf->fact.ruleId;
    const QList<int> rows = ReviewQueue::sameRule(m_facts->facts(), rule);
    if (rows.isEmpty()) {
        showNote(rule.isEmpty() ? tr("This figure was not read by a rule.")
                                : tr("No figure read by the rule “%1” is still to review.").arg(rule));
        return;
    }
    QList<ReviewStep> steps;
    for (int row : rows) {
        ReviewStep step;
        step.kind = ReviewStep::Confirm;
        step.before = m_facts->facts()[row];
        steps << step;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Accept all from this rule"),
                                tr("Accept the %n figure(s) read by the rule “%1” that are still to review?", nullptr,
                                   int(steps.size()))
                                    .arg(rule),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setInformativeText(tr("One undo (Ctrl+Z) takes them all back."));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, steps, rule](int result) {
        if (result != QMessageBox::Yes || !m_db)
            return;
        push(std::make_unique<ReviewCommand>(this, *m_db,
                                             tr("Accept %n figure(s) from the rule %1", nullptr, int(steps.size())).arg(rule),
                                             steps));
    });
    m_question = box;
    box->open();
}

void ReportView::addFromSelection()
{
    if (!m_db || !m_report)
        return;
    const QTextCursor cursor = m_ui->textView->textCursor();
    if (!cursor.hasSelection()) {
        showNote(tr("Select the words of the missing figure in the text first, then add it (%1).")
                     .arg(m_add->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    // Document positions are UTF-16 offsets into the stored text (see updateHighlights).
    const QString text = m_ui->textView->toPlainText();
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return;
    Fact f;
    f.metric.clear();
    f.span = {start, end};
    f.text = text.mid(start, end - start);
    f.confidence = 1.0;
    if (const auto found = FactInput::firstFigure(f.text))
        f.value = found->value;
    auto *dialog = new FactEditDialog(FactEditDialog::Add, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFact(f, m_report->year);
    const qint64 reportId = m_report->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, reportId] {
        QMetaObject::invokeMethod(this, [this, reportId, values = dialog->fact()] { addFigure(reportId, values); },
                                  Qt::QueuedConnection);
    });
    m_editor = dialog;
    dialog->open();
}

void ReportView::addFigure(qint64 reportId, const Fact &values)
{
    {
        if (!m_db || !m_report || m_report->id != reportId)
            return;
        ReviewStep step;
        step.kind = ReviewStep::Add;
        step.before.reportId = reportId;
        step.before.fact = values;
        step.before.status = FactStatus::Entered;
        auto command = std::make_unique<ReviewCommand>(this, *m_db, tr("Add %1").arg(figureName(step.before)),
                                                       QList<ReviewStep>{step});
        ReviewCommand *raw = command.get();
        qint64 added = 0;
        QStringList errors;
        const bool ok = command->apply(&errors);
        if (ok)
            added = raw->steps().first().current.id;
        if (ok && m_undo)
            m_undo->push(command.release());
        if (!errors.isEmpty())
            showRefusal(errors);
        updateLabels();
        if (const int row = m_facts->rowOf(added); row >= 0)
            goToRow(row);
    }
}

void ReportView::factStored(const StoredFact &fact)
{
    if (!m_report || fact.reportId != m_report->id)
        return;
    if (m_facts->rowOf(fact.id) >= 0)
        m_facts->updateFact(fact);
    else
        m_facts->insertFact(fact);
}

void ReportView::noteWritten(const StoredFact &fact)
{
    m_written.insert(fact.id, fact.revision);
}

int ReportView::writtenRevision(qint64 factId, int fallback) const
{
    return m_written.value(factId, fallback);
}

void ReportView::factRemoved(qint64 factId)
{
    m_facts->removeFact(factId);
}

void ReportView::reviewDone(qint64 reportId, qint64 selectFactId, const QStringList &errors)
{
    if (selectFactId != 0)
        if (const int row = m_facts->rowOf(selectFactId); row >= 0)
            selectFactRow(row);
    if (!errors.isEmpty())
        showRefusal(errors);
    updateLabels();
    updateDetail();
    if (reportId != 0)
        Q_EMIT factsChanged(reportId);
}

void ReportView::showRefusal(const QStringList &errors)
{
    m_refusal = errors.join(QLatin1Char('\n'));
    m_ui->messageLabel->setText(tr("Not saved: %1").arg(errors.join(QStringLiteral(" "))));
    m_ui->messageLabel->show();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The change was not saved"),
                                tr("The figure was not changed."), QMessageBox::Ok, this);
    box->setInformativeText(m_refusal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReportView::showNote(const QString &note)
{
    m_note = note;
    updateDetail();
}

// ---- what is shown ---------------------------------------------------------------------

void ReportView::updateActions()
{
    // While a cell is being changed, the review waits (its keys are the editor's then).
    const bool editing = m_reviewWaits;
    const bool can = m_db && m_report && m_facts->factAt(currentFactRow()) && !editing;
    for (QAction *a : {m_accept, m_edit, m_editCell, m_reject, m_back, m_nextLeast, m_acceptRule})
        a->setEnabled(can);
    m_leastFirst->setEnabled(m_report.has_value() && !editing);
    m_add->setEnabled(m_db && m_report && !editing);
}

int ReportView::factRowAt(qsizetype position) const
{
    // The current figure first (spans may overlap), then the others.
    const int current = currentFactRow();
    if (const StoredFact *sf = m_facts->factAt(current))
        if (sf->fact.span.start <= position && position < sf->fact.span.end)
            return current;
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        const Span s = m_facts->facts()[row].fact.span;
        if (s.start <= position && position < s.end)
            return row;
    }
    return -1;
}

void ReportView::selectFactAtTextCursor()
{
    const QTextCursor c = m_ui->textView->textCursor();
    if (m_syncingText || c.hasSelection() || !m_ui->textView->hasFocus())
        return;
    const int row = factRowAt(c.position());
    if (row < 0 || row == currentFactRow())
        return;
    m_syncingText = true; // the text stays where the person clicked
    selectFactRow(row);
    m_syncingText = false;
}

bool ReportView::eventFilter(QObject *watched, QEvent *event)
{
    // A click on a figure's words selects it, also when the click leaves the cursor where it
    // was (no cursorPositionChanged); after the text has handled the click.
    if (watched == m_ui->textView->viewport() && event->type() == QEvent::MouseButtonRelease)
        QMetaObject::invokeMethod(this, &ReportView::selectFactAtTextCursor, Qt::QueuedConnection);
    // Hovering a figure's words says which figure it is and what the checks found.
    if (watched == m_ui->textView->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = factRowAt(m_ui->textView->cursorForPosition(help->pos()).position());
        if (const StoredFact *sf = m_facts->factAt(row)) {
            QString tip = QStringLiteral("<b>%1</b> · %2").arg(figureName(*sf).toHtmlEscaped(), FactLabels::status(sf->status));
            for (const QString &w : sf->fact.warnings)
                tip += QStringLiteral("<br><span style='color:#b26a00'>\u26a0 %1</span>").arg(w.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), tip, m_ui->textView);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
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
        // A check found something: a wavy line under the words, as a spelling checker does.
        if (!sf.fact.warnings.isEmpty()) {
            sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            sel.format.setUnderlineColor(QColor(0xe6, 0x8a, 0x00));
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
    m_syncingText = true;
    m_ui->textView->setTextCursor(c);
    m_syncingText = false;
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
    const int remaining = ReviewQueue::remaining(m_facts->facts());
    m_ui->infoLabel->setText(render::ReportTable::subtitle(*m_report) + QStringLiteral(" · ")
                             + tr("%n figure(s)", nullptr, m_facts->rowCount()) + QStringLiteral(" · ")
                             + (remaining == 0 ? tr("all reviewed") : tr("%n still to review", nullptr, remaining)));
    auto keys = [](const QAction *a) {
        QStringList k;
        for (const QKeySequence &s : a->shortcuts())
            k << QStringLiteral("<b>%1</b>").arg(s.toString(QKeySequence::NativeText).toHtmlEscaped());
        return k.join(QLatin1Char('/'));
    };
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    m_ui->hintLabel->setText(
        tr("%1 accept and go on · %2 change the cell in place (Enter saves, Esc cancels) · %3 correct in a form · "
           "%4 reject · %5 back · %6 least confident next · %7 least confident first · %8 accept all from this rule · "
           "select words in the text, then %9 add a figure · %10 undo")
            .arg(keys(m_accept), keys(m_editCell), keys(m_edit), keys(m_reject), keys(m_back), keys(m_nextLeast),
                 keys(m_leastFirst), keys(m_acceptRule), keys(m_add), QStringLiteral("<b>%1</b>").arg(undoKey.toHtmlEscaped())));
}

void ReportView::updateDetail()
{
    const StoredFact *sf = m_facts->factAt(currentFactRow());
    QStringList lines = m_cellProblems; // first: they concern what is being typed
    if (!m_note.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(m_note.toHtmlEscaped());
    if (sf) {
        const Fact &f = sf->fact;
        QString line = QStringLiteral("<span style='color:%1'>%2 %3</span> · <b>%4</b>")
                           .arg(FactTableModel::statusColour(sf->status).name(), FactTableModel::statusSymbol(sf->status),
                                FactLabels::status(sf->status).toHtmlEscaped(), figureName(*sf).toHtmlEscaped());
        if (!f.text.isEmpty())
            line += QStringLiteral(" · «%1»").arg(f.text.toHtmlEscaped());
        lines << line;
        if (sf->status != FactStatus::Entered && !f.ruleId.isEmpty())
            lines << tr("Read by the rule %1 with confidence %2.")
                         .arg(f.ruleId.toHtmlEscaped(), VietFormat::rate(std::round(f.confidence * 100)));
        else if (!sf->changedBy.isEmpty())
            lines << tr("Added by %1.").arg(sf->changedBy.toHtmlEscaped());
        for (const QString &w : f.warnings)
            lines << QStringLiteral("<span style='color:#b26a00'>\u26a0 %1</span>").arg(w.toHtmlEscaped());
    }
    m_ui->detailLabel->setText(lines.join(QStringLiteral("<br>")));
}

void ReportView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_facts->retranslate();
        retranslateActions();
        updateLabels();
        updateDetail();
    }
    QWidget::changeEvent(event);
}

} // namespace thp::app
