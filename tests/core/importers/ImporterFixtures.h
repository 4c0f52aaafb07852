#pragma once
// Builds every format a report arrives in from one NFC text, at run time: legacy encodings,
// web pages with clutter, .docx (QuaZip writer), .odt, PDF (QPdfWriter; test code may use
// Qt Gui), and broken files. Shared by tst_importers and bench_importers.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace thp::fixtures {

// The five dev reports (resources/samples), NFC.
QStringList sampleNames();
QString sampleText(const QString &name);

// windows-1258 bytes through ICU: tone marks are written as combining marks, as Word does.
QByteArray encodeWindows1258(const QString &nfc);

using ZipEntries = QList<QPair<QString, QByteArray>>;
// Writes a zip; with a password every entry is encrypted (PKWARE).
bool writeZip(const QString &path, const ZipEntries &entries, const char *password = nullptr);

enum class DocxRuns {
    Unicode,      // plain Unicode runs, split at random places
    LegacyMixed,  // every 3rd paragraph VNI (runs split between letter and mark),
                  // every 3rd TCVN3 through a paragraph style when TCVN3 can carry it
};
ZipEntries docxEntries(const QStringList &paragraphs, DocxRuns runs);
// Raw document.xml body pieces for hand-made cases.
ZipEntries docxFromBody(const QString &bodyXml, const QString &stylesXml = {});
ZipEntries odtEntries(const QStringList &paragraphs, const QList<QStringList> &tableRows);

// A news page: header menu, breadcrumb, the article (h1 + paragraphs), "Tin liên quan",
// ads, comments, "Đọc nhiều nhất" sidebar, footer, scripts. charset goes into <meta>.
QString htmlPage(const QString &title, const QStringList &paragraphs, const QString &charset);

// A page as a browser saves it from a Vietnamese news site ("Save page as", HTML only):
// most of its bytes are not the article but inline scripts (tag manager, ads, JSON-LD),
// a stylesheet, inline SVG icons, a mega menu, related/most-read boxes with pictures,
// comments, a footer, HTML comments around ad slots. The article is the paragraphs given.
QString savedNewsPage(const QString &title, const QStringList &paragraphs);

// A4 PDF with a running header and "Trang N" footers on every page.
bool writePdf(const QString &path, const QStringList &paragraphs, const QString &runningHeader);
// A PDF whose only page is a picture of text (no text layer).
bool writeScannedPdf(const QString &path, const QStringList &paragraphs);
// A minimal PDF protected with the standard security handler (user password "secret").
QByteArray encryptedPdf();

} // namespace thp::fixtures
