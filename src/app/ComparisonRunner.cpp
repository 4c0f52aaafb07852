#include "app/ComparisonRunner.h"

#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace thp::app {

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<CompareResult>::finished, this, &ComparisonRunner::onFinished);
}

ComparisonRunner::~ComparisonRunner()
{
    m_watcher.waitForFinished();
}

CompareResult ComparisonRunner::runOnOwnConnection(const QString &location, const CompareOptions &options)
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db) {
        CompareResult failed;
        failed.options = options;
        failed.error = error;
        return failed;
    }
    return CompareQuery(*db).run(options);
}

void ComparisonRunner::run(const QString &location, const CompareOptions &options)
{
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
    m_pending.reset();
    m_discard = m_busy;
}

void ComparisonRunner::start(const QString &location, const CompareOptions &options)
{
    m_discard = false;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(&ComparisonRunner::runOnOwnConnection, location, options));
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
