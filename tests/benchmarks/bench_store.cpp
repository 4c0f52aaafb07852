// Database benchmark (not a test; docs/benchmarks.md, section "Database"):
//  A. storing facts in SQLite: through ReportStore::addReport on a connection set up as
//     BatchImporter sets up its own (Database::useBatchCommits: WAL, synchronous=NORMAL),
//     one transaction per report as imports do it; the same with the program's default
//     synchronous=FULL (a single report added outside a batch); and facts alone inside one
//     transaction through store::FactInserter (the per-fact path of addReport, SQLite's C
//     API) and through one reused QtSql prepared INSERT (the path before, for comparison);
//  B. CompareQuery (one metric, all provinces × years) over ~1,000,000 facts in ~100,000
//     reports spread over the 63 provinces, 10 years and every catalogued metric, with a
//     CompareCache kept between comparisons as the desktop keeps it, and once without;
//  C. full-text search (ReportSearch) over the same 100,000 reports (generated texts).
// Run: bench_store [--quick] [--reports N] [--runs N] [--db PATH] [--only insert|facts|compare|search]
//   --db PATH keeps the B/C database at PATH and reuses it when it is already complete.

#include "ReportGenerator.h"
#include "analysis/CompareCache.h"
#include "analysis/CompareQuery.h"
#include "analysis/ReportSearch.h"
#include "model/MetricCatalogue.h"
#include "store/Database.h"
#include "store/FactRows.h"
#include "store/ReportStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <functional>

using namespace thp;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

[[noreturn]] void fail(const QString &what)
{
    out() << "FAILED: " << what << Qt::endl;
    std::exit(1);
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width);
}

void row(const QString &what, const QString &figure, const QString &target, const QString &note = {})
{
    out() << "| " << pad(what, 58) << " | " << pad(figure, 22) << " | " << pad(target, 12) << " | " << note << Qt::endl;
}

void header(const QString &title)
{
    out() << Qt::endl << "## " << title << Qt::endl;
    out() << "| " << pad(QStringLiteral("what"), 58) << " | " << pad(QStringLiteral("measured"), 22) << " | "
          << pad(QStringLiteral("target"), 12) << " | note" << Qt::endl;
}

// This thread's CPU time: what the work costs one core, even when the machine is busy.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + ts.tv_nsec / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QStringLiteral("?");
}

struct Stats {
    double median = 0; // wall clock, ms
    double worst = 0;
    double first = 0;
    double cpuMedian = 0; // CPU time of this thread, ms
};

// Runs f `runs` times.
Stats timeRuns(int runs, const std::function<void()> &f)
{
    QList<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - c0;
    }
    Stats s;
    s.first = ms.first();
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    s.median = ms.at(ms.size() / 2);
    s.worst = ms.last();
    s.cpuMedian = cpu.at(cpu.size() / 2);
    return s;
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0).toString();
    return {};
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        fail(sql + QStringLiteral(": ") + q.lastError().text());
}

std::unique_ptr<Database> openOrDie(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        fail(error);
    return db;
}

// The 63 provinces before the 2025 merger, as the database's gazetteer names them.
QStringList provinces63(Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM provinces WHERE valid_from IS NULL OR valid_from < 2025 ORDER BY name")))
        fail(q.lastError().text());
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Fact syntheticFact(const QString &metric, const QString &level, double value, std::optional<Period> period, int offset)
{
    Fact f;
    f.metric = metric;
    f.level = level;
    f.value = value;
    f.period = period;
    f.span = {offset, offset + 24};
    f.unit = QStringLiteral("đảng viên");
    f.text = QStringLiteral("thi hành kỷ luật %1 đảng viên").arg(value);
    f.confidence = 0.9;
    f.ruleId = QStringLiteral("bench/1");
    return f;
}

ReportInput reportInput(const QString &fileName, const QString &text, const QString &province, int year)
{
    ReportInput in;
    in.fileName = fileName;
    in.document.text = text;
    in.document.format = QStringLiteral("txt");
    in.document.encoding = QStringLiteral("UTF-8");
    in.document.paragraphs = int(text.count(QLatin1String("\n\n")) + 1);
    in.extraction.info.title = text.section(QLatin1Char('\n'), 0, 0).left(200);
    in.extraction.info.province = province;
    in.extraction.info.year = year;
    return in;
}

// ---------------------------------------------------------------- A. inserting facts

void benchInsert(const QString &dir, bool quick, bool factsOnly)
{
    header(QStringLiteral("A. Storing facts (SQLite, WAL)"));
    const QStringList metrics = [] {
        QStringList m;
        for (const MetricInfo &i : MetricCatalogue::instance().metrics())
            m << i.key;
        return m;
    }();
    test::ReportGenerator generator(7);

    // A1: reports with many facts each, each report its own transaction, on a connection
    // set up as BatchImporter sets up its own (tonghop-cli import and the desktop import).
    // A1b: the same with the default synchronous=FULL (fsync at every commit).
    for (const bool batch : {true, false}) {
        if (factsOnly)
            break;
        const QString path = dir + (batch ? QStringLiteral("/insert-a1.sqlite") : QStringLiteral("/insert-a1b.sqlite"));
        auto db = openOrDie(path);
        QString error;
        if (batch && !db->useBatchCommits(&error))
            fail(error);
        ReportStore store(*db);
        out() << "   (synchronous=" << pragma(*db, QStringLiteral("synchronous")) << ", journal_mode="
              << pragma(*db, QStringLiteral("journal_mode")) << ')' << Qt::endl;
        const int reports = quick ? 200 : 1000;
        const int factsPer = 200;
        QList<ReportInput> inputs;
        for (int i = 0; i < reports; ++i) {
            const test::GeneratedReport g = generator.generate();
            ReportInput in = reportInput(QStringLiteral("a1-%1.txt").arg(i), g.text, g.province, g.year);
            for (int j = 0; j < factsPer; ++j)
                in.extraction.facts << syntheticFact(metrics.at((i + j) % metrics.size()), Level::All, i * 7 + j,
                                                     Period{g.year, g.year}, j * 30);
            inputs << in;
        }
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        for (const ReportInput &in : inputs)
            if (store.addReport(in).kind != AddReportResult::Imported)
                fail(QStringLiteral("addReport"));
        const double s = t.nsecsElapsed() / 1e9;
        const double cpu = (threadCpuMs() - c0) / 1e3;
        row(QStringLiteral("addReport: %1 reports × %2 facts, 1 transaction each, %3")
                .arg(reports)
                .arg(factsPer)
                .arg(batch ? QStringLiteral("batch import (NORMAL)") : QStringLiteral("FULL")),
            fixed(reports * factsPer / s / 1000.0) + QStringLiteral(" k facts/s"), QStringLiteral("≥ 200 k/s"),
            fixed(reports / s, 0) + QStringLiteral(" reports/s (text + search index included); per CPU second %1 k facts").arg(fixed(reports * factsPer / cpu / 1000.0)));
    }

    // A2: ordinary reports (3–8 KB of text, their ~15 planted figures): what an import of
    // real reports costs in the database, text and search index included.
    if (!factsOnly) {
        const QString path = dir + QStringLiteral("/insert-a2.sqlite");
        auto db = openOrDie(path);
        QString error;
        if (!db->useBatchCommits(&error))
            fail(error);
        ReportStore store(*db);
        const int reports = quick ? 500 : 3000;
        QList<ReportInput> inputs;
        qsizetype facts = 0;
        for (int i = 0; i < reports; ++i) {
            const test::GeneratedReport g = generator.generate();
            ReportInput in = reportInput(QStringLiteral("a2-%1.txt").arg(i), g.text, g.province, g.year);
            in.extraction.facts = g.facts;
            facts += g.facts.size();
            inputs << in;
        }
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        for (const ReportInput &in : inputs)
            if (store.addReport(in).kind != AddReportResult::Imported)
                fail(QStringLiteral("addReport"));
        const double s = t.nsecsElapsed() / 1e9;
        const double cpu = (threadCpuMs() - c0) / 1e3;
        row(QStringLiteral("addReport: %1 ordinary reports (%2 facts each on average)").arg(reports).arg(fixed(double(facts) / reports)),
            fixed(facts / s / 1000.0) + QStringLiteral(" k facts/s"), QStringLiteral("-"),
            fixed(reports / s, 0) + QStringLiteral(" reports/s, text + search index included; per CPU second %1 reports").arg(fixed(reports / cpu, 0)));
    }

    // A3/A4: facts alone inside one transaction.
    {
        const QString path = dir + QStringLiteral("/insert-a3.sqlite");
        auto db = openOrDie(path);
        ReportStore store(*db);
        const AddReportResult parent = store.addReport(reportInput(QStringLiteral("a3.txt"), QStringLiteral("Báo cáo A3"),
                                                                   QStringLiteral("An Giang"), 2024));
        if (parent.kind != AddReportResult::Imported)
            fail(parent.message);
        const int n = quick ? 50'000 : 200'000;
        QList<Fact> facts;
        for (int i = 0; i < n; ++i)
            facts << syntheticFact(metrics.at(i % metrics.size()), Level::All, i, Period{2024, 2024}, i);
        QString error;
        store::FactRowMeta meta;
        meta.status = FactStatus::Extracted;
        QElapsedTimer t;
        double c0 = threadCpuMs();
        t.start();
        if (!db->beginWrite(&error))
            fail(error);
        {
            store::FactInserter inserter(db->connection());
            if (!inserter.insertAll(parent.reportId, facts, meta, &error))
                fail(error);
        }
        if (!db->commit(&error))
            fail(error);
        double s = t.nsecsElapsed() / 1e9;
        double cpu = (threadCpuMs() - c0) / 1e3;
        row(QStringLiteral("store::FactInserter::insertAll × %1, one transaction").arg(n),
            fixed(n / s / 1000.0) + QStringLiteral(" k facts/s"), QStringLiteral("≥ 200 k/s"),
            QStringLiteral("the facts path of addReport (SQLite C API, up to 64 facts per INSERT); per CPU second %1 k facts")
                .arg(fixed(n / cpu / 1000.0)));

        // One fact per INSERT (FactStore's path for a single figure; addReport's before).
        c0 = threadCpuMs();
        t.restart();
        if (!db->beginWrite(&error))
            fail(error);
        {
            store::FactInserter inserter(db->connection());
            for (const Fact &f : facts)
                if (inserter.insert(parent.reportId, f, meta, &error) == 0)
                    fail(error);
        }
        if (!db->commit(&error))
            fail(error);
        s = t.nsecsElapsed() / 1e9;
        cpu = (threadCpuMs() - c0) / 1e3;
        row(QStringLiteral("store::FactInserter::insert × %1, one transaction").arg(n), fixed(n / s / 1000.0) + QStringLiteral(" k facts/s"),
            QStringLiteral("-"), QStringLiteral("one fact per INSERT (SQLite C API, statement reused); per CPU second %1 k facts")
                                     .arg(fixed(n / cpu / 1000.0)));

        // The same rows through one QtSql prepared statement reused: the path before.
        c0 = threadCpuMs();
        t.restart();
        if (!db->beginWrite(&error))
            fail(error);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO facts (report_id, metric, level, value, qualifier, period_from, period_to, unit, span_start, "
            "span_end, source_text, confidence, rule_id, status, province, changed_by, changed_at, revision, warnings) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, 0, '[]')"));
        for (const Fact &f : facts) {
            q.addBindValue(parent.reportId);
            q.addBindValue(f.metric);
            q.addBindValue(f.level);
            q.addBindValue(f.value);
            q.addBindValue(f.qualifier);
            q.addBindValue(f.period->from);
            q.addBindValue(f.period->to);
            q.addBindValue(f.unit);
            q.addBindValue(f.span.start);
            q.addBindValue(f.span.end);
            q.addBindValue(f.text);
            q.addBindValue(f.confidence);
            q.addBindValue(f.ruleId);
            q.addBindValue(FactStatus::Extracted);
            if (!q.exec())
                fail(q.lastError().text());
        }
        if (!db->commit(&error))
            fail(error);
        s = t.nsecsElapsed() / 1e9;
        cpu = (threadCpuMs() - c0) / 1e3;
        row(QStringLiteral("one reused prepared INSERT × %1, one transaction").arg(n), fixed(n / s / 1000.0) + QStringLiteral(" k facts/s"),
            QStringLiteral("-"),
            QStringLiteral("QtSql binding (the store's path before), for comparison; per CPU second %1 k facts").arg(fixed(n / cpu / 1000.0)));
    }
}

// ---------------------------------------------------------------- B/C. the big database

int countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

// ~factsPer facts per report: province i % 63, year 2016 + (i / 63) % 10, every metric in
// turn, half at level "all", a tenth of them over a period of years, a tenth with no period
// (filed under the report's year); most reports of a province and year agree on a figure,
// some do not (so the choice among sources is exercised).
void buildBigDatabase(const QString &path, int reports, int factsPer)
{
    {
        QElapsedTimer t;
        t.start();
        auto probe = openOrDie(path);
        out() << "   opened " << path << " in " << fixed(t.elapsed() / 1000.0) << " s (schema migrations included)" << Qt::endl;
        if (countOf(*probe, QStringLiteral("reports")) == reports) {
            out() << "   reusing " << path << " (" << reports << " reports, " << countOf(*probe, QStringLiteral("facts"))
                  << " facts)" << Qt::endl;
            return;
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = openOrDie(path);
    // Setup only: no fsync per report (the measured queries do not depend on it).
    exec(*db, QStringLiteral("PRAGMA synchronous = OFF"));
    // Setup only: FTS5 allocates and frees large buffers at every commit; with glibc's
    // default thresholds the heap is trimmed and grown again each time, and on this
    // virtual machine that (brk + TLB flush) took over half the time. Restored below.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    ReportStore store(*db);
    const QStringList provinces = provinces63(*db);
    if (provinces.size() != 63)
        fail(QStringLiteral("expected 63 provinces, found %1").arg(provinces.size()));
    QStringList metrics;
    for (const MetricInfo &i : MetricCatalogue::instance().metrics())
        metrics << i.key;
    const QStringList levels = {Level::Province, Level::District, Level::Grassroots};

    test::ReportGenerator generator(2026);
    QElapsedTimer t;
    t.start();
    qint64 generateNs = 0;
    qint64 facts = 0;
    for (int i = 0; i < reports; ++i) {
        QElapsedTimer g;
        g.start();
        const test::GeneratedReport gen = generator.generate();
        generateNs += g.nsecsElapsed();
        const QString province = provinces.at(i % 63);
        const int year = 2016 + (i / 63) % 10;
        // The text is the generator's (for search); a first line makes it unique.
        const QString text = QStringLiteral("Báo cáo số %1 của Tỉnh ủy %2 năm %3\n\n").arg(i + 1).arg(province).arg(year) + gen.text;
        ReportInput in = reportInput(QStringLiteral("r%1.txt").arg(i + 1), text, province, year);
        for (int j = 0; j < factsPer; ++j) {
            const int k = i * factsPer + j;
            const QString &metric = metrics.at((i / 63 * 7 + j * 13 + i) % metrics.size());
            const QString &level = (j % 2 == 0) ? Level::All : levels.at(k % 3);
            std::optional<Period> period = Period{year, year};
            if (k % 10 == 3)
                period = Period{year - 4, year};
            else if (k % 10 == 7)
                period = std::nullopt;
            const double base = 50 + (qHash(province) % 1000) + (year - 2016) * 3 + (qHash(metric) % 97);
            const double value = metric.endsWith(QLatin1String(".rate")) ? 80 + (int(base) % 20) : (k % 11 == 0 ? base + 1 : base);
            in.extraction.facts << syntheticFact(metric, level, value, period, j * 40);
        }
        facts += in.extraction.facts.size();
        const AddReportResult r = store.addReport(in);
        if (r.kind != AddReportResult::Imported)
            fail(r.message);
        if ((i + 1) % 10000 == 0)
            out() << "   ... " << (i + 1) << " reports, " << fixed(t.elapsed() / 1000.0) << " s" << Qt::endl;
    }
    exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(*db, QStringLiteral("ANALYZE"));
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    const double s = t.nsecsElapsed() / 1e9;
    out() << "   built " << path << ": " << reports << " reports, " << facts << " facts in " << fixed(s) << " s ("
          << fixed(generateNs / 1e9) << " s of it generating texts; " << fixed(QFileInfo(path).size() / 1048576.0, 0)
          << " MB)" << Qt::endl;
}

void benchCompare(Database &db, int runs)
{
    header(QStringLiteral("B. CompareQuery: one metric, all provinces × years"));
    struct Case {
        QString label;
        CompareOptions options;
    };
    QList<Case> cases;
    CompareOptions o;
    o.metric = QStringLiteral("discipline.members");
    cases << Case{QStringLiteral("discipline.members, level all"), o};
    o.boundaries2025 = true;
    cases << Case{QStringLiteral("discipline.members, 2025 boundaries"), o};
    o.boundaries2025 = false;
    o.metric = QStringLiteral("training.rate");
    cases << Case{QStringLiteral("training.rate (a rate)"), o};
    o.boundaries2025 = true;
    cases << Case{QStringLiteral("training.rate, 2025 boundaries"), o};
    o.metric = QStringLiteral("discipline.members");
    o.boundaries2025 = false;
    o.provinces = {QStringLiteral("Nam Dinh"), QStringLiteral("Thái Bình"), QStringLiteral("Hà Nam")};
    o.yearFrom = 2020;
    o.yearTo = 2025;
    cases << Case{QStringLiteral("discipline.members, 3 provinces, 2020–2025"), o};

    auto measure = [&](const QString &label, const CompareQuery &query, const CompareOptions &options) {
        CompareResult r;
        const Stats s = timeRuns(runs, [&] { r = query.run(options); });
        if (!r.ok)
            fail(r.error);
        row(label, fixed(s.median) + QStringLiteral(" / ") + fixed(s.worst) + QStringLiteral(" ms"), QStringLiteral("≤ 50 ms"),
            QStringLiteral("median / worst of %1 (CPU %2 ms); %3 rows; first run %4 ms")
                .arg(runs)
                .arg(fixed(s.cpuMedian))
                .arg(r.rows.size())
                .arg(fixed(s.first)));
    };

    // Without the cache first, on a database just opened: its first run is the first
    // comparison after opening (the desktop's comparison worker has no cache then either),
    // and this is what a single comparison per process costs (tonghop-cli compare).
    const CompareQuery direct(db);
    measure(cases.first().label + QStringLiteral(", without the cache"), direct, cases.first().options);

    // Then as the desktop's comparison worker goes on: after a comparison it reads every
    // report's fields into its CompareCache, and later comparisons read only facts.
    CompareCache cache;
    {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!cache.update(db, &error))
            fail(error);
        row(QStringLiteral("reading %1 reports into the CompareCache").arg(cache.size()),
            fixed(t.nsecsElapsed() / 1e6) + QStringLiteral(" ms"), QStringLiteral("–"),
            QStringLiteral("in the worker after a comparison, when reports changed"));
    }
    const CompareQuery cached(db, &cache);
    for (const Case &c : cases)
        measure(c.label, cached, c.options);
    if (cache.uses() != runs * int(cases.size()))
        fail(QStringLiteral("the comparisons did not use the cache"));
}

void benchSearch(Database &db, int runs)
{
    header(QStringLiteral("C. Full-text search (ReportSearch, 50 hits)"));
    ReportSearch search(db);
    const QStringList queries = {QStringLiteral("kỷ luật đảng viên"), QStringLiteral("ky luat"),
                                 QStringLiteral("Điện Biên"), QStringLiteral("khai trừ"), QStringLiteral("sinh hoạt chính trị")};
    for (const QString &text : queries) {
        QList<SearchHit> hits;
        QString error;
        const Stats s = timeRuns(runs, [&] { hits = search.search(text, 50, &error); });
        if (!error.isEmpty())
            fail(error);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM reports_fts WHERE reports_fts MATCH ?"));
        QStringList terms;
        for (const QString &w : ReportSearch::queryWords(text))
            terms << QLatin1Char('"') + w + QLatin1Char('"');
        terms.last() += QLatin1Char('*');
        q.addBindValue(terms.join(QLatin1Char(' ')));
        const int matching = q.exec() && q.next() ? q.value(0).toInt() : -1;
        row(QStringLiteral("\"%1\"").arg(text), fixed(s.median) + QStringLiteral(" / ") + fixed(s.worst) + QStringLiteral(" ms"),
            QStringLiteral("≤ 100 ms"),
            QStringLiteral("median / worst of %1 (CPU %2 ms); %3 hits of %4 matching reports; first run %5 ms")
                .arg(runs)
                .arg(fixed(s.cpuMedian))
                .arg(hits.size())
                .arg(matching)
                .arg(fixed(s.first)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int reports = quick ? 10'000 : 100'000;
    int runs = 7;
    QString dbPath;
    QString only; // "insert", "facts" (A3/A4 only), "compare" or "search": one part (profiling)
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--only"))
            only = args.at(i + 1);
        if (args.at(i) == QLatin1String("--reports"))
            reports = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--db"))
            dbPath = args.at(i + 1);
    }
    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(QStringLiteral("no temporary folder"));
    out() << "bench_store: SQLite " << [] {
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        QString v;
        {
            QSqlDatabase d = QSqlDatabase::database(QStringLiteral("version"));
            d.setDatabaseName(QStringLiteral(":memory:"));
            d.open();
            QSqlQuery q(d);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                v = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version"));
        return v;
    }() << ", files in " << tmp.path() << ", load average " << loadAverage() << Qt::endl;

    if (only.isEmpty() || only == QLatin1String("insert") || only == QLatin1String("facts"))
        benchInsert(tmp.path(), quick, only == QLatin1String("facts"));
    if (only == QLatin1String("insert") || only == QLatin1String("facts"))
        return 0;

    if (dbPath.isEmpty())
        dbPath = tmp.filePath(QStringLiteral("big.sqlite"));
    out() << Qt::endl << "Building the database for B and C (" << reports << " reports × 10 facts) ..." << Qt::endl;
    buildBigDatabase(dbPath, reports, 10);
    auto db = openOrDie(dbPath);
    if (only != QLatin1String("search"))
        benchCompare(*db, runs);
    if (only != QLatin1String("compare"))
        benchSearch(*db, runs);
    out() << Qt::endl << "load average at the end: " << loadAverage() << Qt::endl;
    return 0;
}
