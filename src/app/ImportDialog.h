#pragma once
// The import of report files, shown while it runs: one row per file with its result
// (imported, skipped as already stored, failed and why), its format and the encoding it
// was read in; a progress bar and Cancel. The work runs on a thread of its own
// (BatchImporter, with its own database connection), so the window stays responsive.

#include "store/BatchImporter.h"

#include <QDialog>

#include <memory>

class QAbstractButton;
class QPushButton;
class QTableWidget;

namespace Ui {
class ImportDialog;
}

namespace thp {
class Database;
}

namespace thp::app {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FileColumn, ResultColumn, FormatColumn, EncodingColumn, DetailsColumn, ColumnCount };

    // db: the window's connection, to describe the stored reports; the import opens its own.
    // pathsOrFolders: files, and folders walked for every supported file.
    ImportDialog(Database &db, const QStringList &pathsOrFolders, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The files to import; empty while folders are still being walked (isListing()).
    const QStringList &files() const { return m_files; }
    // Folders are walked on a worker thread (a share with thousands of files takes a while);
    // listed() follows with the files.
    bool isListing() const { return m_listing; }
    // "" = detect; otherwise a name TextDecoder knows (UTF-8, windows-1258, TCVN3, VNI...).
    void setForcedEncoding(const QString &encoding);
    QString forcedEncoding() const;

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const BatchSummary &summary() const { return m_summary; }
    QTableWidget *resultsView() const;
    QPushButton *importButton() const { return m_importButton; }

public Q_SLOTS:
    // Begins the import (the Import button), or as soon as the folders are walked. Does
    // nothing when started already.
    void start();
    // Stops after the file being read now; the files not reached are listed as not imported.
    void cancel();
    void reject() override;

Q_SIGNALS:
    // After the last file (or a cancel): the library should show the new reports.
    void importFinished(const thp::BatchSummary &summary);
    // The folders were walked: files() is complete.
    void listed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(int done, int total, const QString &currentFile);
    void onFileFinished(const QString &path, BatchImporter::Outcome outcome, const QString &message, qint64 reportId,
                        int figures);
    void onFinished(const BatchSummary &summary);
    void setFiles(const QStringList &files);
    void setResult(int row, const QString &result, const QString &details, const QString &format = {},
                   const QString &encoding = {});
    void updateSummary();
    void updateHeaders();

    std::unique_ptr<::Ui::ImportDialog> m_ui;
    Database &m_db;
    QStringList m_files;
    std::unique_ptr<BatchImporter> m_importer;
    QPushButton *m_importButton = nullptr;
    BatchSummary m_summary;
    int m_nextRow = 0;
    bool m_listing = false;
    bool m_startWhenListed = false;
    QString m_listingFolder;
    int m_currentRow = -1;
    bool m_finished = false;
    bool m_closeWhenDone = false;
};

} // namespace thp::app
