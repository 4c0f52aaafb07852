#include "importers/OdtImporter.h"

#include "importers/Paragraphs.h"
#include "importers/ZipArchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <vector>

namespace thp {

namespace {

struct Table {
    QStringList cells;
    QStringList cellParagraphs;
};

} // namespace

int OdtImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    if (!head.startsWith("PK\x03\x04"))
        return 0;
    // ODF stores the uncompressed "mimetype" entry first.
    if (head.contains("application/vnd.oasis.opendocument.text"))
        return 96;
    return fileName.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? 90 : 0;
}

ImportOutcome OdtImporter::parse(const QByteArray &contentXml)
{
    ImportOutcome out;
    QXmlStreamReader r(contentXml);
    QStringList paragraphs;
    std::vector<QString> open;   // text of the paragraphs being read (frames nest them)
    std::vector<Table> tables;
    auto emitText = [&](const QString &t) {
        if (!tables.empty())
            tables.back().cellParagraphs << t;
        else
            paragraphs << t;
    };
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView n = r.name();
            if (n == u"annotation" || n == u"note" || n == u"tracked-changes") {
                r.skipCurrentElement();
            } else if (n == u"p" || n == u"h") {
                open.emplace_back();
            } else if (!open.empty() && n == u"s") {
                const int c = r.attributes().value(QLatin1String("text:c")).toInt();
                open.back() += QString(qBound(1, c, 64), QLatin1Char(' '));
            } else if (!open.empty() && n == u"tab") {
                open.back() += QLatin1Char('\t');
            } else if (!open.empty() && n == u"line-break") {
                open.back() += QLatin1Char('\n');
            } else if (n == u"table") {
                tables.emplace_back();
            }
        } else if (t == QXmlStreamReader::Characters && !open.empty()) {
            open.back() += r.text();
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView n = r.name();
            if ((n == u"p" || n == u"h") && !open.empty()) {
                const QString text = open.back();
                open.pop_back();
                emitText(text);
            } else if (n == u"table-cell" && !tables.empty()) {
                Table &tb = tables.back();
                tb.cells << tb.cellParagraphs.join(QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
                tb.cellParagraphs.clear();
            } else if (n == u"table-row" && !tables.empty()) {
                QStringList cells = tables.back().cells;
                tables.back().cells.clear();
                while (!cells.isEmpty() && cells.last().isEmpty())
                    cells.removeLast();
                if (!cells.isEmpty()) {
                    const QString row = cells.join(QStringLiteral(" | "));
                    if (tables.size() >= 2)
                        tables[tables.size() - 2].cellParagraphs << row;
                    else
                        paragraphs << row;
                }
            } else if (n == u"table" && !tables.empty()) {
                tables.pop_back();
            }
        }
    }
    if (r.hasError()) {
        if (paragraphs.isEmpty()) {
            out.error = QCoreApplication::translate("thp::OdtImporter", "the document XML is damaged (line %1: %2)").arg(r.lineNumber()).arg(r.errorString());
            return out;
        }
        out.document.warnings << QCoreApplication::translate("thp::OdtImporter", "the document XML is damaged; text after line %1 is missing").arg(r.lineNumber());
    }
    out.document.format = QStringLiteral("odt");
    out.document.encoding = QStringLiteral("UTF-8");
    Paragraphs::fill(out.document, paragraphs.join(QLatin1Char('\n')));
    if (out.document.text.isEmpty()) {
        out.error = QCoreApplication::translate("thp::OdtImporter", "the document contains no text");
        return out;
    }
    out.ok = true;
    return out;
}

ImportOutcome OdtImporter::read(const QString &path, const ImportOptions &options) const
{
    Q_UNUSED(options);
    ImportOutcome out;
    ZipArchive zip(path);
    if (!zip.isOpen()) {
        out.error = zip.error();
        return out;
    }
    if (!zip.contains(QStringLiteral("content.xml"))) {
        out.error = QCoreApplication::translate("thp::OdtImporter", "not an OpenDocument text: the zip archive has no content.xml");
        return out;
    }
    const QByteArray content = zip.read(QStringLiteral("content.xml"));
    if (content.isNull()) {
        out.error = zip.error();
        return out;
    }
    return parse(content);
}

} // namespace thp
