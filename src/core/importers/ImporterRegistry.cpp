#include "importers/ImporterRegistry.h"

#include "importers/DocxImporter.h"
#include "importers/HtmlImporter.h"
#include "importers/LegacyDocImporter.h"
#include "importers/OdtImporter.h"
#include "importers/PdfImporter.h"
#include "importers/TextImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace thp {

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<PdfImporter>());
    m_importers.push_back(std::make_unique<OdtImporter>());
    m_importers.push_back(std::make_unique<DocxImporter>());
    m_importers.push_back(std::make_unique<LegacyDocImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<TextImporter>());
}

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}

const DocumentImporter *ImporterRegistry::importerFor(const QByteArray &head, const QString &fileName) const
{
    const DocumentImporter *best = nullptr;
    int bestScore = 0;
    for (const auto &imp : m_importers) {
        const int s = imp->sniff(head, fileName);
        if (s > bestScore) {
            bestScore = s;
            best = imp.get();
        }
    }
    return best;
}

QStringList ImporterRegistry::supportedSuffixes() const
{
    // .doc is listed so that folder scans report "save as .docx" instead of skipping it.
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("htm"),
            QStringLiteral("xhtml"), QStringLiteral("docx"), QStringLiteral("docm"), QStringLiteral("odt"),
            QStringLiteral("pdf"), QStringLiteral("doc")};
}

ImportOutcome ImporterRegistry::read(const QString &path, const ImportOptions &options) const
{
    ImportOutcome out;
    QFileInfo fi(path);
    if (!fi.exists()) {
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "file not found");
        return out;
    }
    if (!fi.isFile()) {
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "not a regular file");
        return out;
    }
    if (fi.size() == 0) {
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "the file is empty");
        return out;
    }
    if (fi.size() > options.maxBytes) {
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "file too large (%1 MB; the limit is %2 MB)")
                        .arg(fi.size() / (1024 * 1024))
                        .arg(options.maxBytes / (1024 * 1024));
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    const QByteArray head = f.read(8192);
    f.close();
    const DocumentImporter *imp = importerFor(head, fi.fileName());
    if (!imp) {
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "unsupported file format (not text, HTML, DOCX, ODT or PDF)");
        return out;
    }
    try {
        out = imp->read(path, options);
    } catch (const std::exception &e) { // e.g. std::bad_alloc from a hostile file
        out = ImportOutcome();
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "the file could not be read (%1)").arg(QString::fromLocal8Bit(e.what()));
    }
    return out;
}

} // namespace thp
