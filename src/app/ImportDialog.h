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

    const QStringList &files() const { return m_files; }
    // "" = detect; otherwise a name TextDecoder knows (UTF-8, windows-1258, TCVN3, VNI...).
    void setForcedEncoding(const QString &encoding);
    QString forcedEncoding() const;

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    const BatchSummary &summary() const { return m_summary; }
    QTableWidget *resultsView() const;
    QPushButton *importButton() const { return m_importButton; }

public Q_SLOTS:
    // Begins the import (the Import button). Does nothing when started already.
    void start();
    // Stops after the file being read now; the files not reached are listed as not imported.
    void cancel();
    void reject() override;

Q_SIGNALS:
    // After the last file (or a cancel): the library should show the new reports.
    void importFinished(const thp::BatchSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(int done, int total, const QString &currentFile);
    void onFileFinished(const QString &path, BatchImporter::Outcome outcome, const QString &message, qint64 reportId,
                        int figures);
    void onFinished(const BatchSummary &summary);
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
    int m_currentRow = -1;
    bool m_finished = false;
    bool m_closeWhenDone = false;
};

} // namespace thp::app
