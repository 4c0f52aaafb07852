#pragma once
// Imports many report files into a database off the caller's thread. The worker opens its
// OWN Database connection (a connection belongs to one thread); every report is its own
// transaction, so a cancel or a crash leaves no half report. A broken file is reported
// and the batch goes on.

#include "importers/DocumentImporter.h"

#include <QAtomicInt>
#include <QMetaType>
#include <QObject>
#include <QStringList>

class QThread;

namespace thp {

struct BatchSummary {
    int imported = 0;
    int skipped = 0;
    int failed = 0;
    int total = 0;
    bool cancelled = false;
    QString error; // the database could not be opened: nothing was imported
};

class BatchImporter : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Imported, Skipped, Failed };
    Q_ENUM(Outcome)

    // dbLocation: as for Database::open (path or postgresql:// URL). files: see collectFiles().
    BatchImporter(const QString &dbLocation, const QStringList &files, QObject *parent = nullptr);
    ~BatchImporter() override;

    // Files and folders (walked recursively for the supported suffixes, in name order).
    // A path that does not exist stays in the list, so that it is reported as failed.
    static QStringList collectFiles(const QStringList &pathsOrFolders);

    void setOptions(const ImportOptions &options) { m_options = options; }
    const QStringList &files() const { return m_files; }

    // Starts the work on a thread of its own; signals arrive queued in the receiver's thread.
    void start();
    // Does the work in the calling thread (command line); signals are direct.
    BatchSummary run();
    // Stops after the file being imported now; safe from any thread.
    void cancel() { m_cancel.storeRelaxed(1); }
    bool isRunning() const;
    bool wait(int msecs = -1);

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    // message: "22 figures" when imported, why it was skipped or failed otherwise.
    void fileFinished(const QString &path, thp::BatchImporter::Outcome outcome, const QString &message,
                      qint64 reportId, int figures);
    void finished(const thp::BatchSummary &summary);

private:
    QString m_dbLocation;
    QStringList m_files;
    ImportOptions m_options;
    QAtomicInt m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace thp

Q_DECLARE_METATYPE(thp::BatchSummary)
