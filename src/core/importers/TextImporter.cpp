#include "importers/TextImporter.h"

#include "importers/Paragraphs.h"
#include "importers/TextDecoder.h"

#include <QCoreApplication>
#include <QFile>

namespace thp {

int TextImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    // Content first: UTF-16 has NULs; other NULs mean binary, which we still take last so
    // that the user gets "binary data" rather than "unsupported".
    if (!TextDecoder::utf16Kind(head).isEmpty())
        return 70;
    if (head.contains('\0'))
        return 1;
    const bool txtName = fileName.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".text"), Qt::CaseInsensitive);
    return txtName ? 60 : 10;
}

ImportOutcome TextImporter::read(const QString &path, const ImportOptions &options) const
{
    ImportOutcome out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    const qint64 limit = qMin(options.maxBytes, kMaxTextBytes);
    if (f.size() > limit) {
        out.error = QCoreApplication::translate("thp::TextImporter", "file too large for a text report (%1 MB; the limit is %2 MB)")
                        .arg(f.size() / (1024 * 1024))
                        .arg(limit / (1024 * 1024));
        return out;
    }
    return readBytes(f.read(f.size() + 1), options); // size() <= limit: allocate what the file has
}

ImportOutcome TextImporter::readBytes(const QByteArray &bytes, const ImportOptions &options)
{
    ImportOutcome out;
    if (bytes.isEmpty()) {
        out.error = QCoreApplication::translate("thp::TextImporter", "the file is empty");
        return out;
    }
    DecodedText decoded = TextDecoder::decode(bytes, options.forcedEncoding);
    if (!decoded.ok) {
        out.error = decoded.error;
        return out;
    }
    if (TextDecoder::looksBinary(decoded.text)) {
        out.error = QCoreApplication::translate("thp::TextImporter", "binary data, not a text document");
        return out;
    }
    out.document.format = QStringLiteral("txt");
    out.document.encoding = decoded.encoding;
    out.document.warnings = decoded.warnings;
    Paragraphs::fill(out.document, decoded.text, Paragraphs::Input::Nfc);
    if (out.document.text.isEmpty()) {
        out.error = QCoreApplication::translate("thp::TextImporter", "the file contains no text");
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace thp
