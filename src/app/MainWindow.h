#pragma once
// The main window: the reports library above, the open report (text beside its figures)
// below, and the Compare and Enter pages. It opens the database, routes actions and
// dialogs (import, settings); the work itself is done by the core (ReportStore,
// ReportLibraryQuery, BatchImporter) and the render library (PDF).

#include <QMainWindow>

#include <memory>

class QTimer;
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
class ImportDialog;
class LanguageManager;
class ReportListModel;
class ReportView;
class SettingsDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // SQLite path or postgresql:// URL. On failure the window stays empty and *error says why.
    bool openDatabase(const QString &location, QString *error = nullptr);
    Database *database() const { return m_db.get(); }
    // On the very first start (setting unset) into an empty database: offers the bundled
    // sample reports (askFirst: a Yes/No question) and imports them. Returns how many were imported.
    int importSamplesIfFirstRun(bool askFirst = false);

    // The language switcher the window applies settings with (main() and tests own it).
    void setLanguageManager(LanguageManager *language) { m_language = language; }

    ReportListModel *reportModel() const { return m_reports; }
    ReportView *reportView() const;
    CompareView *compareView() const;
    EntryView *entryView() const;
    QUndoStack *undoStack() const { return m_undo; }
    qint64 currentReportId() const;

    // Library filters as the user sets them in the boxes above the list ("" / 0: all).
    void setProvinceFilter(const QString &province);
    void setRegionFilter(const QString &region);
    void setYearFilter(int year);
    void setReviewFilter(int review); // LibraryFilter::Review as int
    void setSearchText(const QString &text); // applied at once (typing waits for a pause)

public Q_SLOTS:
    void reloadReports();
    bool openReport(qint64 reportId);
    // Opens the report on this row of the library view.
    bool openReportAtRow(int viewRow);
    // Writes the open report's figure table; returns false and *error when it cannot.
    bool exportPdf(const QString &path, QString *error = nullptr);
    // Files and folders to import: shows the import dialog (not started yet) and returns it.
    ImportDialog *importPaths(const QStringList &pathsOrFolders);
    // Shows the settings; applies them when accepted.
    void showSettings();
    // Applies what a SettingsDialog saved: language at once, the database reopened.
    void applySettings(const SettingsDialog &dialog);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void importFilesInteractively();
    void importFolderInteractively();
    void exportPdfInteractively();
    void showAbout();
    void applyFilters();
    void fillFilterBoxes();
    void fillReviewBox();
    void refreshReport(qint64 reportId);
    void updateStatus();
    void updateActions();

    std::unique_ptr<::Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_store;
    ReportListModel *m_reports;
    QUndoStack *m_undo;
    QTimer *m_searchTimer;
    LanguageManager *m_language = nullptr;
    int m_totalReports = 0;
    bool m_fillingFilters = false;
};

} // namespace thp::app
