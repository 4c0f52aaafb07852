#include "importers/DocxImporter.h"

#include "importers/LegacyVietnamese.h"
#include "importers/Paragraphs.h"
#include "importers/TextDecoder.h"
#include "importers/XmlSax.h"
#include "importers/ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <utility>
#include <vector>

namespace thp {

namespace {

enum class FontKind { Unicode, Tcvn3, Tcvn3Caps, Vni };

FontKind kindOfFont(QByteArrayView font)
{
    const QByteArrayView f = font.trimmed();
    if (f.size() >= 3 && f.first(3).compare(".Vn", Qt::CaseInsensitive) == 0)
        return f.endsWith('H') ? FontKind::Tcvn3Caps : FontKind::Tcvn3;
    if (f.size() >= 4 && (f.first(4).compare("VNI-", Qt::CaseInsensitive) == 0 || f.first(4).compare("VNI ", Qt::CaseInsensitive) == 0))
        return FontKind::Vni;
    return FontKind::Unicode;
}

// Optional value: unset, or set to a font kind / on-off flag. Only the kind of a font
// matters, so it is worked out once where the font is named.
struct Props {
    bool fontSet = false;
    FontKind font = FontKind::Unicode;
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
bool fontFromRFonts(const XmlSax::Attributes &a, FontKind *font)
{
    for (const char *name : {"hAnsi", "ascii", "cs"}) {
        const QByteArrayView v = a.value(name);
        if (!v.isEmpty()) {
            *font = kindOfFont(v);
            return true;
        }
    }
    if (a.has("hAnsiTheme") || a.has("asciiTheme")) {
        *font = FontKind::Unicode; // theme fonts are never legacy
        return true;
    }
    return false;
}

int onOff(const XmlSax::Attributes &a)
{
    const QByteArrayView v = a.value("val");
    return (v == "0" || v == "false" || v == "off") ? 0 : 1;
}

struct Style {
    QByteArray basedOn;
    Props props;
};

class StyleSheet : private XmlSax
{
public:
    void parse(const QByteArray &xml)
    {
        if (!xml.isEmpty())
            XmlSax::parse(xml); // a broken styles.xml only loses fonts; the text is still read
    }

    // Run properties, then the character style, the paragraph style and docDefaults.
    Props resolve(Props run, const QByteArray &runStyle, const QByteArray &paraStyle) const
    {
        inheritChain(run, runStyle);
        inheritChain(run, paraStyle.isEmpty() ? m_defaultParagraph : paraStyle);
        run.inheritFrom(m_defaults);
        return run;
    }

private:
    void startElement(QByteArrayView n, const Attributes &a) override
    {
        if (n == "docDefaults") {
            m_inDefaults = true;
        } else if (n == "style") {
            m_current = a.value("styleId").toByteArray();
            if (a.value("type") == "paragraph" && a.value("default") == "1")
                m_defaultParagraph = m_current;
        } else if (n == "basedOn" && !m_current.isEmpty()) {
            m_styles[m_current].basedOn = a.value("val").toByteArray();
        } else if (n == "rPr") {
            ++m_rPrDepth;
        } else if (m_rPrDepth > 0 && n == "rFonts") {
            Props &p = m_inDefaults ? m_defaults : m_styles[m_current].props;
            p.fontSet = fontFromRFonts(a, &p.font) || p.fontSet;
        } else if (m_rPrDepth > 0 && n == "caps") {
            (m_inDefaults ? m_defaults : m_styles[m_current].props).caps = onOff(a);
        }
    }
    void endElement(QByteArrayView n) override
    {
        if (n == "docDefaults")
            m_inDefaults = false;
        else if (n == "style")
            m_current.clear();
        else if (n == "rPr")
            m_rPrDepth = qMax(0, m_rPrDepth - 1);
    }
    void characters(QByteArrayView) override {}

    void inheritChain(Props &p, QByteArray id) const
    {
        for (int guard = 0; !id.isEmpty() && guard < 32; ++guard) { // basedOn cycles exist in the wild
            const auto it = m_styles.constFind(id);
            if (it == m_styles.cend())
                return;
            p.inheritFrom(it->props);
            id = it->basedOn;
        }
    }

    QHash<QByteArray, Style> m_styles;
    QByteArray m_defaultParagraph;
    Props m_defaults;
    QByteArray m_current;
    bool m_inDefaults = false;
    int m_rPrDepth = 0;
};

struct Segment {
    FontKind kind = FontKind::Unicode;
    bool caps = false;
    QByteArray text; // UTF-8; in a legacy run the code points stand for bytes
};

QString decodeSegments(const std::vector<Segment> &segs)
{
    QString out;
    for (const Segment &s : segs) {
        QString t = QString::fromUtf8(s.text);
        switch (s.kind) {
        case FontKind::Unicode: break;
        case FontKind::Tcvn3: case FontKind::Tcvn3Caps: t = LegacyCodec::tcvn3().decodeLatin(t); break;
        case FontKind::Vni: t = LegacyCodec::vni().decodeLatin(t); break;
        }
        if (s.caps || s.kind == FontKind::Tcvn3Caps)
            t = t.toUpper();
        out += t;
    }
    return out;
}

struct RunState {
    Props props;
    QByteArray style;
    QByteArray text; // UTF-8
};

struct ParagraphState {
    QByteArray style;
    std::vector<Segment> segments;
};

struct TableState {
    QStringList cells;
    QStringList cellParagraphs;
};

// Appends code point u (< 0x800) as UTF-8.
void appendUtf8(QByteArray &to, char16_t u)
{
    if (u < 0x80) {
        to.append(char(u));
    } else {
        to.append(char(0xC0 | (u >> 6)));
        to.append(char(0x80 | (u & 0x3F)));
    }
}

class DocumentParser : private XmlSax
{
public:
    DocumentParser(const StyleSheet &styles)
        : m_styles(styles)
    {
    }

    QStringList paragraphs;
    bool tcvn3Seen = false;
    bool vniSeen = false;

    // Piece by piece (streamed out of the zip), or whole (tests, fuzzing).
    void begin() { XmlSax::begin(); }
    bool feed(QByteArrayView piece) { return XmlSax::feed(piece); }
    QString finish() { return describe(XmlSax::finish()); }
    QString parse(const QByteArray &xml) { return describe(XmlSax::parse(xml)); }

private:
    static QString describe(const Result &r)
    {
        if (r.ok)
            return {};
        if (r.truncated)
            return QCoreApplication::translate("thp::DocxImporter", "the document XML is truncated");
        return QCoreApplication::translate("thp::DocxImporter", "the document XML is damaged (line %1: %2)").arg(r.line).arg(r.message);
    }

    // Element kinds that matter for the state; everything else is Other.
    enum class E : unsigned char { Other, P, PPr, R, RPr, Tbl, Tr, Tc };

    void startElement(QByteArrayView n, const Attributes &a) override
    {
        if (m_skipDepth > 0) { // inside an alternate copy or deleted text
            ++m_skipDepth;
            return;
        }
        if (m_tDepth > 0) { // <w:t> takes the text of its children too
            ++m_tDepth;
            return;
        }
        const E parent = m_stack.empty() ? E::Other : m_stack.back();
        if (n == "Fallback" || n == "delText" || n == "instrText" || n == "del" || n == "moveFrom") {
            m_skipDepth = 1;
            return;
        }
        if (n == "t" && !m_runs.empty()) {
            m_tDepth = 1;
            return;
        }
        E kind = E::Other;
        if (n == "pPr") {
            kind = E::PPr;
            ++m_pPrDepth;
        } else if (n == "p") {
            kind = E::P;
            m_paras.push_back({});
        } else if (n == "pStyle" && m_pPrDepth > 0 && !m_paras.empty()) {
            m_paras.back().style = a.value("val").toByteArray();
        } else if (n == "r") {
            kind = E::R;
            m_runs.push_back({});
        } else if (n == "rPr") {
            kind = E::RPr;
        } else if (!m_runs.empty() && m_pPrDepth == 0 && parent == E::RPr) {
            RunState &run = m_runs.back();
            if (n == "rStyle")
                run.style = a.value("val").toByteArray();
            else if (n == "rFonts")
                run.props.fontSet = fontFromRFonts(a, &run.props.font) || run.props.fontSet;
            else if (n == "caps")
                run.props.caps = onOff(a);
        } else if (!m_runs.empty() && parent == E::R) {
            RunState &run = m_runs.back();
            if (n == "tab" || n == "ptab")
                run.text += '\t';
            else if (n == "br" || n == "cr")
                run.text += '\n';
            else if (n == "softHyphen")
                appendUtf8(run.text, 0x00AD); // byte AD: the letter ư in a TCVN3 run
            else if (n == "noBreakHyphen")
                run.text += '-';
            else if (n == "sym")
                appendSymbol(run, a);
        } else if (n == "tbl") {
            kind = E::Tbl;
            m_tables.push_back({});
        } else if (n == "tr") {
            kind = E::Tr;
        } else if (n == "tc") {
            kind = E::Tc;
        }
        m_stack.push_back(kind);
    }

    void endElement(QByteArrayView) override
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return;
        }
        if (m_tDepth > 0) {
            --m_tDepth;
            return;
        }
        if (m_stack.empty())
            return;
        const E n = m_stack.back();
        m_stack.pop_back();
        if (n == E::PPr) {
            m_pPrDepth = qMax(0, m_pPrDepth - 1);
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

    void characters(QByteArrayView utf8) override
    {
        if (m_tDepth > 0 && m_skipDepth == 0 && !m_runs.empty())
            m_runs.back().text.append(utf8);
    }

    void appendSymbol(RunState &run, const Attributes &a)
    {
        if (kindOfFont(a.value("font")) == FontKind::Unicode)
            return; // Symbol/Wingdings glyphs are no text
        bool ok = false;
        int code = a.value("char").toInt(&ok, 16);
        if (!ok)
            return;
        if (code >= 0xF000)
            code -= 0xF000;
        if (code > 0 && code < 0x100)
            appendUtf8(run.text, char16_t(code));
    }

    void endRun()
    {
        RunState run = std::move(m_runs.back());
        m_runs.pop_back();
        if (run.text.isEmpty() || m_paras.empty())
            return;
        const Props p = m_styles.resolve(run.props, run.style, m_paras.back().style);
        const FontKind kind = p.fontSet ? p.font : FontKind::Unicode;
        tcvn3Seen = tcvn3Seen || kind == FontKind::Tcvn3 || kind == FontKind::Tcvn3Caps;
        vniSeen = vniSeen || kind == FontKind::Vni;
        std::vector<Segment> &segs = m_paras.back().segments;
        const bool caps = p.caps == 1;
        // Join adjacent runs of the same font before decoding: a VNI letter and its mark
        // byte may sit in different runs.
        if (!segs.empty() && segs.back().kind == kind && segs.back().caps == caps)
            segs.back().text += run.text;
        else
            segs.push_back({kind, caps, std::move(run.text)});
    }

    void emitParagraph(const QString &text)
    {
        if (!m_tables.empty())
            m_tables.back().cellParagraphs << text;
        else
            paragraphs << text;
    }

    const StyleSheet &m_styles;
    std::vector<E> m_stack; // open elements
    int m_pPrDepth = 0;
    int m_skipDepth = 0;
    int m_tDepth = 0;
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

namespace {

ImportOutcome outcomeOf(const DocumentParser &parser, const QString &error)
{
    ImportOutcome out;
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
            out.document.warnings << QCoreApplication::translate("thp::DocxImporter", "the text looked like %1 without a %1 font and was converted").arg(repaired);
        }
    }
    out.document.encoding = legacy.isEmpty() ? QStringLiteral("UTF-8") : legacy.join(QLatin1Char('+'));
    if (!legacy.isEmpty())
        out.document.warnings << QCoreApplication::translate("thp::DocxImporter", "text in legacy Vietnamese fonts (TCVN3/VNI) was converted to Unicode");
    Paragraphs::fill(out.document, std::move(text));
    if (out.document.text.isEmpty()) {
        out.error = QCoreApplication::translate("thp::DocxImporter", "the document contains no text");
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace

ImportOutcome DocxImporter::parse(const QByteArray &documentXml, const QByteArray &stylesXml)
{
    StyleSheet styles;
    styles.parse(stylesXml);
    DocumentParser parser(styles);
    const QString error = parser.parse(documentXml);
    return outcomeOf(parser, error);
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
        out.error = QCoreApplication::translate("thp::DocxImporter", "not a Word document: the zip archive has no %1").arg(main);
        return out;
    }
    QByteArray stylesXml;
    if (zip.contains(QStringLiteral("word/styles.xml"))) {
        stylesXml = zip.read(QStringLiteral("word/styles.xml"));
        if (stylesXml.isNull()) {
            out.error = zip.error();
            return out;
        }
    }
    StyleSheet styles;
    styles.parse(stylesXml);
    // document.xml goes from the inflater straight into the parser: a 30 MB part is never
    // held whole (fresh memory for it was a good part of the time).
    DocumentParser parser(styles);
    parser.begin();
    if (!zip.stream(main, [&parser](QByteArrayView piece) { return parser.feed(piece); }) && !zip.error().isEmpty()) {
        out.error = zip.error();
        return out;
    }
    const QString error = parser.finish();
    return outcomeOf(parser, error);
}

} // namespace thp
