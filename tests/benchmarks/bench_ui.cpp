// bench_ui: does the desktop program stay responsive on a large database? (issue #6:
// "With 100,000 reports and 1,000,000 figures in the database, opening the library,
// filtering, and opening a comparison never block the interface for more than 100 ms".)
//
//   bench_ui [DATABASE.sqlite]
// DATABASE defaults to /work/benchdb/store1m.sqlite (built by bench_store); it is copied
// to a temporary folder first, so the original is never written. Every step runs on the GUI
// thread as a user's click would; "blocked" is how long that call kept the event loop from
// running (QElapsedTimer around it). For work the window hands to a thread (the comparison),
// a 5 ms heartbeat timer records the longest gap between its ticks until the result shows.
#include "app/CompareView.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ReportListModel.h"
#include "analysis/CompareQuery.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace thp;

namespace {

QTextStream out(stdout);

struct Step {
    QString what;
    double ms = 0;
    QString note;
};
QList<Step> g_steps;
app::ReportListModel *g_model = nullptr;

template<class Done>
double longestGapUntil(Done &&done, int timeoutMs, double *total);

template<class F>
double blocked(const QString &what, F &&call, const QString &note = {})
{
    QElapsedTimer t;
    t.start();
    call();
    double ms = double(t.nsecsElapsed()) / 1e6;
    const double callMs = ms;
    QString waited;
    if (g_model && g_model->isBusy()) {
        // The library's query runs on a worker: the window keeps running until the list arrives.
        double total = 0;
        const double gap = longestGapUntil([] { return !g_model->isBusy(); }, 60000, &total);
        ms = std::max(ms, gap);
        waited = QStringLiteral("; list shown after %1 ms").arg(callMs + total, 0, 'f', 0);
    }
    // What the step left in the library, unless said otherwise.
    const QString said = (note.isEmpty() && g_model ? QStringLiteral("%1 reports listed").arg(g_model->totalCount()) : note) + waited;
    g_steps.append({what, ms, said});
    out << QStringLiteral("  %1 %2 ms %3\n").arg(what, -58).arg(ms, 8, 'f', 1).arg(said);
    out.flush();
    QCoreApplication::processEvents(); // let the view paint what the step changed
    return ms;
}

// The longest the event loop went without running while `done` is false (5 ms heartbeat).
template<class Done>
double longestGapUntil(Done &&done, int timeoutMs, double *total)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double worst = 0;
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, double(now - last) / 1e6);
        last = now;
    });
    beat.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    beat.stop();
    worst = std::max(worst, double(clock.nsecsElapsed() - last) / 1e6);
    *total = double(clock.nsecsElapsed()) / 1e6;
    return worst;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("tonghop-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const QString source = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/work/benchdb/store1m.sqlite");
    if (!QFileInfo::exists(source)) {
        out << "no database at " << source << " (build one with bench_store, or name one)\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench_ui.sqlite"));
    out << "bench_ui: copying " << source << " ... ";
    out.flush();
    if (!QFile::copy(source, db)) {
        out << "cannot copy\n";
        return 2;
    }
    out << "done. load average " << loadAverage() << ", " << QThread::idealThreadCount() << " cores\n";

    app::LanguageManager language;
    language.setLanguage(QStringLiteral("vi"));

    app::MainWindow *w = nullptr;
    blocked(QStringLiteral("create the window"), [&] { w = new app::MainWindow; });
    w->setLanguageManager(&language);
    w->resize(1366, 800);
    QString error;
    // The library is listed on a worker thread: the step lasts until the first page is there.
    g_model = w->reportModel();
    blocked(QStringLiteral("open the database (library: count, filters, first page)"), [&] {
        if (!w->openDatabase(db, &error))
            out << error << "\n";
    });
    blocked(QStringLiteral("show and paint the window"), [&] {
        w->show();
        QCoreApplication::processEvents();
    });
    app::ReportListModel *model = w->reportModel();
    out << "  library: " << model->totalCount() << " reports, " << model->rowCount() << " rows fetched\n";

    // Scrolling to the end: the view asks for the next page each time it reaches the bottom.
    auto *view = w->findChild<QTableView *>(QStringLiteral("reportsView"));
    {
        double worst = 0, sum = 0;
        int pages = 0;
        QElapsedTimer all;
        all.start();
        while (model->canFetchMore({})) {
            QElapsedTimer t;
            t.start();
            view->scrollToBottom();
            QCoreApplication::processEvents();
            if (model->canFetchMore({}))
                model->fetchMore({}); // what the view does when the scroll bar hits the bottom
            const double ms = double(t.nsecsElapsed()) / 1e6;
            worst = std::max(worst, ms);
            sum += ms;
            ++pages;
        }
        g_steps.append({QStringLiteral("scroll to the end, worst page"), worst,
                        QStringLiteral("%1 pages of %2 rows, %3 s in all").arg(pages).arg(app::ReportListModel::kPageSize)
                            .arg(double(all.elapsed()) / 1000, 0, 'f', 1)});
        out << QStringLiteral("  scroll to the end: %1 pages, worst %2 ms, mean %3 ms\n")
                   .arg(pages).arg(worst, 0, 'f', 1).arg(pages ? sum / pages : 0, 0, 'f', 1);
        view->scrollToTop();
    }

    ReportLibraryQuery *query = model->query();
    const QStringList provinces = query->provinces();
    const QStringList regions = query->regions();
    const QList<int> years = query->years();
    const QString province = provinces.value(provinces.size() / 2);
    const QString region = regions.value(0);
    const int year = years.value(years.size() / 2);
    blocked(QStringLiteral("filter: province ") + province, [&] { w->setProvinceFilter(province); });
    blocked(QStringLiteral("filter: all provinces"), [&] { w->setProvinceFilter({}); });
    blocked(QStringLiteral("filter: region ") + region, [&] { w->setRegionFilter(region); });
    blocked(QStringLiteral("filter: all regions"), [&] { w->setRegionFilter({}); });
    blocked(QStringLiteral("filter: year %1").arg(year), [&] { w->setYearFilter(year); });
    blocked(QStringLiteral("filter: all years"), [&] { w->setYearFilter(0); });
    for (const auto &[state, name] : {std::pair{LibraryFilter::Review::Unreviewed, QStringLiteral("not reviewed")},
                                      std::pair{LibraryFilter::Review::Partly, QStringLiteral("partly reviewed")},
                                      std::pair{LibraryFilter::Review::Reviewed, QStringLiteral("all reviewed")}}) {
        blocked(QStringLiteral("filter: ") + name, [&] { w->setReviewFilter(int(state)); });
    }
    blocked(QStringLiteral("filter: any review status"), [&] { w->setReviewFilter(0); });
    for (const QString &words : {QStringLiteral("ky luat"), QStringLiteral("dang"), QStringLiteral("nghe an"),
                                 QStringLiteral("xyzzy")}) {
        blocked(QStringLiteral("search \"%1\"").arg(words), [&] { w->setSearchText(words); });
        out << "    → " << model->totalCount() << " reports\n";
    }
    blocked(QStringLiteral("search cleared"), [&] { w->setSearchText({}); });
    for (int c = app::ReportListModel::Province2025; c < app::ReportListModel::ColumnCount; ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        blocked(QStringLiteral("sort by ") + header, [&] { view->sortByColumn(c, Qt::AscendingOrder); });
    }
    blocked(QStringLiteral("sort by province again"),
            [&] { view->sortByColumn(app::ReportListModel::Province, Qt::AscendingOrder); });
    blocked(QStringLiteral("open the first report"), [&] { w->openReportAtRow(0); });
    blocked(QStringLiteral("open another report"), [&] { w->openReportAtRow(100); });

    // The comparison: the page runs its query on a worker thread; the window must keep ticking.
    auto *pages = w->findChild<QTabWidget *>(QStringLiteral("pages"));
    app::CompareView *compare = w->compareView();
    blocked(QStringLiteral("switch to the Compare page"), [&] { pages->setCurrentWidget(compare); });
    double total = 0;
    bool shown = false;
    QObject::connect(compare, &app::CompareView::comparisonShown, [&] { shown = true; });
    compare->refresh();
    const double gap = longestGapUntil([&] { return shown && !compare->isUpdating(); }, 60000, &total);
    g_steps.append({QStringLiteral("comparison (worker thread): longest event-loop gap"), gap,
                    QStringLiteral("result after %1 ms; metric %2").arg(total, 0, 'f', 0).arg(compare->currentOptions().metric)});
    out << QStringLiteral("  comparison: shown=%1 after %2 ms, longest gap %3 ms\n").arg(shown).arg(total, 0, 'f', 0).arg(gap, 0, 'f', 1);
    // For reference: the same query run directly on the GUI thread would block this long.
    {
        CompareOptions o = compare->currentOptions();
        CompareQuery q(*w->database());
        blocked(QStringLiteral("CompareQuery on the GUI thread (reference only)"), [&] { q.run(o); });
    }

    out << "\n| step | blocked (ms) | note |\n|---|---:|---|\n";
    double worst = 0;
    for (const Step &s : std::as_const(g_steps)) {
        out << "| " << s.what << " | " << QString::number(s.ms, 'f', 1) << " | " << s.note << " |\n";
        if (!s.what.contains(QStringLiteral("reference")))
            worst = std::max(worst, s.ms);
    }
    out << "\nworst: " << QString::number(worst, 'f', 1) << " ms (bar: 100 ms); load average " << loadAverage() << "\n";
    delete w;
    return 0;
}
