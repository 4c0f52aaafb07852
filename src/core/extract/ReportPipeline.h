#pragma once
// File in, figures out: reads a file with the importer chosen by its content, then extracts.

#include "importers/DocumentImporter.h"
#include "model/Fact.h"

namespace thp {

struct ProcessedReport {
    QString path;
    ImportOutcome import;        // import.ok == false: nothing was extracted
    ExtractionResult extraction;
};

ProcessedReport processReport(const QString &path, const ImportOptions &options = {});

} // namespace thp
