// DOCX importer end to end: the bytes are a .docx file (QuaZip, bounded reads, XML, fonts).
#include "FuzzSupport.h"
#include "importers/DocxImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const thp::DocxImporter importer;
    importer.read(thp::fuzz::writeInput(data, size, ".docx"), {});
    return 0;
}
