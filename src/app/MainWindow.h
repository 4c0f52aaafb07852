#pragma once
// The main window: the reports library above, the open report (text beside its figures)
// below. It opens the database, fills the models and routes actions; the work itself is
// done by the core (ReportStore, pipeline) and the render library (PDF).

#include <QMainWindow>

#include <memory>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace thp {
class Database;
class ReportStore;
}

namespace thp::app {

class CompareView;
class EntryView;
class ReportFilterModel;
class ReportListModel;
class ReportView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // SQLite path or postgresql:// URL. On failure the window stays empty and *error says why.
    bool openDatabase(const QString &location, QString *error = nullptr);
    // On the very first start (setting unset) into an empty database: imports the bundled
    // sample reports. Returns how many were imported.
    int importSamplesIfFirstRun();

    ReportListModel *reportModel() const { return m_reports; }
    ReportFilterModel *reportFilter() const { return m_filter; }
    ReportView *reportView() const;
    CompareView *compareView() const;
    EntryView *entryView() const;
    QUndoStack *undoStack() const { return m_undo; }
    qint64 currentReportId() const;

public Q_SLOTS:
    void reloadReports();
    bool openReport(qint64 reportId);
    // Opens the report on this row of the (sorted, filtered) library view.
    bool openReportAtRow(int viewRow);
    // Writes the open report's figure table; returns false and *error when it cannot.
    bool exportPdf(const QString &path, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportPdfInteractively();
    void showAbout();
    void updateStatus();
    void updateActions();

    std::unique_ptr<::Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_store;
    ReportListModel *m_reports;
    ReportFilterModel *m_filter;
    QUndoStack *m_undo;
};

} // namespace thp::app
