#pragma once
// Runs comparison queries off the GUI thread, so that a big database never freezes the
// window. The worker thread has its own connection to the same database (a Database is
// usable from the thread that opened it only), opened with the first query and kept until
// it has been idle for five minutes: opening runs the schema check, which takes the write
// lock and would wait behind an import. The runner owns that connection and closes it in
// the worker thread before the thread ends (left to the thread's own exit, it could be
// closed after the program's SQL drivers were gone). Only the newest request's result is
// delivered: a request made while one runs replaces any waiting one. After each comparison
// the worker reads what comparisons need of the reports into a CompareCache if they changed,
// so that the next one reads only facts (≤ 50 ms over 1,000,000 facts, issue #4).

#include "analysis/CompareQuery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

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

Q_SIGNALS:
    void finished(const thp::CompareResult &result);

private:
    struct WorkerConnection;
    void start(const QString &location, const CompareOptions &options);
    void onFinished();
    void closeConnection(); // in the worker thread, after what runs there now

    QThreadPool m_pool; // one thread that never expires: one connection, queries in order
    std::shared_ptr<WorkerConnection> m_connection; // used in m_pool's thread only
    QTimer m_idle;      // closes the connection when no comparison ran for a while
    QFutureWatcher<CompareResult> m_watcher;
    QString m_location;
    quint64 m_generation = 0; // grows when a database is opened again
    std::optional<std::pair<QString, CompareOptions>> m_pending;
    bool m_discard = false;
    bool m_busy = false; // until the result is delivered, not only computed
};

} // namespace thp::app
