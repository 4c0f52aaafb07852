// Extraction benchmark (not a test): throughput of Normalizer::toNfc + Extractor::extract
// on generated reports, linearity on 1/2/4/8 MB inputs, a 50 MB single-line input, inputs
// with 100,000 numbers, and peak memory while extracting many reports in sequence.
// Run: bench_extract [--quick] [--budget SECONDS]   (see docs/benchmarks.md, section "Extraction")
// A step whose predecessor already took longer than the budget (default 60 s) is skipped and
// reported as such, so a superlinear engine shows up as a finding instead of a hung run.

#include "ReportGenerator.h"
#include "extract/Extractor.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace thp;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Peak resident set size so far, in MB (VmHWM from /proc/self/status).
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

struct Timing {
    double seconds = 0;    // wall clock
    double cpuSeconds = 0; // this thread's CPU time: what one core spends, even on a busy machine
    qsizetype facts = 0;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

Timing timeExtract(const QString &text)
{
    QElapsedTimer t;
    const double cpu0 = threadCpuSeconds();
    t.start();
    const ExtractionResult r = Extractor::instance().extract(Normalizer::toNfc(text));
    return {t.nsecsElapsed() / 1e9, threadCpuSeconds() - cpu0, r.facts.size()};
}

double mb(qsizetype bytes)
{
    return bytes / (1024.0 * 1024.0);
}

void row(const QString &what, qsizetype bytes, const Timing &t)
{
    out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(10) << Qt::right
          << QString::number(mb(bytes), 'f', 2) << QString::number(t.seconds, 'f', 3) << QString::number(t.cpuSeconds, 'f', 3)
          << QString::number(mb(bytes) / t.cpuSeconds, 'f', 1) << QString::number(t.facts) << qSetFieldWidth(0) << '\n';
    out().flush();
}

void header(const QString &title)
{
    out() << '\n' << title << '\n' << qSetFieldWidth(34) << Qt::left << QStringLiteral("input") << qSetFieldWidth(10)
          << Qt::right << QStringLiteral("MB") << QStringLiteral("wall s") << QStringLiteral("CPU s")
          << QStringLiteral("MB/s/core") << QStringLiteral("facts")
          << qSetFieldWidth(0) << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype budgetAt = args.indexOf(QStringLiteral("--budget"));
    const double budget = budgetAt > 0 ? args.value(budgetAt + 1).toDouble() : 60.0;
    double slowest = 0; // seconds of the last large-input step
    const auto skipped = [&](const QString &what) {
        out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0)
              << QStringLiteral("  skipped: the previous step took %1 s (budget %2 s)\n").arg(slowest, 0, 'f', 1).arg(budget);
        out().flush();
    };

    // Load the rules once, outside every measurement.
    Extractor::instance().extract(Normalizer::toNfc(QStringLiteral("Năm 2020, kiểm tra 5 tổ chức đảng.")));
    out() << "bench_extract: Normalizer::toNfc + Extractor::extract, one thread\n";
    out() << "load average at start: " << QString::fromLatin1(loadAverage()) << '\n';
    out() << "peak RSS after start-up: " << QString::number(peakRssMb(), 'f', 1) << " MB\n";

    // 1. Memory first (VmHWM is a process-wide peak, so the big inputs below would mask it):
    //    many reports in sequence; the peak must not grow with their number.
    {
        out() << "\nPeak RSS while extracting reports in sequence (results dropped after each)\n";
        out() << qSetFieldWidth(12) << Qt::right << QStringLiteral("reports") << QStringLiteral("MB read")
              << QStringLiteral("VmHWM MB") << qSetFieldWidth(0) << '\n';
        test::ReportGenerator gen(5);
        qsizetype bytes = 0;
        const int total = quick ? 1000 : 8000;
        for (int i = 1; i <= total; ++i) {
            const QString text = gen.generate().text;
            bytes += text.toUtf8().size();
            Extractor::instance().extract(Normalizer::toNfc(text));
            if (i % (total / 4) == 0 || i == 100) {
                out() << qSetFieldWidth(12) << Qt::right << QString::number(i) << QString::number(mb(bytes), 'f', 1)
                      << QString::number(peakRssMb(), 'f', 1) << qSetFieldWidth(0) << '\n';
                out().flush();
            }
        }
    }
    // 2. Throughput on ordinary reports.
    {
        test::ReportGenerator gen(1);
        QList<QString> reports;
        qsizetype bytes = 0;
        const int n = quick ? 300 : 2000;
        for (int i = 0; i < n; ++i) {
            reports.append(gen.generate().text);
            bytes += reports.last().toUtf8().size();
        }
        QElapsedTimer t;
        const double cpu0 = threadCpuSeconds();
        t.start();
        qsizetype facts = 0;
        for (const QString &r : std::as_const(reports))
            facts += Extractor::instance().extract(Normalizer::toNfc(r)).facts.size();
        const Timing all{t.nsecsElapsed() / 1e9, threadCpuSeconds() - cpu0, facts};
        header(QStringLiteral("Throughput on %1 generated reports (avg %2 KB)").arg(n).arg(bytes / n / 1024.0, 0, 'f', 1));
        row(QStringLiteral("all reports, one after another"), bytes, all);
    }

    // 2b. Throughput on the real reports bundled as samples (prose with a figure every few
    // hundred characters, as reports are), each extracted separately, 200 times over.
    {
        QList<QString> reports;
        qsizetype bytes = 0;
        const QDir dir(QStringLiteral(THP_SAMPLES_DIR));
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")})) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                reports.append(QString::fromUtf8(f.readAll()));
        }
        const int rounds = quick ? 20 : 200;
        QElapsedTimer t;
        const double cpu0 = threadCpuSeconds();
        t.start();
        qsizetype facts = 0;
        for (int i = 0; i < rounds; ++i)
            for (const QString &r : std::as_const(reports)) {
                bytes += r.toUtf8().size();
                facts += Extractor::instance().extract(Normalizer::toNfc(r)).facts.size();
            }
        const Timing all{t.nsecsElapsed() / 1e9, threadCpuSeconds() - cpu0, facts};
        header(QStringLiteral("Throughput on the %1 bundled sample reports, %2 rounds").arg(reports.size()).arg(rounds));
        row(QStringLiteral("sample reports, one after another"), bytes, all);
    }

    // 3. Linearity: one report of 1, 2, 4, 8 MB.
    header(QStringLiteral("Linearity: one multi-paragraph report of growing size"));
    for (int size : {1, 2, 4, 8}) {
        if (quick && size > 2)
            break;
        test::ReportGenerator gen(100 + size);
        test::GeneratorOptions o;
        o.minBytes = qsizetype(size) * 1024 * 1024;
        if (slowest > budget) {
            skipped(QStringLiteral("%1 MB report").arg(size));
            continue;
        }
        const QString text = gen.generate(o).text;
        const Timing t = timeExtract(text);
        slowest = t.seconds;
        row(QStringLiteral("%1 MB report").arg(size), text.toUtf8().size(), t);
    }

    // 4. A 50 MB report on a single line (no line breaks at all).
    {
        test::ReportGenerator gen(50);
        test::GeneratorOptions o;
        o.minBytes = qsizetype(quick ? 10 : 50) * 1024 * 1024;
        o.singleLine = true;
        header(QStringLiteral("Pathological inputs"));
        // 8 MB took `slowest`; at linear cost 50 MB takes about 6x that.
        if (slowest * 6 > budget) {
            skipped(QStringLiteral("%1 MB on a single line").arg(quick ? 10 : 50));
        } else {
            const QString text = gen.generate(o).text;
            row(QStringLiteral("%1 MB on a single line").arg(quick ? 10 : 50), text.toUtf8().size(), timeExtract(text));
        }
    }

    // 5. 10,000 then 100,000 numbers: bare, and inside figure clauses.
    for (int count : {10000, 100000}) {
        QString bare;
        QString clauses;
        for (int i = 0; i < count; ++i) {
            const QString n = test::groupThousands(1000 + (i * 7919) % 900000);
            bare += n + (i % 20 == 19 ? QStringLiteral(". ") : QStringLiteral(", "));
            if (i % 2 == 0)
                clauses += QStringLiteral("Năm %1, cấp ủy các cấp kiểm tra %2 tổ chức đảng và ").arg(2016 + i % 8).arg(n);
            else
                clauses += QStringLiteral("%1 đảng viên. ").arg(n);
        }
        const QString label = test::groupThousands(count);
        if (count > 10000 && slowest * 10 > budget) {
            skipped(label + QStringLiteral(" bare numbers"));
        } else {
            const Timing t = timeExtract(bare);
            row(label + QStringLiteral(" bare numbers"), bare.toUtf8().size(), t);
            slowest = t.seconds;
        }
        if (count > 10000 && slowest * 10 > budget) {
            skipped(label + QStringLiteral(" numbers in figure clauses"));
        } else {
            const Timing t = timeExtract(clauses);
            row(label + QStringLiteral(" numbers in figure clauses"), clauses.toUtf8().size(), t);
            slowest = std::max(slowest, t.seconds);
        }
    }

    return 0;
}
