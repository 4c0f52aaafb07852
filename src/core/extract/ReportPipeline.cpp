#include "extract/ReportPipeline.h"

#include "extract/Extractor.h"
#include "importers/ImporterRegistry.h"

namespace thp {

ProcessedReport processReport(const QString &path, const ImportOptions &options)
{
    ProcessedReport r;
    r.path = path;
    r.import = ImporterRegistry::instance().read(path, options);
    if (!r.import.ok)
        return r;
    r.extraction = Extractor::instance().extract(r.import.document.text, r.import.document.title);
    // Importer warnings (encoding repairs, OCR) travel with the extraction's warnings.
    r.extraction.warnings = r.import.document.warnings + r.extraction.warnings;
    return r;
}

} // namespace thp
