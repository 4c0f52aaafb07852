#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// Plain-text reports.
class TextImporter : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("txt"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;
};

} // namespace thp
