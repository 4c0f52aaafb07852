#pragma once
// The figures of one report as a table: metric name (in the program's language), value
// the Vietnamese way, unit, period, tier, qualifier, how sure the extraction was, review
// status (symbol, colour and words) and the consistency checks that concern the figure.

#include "store/ReportStore.h"

#include <QAbstractTableModel>
#include <QColor>

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
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<StoredFact> m_facts;
    int m_reportYear = 0;
};

} // namespace thp::app
