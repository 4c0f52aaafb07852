#pragma once
// One importer per file format, behind one interface: each turns a file into the same
// NFC text so that the same report gives the same figures whatever its format.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thp {

struct ImportedText {
    QString text;        // NFC, paragraphs separated by '\n'
    QString title;       // the report's title when the format tells it (HTML <title>, first line)
    QString format;      // "txt", "html", "docx", "pdf", ...
    QString encoding;    // "UTF-8", "UTF-16LE", "windows-1258", "TCVN3", "VNI", ...
    int pages = 0;       // PDF pages, 0 when not paged
    int paragraphs = 0;
    bool ocr = false;    // text came from OCR: lower confidence
    QStringList warnings;
};

// The outcome of reading one file: text, or an error that names the reason.
struct ImportOutcome {
    bool ok = false;
    ImportedText document;
    QString error; // human-readable reason, without the file name
};

struct ImportOptions {
    QString forcedEncoding; // user override for text and HTML files; empty = detect
    // Files above this size are refused before reading (bounded memory). Text and HTML
    // importers also cap at 64 MB, zip entries at 64 MB uncompressed.
    qint64 maxBytes = qint64(128) * 1024 * 1024;
    // Threads a long PDF's pages are read with (one poppler document each); 0 = one per core.
    int threads = 0;
};

class DocumentImporter
{
public:
    virtual ~DocumentImporter() = default;
    virtual QString format() const = 0;
    // How sure the importer is that it can read this content (0 = not at all, 100 = certain).
    // Judged on the first bytes and the file name; content wins over the extension.
    virtual int sniff(const QByteArray &head, const QString &fileName) const = 0;
    virtual ImportOutcome read(const QString &path, const ImportOptions &options) const = 0;
};

} // namespace thp
