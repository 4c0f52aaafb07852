// PDF importer: poppler loading, text boxes to lines, layout into paragraphs.
#include "FuzzSupport.h"
#include "importers/PdfImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    thp::PdfImporter::readBytes(thp::fuzz::bytes(data, size), {});
    return 0;
}
