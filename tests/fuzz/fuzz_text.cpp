// Text importer: encoding detection (BOM, UTF-16 NUL pattern, UTF-8, windows-1258, TCVN3,
// VNI scoring, ICU detector), decoding, paragraph normalisation.
#include "FuzzSupport.h"
#include "importers/TextImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const thp::ImportOutcome out = thp::TextImporter::readBytes(thp::fuzz::bytes(data, size), {});
    if (out.ok && out.document.text.contains(QChar(u'\r')))
        __builtin_trap(); // paragraphs are separated by '\n' only
    return 0;
}
