#pragma once
// Reads entries of an OOXML/ODF zip with bounded memory: an entry whose declared or actual
// uncompressed size exceeds the cap is refused (zip bomb), so is an encrypted entry; a
// damaged or truncated archive gives a clear error instead of garbage.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;

namespace thp {

class ZipArchive
{
public:
    static constexpr qint64 kDefaultEntryCap = qint64(64) * 1024 * 1024;
    static constexpr int kMaxEntries = 20000; // a report has dozens; more means a damaged directory

    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; } // why open() or the last read() failed

    QStringList entries() const;
    bool contains(const QString &name) const;
    // The entry's bytes, or a null QByteArray with error() set. Total bytes read through one
    // archive are capped too, so many medium entries cannot add up to a bomb.
    QByteArray read(const QString &name, qint64 cap = kDefaultEntryCap);
    // The same bytes handed to sink piece by piece as they are inflated, so a large part never
    // sits in memory whole. False with error() set when the entry cannot be read; false with
    // error() empty when sink returned false (it wants no more).
    bool stream(const QString &name, const std::function<bool(QByteArrayView)> &sink, qint64 cap = kDefaultEntryCap);

private:
    QString actualName(const QString &name) const; // case-insensitive lookup, empty if absent

    std::unique_ptr<QuaZip> m_zip;
    QStringList m_names; // read once: every lookup in QuaZip walks the central directory
    bool m_open = false;
    QString m_error;
    qint64 m_totalRead = 0;
};

} // namespace thp
