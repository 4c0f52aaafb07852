#include "app/FactCellDelegate.h"

#include "analysis/FactInput.h"
#include "app/FactChoices.h"
#include "app/FactTableModel.h"
#include "app/MetricChoices.h"
#include "model/Fact.h"
#include "render/FactLabels.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTableView>
#include <QToolTip>

#include <algorithm>

namespace thp::app {

namespace {

// The cell an editor edits, kept on the editor itself (the event filter only gets the editor).
constexpr char kIndexProperty[] = "thpFactCell";

// A list to choose from. A choice made in the opened list is saved at once; stepping
// through the closed box with the arrow keys or the wheel only shows the choice (Enter
// saves it), so that passing over a metric never stores it.
class ChoiceEditor : public QComboBox
{
public:
    using QComboBox::QComboBox;
    bool steppingThrough() const { return m_stepping; }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        m_stepping = true;
        QComboBox::keyPressEvent(event);
        m_stepping = false;
    }
    void wheelEvent(QWheelEvent *event) override
    {
        m_stepping = true;
        QComboBox::wheelEvent(event);
        m_stepping = false;
    }

private:
    bool m_stepping = false;
};

QModelIndex cellOf(const QWidget *editor)
{
    return editor->property(kIndexProperty).value<QPersistentModelIndex>();
}

// Whether the focus left the editor (and not for its own list, which is a child of it).
bool focusLeft(const QWidget *editor)
{
    for (const QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (w == editor)
            return false;
    return true;
}

QString inputText(const QWidget *editor)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentText();
    return {};
}

} // namespace

FactCellDelegate::FactCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *FactCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(option)
    // The editors report their input to the delegate, which says what it makes of it.
    auto *self = const_cast<FactCellDelegate *>(this);
    QWidget *editor = nullptr;
    ChoiceEditor *combo = nullptr;
    switch (index.column()) {
    case FactTableModel::Metric:
        combo = new ChoiceEditor(parent);
        MetricChoices::fill(combo, render::FactLabels::catalogueLanguage());
        combo->setMaxVisibleItems(16);
        break;
    case FactTableModel::Tier:
        combo = new ChoiceEditor(parent);
        FactChoices::fillLevels(combo, Level::All, FactChoices::National::Included);
        break;
    case FactTableModel::Qualifier:
        combo = new ChoiceEditor(parent);
        FactChoices::fillQualifiers(combo, Qualifier::Exact);
        break;
    case FactTableModel::Value:
    case FactTableModel::Period: {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        if (index.column() == FactTableModel::Value)
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(edit, &QLineEdit::textChanged, self, [self, edit] { self->inputChanged(edit); });
        editor = edit;
        break;
    }
    default:
        return nullptr;
    }
    if (combo) {
        connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { self->inputChanged(combo); });
        connect(combo, &QComboBox::activated, self, [self, combo] {
            if (combo->steppingThrough())
                return;
            if (self->problems(combo).errors.isEmpty()) {
                Q_EMIT self->commitData(combo);
                Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
            } else {
                self->inputChanged(combo);
            }
        });
        editor = combo;
    }
    editor->setProperty(kIndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    m_edited = index;
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    Q_EMIT self->editorOpened(editor);
    return editor;
}

void FactCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (index.column() == FactTableModel::Value) {
            edit->setText(FactInput::editText(value.toDouble())); // 58.713, 98,4
        } else {
            edit->setText(value.toString());
            const auto *model = qobject_cast<const FactTableModel *>(index.model());
            if (model && model->reportYear() > 0)
                edit->setPlaceholderText(tr("%1 (the report's year)").arg(model->reportYear()));
        }
        edit->selectAll();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (index.column() == FactTableModel::Metric)
            MetricChoices::select(combo, value.toString());
        else
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    }
    const_cast<FactCellDelegate *>(this)->inputChanged(editor);
}

void FactCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // Input that cannot be saved has been said (as it was typed, or when the editor closed).
    if (!problems(editor).errors.isEmpty())
        return;
    model->setData(index, input(editor), Qt::EditRole);
}

void FactCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // Wide enough for what it offers or what is typed (the names of the catalogue, a range
    // of years), covering whole neighbouring cells rather than halves of their words, as far
    // as the table is wide. A list box keeps its own height in a row made tall by a wrapped
    // name. A value stays in its own column, right-aligned as the values are.
    QRect r = editor->geometry();
    int width = r.width();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QSize hint = combo->sizeHint();
        width = hint.width();
        if (r.height() > hint.height())
            r = QRect(r.left(), r.center().y() - hint.height() / 2, r.width(), hint.height());
    } else if (index.column() == FactTableModel::Period) {
        width = editor->fontMetrics().horizontalAdvance(QStringLiteral("2016\u20132020")) + 12;
    }
    if (width > r.width()) {
        if (const auto *table = qobject_cast<const QTableView *>(option.widget)) {
            int right = r.left() + width;
            for (int column = index.column(); column < index.model()->columnCount(); ++column) {
                const int end = table->columnViewportPosition(column) + table->columnWidth(column);
                if (end >= right) {
                    right = end;
                    break;
                }
            }
            width = std::min(right, table->viewport()->width()) - r.left();
        }
        r.setWidth(std::max(r.width(), width));
    }
    editor->setGeometry(r);
}

void FactCellDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    if (m_edited == index)
        m_edited = QPersistentModelIndex();
    QStyledItemDelegate::destroyEditor(editor, index);
}

void FactCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index != m_edited || !index.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QVariant FactCellDelegate::input(const QWidget *editor) const
{
    const QModelIndex index = cellOf(editor);
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text(); // read by the model, the Vietnamese way
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return index.column() == FactTableModel::Metric ? MetricChoices::current(combo) : combo->currentData().toString();
    return {};
}

FactCellDelegate::Problems FactCellDelegate::problems(const QWidget *editor) const
{
    const QModelIndex index = cellOf(editor);
    const auto *model = qobject_cast<const FactTableModel *>(index.model());
    if (!model)
        return {};
    QString problem;
    const std::optional<Fact> edited = model->editedFact(index, input(editor), &problem);
    if (!edited)
        return {{problem}, {}};
    const FactInput::Check check = FactInput::check(*edited);
    return {check.errors, check.warnings};
}

void FactCellDelegate::inputChanged(QWidget *editor)
{
    if (!cellOf(editor).isValid())
        return;
    const Problems p = problems(editor);
    // Said at the cell too: its border and its tooltip.
    editor->setToolTip((p.errors + p.warnings).join(QLatin1Char('\n')));
    editor->setStyleSheet(p.errors.isEmpty() ? QString()
                                             : QStringLiteral("QLineEdit, QComboBox { border: 2px solid #c62828; }"));
    Q_EMIT problemsChanged(p.errors, p.warnings);
}

bool FactCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || !cellOf(editor).isValid())
        return QStyledItemDelegate::eventFilter(object, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Keys typed into a cell are the cell's: the review's single keys (Return, Space,
        // R, Backspace...) and undo wait until the editor is closed.
        auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            || key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const Problems p = problems(editor);
            if (!p.errors.isEmpty()) {
                // Not saved, not closed: the input stays to be corrected, and why is said.
                inputChanged(editor);
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), p.errors.join(QLatin1Char('\n')),
                                   editor);
                return true;
            }
        }
        break;
    }
    case QEvent::FocusOut:
        // Leaving the cell saves what can be saved; what cannot is said, never dropped silently.
        if (focusLeft(editor))
            if (const Problems p = problems(editor); !p.errors.isEmpty())
                Q_EMIT refused(inputText(editor), p.errors);
        break;
    default:
        break;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace thp::app
