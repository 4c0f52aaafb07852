#pragma once
// One comparison on screen: its title and filter, the provinces × periods table, the chart
// of the same figures and the reports they come from. The page shows the live comparison
// in one panel and keeps earlier ones beside it in others.

#include "render/ComparisonChart.h"
#include "render/ComparisonGrid.h"

#include <QWidget>

class QChartView;
class QLabel;
class QListView;
class QPlainTextEdit;
class QStringListModel;
class QSplitter;
class QTableView;
class QToolButton;

namespace thp::app {

class ComparisonTableModel;

class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    // closable: a kept comparison has a button that closes it (the live one does not).
    explicit ComparisonPanel(bool closable, QWidget *parent = nullptr);

    void setComparison(const render::ComparisonGrid &grid, render::ChartKind chart);
    // Shown instead of the table while there is nothing to show ("No figures…", an error).
    void setMessage(const QString &message);

    const render::ComparisonGrid &grid() const;
    render::ChartKind chartKind() const { return m_chartKind; }
    QTableView *tableView() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    QListView *sourcesList() const { return m_sources; }
    QStringList sources() const;
    ComparisonTableModel *model() const { return m_model; }
    QString title() const;
    // The selected cells as tab-separated text with their provinces and periods (Ctrl+C).
    QString selectionAsText() const;
    void copySelection();
    // The numbered notes the table's "(1)" marks refer to, one a line.
    QString notesText() const;

    // "Kỷ luật đảng viên — tất cả tỉnh, 2016–2020, …": the metric and the filter in words.
    static QString describe(const render::ComparisonGrid &grid);

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshTexts();
    void fitTable();

    ComparisonTableModel *m_model;
    QLabel *m_title;
    QLabel *m_filter;
    QLabel *m_message;
    QToolButton *m_close = nullptr;
    QSplitter *m_splitter;
    QTableView *m_table;
    QChartView *m_chart;
    QLabel *m_sourcesLabel;
    QStringListModel *m_sourceNames;
    QListView *m_sources;
    QPlainTextEdit *m_notes; // lays out only what is visible: hundreds of notes stay fast
    QLabel *m_leftOut;
    render::ChartKind m_chartKind = render::ChartKind::Bars;
};

} // namespace thp::app
