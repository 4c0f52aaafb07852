#pragma once
// The figures entered by hand for one province, newest first: for which committee (or the
// whole province), what, tier, period, value,
// and who entered them when.

#include "store/ReportStore.h"

#include <QAbstractTableModel>

namespace thp::app {

class EnteredFactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Metric, Tier, Period, Value, Qualifier, EnteredBy, EnteredAt, ColumnCount };

    explicit EnteredFactsModel(QObject *parent = nullptr);

    void setFacts(const QList<StoredFact> &facts);
    const QList<StoredFact> &facts() const { return m_facts; }
    const StoredFact &factAt(int row) const { return m_facts.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StoredFact> m_facts;
};

} // namespace thp::app
