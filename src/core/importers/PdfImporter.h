#pragma once

#include "importers/DocumentImporter.h"

namespace thp {

// PDF through poppler-qt6: the text layer in reading order, laid out into paragraphs by
// PdfLayout. Pages without a text layer (scans) go through Tesseract OCR ("vie") when the
// build has it; the result is marked ocr = true.
class PdfImporter : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    ImportOutcome read(const QString &path, const ImportOptions &options) const override;

    static ImportOutcome readBytes(const QByteArray &bytes, const ImportOptions &options);
};

} // namespace thp
