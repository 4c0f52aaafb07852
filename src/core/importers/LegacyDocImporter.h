#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// OLE2 compound files (D0 CF 11 E0): Word 97-2003 .doc, and password-protected .docx
// (Office wraps those in OLE2). Neither can be read here: say what to do instead.
class LegacyDocImporter : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("doc"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;
};

} // namespace thp
