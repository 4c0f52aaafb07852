#pragma once
// Runs comparison queries off the GUI thread, so that a big database never freezes the
// window: each query opens its own connection to the same database (a Database is
// usable from the thread that opened it only) in a worker thread. Only the newest
// request's result is delivered: a request made while one runs replaces any waiting one.

#include "analysis/CompareQuery.h"

#include <QFutureWatcher>
#include <QObject>

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
    // Forget the waiting request and the running one's result (the database was closed).
    void cancel();

    // The same query, run in the calling thread on its own connection: what a worker does.
    static CompareResult runOnOwnConnection(const QString &location, const CompareOptions &options);

Q_SIGNALS:
    void finished(const thp::CompareResult &result);

private:
    void start(const QString &location, const CompareOptions &options);
    void onFinished();

    QFutureWatcher<CompareResult> m_watcher;
    std::optional<std::pair<QString, CompareOptions>> m_pending;
    bool m_discard = false;
    bool m_busy = false; // until the result is delivered, not only computed
};

} // namespace thp::app
