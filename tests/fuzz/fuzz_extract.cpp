// The extractor on arbitrary UTF-8 (made NFC first, as the importers hand it over).
#include "FuzzSupport.h"
#include "extract/Extractor.h"
#include "text/Normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = thp::Normalizer::toNfc(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    const thp::ExtractionResult r = thp::Extractor::instance().extract(text);
    for (const thp::Fact &f : r.facts) {
        if (f.span.start < 0 || f.span.end > text.size() || f.span.start > f.span.end)
            __builtin_trap(); // spans must point into the text
    }
    return 0;
}
