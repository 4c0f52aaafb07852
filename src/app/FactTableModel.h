#pragma once
// The figures of one report as a table: metric name (in the program's language), value
// the Vietnamese way, unit, period, tier, qualifier, how sure the extraction was, review
// status (symbol, colour and words) and the consistency checks that concern the figure.
// What a figure is (metric, value, period, tier, qualifier) can be changed in its cell; the
// model never stores such a change itself: it asks (editRequested) whoever keeps the
// figures (the review, through its undo stack and FactStore) and shows what they store.

#include "store/ReportStore.h"

#include <QAbstractTableModel>
#include <QColor>

#include <optional>

namespace thp::app {

class FactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Metric, Value, Unit, Period, Tier, Qualifier, Confidence, Status, Checks, ColumnCount };
    enum Role { FactIdRole = Qt::UserRole + 1, SpanStartRole, SpanEndRole, FamilyRole, StatusRole };

    // Below this the extraction is unsure: the confidence is shown in a warning colour.
    static constexpr double LowConfidence = 0.7;
    static QColor statusColour(const QString &status);
    static QString statusSymbol(const QString &status);

    explicit FactTableModel(QObject *parent = nullptr);

    // reportYear files figures without a period (as the database does).
    void setFacts(QList<StoredFact> facts, int reportYear);
    int reportYear() const { return m_reportYear; }
    // Whether cells can be changed (only while there is a database to store the change).
    void setEditable(bool editable);
    static bool isEditableColumn(int column);
    // A line added to the tooltip of the cells that can be changed (how to change them).
    void setEditHint(const QString &hint);
    // The figure in index's row as it would be with `value` in that cell (EditRole: metric
    // key, value as a number or typed text, period text, tier key, qualifier key); nullopt
    // with what to say in *problem when the typed text cannot be read.
    std::optional<Fact> editedFact(const QModelIndex &index, const QVariant &value, QString *problem = nullptr) const;
    const QList<StoredFact> &facts() const { return m_facts; }
    const StoredFact *factAt(int row) const;
    int rowOf(qint64 factId) const;
    // Replaces one fact in place (after a review action), keeping the row.
    void updateFact(const StoredFact &fact);
    // A figure added by hand, at its place in reading order; returns its row.
    int insertFact(const StoredFact &fact);
    void removeFact(qint64 factId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Does not change the row: a readable change that passes the checks goes out as
    // editRequested (true); the row changes when the figure is stored (updateFact).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

Q_SIGNALS:
    // A cell was changed: the figure as the table showed it, and as the person wants it.
    void editRequested(const thp::StoredFact &before, const thp::Fact &values);

private:
    QList<StoredFact> m_facts;
    int m_reportYear = 0;
    bool m_editable = false;
    QString m_editHint;
};

} // namespace thp::app
