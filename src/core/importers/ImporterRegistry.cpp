#include "importers/ImporterRegistry.h"

#include "importers/TextImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace thp {

ImporterRegistry::ImporterRegistry()
{
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
    return {QStringLiteral("txt")};
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
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    const QByteArray head = f.read(8192);
    f.close();
    const DocumentImporter *imp = importerFor(head, fi.fileName());
    if (!imp) {
        out.error = QCoreApplication::translate("thp::ImporterRegistry", "unsupported file format");
        return out;
    }
    return imp->read(path, options);
}

} // namespace thp
