#pragma once
// The analysts' page: one metric across provinces and years, as a table and a chart, with
// export to PDF and CSV. The query and the drawing live in the core and render libraries;
// the query runs in a worker thread (ComparisonRunner) so the window stays responsive.
// Earlier comparisons can be kept beside the live one, or saved by name and reopened.

#include "analysis/CompareQuery.h"
#include "render/ComparisonChart.h"
#include "render/ComparisonGrid.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class CompareView;
}

namespace thp {
class Database;
}

namespace thp::app {

class ComparisonPanel;
struct SavedComparison;
class ComparisonRunner;
class ProvinceChecklistModel;

class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The database the comparisons read; nullptr when none is open.
    void setDatabase(Database *db);

    // What the filter pane asks for now.
    CompareOptions currentOptions() const;
    bool perThousandMembers() const;
    // The comparison on screen (exactly what the filter shows) and its chart kind.
    const render::ComparisonGrid &currentGrid() const;
    render::ChartKind currentChartKind() const;
    ComparisonPanel *livePanel() const { return m_live; }
    QList<ComparisonPanel *> keptPanels() const;
    // A query is running or waiting; comparisonShown() follows when it is done.
    bool isUpdating() const;

    bool exportPdf(const QString &path, QString *error = nullptr) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Keeps the comparison on screen beside the live one.
    ComparisonPanel *keepCurrent();
    void saveCurrentAs(const QString &name);
    bool openSaved(const QString &name);

public Q_SLOTS:
    // Runs the query again (the data may have changed).
    void refresh();

Q_SIGNALS:
    // The live comparison shows the result of the current filter.
    void comparisonShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    SavedComparison currentSettings() const;
    bool applyFilter(const SavedComparison &comparison);
    void showResult(const CompareResult &result);
    void redraw();
    void fillCombos();
    void fillSavedCombo();
    void updateControls();
    void exportPdfInteractively();
    void exportCsvInteractively();
    void saveInteractively();
    void showHint(const QString &message = {});

    std::unique_ptr<::Ui::CompareView> m_ui;
    ProvinceChecklistModel *m_provinces;
    ComparisonRunner *m_runner;
    ComparisonPanel *m_live;
    QTimer *m_refreshTimer;
    Database *m_db = nullptr;
    CompareResult m_result;
    bool m_haveResult = false;
};

} // namespace thp::app
