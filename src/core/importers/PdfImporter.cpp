#include "importers/PdfImporter.h"

#include "importers/Paragraphs.h"
#include "importers/PdfLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QVariant>

#include <poppler-qt6.h>

#ifdef TONGHOP_HAVE_TESSERACT
#include <QDir>
#include <QImage>
#include <tesseract/baseapi.h>
#endif

#include <algorithm>
#include <cmath>
#include <memory>
#include <thread>

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

// Text lines of pages [from, to) of doc into pages[from..to).
void readPages(Poppler::Document &doc, int from, int to, std::vector<PdfLayout::Page> &pages)
{
    for (int i = from; i < to; ++i) {
        std::unique_ptr<Poppler::Page> page(doc.page(i));
        pages[size_t(i)] = page ? linesOf(*page) : PdfLayout::Page();
    }
}

// Poppler reads one document from one thread at a time, but separate documents loaded from
// the same bytes can be read side by side: a long PDF is split into contiguous page ranges,
// the first read with doc, each other one with a document of its own.
std::vector<PdfLayout::Page> readAllPages(Poppler::Document &doc, const QByteArray &bytes, int pageCount, int threads)
{
    std::vector<PdfLayout::Page> pages(static_cast<size_t>(pageCount));
    constexpr int kPagesPerThread = 8; // fewer: loading another document costs more than it saves
    int n = threads > 0 ? threads : QThread::idealThreadCount();
    n = std::clamp(std::min(n, pageCount / kPagesPerThread), 1, 8);
    if (n == 1 || bytes.isEmpty()) {
        readPages(doc, 0, pageCount, pages);
        return pages;
    }
    std::vector<std::thread> workers;
    std::vector<int> failed(size_t(n), 0);
    const auto rangeStart = [&](int k) { return int(qint64(pageCount) * k / n); };
    for (int k = 1; k < n; ++k) {
        workers.emplace_back([&, k] {
            try {
                std::unique_ptr<Poppler::Document> own(Poppler::Document::loadFromData(bytes));
                if (!own || own->isLocked() || own->numPages() != pageCount) {
                    failed[size_t(k)] = 1;
                    return;
                }
                readPages(*own, rangeStart(k), rangeStart(k + 1), pages);
            } catch (...) { // std::bad_alloc: leave the range to the calling thread
                failed[size_t(k)] = 1;
            }
        });
    }
    readPages(doc, 0, rangeStart(1), pages);
    for (std::thread &w : workers)
        w.join();
    for (int k = 1; k < n; ++k) {
        if (failed[size_t(k)]) // should not happen: same bytes; read that range here then
            readPages(doc, rangeStart(k), rangeStart(k + 1), pages);
    }
    return pages;
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
