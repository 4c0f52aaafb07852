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
    // A title that is merely the first line (plain text) is a guess; the extractor's headline
    // finder knows mastheads and date lines. A title the format states (HTML, DOCX) wins.
    const ImportedText &doc = r.import.document;
    const QString firstLine = doc.text.section(QLatin1Char('\n'), 0, 0).left(300);
    const QString stated = doc.title.trimmed() == firstLine.trimmed() ? QString() : doc.title;
    r.extraction = Extractor::instance().extract(doc.text, stated);
    if (r.extraction.info.title.isEmpty())
        r.extraction.info.title = doc.title;
    // Importer warnings (encoding repairs, OCR) travel with the extraction's warnings.
    r.extraction.warnings = r.import.document.warnings + r.extraction.warnings;
    return r;
}

} // namespace thp
