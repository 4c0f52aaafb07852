#include "importers/LegacyDocImporter.h"

#include <QCoreApplication>
#include <QFile>

namespace thp {

int LegacyDocImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") ? 100 : 0;
}

ImportOutcome LegacyDocImporter::read(const QString &path, const ImportOptions &options) const
{
    ImportOutcome out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    // An encrypted OOXML package names its stream "EncryptedPackage" (UTF-16LE) in the directory.
    const QByteArray bytes = f.read(qMin<qint64>(options.maxBytes, 8 * 1024 * 1024));
    const QByteArray encrypted = QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    if (bytes.contains(encrypted)) {
        out.error = QCoreApplication::translate("thp::LegacyDocImporter",
                                                "the document is password-protected; open it in Word, remove the password and save it again");
        return out;
    }
    out.error = QCoreApplication::translate("thp::LegacyDocImporter",
                                            "old Word 97-2003 .doc format is not supported: please open it in Word or LibreOffice and save as .docx");
    return out;
}

} // namespace thp
