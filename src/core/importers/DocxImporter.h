#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// Word .docx: paragraphs of word/document.xml in order; a table row becomes one line with
// cells joined by " | " (so "Kỷ luật đảng viên | 223" stays together); runs in legacy
// fonts (.Vn* = TCVN3, .Vn*H = TCVN3 capitals, VNI-* = VNI) are decoded per run, adjacent
// runs of the same font joined first because Word splits runs anywhere.
class DocxImporter : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("docx"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;

    // Parses document.xml given styles.xml (may be empty). Public for tests and fuzzing.
    static ImportOutcome parse(const QByteArray &documentXml, const QByteArray &stylesXml);
};

} // namespace thp
