#pragma once
// A comparison's provinces × periods grid as a table: values the Vietnamese way, right
// aligned; a cell whose sources disagree is marked and lists their values in its tooltip;
// a cell that could not be compared shows "—" and says why.

#include "render/ComparisonGrid.h"

#include <QAbstractTableModel>

namespace thp::app {

class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        DisagreementRole = Qt::UserRole + 1, // bool: sources gave different values
        NoteRole,                            // QString: the cell's note, if any
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setGrid(const render::ComparisonGrid &grid);
    const render::ComparisonGrid &grid() const { return m_grid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(int row, int column) const;

    render::ComparisonGrid m_grid;
};

} // namespace thp::app
