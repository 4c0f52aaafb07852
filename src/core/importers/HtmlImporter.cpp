#include "importers/HtmlImporter.h"

#include "importers/HtmlArticleExtractor.h"
#include "importers/Paragraphs.h"
#include "importers/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <utility>

namespace thp {

namespace {

// Lower-cased ASCII view of the first bytes, skipping a BOM and leading white space.
QByteArray asciiHead(const QByteArray &head)
{
    QByteArray h = head.left(4096);
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    return h.trimmed().toLower();
}

} // namespace

int HtmlImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    const QByteArray h = asciiHead(head);
    if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head"))
        return 95;
    if (h.startsWith("<!--") || h.startsWith("<?xml") || h.startsWith("<!doctype")) {
        if (h.contains("<html") || h.contains("<body"))
            return 90;
    }
    if (h.contains("<html") && (h.contains("<body") || h.contains("<head") || h.contains("<meta")))
        return 80;
    const bool htmlName = fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".xhtml"), Qt::CaseInsensitive);
    if (htmlName && h.startsWith('<'))
        return 75;
    return 0;
}

QString HtmlImporter::declaredCharset(const QByteArray &head)
{
    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
    // both put "charset=" right before the name.
    const QByteArray h = head.left(8192).toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype meta = h.indexOf("<meta", from);
        if (meta < 0)
            return {};
        const qsizetype end = h.indexOf('>', meta);
        if (end < 0)
            return {};
        const QByteArray tag = h.mid(meta, end - meta);
        const qsizetype cs = tag.indexOf("charset");
        if (cs >= 0) {
            qsizetype i = cs + 7;
            while (i < tag.size() && (tag.at(i) == ' ' || tag.at(i) == '='))
                ++i;
            while (i < tag.size() && (tag.at(i) == '"' || tag.at(i) == '\''))
                ++i;
            qsizetype j = i;
            while (j < tag.size() && (std::isalnum(uchar(tag.at(j))) || tag.at(j) == '-' || tag.at(j) == '_'
                                      || tag.at(j) == ':' || tag.at(j) == '.'))
                ++j;
            if (j > i)
                return QString::fromLatin1(tag.mid(i, j - i));
        }
        from = end;
    }
}

ImportOutcome HtmlImporter::readBytes(const QByteArray &bytes, const ImportOptions &options)
{
    ImportOutcome out;
    if (bytes.isEmpty()) {
        out.error = QCoreApplication::translate("thp::HtmlImporter", "the file is empty");
        return out;
    }
    QString encoding = options.forcedEncoding;
    QStringList warnings;
    if (encoding.isEmpty()) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            encoding = QStringLiteral("UTF-8");
        else if (!TextDecoder::utf16Kind(bytes.left(8192)).isEmpty())
            encoding = TextDecoder::utf16Kind(bytes.left(8192));
        else {
            const QString declared = declaredCharset(bytes);
            encoding = TextDecoder::canonicalName(declared);
            if (encoding.isEmpty()) {
                if (!declared.isEmpty())
                    warnings << QCoreApplication::translate("thp::HtmlImporter", "unknown charset \"%1\" declared; detected instead").arg(declared);
                encoding = TextDecoder::detect(bytes, &warnings);
            } else if (encoding == u"ISO-8859-1" || encoding.compare(u"iso-8859-1", Qt::CaseInsensitive) == 0
                       || encoding.compare(u"us-ascii", Qt::CaseInsensitive) == 0) {
                encoding = QStringLiteral("windows-1252"); // what browsers do
            }
        }
    }
    // The HTML parser reads UTF-8. A page that is valid UTF-8 already goes to it as it is: decoding it
    // to UTF-16 and back was a third of the time. Text is made NFC at the end, once.
    const QString canonical = TextDecoder::canonicalName(encoding);
    QByteArray utf8;
    if (canonical == u"UTF-8" && TextDecoder::isUtf8(bytes)) {
        utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    } else {
        bool lossy = false;
        QString error;
        const QString page = TextDecoder::decodeAs(bytes, encoding, &lossy, &error);
        if (!error.isEmpty()) {
            out.error = error;
            return out;
        }
        if (lossy)
            warnings << QCoreApplication::translate("thp::HtmlImporter", "bytes that are invalid in %1 were replaced").arg(canonical);
        utf8 = page.toUtf8();
    }

    const HtmlArticleExtractor::Article article = HtmlArticleExtractor::extract(utf8);
    QStringList paragraphs = article.paragraphs;
    const QString title = Paragraphs::normalize(article.title);
    // The heading usually sits in the article too: keep it once, first.
    for (qsizetype i = 0; i < qMin<qsizetype>(paragraphs.size(), 3); ++i) {
        if (Paragraphs::normalize(paragraphs.at(i)) == title) {
            paragraphs.removeAt(i);
            break;
        }
    }
    if (!title.isEmpty())
        paragraphs.prepend(title);
    out.document.format = QStringLiteral("html");
    out.document.encoding = canonical;
    QString text = paragraphs.join(QLatin1Char('\n'));
    // Old pages set TCVN3/VNI bytes in <font face=".VnTime">: the charset says windows-1252.
    const QString repaired = TextDecoder::repairLegacyText(text);
    if (!repaired.isEmpty()) {
        out.document.encoding = repaired;
        warnings << QCoreApplication::translate("thp::HtmlImporter", "the page used %1 fonts; the text was converted to Unicode").arg(repaired);
        if (!title.isEmpty()) // it was prepended as the first paragraph
            out.document.title = Paragraphs::normalize(text.section(QLatin1Char('\n'), 0, 0));
    }
    out.document.warnings = warnings;
    if (out.document.title.isEmpty())
        out.document.title = title;
    Paragraphs::fill(out.document, std::move(text));
    if (out.document.text.isEmpty()) {
        out.error = QCoreApplication::translate("thp::HtmlImporter", "the page contains no article text");
        return out;
    }
    out.ok = true;
    return out;
}

ImportOutcome HtmlImporter::read(const QString &path, const ImportOptions &options) const
{
    ImportOutcome out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    const qint64 limit = qMin(options.maxBytes, kMaxHtmlBytes);
    if (f.size() > limit) {
        out.error = QCoreApplication::translate("thp::HtmlImporter", "file too large for a web page (%1 MB; the limit is %2 MB)")
                        .arg(f.size() / (1024 * 1024))
                        .arg(limit / (1024 * 1024));
        return out;
    }
    return readBytes(f.read(f.size() + 1), options); // size() <= limit: allocate what the file has
}

} // namespace thp
