#pragma once
// The editors of the review table's cells, for changing a figure in place: what it counts
// (the catalogue, grouped by family), its value typed the Vietnamese way (58.713, 98,4),
// its period (2019 or 2016-2020), tier and qualifier from their lists. What the input would
// make of the figure is checked as it is typed (FactTableModel::editedFact, FactInput): an
// error keeps Enter from saving and says why; a warning is said, and Enter still saves.
// The delegate never writes: setModelData hands the cell to the model, whose setData asks
// the review to store the figure.

#include <QStyledItemDelegate>

namespace thp::app {

class FactCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FactCellDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What the editor's input would make of its figure: errors (it cannot be saved like
    // this) and warnings (it can, but looks wrong).
    struct Problems {
        QStringList errors;
        QStringList warnings;
    };
    Problems problems(const QWidget *editor) const;

Q_SIGNALS:
    // An editor opened on a cell (the review keys wait until it closes).
    void editorOpened(QWidget *editor);
    // What the open editor's input would make of the figure, as it changes.
    void problemsChanged(const QStringList &errors, const QStringList &warnings);
    // The editor closed (focus went elsewhere) with input that could not be saved.
    void refused(const QString &input, const QStringList &errors);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QVariant input(const QWidget *editor) const;
    void inputChanged(QWidget *editor);

    // The cell under an editor: drawn without its text, which a list box, narrower than a
    // row made tall by a wrapped name, would leave showing above and below it.
    mutable QPersistentModelIndex m_edited;
};

} // namespace thp::app
