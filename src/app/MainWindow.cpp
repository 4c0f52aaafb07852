#include "app/MainWindow.h"

#include "app/AppSettings.h"
#include "app/CompareView.h"
#include "app/EntryView.h"
#include "app/FactTableModel.h"
#include "app/ImportDialog.h"
#include "app/LanguageManager.h"
#include "app/ReportListModel.h"
#include "app/ReportView.h"
#include "app/SampleReports.h"
#include "app/SettingsDialog.h"
#include "importers/ImporterRegistry.h"
#include "render/FactLabels.h"
#include "render/FactTablePdfWriter.h"
#include "render/ReportTable.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include "ui_MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

namespace thp::app {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

void selectData(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(qMax(0, box->findData(data)));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<::Ui::MainWindow>())
    , m_reports(new ReportListModel(this))
    , m_undo(new QUndoStack(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
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
    // A review changes one report's counts: refresh that row, not the whole library.
    connect(m_ui->reportView, &ReportView::factsChanged, this, &MainWindow::refreshReport);
    connect(m_ui->entryPage, &EntryView::factsChanged, this, &MainWindow::updateStatus);

    m_ui->reportsView->setModel(m_reports);
    m_ui->reportsView->horizontalHeader()->setSortIndicator(ReportListModel::Province, Qt::AscendingOrder);
    QHeaderView *header = m_ui->reportsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReportListModel::Title, QHeaderView::Stretch);
    header->setSectionHidden(ReportListModel::File, false);
    const QFontMetrics fm = m_ui->reportsView->fontMetrics();
    // Fixed widths: measuring every row's contents would read all 100,000 of them.
    header->resizeSection(ReportListModel::Province, fm.horizontalAdvance(QStringLiteral("Bà Rịa - Vũng Tàu")) + 24);
    header->resizeSection(ReportListModel::Province2025, fm.horizontalAdvance(QStringLiteral("Tỉnh (2025) Hồ Chí Minh")) + 16);
    header->resizeSection(ReportListModel::Unit, fm.horizontalAdvance(QStringLiteral("Thành ủy Nam Định")) + 16);
    header->resizeSection(ReportListModel::Year, fm.horizontalAdvance(QStringLiteral("Năm 2025")) + 16);
    header->resizeSection(ReportListModel::Figures, fm.horizontalAdvance(QStringLiteral("Số liệu")) + 24);
    header->resizeSection(ReportListModel::Review, fm.horizontalAdvance(QStringLiteral("đã duyệt 12/34")) + 24);
    header->resizeSection(ReportListModel::File, fm.horizontalAdvance(QStringLiteral("an-giang-nq4-xii.txt")) + 16);
    m_ui->reportsView->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);

    m_ui->actionExportPdf->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionQuit->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_ui->actionImportFiles->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionImportFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));

    fillReviewBox();
    fillFilterBoxes();
    // Typing waits for a short pause before the library is queried again.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilters);
    for (QComboBox *box : {m_ui->provinceCombo, m_ui->regionCombo, m_ui->yearCombo, m_ui->reviewCombo})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_fillingFilters)
                applyFilters();
        });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->reviewPage);
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });

    connect(m_reports, &ReportListModel::listed, this, &MainWindow::updateStatus);
    connect(m_reports, &ReportListModel::choicesChanged, this, [this] {
        m_totalReports = m_reports->choices().reportCount;
        fillFilterBoxes();
    });
    connect(m_ui->reportsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openReportAtRow(index.row()); });
    connect(m_ui->reportsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openReportAtRow(current.row());
            });
    connect(m_ui->actionImportFiles, &QAction::triggered, this, &MainWindow::importFilesInteractively);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::importFolderInteractively);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdfInteractively);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    updateActions();
}

MainWindow::~MainWindow()
{
    // Import dialogs still running hold the database location only; they stop with the window.
    m_reports->setDatabase(nullptr);
}

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
    m_reports->setDatabase(nullptr);
    m_undo->clear();
    m_store.reset();
    m_db.reset();
    QString reason;
    m_db = Database::open(location, &reason);
    if (!m_db) {
        if (error)
            *error = tr("Cannot open the database %1: %2").arg(location, reason);
        updateStatus();
        updateActions();
        return false;
    }
    m_store = std::make_unique<ReportStore>(*m_db);
    m_ui->reportView->setDatabase(m_db.get());
    m_ui->comparePage->setDatabase(m_db.get());
    m_ui->entryPage->setDatabase(m_db.get());
    m_reports->setDatabase(m_db.get()); // lists on a worker: listed() brings the first page
    updateStatus();
    updateActions();
    return true;
}

int MainWindow::importSamplesIfFirstRun(bool askFirst)
{
    if (!m_store || AppSettings::samplesImported())
        return 0;
    AppSettings::setSamplesImported(true);
    if (m_store->reportCount() > 0)
        return 0;
    if (askFirst
        && QMessageBox::question(this, tr("Sample reports"),
                                 tr("The database is empty. Import the %n sample report(s) that come with TongHop, "
                                    "to see what the program does with real reports?\n\n"
                                    "You can remove them later, and import your own with File › Import (Ctrl+O).",
                                    nullptr, int(SampleReports::fileNames().size())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
               != QMessageBox::Yes)
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
    m_reports->reload(); // the filter boxes and the count too (choicesChanged)
    if (open > 0) {
        const int row = m_reports->rowOf(open);
        if (row < 0 && m_store && !m_store->report(open))
            m_ui->reportView->clear(); // removed
        else if (row >= 0)
            m_ui->reportsView->setCurrentIndex(m_reports->index(row, 0));
    }
    updateStatus();
    updateActions();
}

void MainWindow::refreshReport(qint64 reportId)
{
    m_reports->refreshReport(reportId);
}

void MainWindow::fillReviewBox()
{
    QSignalBlocker block(m_ui->reviewCombo);
    const int current = qMax(0, m_ui->reviewCombo->currentIndex());
    m_ui->reviewCombo->clear();
    m_ui->reviewCombo->addItem(tr("Any review status"), int(LibraryFilter::Review::Any));
    m_ui->reviewCombo->addItem(tr("Not reviewed"), int(LibraryFilter::Review::Unreviewed));
    m_ui->reviewCombo->addItem(tr("Partly reviewed"), int(LibraryFilter::Review::Partly));
    m_ui->reviewCombo->addItem(tr("All reviewed"), int(LibraryFilter::Review::Reviewed));
    m_ui->reviewCombo->setCurrentIndex(current);
}

void MainWindow::fillFilterBoxes()
{
    // Refilling must not query the library once per box.
    m_fillingFilters = true;
    const QVariant province = m_ui->provinceCombo->currentData();
    const QVariant region = m_ui->regionCombo->currentData();
    const QVariant year = m_ui->yearCombo->currentData();
    m_ui->provinceCombo->clear();
    m_ui->regionCombo->clear();
    m_ui->yearCombo->clear();
    m_ui->provinceCombo->addItem(tr("All provinces"), QString());
    m_ui->regionCombo->addItem(tr("All regions"), QString());
    m_ui->yearCombo->addItem(tr("All years"), 0);
    const LibraryChoices &choices = m_reports->choices();
    for (const QString &p : choices.provinces)
        m_ui->provinceCombo->addItem(p, p);
    for (const QString &r : choices.regions)
        m_ui->regionCombo->addItem(r, r);
    for (int y : choices.years)
        m_ui->yearCombo->addItem(QString::number(y), y);
    selectData(m_ui->provinceCombo, province.isValid() ? province : QVariant(QString()));
    selectData(m_ui->regionCombo, region.isValid() ? region : QVariant(QString()));
    selectData(m_ui->yearCombo, year.isValid() ? year : QVariant(0));
    m_fillingFilters = false;
}

void MainWindow::applyFilters()
{
    m_searchTimer->stop();
    LibraryFilter filter;
    filter.search = m_ui->searchEdit->text();
    filter.province = m_ui->provinceCombo->currentData().toString();
    filter.region = m_ui->regionCombo->currentData().toString();
    filter.year = m_ui->yearCombo->currentData().toInt();
    filter.review = LibraryFilter::Review(m_ui->reviewCombo->currentData().toInt());
    m_reports->setFilter(filter);
}

void MainWindow::setProvinceFilter(const QString &province)
{
    selectData(m_ui->provinceCombo, province);
}

void MainWindow::setRegionFilter(const QString &region)
{
    selectData(m_ui->regionCombo, region);
}

void MainWindow::setYearFilter(int year)
{
    selectData(m_ui->yearCombo, year);
}

void MainWindow::setReviewFilter(int review)
{
    selectData(m_ui->reviewCombo, review);
}

void MainWindow::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
    applyFilters();
}

qint64 MainWindow::currentReportId() const
{
    const auto &r = m_ui->reportView->report();
    return r ? r->id : 0;
}

bool MainWindow::openReportAtRow(int viewRow)
{
    const QModelIndex index = m_reports->index(viewRow, 0);
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
    const int row = m_reports->rowOf(reportId);
    if (row >= 0 && m_ui->reportsView->currentIndex().row() != row)
        m_ui->reportsView->setCurrentIndex(m_reports->index(row, 0));
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

ImportDialog *MainWindow::importPaths(const QStringList &pathsOrFolders)
{
    if (!m_db || pathsOrFolders.isEmpty())
        return nullptr;
    auto *dialog = new ImportDialog(*m_db, pathsOrFolders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](const BatchSummary &summary) {
        reloadReports();
        statusBar()->showMessage(tr("Imported: %1 · skipped: %2 · failed: %3")
                                     .arg(summary.imported)
                                     .arg(summary.skipped)
                                     .arg(summary.failed),
                                 10000);
    });
    // Not modal: the library and the open report stay usable while files are read.
    dialog->show();
    return dialog;
}

void MainWindow::importFilesInteractively()
{
    QStringList patterns;
    for (const QString &suffix : ImporterRegistry::instance().supportedSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import reports"), AppSettings::dataFolder(),
        tr("Reports (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    importPaths(files);
}

void MainWindow::importFolderInteractively()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of reports"), AppSettings::dataFolder());
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog);
}

void MainWindow::applySettings(const SettingsDialog &dialog)
{
    if (m_language && m_language->language() != dialog.language())
        m_language->setLanguage(dialog.language()); // widgets get LanguageChange now
    if (!m_db || dialog.databaseLocation() != m_db->location()) {
        QString error;
        if (!openDatabase(dialog.databaseLocation(), &error))
            QMessageBox::warning(this, tr("Settings"), error);
    }
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
    const QString where = QDir::toNativeSeparators(m_db->location());
    if (m_reports->isLoading()) {
        statusBar()->showMessage(tr("Loading reports… · database: %1").arg(where));
        return;
    }
    const int shown = m_reports->totalCount();
    if (shown == m_totalReports)
        statusBar()->showMessage(tr("%n report(s) · database: %1", nullptr, shown).arg(where));
    else
        statusBar()->showMessage(tr("%1 of %n report(s) shown · database: %2", nullptr, m_totalReports)
                                     .arg(shown)
                                     .arg(where));
}

void MainWindow::updateActions()
{
    m_ui->actionExportPdf->setEnabled(m_ui->reportView->hasReport());
    m_ui->actionImportFiles->setEnabled(m_db != nullptr);
    m_ui->actionImportFolder->setEnabled(m_db != nullptr);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_reports->retranslate();
        fillReviewBox();
        fillFilterBoxes();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace thp::app
