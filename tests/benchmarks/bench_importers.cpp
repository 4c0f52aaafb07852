// Importer benchmark (not a test): MB of source per second for each format, through
// ImporterRegistry::read as the CLI calls it. Inputs are the five dev reports repeated, and the
// LibreOffice PDFs of them checked in under tests/fixtures/importers/office-pdf.
// Run: bench_importers [--quick] [--inputs DIR] [--rounds N] [FILE...]   (results in docs/benchmarks.md, section "Importers")

#include "core/importers/ImporterFixtures.h"
#include "extract/Extractor.h"
#include "importers/ImporterRegistry.h"
#include "importers/LegacyVietnamese.h"
#include "importers/Paragraphs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace thp;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

// Paragraphs as Word writes them: revision ids, full run properties repeated on every run,
// 1-3 runs per paragraph split at spaces, spell-check marks.
QString wordLikeBody(const QStringList &paragraphs)
{
    QRandomGenerator rng(2018);
    const QString rPr = QStringLiteral("<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
                                       "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr>");
    QString body;
    for (const QString &p : paragraphs) {
        const QString rsid = QStringLiteral("00%1").arg(rng.bounded(0x100000, 0xFFFFFF), 0, 16).toUpper();
        body += QStringLiteral("<w:p w:rsidR=\"%1\" w:rsidRDefault=\"%1\" w:rsidP=\"%1\"><w:pPr><w:spacing w:before=\"120\" w:after=\"120\" "
                               "w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>")
                    .arg(rsid)
            + rPr + QStringLiteral("</w:pPr>");
        const int runs = 1 + int(rng.bounded(3));
        qsizetype from = 0;
        for (int r = 0; r < runs && from < p.size(); ++r) {
            qsizetype to = r == runs - 1 ? p.size() : p.indexOf(QLatin1Char(' '), from + p.size() / runs);
            if (to < 0)
                to = p.size();
            if (r > 0 && rng.bounded(4) == 0)
                body += QStringLiteral("<w:proofErr w:type=\"spellStart\"/>");
            body += QStringLiteral("<w:r w:rsidRPr=\"%1\">").arg(rsid) + rPr + QStringLiteral("<w:t xml:space=\"preserve\">")
                + p.mid(from, to - from).toHtmlEscaped() + QStringLiteral("</w:t></w:r>");
            from = to;
        }
        body += QStringLiteral("</w:p>");
    }
    return body;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// --rounds N: exactly N reads per input (for perf stat: instructions per read do not depend on
// the machine's load, times do).
int fixedRounds = 0;

// Best of at least three reads (more for small files), in MB/s of source bytes (and pages/s).
ImportOutcome measure(const QString &label, const QString &path, const ImportOptions &options = {})
{
    const double mb = QFileInfo(path).size() / (1024.0 * 1024.0);
    double best = 1e9;
    double bestCpu = 1e9; // CPU time of the process: less disturbed by other load than wall time
    ImportOutcome last;
    QElapsedTimer total;
    total.start();
    for (int i = 0; fixedRounds > 0 ? i < fixedRounds : (i < 3 || (i < 200 && total.elapsed() < 500)); ++i) { // small files: more rounds
        QElapsedTimer t;
        const double cpu0 = cpuSeconds();
        t.start();
        last = ImporterRegistry::instance().read(path, options);
        best = std::min(best, t.nsecsElapsed() / 1e9);
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu0);
    }
    const int pages = last.document.pages;
    const QString perPage = pages > 0 ? QStringLiteral(" | %1 pages: %2 pages/s, cpu %3 pages/s")
                                            .arg(pages)
                                            .arg(pages / best, 0, 'f', 0)
                                            .arg(pages / bestCpu, 0, 'f', 0)
                                      : QString();
    out() << QStringLiteral("%1 | %2 MB | %3 s | %4 MB/s | cpu %5 s = %6 MB/s | %7 paragraphs%8%9\n")
                 .arg(label, -27)
                 .arg(mb, 6, 'f', 2)
                 .arg(best, 6, 'f', 3)
                 .arg(mb / best, 7, 'f', 1)
                 .arg(bestCpu, 6, 'f', 3)
                 .arg(mb / bestCpu, 7, 'f', 1)
                 .arg(last.document.paragraphs)
                 .arg(perPage, last.ok ? QString() : QStringLiteral(" ERROR: ") + last.error);
    out().flush();
    return last;
}

// metric|level|value of every fact, in text order.
QStringList factKeys(const QString &text)
{
    QStringList keys;
    for (const Fact &f : Extractor::instance().extract(text).facts)
        keys << f.metric + QLatin1Char('|') + f.level + QLatin1Char('|') + QString::number(f.value, 'g', 12);
    return keys;
}

// A timing of a PDF that lost words or figures would be meaningless: say whether the import
// gave the words (paragraph breaks aside) and the facts of the .txt it was made from.
void checkAgainstText(const ImportOutcome &got, const QString &expected)
{
    QString a = got.document.text, b = expected;
    a.replace(QLatin1Char('\n'), QLatin1Char(' '));
    b.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QStringList facts = factKeys(expected);
    const bool sameFacts = factKeys(got.document.text) == facts;
    out() << QStringLiteral("    same words as the .txt: %1; same %2 facts: %3\n")
                 .arg(a == b ? QStringLiteral("yes") : QStringLiteral("NO"))
                 .arg(facts.size())
                 .arg(sameFacts ? QStringLiteral("yes") : QStringLiteral("NO"));
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPdfWriter builds the PDF input
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    // bench_importers FILE...: measure these files instead of the generated ones.
    QStringList files;
    for (qsizetype i = 1; i < app.arguments().size(); ++i) {
        if (app.arguments().at(i) == u"--inputs" || app.arguments().at(i) == u"--rounds")
            ++i;
        else if (!app.arguments().at(i).startsWith(QLatin1Char('-')))
            files << app.arguments().at(i);
    }
    if (const qsizetype r = app.arguments().indexOf(QStringLiteral("--rounds")); r > 0 && r + 1 < app.arguments().size())
        fixedRounds = app.arguments().at(r + 1).toInt();
    if (!files.isEmpty()) {
        ImportOptions oneThread;
        oneThread.threads = 1;
        for (const QString &f : files) {
            measure(QFileInfo(f).fileName(), f);
            if (f.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                measure(QFileInfo(f).fileName() + QStringLiteral(" (1 thread)"), f, oneThread);
        }
        return 0;
    }
    // --inputs DIR: write the generated inputs there and keep them (for perf / callgrind).
    const qsizetype at = app.arguments().indexOf(QStringLiteral("--inputs"));
    QTemporaryDir tmp;
    struct Dir {
        QString path;
        QString filePath(const QString &name) const { return path + QLatin1Char('/') + name; }
    } dir{at > 0 && at + 1 < app.arguments().size() ? app.arguments().at(at + 1) : tmp.path()};
    QDir().mkpath(dir.path);
    QString corpus;
    QStringList paragraphs;
    for (const QString &n : fixtures::sampleNames()) {
        corpus += fixtures::sampleText(n) + QLatin1Char('\n');
    }
    for (const QString &p : corpus.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        paragraphs << p;
    const int textRepeat = quick ? 40 : 300; // 58 KB x 300 = 17 MB
    const QString bigText = corpus.repeated(textRepeat);
    QStringList bigParagraphs;
    for (int i = 0; i < (quick ? 10 : 60); ++i)
        bigParagraphs << paragraphs;

    out() << "format                      | size      | time     | throughput   | CPU time (all threads)      | output\n";
    write(dir.filePath(QStringLiteral("utf8.txt")), bigText.toUtf8());
    measure(QStringLiteral("text UTF-8"), dir.filePath(QStringLiteral("utf8.txt")));
    // Encode the corpus once and repeat the bytes: the test encoders are not built for 16 MB.
    write(dir.filePath(QStringLiteral("tcvn3.txt")), LegacyCodec::tcvn3().encode(corpus).repeated(textRepeat));
    measure(QStringLiteral("text TCVN3 (detected)"), dir.filePath(QStringLiteral("tcvn3.txt")));
    write(dir.filePath(QStringLiteral("vni.txt")), LegacyCodec::vni().encode(corpus).repeated(textRepeat));
    measure(QStringLiteral("text VNI (detected)"), dir.filePath(QStringLiteral("vni.txt")));
    write(dir.filePath(QStringLiteral("w1258.txt")), fixtures::encodeWindows1258(corpus).repeated(textRepeat));
    measure(QStringLiteral("text windows-1258"), dir.filePath(QStringLiteral("w1258.txt")));

    // A saved news page: the article is one report, most bytes are scripts, styles and menus.
    const QStringList article = fixtures::sampleText(fixtures::sampleNames().first()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    write(dir.filePath(QStringLiteral("news.html")), fixtures::savedNewsPage(article.first(), article.mid(1)).toUtf8());
    measure(QStringLiteral("HTML saved news page"), dir.filePath(QStringLiteral("news.html")));
    const QString page = fixtures::htmlPage(paragraphs.first(), bigParagraphs, QStringLiteral("utf-8"));
    write(dir.filePath(QStringLiteral("page.html")), page.toUtf8());
    measure(QStringLiteral("HTML long article"), dir.filePath(QStringLiteral("page.html")));

    fixtures::writeZip(dir.filePath(QStringLiteral("r.docx")), fixtures::docxEntries(bigParagraphs, fixtures::DocxRuns::LegacyMixed));
    measure(QStringLiteral("DOCX (VNI/TCVN3 runs)"), dir.filePath(QStringLiteral("r.docx")));
    fixtures::writeZip(dir.filePath(QStringLiteral("u.docx")), fixtures::docxEntries(bigParagraphs, fixtures::DocxRuns::Unicode));
    measure(QStringLiteral("DOCX (Unicode runs)"), dir.filePath(QStringLiteral("u.docx")));
    fixtures::writeZip(dir.filePath(QStringLiteral("w.docx")), fixtures::docxFromBody(wordLikeBody(bigParagraphs)));
    measure(QStringLiteral("DOCX (Word-like runs)"), dir.filePath(QStringLiteral("w.docx")));

    QStringList pdfParagraphs;
    for (int i = 0; i < (quick ? 2 : 8); ++i)
        pdfParagraphs << paragraphs;
    fixtures::writePdf(dir.filePath(QStringLiteral("r.pdf")), pdfParagraphs, QStringLiteral("BÁO CÁO"));
    ImportOptions oneThread;
    oneThread.threads = 1;
    measure(QStringLiteral("PDF (text layer), 1 thread"), dir.filePath(QStringLiteral("r.pdf")), oneThread);
    measure(QStringLiteral("PDF (text layer), all cores"), dir.filePath(QStringLiteral("r.pdf")));

    // PDFs as offices save them: LibreOffice exports of the reports (embedded font subsets).
    const QString office = QStringLiteral(THP_SAMPLES_DIR "/../../tests/fixtures/importers/office-pdf/");
    QString longText;
    for (const QString &n : fixtures::sampleNames()) {
        const QString expected = Paragraphs::normalize(fixtures::sampleText(n));
        longText += expected + QLatin1Char('\n');
        const QString file = office + QFileInfo(n).completeBaseName() + QStringLiteral(".pdf");
        const QString label = QStringLiteral("LO PDF %1").arg(QFileInfo(n).completeBaseName().left(10));
        checkAgainstText(measure(label + QStringLiteral(", 1 thread"), file, oneThread), expected);
        checkAgainstText(measure(label + QStringLiteral(", all cores"), file), expected);
    }
    longText = longText.repeated(5);
    longText.chop(1);
    for (const QString &n : {QStringLiteral("long-report.pdf"), QStringLiteral("long-report-tagged.pdf")}) {
        const QString label = n.contains(u"tagged") ? QStringLiteral("LO PDF long, tagged") : QStringLiteral("LO PDF long");
        checkAgainstText(measure(label + QStringLiteral(", 1 thread"), office + n, oneThread), longText);
        checkAgainstText(measure(label + QStringLiteral(", all cores"), office + n), longText);
    }
    return 0;
}
