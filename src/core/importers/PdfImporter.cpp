#include "importers/PdfImporter.h"

#include "importers/Paragraphs.h"
#include "importers/PdfLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <QVariant>

#include <poppler-qt6.h>

#ifdef TONGHOP_HAVE_TESSERACT
#include <QDir>
#include <QImage>
#include <tesseract/baseapi.h>
#endif

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace thp {

namespace {

constexpr int kMaxPages = 5000;
constexpr int kMaxOcrPages = 200;

void quietPoppler()
{
    // Poppler reports every syntax problem of a damaged PDF on stderr; we report our own error.
    static const bool once = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(once);
}

PdfLayout::Page linesOf(const Poppler::Page &page)
{
    PdfLayout::Page lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    const Poppler::TextBox *prev = nullptr;
    for (const auto &box : boxes) {
        const QRectF r = box->boundingBox();
        bool sameLine = false;
        if (prev && !lines.empty()) {
            const QRectF &lr = lines.back().box;
            const double overlap = std::min(lr.bottom(), r.bottom()) - std::max(lr.top(), r.top());
            sameLine = prev->nextWord() == box.get()
                || (overlap > 0.5 * std::min(lr.height(), r.height()) && r.left() >= lr.right() - 1.0);
        }
        if (sameLine) {
            PdfLayout::Line &l = lines.back();
            if (prev->hasSpaceAfter() || r.left() - l.box.right() > 0.15 * r.height())
                l.text += QLatin1Char(' ');
            l.text += box->text();
            l.box = l.box.united(r);
        } else {
            lines.push_back({box->text(), r});
        }
        prev = box.get();
    }
    return lines;
}

#ifdef TONGHOP_HAVE_TESSERACT
// OCR of one rendered page; empty string on failure.
QString ocrPage(tesseract::TessBaseAPI &api, const Poppler::Page &page)
{
    // 300 dpi, but never more than ~35 megapixels: a damaged page size must not make a
    // gigantic bitmap.
    const QSizeF points = page.pageSizeF();
    if (!(points.width() > 1.0 && points.height() > 1.0))
        return {};
    const double inches2 = (points.width() / 72.0) * (points.height() / 72.0);
    const double dpi = std::min(300.0, std::sqrt(35e6 / inches2));
    if (dpi < 20.0)
        return {};
    const QImage image = page.renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    api.SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    api.SetSourceResolution(int(dpi));
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    return text ? QString::fromUtf8(text.get()) : QString();
}
#endif

// Pages of one PDF read by several threads. Poppler reads one document from one thread at a
// time, but documents loaded from the same bytes can be read side by side: each helper loads
// its own. Pages are handed out one at a time, so a helper that gets no CPU (the other cores
// are busy) takes none, and the calling thread never waits for more than a helper's current page.
struct ParallelRead {
    QByteArray bytes;
    int pageCount = 0;
    std::atomic<int> next{0};
    std::vector<PdfLayout::Page> pages;
    std::mutex mutex;
    std::condition_variable allDone;
    int done = 0;              // guarded by mutex
    std::vector<char> failed;  // guarded by mutex: claimed pages a helper could not read
};

// Reads the pages claimed from s.next until none is left.
void readClaimed(Poppler::Document &doc, ParallelRead &s)
{
    for (int i; (i = s.next.fetch_add(1)) < s.pageCount;) {
        bool ok = true;
        try {
            std::unique_ptr<Poppler::Page> page(doc.page(i));
            s.pages[size_t(i)] = page ? linesOf(*page) : PdfLayout::Page();
        } catch (...) { // std::bad_alloc: left for the calling thread to read again
            ok = false;
        }
        const std::lock_guard<std::mutex> lock(s.mutex);
        if (!ok)
            s.failed[size_t(i)] = 1;
        if (++s.done == s.pageCount)
            s.allDone.notify_all();
    }
}

std::vector<PdfLayout::Page> readAllPages(Poppler::Document &doc, const QByteArray &bytes, int pageCount, int threads)
{
    // Loading another document costs about half a page (0.5-1 ms) and the calling thread
    // does not wait for it, so with a free core a helper pays off from two pages on: a 3-5
    // page report reads 40-70 % faster (docs/benchmarks.md, "Importers").
    int n = threads > 0 ? threads : QThread::idealThreadCount();
    n = std::clamp(std::min(n, pageCount), 1, 8);
    auto s = std::make_shared<ParallelRead>();
    s->bytes = bytes;
    s->pageCount = pageCount;
    s->pages.resize(size_t(pageCount));
    s->failed.resize(size_t(pageCount));
    QThreadPool *pool = QThreadPool::globalInstance(); // null only while the program shuts down
    if (n > 1 && !bytes.isEmpty() && pool) {
        for (int k = 1; k < n; ++k) {
            // The pool's threads stay: no thread is created per import. A helper that starts
            // after the last page was handed out returns at once.
            pool->start([s] {
                if (s->next.load() >= s->pageCount)
                    return;
                try {
                    const std::unique_ptr<Poppler::Document> own = Poppler::Document::loadFromData(s->bytes);
                    if (own && !own->isLocked() && own->numPages() == s->pageCount)
                        readClaimed(*own, *s);
                } catch (...) { // std::bad_alloc while loading: the other threads read the pages
                }
            });
        }
    }
    readClaimed(doc, *s);
    std::unique_lock<std::mutex> lock(s->mutex);
    s->allDone.wait(lock, [&] { return s->done == s->pageCount; });
    for (int i = 0; i < pageCount; ++i) {
        if (s->failed[size_t(i)]) {
            std::unique_ptr<Poppler::Page> page(doc.page(i));
            s->pages[size_t(i)] = page ? linesOf(*page) : PdfLayout::Page();
        }
    }
    // Every page is read: a helper still running finds none left and touches nothing more.
    return std::move(s->pages);
}

ImportOutcome readDocument(std::unique_ptr<Poppler::Document> doc, const QByteArray &bytes, int threads)
{
    ImportOutcome out;
    if (!doc) {
        out.error = QCoreApplication::translate("thp::PdfImporter", "not a valid PDF, or the file is damaged");
        return out;
    }
    if (doc->isLocked()) {
        out.error = QCoreApplication::translate("thp::PdfImporter", "the PDF is password-protected; remove the password and try again");
        return out;
    }
    const int pageCount = doc->numPages();
    if (pageCount <= 0) {
        out.error = QCoreApplication::translate("thp::PdfImporter", "the PDF has no pages");
        return out;
    }
    if (pageCount > kMaxPages) {
        out.error = QCoreApplication::translate("thp::PdfImporter", "the PDF has %1 pages, more than the %2 a report can have").arg(pageCount).arg(kMaxPages);
        return out;
    }
    std::vector<PdfLayout::Page> pages = readAllPages(*doc, bytes, pageCount, threads);
    qsizetype chars = 0;
    for (const PdfLayout::Page &p : pages) {
        for (const PdfLayout::Line &l : p)
            chars += QStringView(l.text).trimmed().size();
    }
    out.document.format = QStringLiteral("pdf");
    out.document.encoding = QStringLiteral("UTF-8");
    out.document.pages = pageCount;

    QStringList paragraphs;
    if (chars >= 10LL * pageCount) {
        int furniture = 0;
        paragraphs = PdfLayout::paragraphs(std::move(pages), &furniture);
    } else {
#ifdef TONGHOP_HAVE_TESSERACT
        tesseract::TessBaseAPI api;
        if (api.Init(nullptr, "vie") != 0) {
            out.error = QCoreApplication::translate("thp::PdfImporter", "the PDF has no text layer (scanned pages) and Tesseract has no Vietnamese data: install the package tesseract-ocr-vie");
            return out;
        }
        const int n = std::min(pageCount, kMaxOcrPages);
        for (int i = 0; i < n; ++i) {
            std::unique_ptr<Poppler::Page> page(doc->page(i));
            if (page)
                paragraphs << PdfLayout::paragraphsOfPlainText(ocrPage(api, *page));
        }
        api.End();
        out.document.ocr = true;
        out.document.warnings << QCoreApplication::translate("thp::PdfImporter", "the PDF has no text layer: the text was recognised by OCR and may contain errors");
        if (n < pageCount)
            out.document.warnings << QCoreApplication::translate("thp::PdfImporter", "only the first %1 of %2 pages were recognised").arg(n).arg(pageCount);
#else
        out.error = QCoreApplication::translate("thp::PdfImporter", "the PDF has no text layer (scanned pages) and this build has no OCR: install tesseract-ocr-vie and libtesseract-dev, then rebuild TongHop");
        return out;
#endif
    }
    Paragraphs::fill(out.document, paragraphs.join(QLatin1Char('\n')));
    if (out.document.text.isEmpty()) {
        out.error = out.document.ocr ? QCoreApplication::translate("thp::PdfImporter", "OCR found no text in the PDF") : QCoreApplication::translate("thp::PdfImporter", "the PDF contains no text");
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace

int PdfImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    if (head.startsWith("%PDF-"))
        return 100;
    // Some producers put junk before the header; readers accept it within the first KB.
    return head.left(1024).contains("%PDF-") ? 90 : 0;
}

ImportOutcome PdfImporter::readBytes(const QByteArray &bytes, const ImportOptions &options)
{
    quietPoppler();
    return readDocument(Poppler::Document::loadFromData(bytes), bytes, options.threads);
}

ImportOutcome PdfImporter::read(const QString &path, const ImportOptions &options) const
{
    ImportOutcome out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    if (f.size() > options.maxBytes) {
        out.error = QCoreApplication::translate("thp::PdfImporter", "file too large (%1 MB; the limit is %2 MB)").arg(f.size() / (1024 * 1024)).arg(options.maxBytes / (1024 * 1024));
        return out;
    }
    // Read once: every thread's document is loaded from these bytes.
    const QByteArray bytes = f.readAll();
    f.close();
    quietPoppler();
    return readDocument(Poppler::Document::loadFromData(bytes), bytes, options.threads);
}

} // namespace thp
