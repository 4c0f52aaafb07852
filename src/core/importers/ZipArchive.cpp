#include "importers/ZipArchive.h"

#include <QCoreApplication>

#include <functional>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace thp {

namespace {

constexpr qint64 kTotalCap = qint64(256) * 1024 * 1024;

} // namespace

ZipArchive::ZipArchive(const QString &path)
    : m_zip(std::make_unique<QuaZip>(path))
{
    m_open = m_zip->open(QuaZip::mdUnzip);
    if (!m_open) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "damaged or truncated zip archive (error %1)").arg(m_zip->getZipError());
        return;
    }
    const int count = m_zip->getEntriesCount();
    if (count < 0 || count > kMaxEntries) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "damaged zip archive (it claims %1 entries)").arg(count);
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

bool ZipArchive::stream(const QString &name, const std::function<bool(QByteArrayView)> &sink, qint64 cap)
{
    m_error.clear();
    if (!m_open)
        return false;
    const QString actual = actualName(name);
    if (actual.isEmpty() || !m_zip->setCurrentFile(actual, QuaZip::csSensitive)) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "the archive has no %1").arg(name);
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "damaged zip entry %1").arg(name);
        return false;
    }
    if (info.isEncrypted()) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "the document is encrypted (password-protected); save it without a password");
        return false;
    }
    const auto mb = [](qint64 b) { return QString::number(double(b) / (1024.0 * 1024.0), 'f', 1); };
    if (qint64(info.uncompressedSize) > cap || info.uncompressedSize > quint64(kTotalCap - m_totalRead)) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "%1 is %2 MB uncompressed, over the %3 MB limit (possibly a zip bomb)")
                      .arg(name, mb(qint64(qMin<quint64>(info.uncompressedSize, quint64(1) << 50))), mb(cap));
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "cannot open zip entry %1 (error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    // The declared size may lie: read in chunks and stop at the cap.
    qint64 total = 0;
    char buf[65536];
    while (true) {
        const qint64 n = file.read(buf, sizeof buf);
        if (n < 0) {
            m_error = QCoreApplication::translate("thp::ZipArchive", "damaged zip entry %1 (truncated or corrupt data)").arg(name);
            return false;
        }
        if (n == 0)
            break;
        if (total + n > cap || m_totalRead + total + n > kTotalCap) {
            m_error = QCoreApplication::translate("thp::ZipArchive", "%1 expands beyond the %2 MB limit (possibly a zip bomb)").arg(name, mb(cap));
            return false;
        }
        total += n;
        if (!sink(QByteArrayView(buf, n))) {
            m_totalRead += total;
            return false;
        }
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        m_error = QCoreApplication::translate("thp::ZipArchive", "damaged zip entry %1 (checksum error)").arg(name);
        return false;
    }
    m_totalRead += total;
    return true;
}

QByteArray ZipArchive::read(const QString &name, qint64 cap)
{
    QByteArray data;
    const bool ok = stream(name, [&data](QByteArrayView piece) {
        data.append(piece);
        return true;
    }, cap);
    if (!ok)
        return {};
    if (data.isNull())
        data = QByteArray("");
    return data;
}

} // namespace thp
