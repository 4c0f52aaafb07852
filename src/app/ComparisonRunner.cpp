#include "app/ComparisonRunner.h"

#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace thp::app {

namespace {

// The worker thread's connection. Destroyed with the thread (in that thread, as a
// connection must be) when the pool lets the idle thread go.
struct WorkerConnection {
    QString location;
    quint64 generation = 0;
    std::unique_ptr<Database> db;
};
thread_local WorkerConnection t_connection;

quint64 nextGeneration()
{
    static std::atomic<quint64> generation{0};
    return ++generation;
}

} // namespace

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(5 * 60 * 1000); // an idle connection is closed after five minutes
    connect(&m_watcher, &QFutureWatcher<CompareResult>::finished, this, &ComparisonRunner::onFinished);
}

ComparisonRunner::~ComparisonRunner()
{
    m_watcher.waitForFinished();
    // Close the worker's connection in its own thread before the pool ends.
    QtConcurrent::run(&m_pool, [] { t_connection = {}; }).waitForFinished();
    m_pool.waitForDone();
}

CompareResult ComparisonRunner::runOnOwnConnection(const QString &location, quint64 generation,
                                                   const CompareOptions &options)
{
    WorkerConnection &c = t_connection;
    if (!c.db || c.location != location || c.generation != generation) {
        c = {};
        QString error;
        c.db = Database::open(location, &error);
        if (!c.db) {
            CompareResult failed;
            failed.options = options;
            failed.error = error;
            return failed;
        }
        c.location = location;
        c.generation = generation;
    }
    return CompareQuery(*c.db).run(options);
}

void ComparisonRunner::run(const QString &location, const CompareOptions &options)
{
    if (location != m_location) {
        m_location = location;
        m_generation = nextGeneration();
    }
    if (m_busy) {
        m_pending = std::make_pair(location, options);
        m_discard = true; // its filter is no longer the one shown
        return;
    }
    start(location, options);
}

bool ComparisonRunner::isRunning() const
{
    return m_busy || m_pending.has_value();
}

void ComparisonRunner::cancel()
{
    m_location.clear(); // the next database gets a fresh connection, even at the same path
    // Let go of the file now (a backup may be restored over it), in the worker's thread.
    m_pool.start([] { t_connection = {}; });
    m_pending.reset();
    m_discard = m_busy;
}

void ComparisonRunner::start(const QString &location, const CompareOptions &options)
{
    m_discard = false;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &ComparisonRunner::runOnOwnConnection, location, m_generation, options));
}

void ComparisonRunner::onFinished()
{
    m_busy = false;
    const bool discard = m_discard;
    const CompareResult result = m_watcher.future().result();
    if (m_pending) {
        const auto next = *m_pending;
        m_pending.reset();
        start(next.first, next.second);
        return;
    }
    if (!discard)
        Q_EMIT finished(result);
}

} // namespace thp::app
