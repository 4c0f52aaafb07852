#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// Plain-text reports in any encoding TextDecoder knows; one paragraph per line.
class TextImporter : public DocumentImporter
{
public:
    static constexpr qint64 kMaxTextBytes = qint64(64) * 1024 * 1024;

    QString format() const override { return QStringLiteral("txt"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;

    // Bytes already in memory (fuzzers, benchmarks).
    static ImportOutcome readBytes(const QByteArray &bytes, const ImportOptions &options);
};

} // namespace thp
