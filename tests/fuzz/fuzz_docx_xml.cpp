// DOCX XML layer without the zip: document.xml, then optionally "\0" and styles.xml.
#include "FuzzSupport.h"
#include "importers/DocxImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = thp::fuzz::bytes(data, size);
    const qsizetype nul = in.indexOf('\0');
    if (nul < 0)
        thp::DocxImporter::parse(in, {});
    else
        thp::DocxImporter::parse(in.left(nul), in.mid(nul + 1));
    return 0;
}
