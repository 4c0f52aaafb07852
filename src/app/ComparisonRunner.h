#pragma once
// Runs comparison queries off the GUI thread, so that a big database never freezes the
// window. The worker thread has its own connection to the same database (a Database is
// usable from the thread that opened it only), opened with the first query and kept
// while the thread lives: opening runs the schema check, which takes the write lock and
// would wait behind an import. Only the newest request's result is delivered: a request
// made while one runs replaces any waiting one.

#include "analysis/CompareQuery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <optional>

namespace thp::app {

class ComparisonRunner : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonRunner(QObject *parent = nullptr);
    ~ComparisonRunner() override; // waits for a running query

    // location: Database::location() of the open database (SQLite path or PostgreSQL URL).
    void run(const QString &location, const CompareOptions &options);
    bool isRunning() const;
    // Forget the waiting request and the running one's result, and close the worker's
    // connection (the database was closed).
    void cancel();

    // The same query, run in the calling thread on that thread's own connection to
    // `location` (opened when the thread has none to it yet, or an older `generation`).
    static CompareResult runOnOwnConnection(const QString &location, quint64 generation, const CompareOptions &options);

Q_SIGNALS:
    void finished(const thp::CompareResult &result);

private:
    void start(const QString &location, const CompareOptions &options);
    void onFinished();

    QThreadPool m_pool; // one thread: one connection, queries in order
    QFutureWatcher<CompareResult> m_watcher;
    QString m_location;
    quint64 m_generation = 0; // grows when a database is opened again
    std::optional<std::pair<QString, CompareOptions>> m_pending;
    bool m_discard = false;
    bool m_busy = false; // until the result is delivered, not only computed
};

} // namespace thp::app
