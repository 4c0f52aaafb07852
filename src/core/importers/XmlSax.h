#pragma once
// A streaming XML reader for the big parts of office documents (word/document.xml can be
// tens of MB): libxml2's SAX2 parser, which reads several times faster than QXmlStreamReader
// because it hands out UTF-8 slices instead of building UTF-16 strings for every token.
// No DTD is loaded, no network is touched, no entity beyond the predefined ones is expanded.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace thp {

class XmlSax
{
public:
    // Attributes of one start tag, looked up by local name ("val" for w:val).
    class Attributes
    {
    public:
        Attributes(const char *const *raw, int count)
            : m_raw(raw)
            , m_count(count)
        {
        }
        QByteArrayView value(QByteArrayView localName) const; // empty when absent
        bool has(QByteArrayView localName) const;

    private:
        const char *const *m_raw; // libxml2's (localname, prefix, URI, value, end) quintuples
        int m_count;
    };

    XmlSax();
    virtual ~XmlSax();
    XmlSax(const XmlSax &) = delete;
    XmlSax &operator=(const XmlSax &) = delete;
    virtual void startElement(QByteArrayView localName, const Attributes &attributes) = 0;
    virtual void endElement(QByteArrayView localName) = 0;
    virtual void characters(QByteArrayView utf8) = 0; // text and CDATA, in pieces

    struct Result {
        bool ok = true;
        bool truncated = false; // the error is the end of the data coming too soon
        int line = 0;
        QString message;        // libxml2's description of the first error
    };

    // Parses until the end or the first well-formedness error (what was reported until then
    // stays reported).
    Result parse(QByteArrayView xml);

    // The same in pieces, as they come out of a zip entry: the part never has to sit in
    // memory whole. feed() returns false once the parser has stopped on an error.
    void begin();
    bool feed(QByteArrayView chunk);
    Result finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace thp
