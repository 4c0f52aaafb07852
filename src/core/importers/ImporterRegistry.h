#pragma once
// Chooses the importer for a file by content sniffing, and reads it.

#include "importers/DocumentImporter.h"

#include <memory>
#include <vector>

namespace thp {

class ImporterRegistry
{
public:
    ImporterRegistry(); // registers every built-in importer
    static const ImporterRegistry &instance();

    // Reads any supported file. Never throws; a broken file gives ok == false and a reason.
    ImportOutcome read(const QString &path, const ImportOptions &options = {}) const;
    const DocumentImporter *importerFor(const QByteArray &head, const QString &fileName) const;
    QStringList supportedSuffixes() const; // for file dialogs and folder scans

private:
    std::vector<std::unique_ptr<DocumentImporter>> m_importers;
};

} // namespace thp
