#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// Web pages (.html, .htm, saved pages): the article only, see HtmlArticleExtractor.
// The charset comes from the BOM, <meta charset> or http-equiv, else from TextDecoder.
class HtmlImporter : public DocumentImporter
{
public:
    static constexpr qint64 kMaxHtmlBytes = qint64(64) * 1024 * 1024;

    QString format() const override { return QStringLiteral("html"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;

    // The charset a page declares in its first bytes, empty if none.
    static QString declaredCharset(const QByteArray &head);
    // Bytes of a page -> article. Public so the fuzzers and benchmarks can call it without a file.
    static ImportOutcome readBytes(const QByteArray &bytes, const ImportOptions &options);
};

} // namespace thp
