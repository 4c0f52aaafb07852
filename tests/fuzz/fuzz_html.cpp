// HTML importer: charset sniffing, HTML parsing (libxml2), article extraction.
#include "FuzzSupport.h"
#include "importers/HtmlImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    thp::HtmlImporter::readBytes(thp::fuzz::bytes(data, size), {});
    return 0;
}
