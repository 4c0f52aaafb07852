#include "app/MainWindow.h"

#include "app/AppSettings.h"
#include "app/CompareView.h"
#include "app/EntryView.h"
#include "app/FactTableModel.h"
#include "app/ReportFilterModel.h"
#include "app/ReportListModel.h"
#include "app/ReportView.h"
#include "app/SampleReports.h"
#include "render/FactLabels.h"
#include "render/FactTablePdfWriter.h"
#include "render/ReportTable.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include "ui_MainWindow.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QUndoStack>

namespace thp::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
    , m_reports(new ReportListModel(this))
    , m_filter(new ReportFilterModel(this))
    , m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    // One undo history for the window: reviews and entered figures alike.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->reportView->setUndoStack(m_undo);
    m_ui->entryPage->setUndoStack(m_undo);
    m_ui->menuReview->addActions(m_ui->reportView->reviewActions());
    m_ui->menuReview->menuAction()->setVisible(!m_ui->reportView->reviewActions().isEmpty());
    connect(m_ui->reportView, &ReportView::factsChanged, this, &MainWindow::reloadReports);
    connect(m_ui->entryPage, &EntryView::factsChanged, this, &MainWindow::reloadReports);
    m_filter->setSourceModel(m_reports);
    m_ui->reportsView->setModel(m_filter);
    m_ui->reportsView->sortByColumn(ReportListModel::Province, Qt::AscendingOrder);
    QHeaderView *header = m_ui->reportsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReportListModel::Title, QHeaderView::Stretch);
    m_ui->reportsView->verticalHeader()->setDefaultSectionSize(m_ui->reportsView->fontMetrics().height() + 8);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);

    m_ui->actionExportPdf->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionQuit->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &ReportFilterModel::setSearchText);
    connect(m_ui->reportsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openReportAtRow(index.row()); });
    connect(m_ui->reportsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openReportAtRow(current.row());
            });
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdfInteractively);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    updateActions();
}

MainWindow::~MainWindow() = default;

ReportView *MainWindow::reportView() const
{
    return m_ui->reportView;
}

CompareView *MainWindow::compareView() const
{
    return m_ui->comparePage;
}

EntryView *MainWindow::entryView() const
{
    return m_ui->entryPage;
}

bool MainWindow::openDatabase(const QString &location, QString *error)
{
    m_ui->reportView->clear();
    // The pages let go of the old connection before it closes; undo steps refer to it.
    m_ui->reportView->setDatabase(nullptr);
    m_ui->comparePage->setDatabase(nullptr);
    m_ui->entryPage->setDatabase(nullptr);
    m_undo->clear();
    m_store.reset();
    m_db.reset();
    QString reason;
    m_db = Database::open(location, &reason);
    if (!m_db) {
        if (error)
            *error = tr("Cannot open the database %1: %2").arg(location, reason);
        m_reports->setReports({});
        updateStatus();
        updateActions();
        return false;
    }
    m_store = std::make_unique<ReportStore>(*m_db);
    m_ui->reportView->setDatabase(m_db.get());
    m_ui->comparePage->setDatabase(m_db.get());
    m_ui->entryPage->setDatabase(m_db.get());
    reloadReports();
    return true;
}

int MainWindow::importSamplesIfFirstRun()
{
    if (!m_store || AppSettings::samplesImported())
        return 0;
    AppSettings::setSamplesImported(true);
    if (m_store->reportCount() > 0)
        return 0;
    int imported = 0;
    QStringList problems;
    for (const SampleImportResult &r : SampleReports::importInto(*m_store)) {
        if (r.result.kind == AddReportResult::Imported)
            ++imported;
        else if (r.result.kind == AddReportResult::Failed)
            problems << tr("%1: %2").arg(r.fileName, r.result.message);
    }
    reloadReports();
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Some sample reports could not be imported: %1").arg(problems.join(QStringLiteral("; "))));
    return imported;
}

void MainWindow::reloadReports()
{
    const qint64 open = currentReportId();
    m_reports->setReports(m_store ? m_store->reports() : QList<StoredReport>());
    if (open > 0 && m_reports->rowOf(open) < 0)
        m_ui->reportView->clear();
    updateStatus();
    updateActions();
}

qint64 MainWindow::currentReportId() const
{
    const auto &r = m_ui->reportView->report();
    return r ? r->id : 0;
}

bool MainWindow::openReportAtRow(int viewRow)
{
    const QModelIndex index = m_filter->index(viewRow, 0);
    if (!index.isValid())
        return false;
    const qint64 id = index.data(ReportListModel::ReportIdRole).toLongLong();
    if (id == currentReportId())
        return true;
    if (!openReport(id))
        return false;
    // Keep the library's selection on the open report (also when opened by id).
    if (m_ui->reportsView->currentIndex().row() != viewRow)
        m_ui->reportsView->setCurrentIndex(index);
    return true;
}

bool MainWindow::openReport(qint64 reportId)
{
    if (!m_store)
        return false;
    const std::optional<StoredReport> report = m_store->report(reportId);
    if (!report)
        return false;
    m_ui->reportView->showReport(*report, m_store->reportText(reportId), m_store->facts(reportId));
    const int sourceRow = m_reports->rowOf(reportId);
    if (sourceRow >= 0) {
        const QModelIndex viewIndex = m_filter->mapFromSource(m_reports->index(sourceRow, 0));
        if (viewIndex.isValid() && m_ui->reportsView->currentIndex().row() != viewIndex.row())
            m_ui->reportsView->setCurrentIndex(viewIndex);
    }
    updateActions();
    return true;
}

bool MainWindow::exportPdf(const QString &path, QString *error)
{
    const auto &report = m_ui->reportView->report();
    if (!report) {
        if (error)
            *error = tr("No report is open.");
        return false;
    }
    const render::FactTable table = render::ReportTable::build(*report, m_ui->reportView->factModel()->facts(),
                                                               render::FactLabels::catalogueLanguage());
    render::PdfOptions options;
    options.locale = QLocale();
    return render::FactTablePdfWriter(options).write(table, path, error);
}

void MainWindow::exportPdfInteractively()
{
    const auto &report = m_ui->reportView->report();
    if (!report)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(QFileInfo(report->fileName).completeBaseName() + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the figure table"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (exportPdf(path, &error))
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::warning(this, tr("Export PDF"), tr("The PDF could not be written: %1").arg(error));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TongHop"),
                       tr("<h3>TongHop %1</h3><p>Compiles and sums up the figures of Party-building reports: "
                          "import, review, compare and export.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::updateStatus()
{
    if (!m_db) {
        statusBar()->showMessage(tr("No database open"));
        return;
    }
    statusBar()->showMessage(tr("%n report(s) · database: %1", nullptr, int(m_reports->rowCount()))
                                 .arg(QDir::toNativeSeparators(m_db->location())));
}

void MainWindow::updateActions()
{
    m_ui->actionExportPdf->setEnabled(m_ui->reportView->hasReport());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_reports->retranslate();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace thp::app
