#include "extract/PhraseIndex.h"

#include "text/Normalizer.h"

#include <algorithm>
#include <array>

namespace thp {

namespace {

int toneOfMark(char16_t u)
{
    switch (u) {
    case 0x0300: return 1;
    case 0x0301: return 2;
    case 0x0303: return 3;
    case 0x0309: return 4;
    case 0x0323: return 5;
    default: return 0;
    }
}

int toneOfDecomposition(QChar c)
{
    const QString d = c.decomposition();
    if (d.isEmpty())
        return toneOfMark(c.unicode());
    for (const QChar part : d) {
        if (const int t = toneOfDecomposition(part))
            return t;
    }
    return 0;
}

// Tones of U+0000..U+1FFF, computed once from Unicode decompositions.
const std::array<quint8, 0x2000> &toneTable()
{
    static const std::array<quint8, 0x2000> table = [] {
        std::array<quint8, 0x2000> t{};
        for (char16_t c = 0xC0; c < 0x2000; ++c)
            t[c] = quint8(toneOfDecomposition(QChar(c)));
        return t;
    }();
    return table;
}

// Word characters (letters, digits, combining marks) for U+0000..U+1FFF, once.
const std::array<bool, 0x2000> &wordCharTable()
{
    static const std::array<bool, 0x2000> table = [] {
        std::array<bool, 0x2000> t{};
        for (char16_t c = 0; c < 0x2000; ++c)
            t[c] = QChar(c).isLetterOrNumber() || QChar(c).isMark();
        return t;
    }();
    return table;
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x2000 ? wordCharTable()[u] : (c.isLetterOrNumber() || c.isMark());
}

bool isJoiner(char16_t u)
{
    return u == u' ' || u == u'\t' || u == 0x00A0 || u == u'-' || u == 0x2010 || u == 0x2011
        || u == 0x2013 || u == 0x2014 || u == u'.' || u == u'\'' || u == 0x2019;
}

} // namespace

namespace PhraseKey {

std::uint64_t hashWord(QStringView keyWord)
{
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (const QChar c : keyWord) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

int toneOf(QStringView word)
{
    const auto &t = toneTable();
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x2000 && t[u])
            return t[u];
        if (const int m = toneOfMark(u))
            return m;
    }
    return 0;
}

} // namespace PhraseKey

KeyedText::KeyedText(const QString &nfcText)
    : m_text(nfcText)
    , m_key(Normalizer::matchKey(nfcText))
{
    const qsizetype n = m_key.size();
    const QChar *k = m_key.constData();
    m_tokens.reserve(n / 6 + 16); // about one word per six characters; grows if needed
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(k[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        std::uint64_t h = 1469598103934665603ULL; // as PhraseKey::hashWord, inlined
        while (i < n && isWordChar(k[i])) {
            h ^= k[i].unicode();
            h *= 1099511628211ULL;
            ++i;
        }
        m_tokens.append(KeyToken{start, i, h});
    }
}

QStringView KeyedText::gapBefore(qsizetype i) const
{
    if (i <= 0 || i >= m_tokens.size())
        return {};
    const qsizetype from = m_tokens.at(i - 1).end;
    return QStringView(m_text).sliced(from, m_tokens.at(i).start - from);
}

bool KeyedText::joinable(qsizetype i) const
{
    if (i <= 0 || i >= m_tokens.size())
        return false;
    const QStringView gap = gapBefore(i);
    if (gap.isEmpty() || gap.size() > 4)
        return false;
    for (const QChar c : gap) {
        if (!isJoiner(c.unicode()))
            return false;
    }
    return true;
}

PhraseIndex::PhraseIndex(Direction direction)
    : m_nodes(1)
    , m_rootFilter(kFilterWords, 0)
    , m_direction(direction)
{
}

bool PhraseIndex::add(const QString &phrase, int payload, bool checkTones)
{
    const KeyedText kt(Normalizer::toNfc(phrase));
    if (kt.size() == 0)
        return false;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < kt.size(); ++i)
        order.append(m_direction == Direction::Forward ? i : kt.size() - 1 - i);
    int node = 0;
    Entry entry;
    entry.payload = payload;
    for (const qsizetype i : order) {
        const std::uint64_t h = kt.tokens().at(i).hash;
        auto it = m_nodes[size_t(node)].next.find(h);
        if (it == m_nodes[size_t(node)].next.end()) {
            m_nodes.emplace_back();
            const int child = int(m_nodes.size() - 1);
            m_nodes[size_t(node)].next.emplace(h, child);
            node = child;
        } else {
            node = it->second;
        }
        if (checkTones)
            entry.tones.append(PhraseKey::toneOf(kt.word(i)));
        if (i == order.first())
            m_rootFilter[size_t((h >> 6) % kFilterWords)] |= std::uint64_t(1) << (h & 63);
    }
    m_nodes[size_t(node)].entries.append(entry);
    return true;
}

PhraseIndex::Matches PhraseIndex::matchesAt(const KeyedText &text, qsizetype i) const
{
    Matches out;
    const auto &toks = text.tokens();
    if (i < 0 || i >= toks.size())
        return out;
    // Most words start no phrase: a bit filter on the first word answers without hashing twice.
    const std::uint64_t h0 = toks.at(i).hash;
    if (!(m_rootFilter[size_t((h0 >> 6) % kFilterWords)] & (std::uint64_t(1) << (h0 & 63))))
        return out;
    const bool fwd = m_direction == Direction::Forward;
    int node = 0;
    QVarLengthArray<int, 8> tones; // tones of the walked words
    for (qsizetype j = i, depth = 0; j >= 0 && j < toks.size(); j += fwd ? 1 : -1, ++depth) {
        if (depth > 0 && !text.joinable(fwd ? j : j + 1))
            break;
        const auto &next = m_nodes[size_t(node)].next;
        const auto it = next.find(toks.at(j).hash);
        if (it == next.end())
            break;
        node = it->second;
        tones.append(PhraseKey::toneOf(text.word(j)));
        for (const Entry &e : m_nodes[size_t(node)].entries) {
            if (!e.tones.isEmpty()
                && !std::equal(e.tones.cbegin(), e.tones.cend(), tones.cbegin(), tones.cend()))
                continue;
            Match m;
            m.first = fwd ? i : j;
            m.last = fwd ? j : i;
            m.payload = e.payload;
            out.insert(out.begin(), m); // deeper = longer, so inserting first keeps longest first
        }
    }
    return out;
}

PhraseIndex::Match PhraseIndex::longestAt(const KeyedText &text, qsizetype i) const
{
    const Matches all = matchesAt(text, i);
    if (all.isEmpty()) {
        Match none;
        none.payload = -1;
        return none;
    }
    return all.first();
}

} // namespace thp
