#include "importers/XmlSax.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstring>

namespace thp {

namespace {

struct ErrorSink {
    bool set = false;
    int code = 0;
    int line = 0;
    QString message;
};

// The parser's user data: every callback, the error one too, receives it.
struct Context {
    XmlSax *handler;
    ErrorSink errors;
};

XmlSax *self(void *ctx)
{
    return static_cast<Context *>(ctx)->handler;
}

void onStart(void *ctx, const xmlChar *localname, const xmlChar *, const xmlChar *, int, const xmlChar **,
             int nbAttributes, int, const xmlChar **attributes)
{
    const auto *name = reinterpret_cast<const char *>(localname);
    self(ctx)->startElement(QByteArrayView(name, qsizetype(std::strlen(name))),
                            XmlSax::Attributes(reinterpret_cast<const char *const *>(attributes), nbAttributes));
}

void onEnd(void *ctx, const xmlChar *localname, const xmlChar *, const xmlChar *)
{
    const auto *name = reinterpret_cast<const char *>(localname);
    self(ctx)->endElement(QByteArrayView(name, qsizetype(std::strlen(name))));
}

void onCharacters(void *ctx, const xmlChar *ch, int len)
{
    self(ctx)->characters(QByteArrayView(reinterpret_cast<const char *>(ch), len));
}

void onError(void *ctx, xmlErrorPtr error)
{
    ErrorSink &s = static_cast<Context *>(ctx)->errors;
    if (s.set || !error || error->level < XML_ERR_ERROR)
        return;
    s.set = true;
    s.code = error->code;
    s.line = error->line;
    s.message = QString::fromUtf8(error->message ? error->message : "").trimmed();
}

} // namespace

QByteArrayView XmlSax::Attributes::value(QByteArrayView localName) const
{
    for (int i = 0; i < m_count; ++i) {
        const char *const *a = m_raw + 5 * i;
        if (localName == QByteArrayView(a[0], qsizetype(std::strlen(a[0]))))
            return QByteArrayView(a[3], a[4] - a[3]);
    }
    return {};
}

bool XmlSax::Attributes::has(QByteArrayView localName) const
{
    for (int i = 0; i < m_count; ++i) {
        if (localName == QByteArrayView(m_raw[5 * i], qsizetype(std::strlen(m_raw[5 * i]))))
            return true;
    }
    return false;
}

struct XmlSax::State {
    xmlSAXHandler sax;
    Context context;
    xmlParserCtxtPtr ctxt = nullptr;
    bool fed = false;
    bool failed = false; // could not even start
    ~State()
    {
        if (ctxt)
            xmlFreeParserCtxt(ctxt);
    }
};

XmlSax::XmlSax() = default;
XmlSax::~XmlSax() = default;

void XmlSax::begin()
{
    static const bool initialised = [] {
        xmlInitParser(); // once, before any thread parses
        return true;
    }();
    Q_UNUSED(initialised);

    m_state = std::make_unique<State>();
    xmlSAXHandler &sax = m_state->sax;
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = onStart;
    sax.endElementNs = onEnd;
    sax.characters = onCharacters;
    sax.ignorableWhitespace = onCharacters;
    sax.cdataBlock = onCharacters;
    sax.serror = onError;
    m_state->context = Context{this, {}};
    // A push parser fed in pieces keeps its buffer small; given a whole 30 MB part at once it
    // would copy it and shift it as it goes.
    m_state->ctxt = xmlCreatePushParserCtxt(&sax, &m_state->context, nullptr, 0, nullptr);
    if (!m_state->ctxt) {
        m_state->failed = true;
        return;
    }
    xmlCtxtUseOptions(m_state->ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
}

bool XmlSax::feed(QByteArrayView chunk)
{
    if (!m_state || m_state->failed || !m_state->ctxt)
        return false;
    constexpr qsizetype kPiece = 64 * 1024;
    for (qsizetype i = 0; i < chunk.size(); i += kPiece) {
        const int n = int(qMin(kPiece, chunk.size() - i));
        m_state->fed = true;
        if (xmlParseChunk(m_state->ctxt, chunk.data() + i, n, 0) != 0 || m_state->ctxt->disableSAX)
            return false;
    }
    return true;
}

XmlSax::Result XmlSax::finish()
{
    Result result;
    if (!m_state || m_state->failed || !m_state->ctxt) {
        result.ok = false;
        result.message = QStringLiteral("out of memory");
        m_state.reset();
        return result;
    }
    xmlParserCtxtPtr ctxt = m_state->ctxt;
    if (!m_state->fed) {
        result.ok = false;
        result.truncated = true;
        result.message = QStringLiteral("no data");
        m_state.reset();
        return result;
    }
    const int rc = ctxt->disableSAX ? 1 : xmlParseChunk(ctxt, nullptr, 0, 1);
    if (!ctxt->wellFormed || rc != 0) {
        result.ok = false;
        const ErrorSink &e = m_state->context.errors;
        result.line = e.set ? e.line : 0;
        result.message = e.set && !e.message.isEmpty() ? e.message : QStringLiteral("not well-formed");
        // Out of data: the document ended with elements still open.
        result.truncated = e.set
            && (e.code == XML_ERR_DOCUMENT_END || e.code == XML_ERR_TAG_NOT_FINISHED || e.code == XML_ERR_DOCUMENT_EMPTY
                || e.code == XML_ERR_GT_REQUIRED || e.code == XML_ERR_LTSLASH_REQUIRED);
    }
    m_state.reset();
    return result;
}

XmlSax::Result XmlSax::parse(QByteArrayView xml)
{
    begin();
    feed(xml);
    return finish();
}

} // namespace thp
