#include "app/ComparisonRunner.h"

#include "analysis/CompareCache.h"
#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace thp::app {

namespace {

quint64 nextGeneration()
{
    static std::atomic<quint64> generation{0};
    return ++generation;
}

} // namespace

// The worker thread's connection, with the database and opening it was made for.
struct ComparisonRunner::WorkerConnection {
    QString location;
    quint64 generation = 0;
    std::unique_ptr<Database> db;
    CompareCache cache; // what comparisons read of every report, on db

    CompareResult run(const QString &where, quint64 opened, const CompareOptions &options)
    {
        if (!db || location != where || generation != opened) {
            *this = {};
            QString error;
            db = Database::open(where, &error);
            if (!db) {
                CompareResult failed;
                failed.options = options;
                failed.error = error;
                return failed;
            }
            location = where;
            generation = opened;
        }
        return CompareQuery(*db, &cache).run(options);
    }

    // After a comparison, while the user looks at it: read the reports into the cache if
    // they changed, so that the next comparison reads only facts.
    void refreshCache()
    {
        QString error;
        if (db && !cache.update(*db, &error))
            qWarning("comparison cache not read: %s", qPrintable(error)); // comparisons go on without it
    }
};

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
    , m_connection(std::make_shared<WorkerConnection>())
{
    // One thread, kept for the runner's life, so that the connection is always used in the
    // thread that opened it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_idle.setSingleShot(true);
    m_idle.setInterval(5 * 60 * 1000); // an idle connection is closed after five minutes
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy)
            closeConnection();
    });
    connect(&m_watcher, &QFutureWatcher<CompareResult>::finished, this, &ComparisonRunner::onFinished);
}

ComparisonRunner::~ComparisonRunner()
{
    // Close the worker's connection in its own thread, after the comparison it may be
    // running, and wait for both. Not through QFuture::waitForFinished(): a task not started
    // yet is then taken from the pool and run here, in the GUI thread, with the worker's
    // connection (which is how the connection once outlived the program: a segfault at exit).
    closeConnection();
    m_pool.waitForDone();
}

void ComparisonRunner::closeConnection()
{
    m_pool.start([c = m_connection] { *c = {}; });
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
    closeConnection();
    m_pending.reset();
    m_discard = m_busy;
}

void ComparisonRunner::start(const QString &location, const CompareOptions &options)
{
    m_discard = false;
    m_busy = true;
    m_idle.stop();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [c = m_connection, location, generation = m_generation, options] {
        return c->run(location, generation, options);
    }));
    m_pool.start([c = m_connection] { c->refreshCache(); }); // after it: one thread, in order
}

void ComparisonRunner::onFinished()
{
    m_busy = false;
    m_idle.start();
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
