#include "importers/DocxImporter.h"

#include "importers/LegacyVietnamese.h"
#include "importers/Paragraphs.h"
#include "importers/TextDecoder.h"
#include "importers/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <vector>

namespace thp {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("thp::DocxImporter", s);
}

enum class FontKind { Unicode, Tcvn3, Tcvn3Caps, Vni };

FontKind kindOfFont(const QString &font)
{
    const QString f = font.trimmed();
    if (f.startsWith(QLatin1String(".Vn"), Qt::CaseInsensitive))
        return f.endsWith(QLatin1Char('H')) ? FontKind::Tcvn3Caps : FontKind::Tcvn3;
    if (f.startsWith(QLatin1String("VNI-"), Qt::CaseInsensitive) || f.startsWith(QLatin1String("VNI "), Qt::CaseInsensitive))
        return FontKind::Vni;
    return FontKind::Unicode;
}

// Optional value: unset, or set to a font name / on-off flag.
struct Props {
    bool fontSet = false;
    QString font;
    int caps = -1; // -1 unset, 0 off, 1 on
    void inheritFrom(const Props &p)
    {
        if (!fontSet && p.fontSet) {
            fontSet = true;
            font = p.font;
        }
        if (caps < 0)
            caps = p.caps;
    }
};

// The font a <w:rFonts> sets for the bytes we care about (high ANSI, then ASCII).
bool fontFromRFonts(const QXmlStreamAttributes &a, QString *font)
{
    for (const QLatin1String name : {QLatin1String("w:hAnsi"), QLatin1String("w:ascii"), QLatin1String("w:cs")}) {
        const QStringView v = a.value(name);
        if (!v.isEmpty()) {
            *font = v.toString();
            return true;
        }
    }
    if (a.hasAttribute(QLatin1String("w:hAnsiTheme")) || a.hasAttribute(QLatin1String("w:asciiTheme"))) {
        *font = QStringLiteral("+theme"); // theme fonts are never legacy
        return true;
    }
    return false;
}

int onOff(const QXmlStreamAttributes &a)
{
    const QStringView v = a.value(QLatin1String("w:val"));
    return (v == u"0" || v == u"false" || v == u"off") ? 0 : 1;
}

struct Style {
    QString basedOn;
    Props props;
};

class StyleSheet
{
public:
    void parse(const QByteArray &xml)
    {
        if (xml.isEmpty())
            return;
        QXmlStreamReader r(xml);
        QString current;
        bool inDefaults = false;
        int rPrDepth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::StartElement) {
                const QStringView n = r.name();
                if (n == u"docDefaults") {
                    inDefaults = true;
                } else if (n == u"style") {
                    current = r.attributes().value(QLatin1String("w:styleId")).toString();
                    if (r.attributes().value(QLatin1String("w:type")) == u"paragraph"
                        && r.attributes().value(QLatin1String("w:default")) == u"1")
                        m_defaultParagraph = current;
                } else if (n == u"basedOn" && !current.isEmpty()) {
                    m_styles[current].basedOn = r.attributes().value(QLatin1String("w:val")).toString();
                } else if (n == u"rPr") {
                    ++rPrDepth;
                } else if (rPrDepth > 0 && n == u"rFonts") {
                    Props &p = inDefaults ? m_defaults : m_styles[current].props;
                    p.fontSet = fontFromRFonts(r.attributes(), &p.font) || p.fontSet;
                } else if (rPrDepth > 0 && n == u"caps") {
                    (inDefaults ? m_defaults : m_styles[current].props).caps = onOff(r.attributes());
                }
            } else if (t == QXmlStreamReader::EndElement) {
                const QStringView n = r.name();
                if (n == u"docDefaults")
                    inDefaults = false;
                else if (n == u"style")
                    current.clear();
                else if (n == u"rPr")
                    rPrDepth = qMax(0, rPrDepth - 1);
            }
        }
        // A broken styles.xml only loses fonts; the text is still read.
    }

    // Run properties, then the character style, the paragraph style and docDefaults.
    Props resolve(Props run, const QString &runStyle, const QString &paraStyle) const
    {
        inheritChain(run, runStyle);
        inheritChain(run, paraStyle.isEmpty() ? m_defaultParagraph : paraStyle);
        run.inheritFrom(m_defaults);
        return run;
    }

private:
    void inheritChain(Props &p, QString id) const
    {
        for (int guard = 0; !id.isEmpty() && guard < 32; ++guard) { // basedOn cycles exist in the wild
            const auto it = m_styles.constFind(id);
            if (it == m_styles.cend())
                return;
            p.inheritFrom(it->props);
            id = it->basedOn;
        }
    }

    QHash<QString, Style> m_styles;
    QString m_defaultParagraph;
    Props m_defaults;
};

struct Segment {
    FontKind kind = FontKind::Unicode;
    bool caps = false;
    QString text;
};

QString decodeSegments(const std::vector<Segment> &segs)
{
    QString out;
    for (const Segment &s : segs) {
        QString t;
        switch (s.kind) {
        case FontKind::Unicode: t = s.text; break;
        case FontKind::Tcvn3: case FontKind::Tcvn3Caps: t = LegacyCodec::tcvn3().decodeLatin(s.text); break;
        case FontKind::Vni: t = LegacyCodec::vni().decodeLatin(s.text); break;
        }
        if (s.caps || s.kind == FontKind::Tcvn3Caps)
            t = t.toUpper();
        out += t;
    }
    return out;
}

struct RunState {
    Props props;
    QString style;
    QString text;
};

struct ParagraphState {
    QString style;
    std::vector<Segment> segments;
};

struct TableState {
    QStringList cells;
    QStringList cellParagraphs;
};

class DocumentParser
{
public:
    DocumentParser(const StyleSheet &styles)
        : m_styles(styles)
    {
    }

    QStringList paragraphs;
    bool tcvn3Seen = false;
    bool vniSeen = false;

    QString parse(const QByteArray &xml)
    {
        // Element kinds that matter for the state; everything else is Other.
        enum class E : unsigned char { Other, P, PPr, R, RPr, Tbl, Tr, Tc };
        QXmlStreamReader r(xml);
        std::vector<E> stack; // open elements
        int pPrDepth = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::StartElement) {
                const QStringView n = r.name();
                const E parent = stack.empty() ? E::Other : stack.back();
                if (n == u"Fallback" || n == u"delText" || n == u"instrText" || n == u"del"
                    || n == u"moveFrom") { // alternate copies and deleted text
                    r.skipCurrentElement();
                    continue;
                }
                if (n == u"t" && !m_runs.empty()) {
                    m_runs.back().text += r.readElementText(QXmlStreamReader::IncludeChildElements);
                    continue;
                }
                E kind = E::Other;
                if (n == u"pPr") {
                    kind = E::PPr;
                    ++pPrDepth;
                } else if (n == u"p") {
                    kind = E::P;
                    m_paras.push_back({});
                } else if (n == u"pStyle" && pPrDepth > 0 && !m_paras.empty()) {
                    m_paras.back().style = r.attributes().value(QLatin1String("w:val")).toString();
                } else if (n == u"r") {
                    kind = E::R;
                    m_runs.push_back({});
                } else if (n == u"rPr") {
                    kind = E::RPr;
                } else if (!m_runs.empty() && pPrDepth == 0 && parent == E::RPr) {
                    RunState &run = m_runs.back();
                    if (n == u"rStyle")
                        run.style = r.attributes().value(QLatin1String("w:val")).toString();
                    else if (n == u"rFonts")
                        run.props.fontSet = fontFromRFonts(r.attributes(), &run.props.font) || run.props.fontSet;
                    else if (n == u"caps")
                        run.props.caps = onOff(r.attributes());
                } else if (!m_runs.empty() && parent == E::R) {
                    RunState &run = m_runs.back();
                    if (n == u"tab" || n == u"ptab")
                        run.text += QLatin1Char('\t');
                    else if (n == u"br" || n == u"cr")
                        run.text += QLatin1Char('\n');
                    else if (n == u"softHyphen")
                        run.text += QChar(0x00AD); // byte AD: the letter ư in a TCVN3 run
                    else if (n == u"noBreakHyphen")
                        run.text += QLatin1Char('-');
                    else if (n == u"sym")
                        appendSymbol(run, r.attributes());
                } else if (n == u"tbl") {
                    kind = E::Tbl;
                    m_tables.push_back({});
                } else if (n == u"tr") {
                    kind = E::Tr;
                } else if (n == u"tc") {
                    kind = E::Tc;
                }
                stack.push_back(kind);
            } else if (t == QXmlStreamReader::EndElement) {
                if (stack.empty())
                    continue;
                const E n = stack.back();
                stack.pop_back();
                if (n == E::PPr) {
                    pPrDepth = qMax(0, pPrDepth - 1);
                } else if (n == E::R && !m_runs.empty()) {
                    endRun();
                } else if (n == E::P && !m_paras.empty()) {
                    const QString text = decodeSegments(m_paras.back().segments);
                    m_paras.pop_back();
                    emitParagraph(text);
                } else if (n == E::Tc && !m_tables.empty()) {
                    TableState &tb = m_tables.back();
                    tb.cells << tb.cellParagraphs.join(QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
                    tb.cellParagraphs.clear();
                } else if (n == E::Tr && !m_tables.empty()) {
                    QStringList cells = m_tables.back().cells;
                    m_tables.back().cells.clear();
                    while (!cells.isEmpty() && cells.last().isEmpty())
                        cells.removeLast();
                    if (!cells.isEmpty()) {
                        const QString row = cells.join(QStringLiteral(" | "));
                        if (m_tables.size() >= 2)
                            m_tables[m_tables.size() - 2].cellParagraphs << row;
                        else
                            paragraphs << row;
                    }
                } else if (n == E::Tbl && !m_tables.empty()) {
                    m_tables.pop_back();
                }
            }
        }
        if (r.hasError() && r.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return tr("the document XML is damaged (line %1: %2)").arg(r.lineNumber()).arg(r.errorString());
        if (r.hasError())
            return tr("the document XML is truncated");
        return {};
    }

private:
    void appendSymbol(RunState &run, const QXmlStreamAttributes &a)
    {
        const FontKind k = kindOfFont(a.value(QLatin1String("w:font")).toString());
        if (k == FontKind::Unicode)
            return; // Symbol/Wingdings glyphs are no text
        bool ok = false;
        int code = a.value(QLatin1String("w:char")).toInt(&ok, 16);
        if (!ok)
            return;
        if (code >= 0xF000)
            code -= 0xF000;
        if (code > 0 && code < 0x100)
            run.text += QChar(char16_t(code));
    }

    void endRun()
    {
        RunState run = std::move(m_runs.back());
        m_runs.pop_back();
        if (run.text.isEmpty() || m_paras.empty())
            return;
        const Props p = m_styles.resolve(run.props, run.style, m_paras.back().style);
        const FontKind kind = p.fontSet ? kindOfFont(p.font) : FontKind::Unicode;
        tcvn3Seen = tcvn3Seen || kind == FontKind::Tcvn3 || kind == FontKind::Tcvn3Caps;
        vniSeen = vniSeen || kind == FontKind::Vni;
        std::vector<Segment> &segs = m_paras.back().segments;
        const bool caps = p.caps == 1;
        // Join adjacent runs of the same font before decoding: a VNI letter and its mark
        // byte may sit in different runs.
        if (!segs.empty() && segs.back().kind == kind && segs.back().caps == caps)
            segs.back().text += run.text;
        else
            segs.push_back({kind, caps, run.text});
    }

    void emitParagraph(const QString &text)
    {
        if (!m_tables.empty())
            m_tables.back().cellParagraphs << text;
        else
            paragraphs << text;
    }

    const StyleSheet &m_styles;
    std::vector<ParagraphState> m_paras;
    std::vector<RunState> m_runs;
    std::vector<TableState> m_tables;
};

// The main part named by _rels/.rels (usually word/document.xml).
QString mainPartName(ZipArchive &zip)
{
    const QByteArray rels = zip.read(QStringLiteral("_rels/.rels"), 1024 * 1024);
    QXmlStreamReader r(rels);
    while (!rels.isEmpty() && !r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship"
            && r.attributes().value(QLatin1String("Type")).endsWith(u"/officeDocument")) {
            QString target = r.attributes().value(QLatin1String("Target")).toString();
            while (target.startsWith(QLatin1Char('/')))
                target.remove(0, 1);
            if (!target.isEmpty() && !target.contains(QLatin1String("..")))
                return target;
        }
    }
    return QStringLiteral("word/document.xml");
}

} // namespace

int DocxImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    if (!head.startsWith("PK\x03\x04"))
        return 0;
    if (head.contains("word/"))
        return 95;
    for (const char *ext : {".docx", ".docm", ".dotx", ".doc"}) {
        if (fileName.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return 85;
    }
    return 50; // some zip: the reader checks for word/document.xml
}

ImportOutcome DocxImporter::parse(const QByteArray &documentXml, const QByteArray &stylesXml)
{
    ImportOutcome out;
    StyleSheet styles;
    styles.parse(stylesXml);
    DocumentParser parser(styles);
    const QString error = parser.parse(documentXml);
    if (!error.isEmpty() && parser.paragraphs.isEmpty()) {
        out.error = error;
        return out;
    }
    if (!error.isEmpty())
        out.document.warnings << error;
    out.document.format = QStringLiteral("docx");
    // The document is Unicode XML; name the legacy encoding its runs used, if any.
    QStringList legacy;
    if (parser.tcvn3Seen)
        legacy << QStringLiteral("TCVN3");
    if (parser.vniSeen)
        legacy << QStringLiteral("VNI");
    QString text = parser.paragraphs.join(QLatin1Char('\n'));
    if (legacy.isEmpty()) { // font names can be wrong: check the content too
        const QString repaired = TextDecoder::repairLegacyText(text);
        if (!repaired.isEmpty()) {
            legacy << repaired;
            out.document.warnings << tr("the text looked like %1 without a %1 font and was converted").arg(repaired);
        }
    }
    out.document.encoding = legacy.isEmpty() ? QStringLiteral("UTF-8") : legacy.join(QLatin1Char('+'));
    if (!legacy.isEmpty())
        out.document.warnings << tr("text in legacy Vietnamese fonts (TCVN3/VNI) was converted to Unicode");
    Paragraphs::fill(out.document, text);
    if (out.document.text.isEmpty()) {
        out.error = tr("the document contains no text");
        return out;
    }
    out.ok = true;
    return out;
}

ImportOutcome DocxImporter::read(const QString &path, const ImportOptions &options) const
{
    Q_UNUSED(options);
    ImportOutcome out;
    ZipArchive zip(path);
    if (!zip.isOpen()) {
        out.error = zip.error();
        return out;
    }
    const QString main = mainPartName(zip);
    if (!zip.contains(main)) {
        out.error = tr("not a Word document: the zip archive has no %1").arg(main);
        return out;
    }
    const QByteArray document = zip.read(main);
    if (document.isNull()) {
        out.error = zip.error();
        return out;
    }
    QByteArray styles;
    if (zip.contains(QStringLiteral("word/styles.xml"))) {
        styles = zip.read(QStringLiteral("word/styles.xml"));
        if (styles.isNull()) {
            out.error = zip.error();
            return out;
        }
    }
    return parse(document, styles);
}

} // namespace thp
