#include "importers/TextImporter.h"

#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace thp {

int TextImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    if (head.contains('\0'))
        return 0;
    return fileName.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) ? 60 : 10;
}

ImportOutcome TextImporter::read(const QString &path, const ImportOptions &options) const
{
    ImportOutcome out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    if (f.size() > options.maxBytes) {
        out.error = QCoreApplication::translate("thp::TextImporter", "file too large");
        return out;
    }
    const QByteArray bytes = f.readAll();
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = dec.decode(bytes);
    if (dec.hasError())
        out.document.warnings << QCoreApplication::translate("thp::TextImporter", "invalid UTF-8 bytes replaced");
    out.document.text = Normalizer::toNfc(text);
    out.document.format = format();
    out.document.encoding = QStringLiteral("UTF-8");
    out.document.paragraphs = int(out.document.text.count(QLatin1Char('\n')) + 1);
    out.document.title = out.document.text.section(QLatin1Char('\n'), 0, 0).trimmed();
    out.ok = true;
    return out;
}

} // namespace thp
