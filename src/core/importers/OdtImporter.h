#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// OpenDocument text (.odt): content.xml paragraphs and headings in order, table rows as
// one line with cells joined by " | ", like DocxImporter.
class OdtImporter : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("odt"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;

    static ImportOutcome parse(const QByteArray &contentXml);
};

} // namespace thp
