#include "app/ImportDialog.h"

#include "store/Database.h"
#include "store/ReportStore.h"

#include "ui_ImportDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QFutureWatcher>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace thp::app {

namespace {
// Encodings a user may force (TextDecoder's canonical names); the first entry is "detect".
const QStringList kEncodings = {QStringLiteral("UTF-8"), QStringLiteral("UTF-16"), QStringLiteral("windows-1258"),
                                QStringLiteral("TCVN3"), QStringLiteral("VNI")};
} // namespace

ImportDialog::ImportDialog(Database &db, const QStringList &pathsOrFolders, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ImportDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->encodingCombo->addItem(tr("Detect automatically"), QString());
    for (const QString &e : kEncodings)
        m_ui->encodingCombo->addItem(e, e);

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    // Cancel while it runs stops the import and keeps the results in view; otherwise it closes.
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });

    m_ui->resultsView->setColumnCount(ColumnCount);
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    updateHeaders();

    const bool hasFolder = std::any_of(pathsOrFolders.cbegin(), pathsOrFolders.cend(),
                                       [](const QString &p) { return QFileInfo(p).isDir(); });
    if (!hasFolder) {
        setFiles(BatchImporter::collectFiles(pathsOrFolders));
        return;
    }
    // Walking a folder (a network share, years of reports) may take seconds: not on the GUI thread.
    m_listing = true;
    m_importButton->setEnabled(false);
    m_ui->progressBar->setRange(0, 0); // busy
    m_listingFolder = pathsOrFolders.first();
    updateSummary();
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_listing = false;
        setFiles(watcher->result());
        Q_EMIT listed();
        if (m_startWhenListed)
            start();
    });
    watcher->setFuture(QtConcurrent::run([pathsOrFolders] { return BatchImporter::collectFiles(pathsOrFolders); }));
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_files = files;
    QTableWidget *table = m_ui->resultsView;
    table->setRowCount(int(m_files.size()));
    for (int row = 0; row < m_files.size(); ++row) {
        auto *file = new QTableWidgetItem(QFileInfo(m_files.at(row)).fileName());
        file->setToolTip(QDir::toNativeSeparators(m_files.at(row)));
        table->setItem(row, FileColumn, file);
        for (int c = ResultColumn; c < ColumnCount; ++c)
            table->setItem(row, c, new QTableWidgetItem);
        table->item(row, ResultColumn)->setText(tr("waiting"));
    }
    m_ui->progressBar->setRange(0, qMax(1, int(m_files.size())));
    m_ui->progressBar->setValue(0);
    updateSummary();
    m_importButton->setEnabled(!m_files.isEmpty());
}

ImportDialog::~ImportDialog()
{
    // The importer's destructor cancels and waits for the file being read.
    if (m_importer)
        m_importer->disconnect(this);
}

QTableWidget *ImportDialog::resultsView() const
{
    return m_ui->resultsView;
}

void ImportDialog::setForcedEncoding(const QString &encoding)
{
    const int i = m_ui->encodingCombo->findData(encoding);
    m_ui->encodingCombo->setCurrentIndex(qMax(0, i));
}

QString ImportDialog::forcedEncoding() const
{
    return m_ui->encodingCombo->currentData().toString();
}

bool ImportDialog::isRunning() const
{
    return m_importer && !m_finished;
}

void ImportDialog::start()
{
    if (m_listing) {
        m_startWhenListed = true;
        return;
    }
    if (m_importer || m_files.isEmpty())
        return;
    m_importer = std::make_unique<BatchImporter>(m_db.location(), m_files);
    ImportOptions options;
    options.forcedEncoding = forcedEncoding();
    m_importer->setOptions(options);
    connect(m_importer.get(), &BatchImporter::progress, this, &ImportDialog::onProgress);
    connect(m_importer.get(), &BatchImporter::fileFinished, this, &ImportDialog::onFileFinished);
    connect(m_importer.get(), &BatchImporter::finished, this, &ImportDialog::onFinished);
    m_importButton->setEnabled(false);
    m_importButton->hide();
    m_ui->encodingCombo->setEnabled(false);
    m_importer->start();
    updateSummary();
}

void ImportDialog::cancel()
{
    if (isRunning()) {
        m_importer->cancel();
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_ui->summaryLabel->setText(tr("Stopping after the file being read now…"));
    }
}

void ImportDialog::reject()
{
    // While folders are still walked nothing has started: it closes (the walk ends on its own).
    if (isRunning()) {
        // Escape or the window's close button: stop, then close.
        // Closing while it runs stops the import first; the dialog closes when it has.
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onProgress(int done, int total, const QString &currentFile)
{
    m_ui->progressBar->setMaximum(qMax(1, total));
    m_ui->progressBar->setValue(done);
    if (currentFile.isEmpty() || m_nextRow >= m_files.size())
        return;
    m_currentRow = m_nextRow;
    m_ui->resultsView->item(m_currentRow, ResultColumn)->setText(tr("reading…"));
    m_ui->resultsView->scrollToItem(m_ui->resultsView->item(m_currentRow, FileColumn));
    if (!m_ui->buttonBox->button(QDialogButtonBox::Cancel)->isEnabled())
        return; // stopping
    m_ui->summaryLabel->setText(tr("Importing file %1 of %2: %3")
                                    .arg(done + 1)
                                    .arg(total)
                                    .arg(QFileInfo(currentFile).fileName()));
}

void ImportDialog::onFileFinished(const QString &path, BatchImporter::Outcome outcome, const QString &message,
                                  qint64 reportId, int figures)
{
    Q_UNUSED(path)
    Q_UNUSED(figures)
    const int row = m_nextRow++;
    if (row >= m_files.size())
        return;
    // Format and encoding as stored: what the importer found (or forced) for this text.
    QString format, encoding;
    if (reportId > 0) {
        if (const auto stored = ReportStore(m_db).report(reportId)) {
            format = stored->format;
            encoding = stored->encoding;
        }
    }
    switch (outcome) {
    case BatchImporter::Outcome::Imported:
        ++m_summary.imported;
        setResult(row, tr("imported"), message, format, encoding);
        break;
    case BatchImporter::Outcome::Skipped:
        ++m_summary.skipped;
        setResult(row, tr("skipped"), message, format, encoding);
        break;
    case BatchImporter::Outcome::Failed:
        ++m_summary.failed;
        setResult(row, tr("failed"), message);
        break;
    }
    m_ui->progressBar->setValue(m_nextRow);
    updateSummary();
}

void ImportDialog::onFinished(const BatchSummary &summary)
{
    m_summary = summary;
    m_finished = true;
    // Files never reached (cancelled, or the database could not be opened).
    for (int row = m_nextRow; row < m_files.size(); ++row)
        setResult(row, summary.error.isEmpty() ? tr("not imported") : tr("failed"),
                  summary.error.isEmpty() ? tr("the import was cancelled") : summary.error);
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    m_importButton->hide(); // re-laid out with the new buttons
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
    updateSummary();
    Q_EMIT importFinished(m_summary);
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::setResult(int row, const QString &result, const QString &details, const QString &format,
                             const QString &encoding)
{
    QTableWidget *t = m_ui->resultsView;
    t->item(row, ResultColumn)->setText(result);
    t->item(row, DetailsColumn)->setText(details);
    t->item(row, DetailsColumn)->setToolTip(details);
    t->item(row, FormatColumn)->setText(format);
    t->item(row, EncodingColumn)->setText(encoding);
}

void ImportDialog::updateSummary()
{
    if (m_listing) {
        m_ui->summaryLabel->setText(tr("Looking for report files in %1…").arg(QDir::toNativeSeparators(m_listingFolder)));
        return;
    }
    if (!m_importer) {
        m_ui->summaryLabel->setText(m_files.isEmpty() ? tr("No report files were found there.")
                                                      : tr("%n file(s) to import.", nullptr, int(m_files.size())));
        return;
    }
    if (!m_finished)
        return; // onProgress names the file being read
    QString text = tr("Imported: %1 · skipped (already stored): %2 · failed: %3")
                       .arg(m_summary.imported)
                       .arg(m_summary.skipped)
                       .arg(m_summary.failed);
    if (m_summary.cancelled)
        text += QLatin1Char(' ') + tr("(cancelled)");
    if (!m_summary.error.isEmpty())
        text = tr("Nothing was imported: %1").arg(m_summary.error);
    m_ui->summaryLabel->setText(text);
}

void ImportDialog::updateHeaders()
{
    m_ui->resultsView->setHorizontalHeaderLabels(
        {tr("File"), tr("Result"), tr("Format"), tr("Encoding"), tr("Details")});
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_importButton->setText(tr("&Import"));
        m_ui->encodingCombo->setItemText(0, tr("Detect automatically"));
        updateHeaders();
        updateSummary();
    }
    QDialog::changeEvent(event);
}

} // namespace thp::app
