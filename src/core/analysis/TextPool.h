#pragma once
// Compact text storage for queries that read tens of thousands of rows (CompareQuery,
// CompareCache): rows then hold plain numbers, cheap to copy, sort and compare.

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace thp {

// The same few texts (provinces, statuses) come back for thousands of rows: one QString
// each, and a number that stands for it (equal numbers, equal texts).
class TextPool
{
public:
    int id(const char *utf8, int size)
    {
        const QByteArray key = QByteArray::fromRawData(utf8 ? utf8 : "", utf8 ? size : 0);
        auto it = m_ids.constFind(key);
        if (it == m_ids.cend()) {
            it = m_ids.insert(QByteArray(key.constData(), key.size()), int(m_texts.size())); // a deep copy
            m_texts.append(QString::fromUtf8(key));
        }
        return *it;
    }
    int id(const QVariant &v)
    {
        const QByteArray utf8 = v.toString().toUtf8();
        return id(utf8.constData(), int(utf8.size()));
    }
    const QString &text(int id) const { return m_texts.at(id); }

private:
    QHash<QByteArray, int> m_ids;
    QList<QString> m_texts;
};

// Texts that are (nearly) all different, such as import times and titles, kept one after
// the other in one buffer and referred to by their place in it.
class ByteArena
{
public:
    struct Ref {
        quint32 offset = 0;
        quint32 size = 0;
    };
    Ref add(const char *data, int size)
    {
        const Ref r{quint32(m_bytes.size()), quint32(data ? size : 0)};
        if (data)
            m_bytes.append(data, size);
        return r;
    }
    Ref add(QByteArrayView bytes) { return add(bytes.data(), int(bytes.size())); }
    QByteArrayView view(Ref r) const { return QByteArrayView(m_bytes.constData() + r.offset, r.size); }
    void reserve(qsizetype bytes) { m_bytes.reserve(bytes); }

private:
    QByteArray m_bytes;
};

} // namespace thp
