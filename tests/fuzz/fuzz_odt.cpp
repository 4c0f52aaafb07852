// ODT importer: content.xml paragraphs, spaces, tables.
#include "FuzzSupport.h"
#include "importers/OdtImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    thp::OdtImporter::parse(thp::fuzz::bytes(data, size));
    return 0;
}
