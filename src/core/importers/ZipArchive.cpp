#include "importers/ZipArchive.h"

#include <QCoreApplication>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace thp {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("thp::ZipArchive", s);
}

constexpr qint64 kTotalCap = qint64(256) * 1024 * 1024;

} // namespace

ZipArchive::ZipArchive(const QString &path)
    : m_zip(std::make_unique<QuaZip>(path))
{
    m_open = m_zip->open(QuaZip::mdUnzip);
    if (!m_open) {
        m_error = tr("damaged or truncated zip archive (error %1)").arg(m_zip->getZipError());
        return;
    }
    const int count = m_zip->getEntriesCount();
    if (count < 0 || count > kMaxEntries) {
        m_error = tr("damaged zip archive (it claims %1 entries)").arg(count);
        m_zip->close();
        m_open = false;
        return;
    }
    m_names = m_zip->getFileNameList();
}

QString ZipArchive::actualName(const QString &name) const
{
    for (const QString &n : m_names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

ZipArchive::~ZipArchive()
{
    if (m_open)
        m_zip->close();
}

QStringList ZipArchive::entries() const
{
    return m_names;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_open && !actualName(name).isEmpty();
}

QByteArray ZipArchive::read(const QString &name, qint64 cap)
{
    if (!m_open)
        return {};
    const QString actual = actualName(name);
    if (actual.isEmpty() || !m_zip->setCurrentFile(actual, QuaZip::csSensitive)) {
        m_error = tr("the archive has no %1").arg(name);
        return {};
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        m_error = tr("damaged zip entry %1").arg(name);
        return {};
    }
    if (info.isEncrypted()) {
        m_error = tr("the document is encrypted (password-protected); save it without a password");
        return {};
    }
    const auto mb = [](qint64 b) { return QString::number(double(b) / (1024.0 * 1024.0), 'f', 1); };
    if (qint64(info.uncompressedSize) > cap || info.uncompressedSize > quint64(kTotalCap - m_totalRead)) {
        m_error = tr("%1 is %2 MB uncompressed, over the %3 MB limit (possibly a zip bomb)")
                      .arg(name, mb(qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 50))), mb(cap));
        return {};
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open zip entry %1 (error %2)").arg(name).arg(file.getZipError());
        return {};
    }
    // The declared size may lie: read in chunks and stop at the cap.
    QByteArray data;
    data.reserve(qsizetype(qMin<quint64>(info.uncompressedSize, quint64(cap))));
    char buf[65536];
    while (true) {
        const qint64 n = file.read(buf, sizeof buf);
        if (n < 0) {
            m_error = tr("damaged zip entry %1 (truncated or corrupt data)").arg(name);
            return {};
        }
        if (n == 0)
            break;
        if (data.size() + n > cap || m_totalRead + data.size() + n > kTotalCap) {
            m_error = tr("%1 expands beyond the %2 MB limit (possibly a zip bomb)").arg(name, mb(cap));
            return {};
        }
        data.append(buf, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        m_error = tr("damaged zip entry %1 (checksum error)").arg(name);
        return {};
    }
    m_totalRead += data.size();
    if (data.isNull())
        data = QByteArray("");
    return data;
}

} // namespace thp
