#pragma once
// A word trie over matchKey'd phrases (place names, cue words, document types), so a text is
// scanned once and every position is looked up in time bounded by the longest phrase: no
// per-name search over the whole text. Phrases match across spaces, hyphens, dashes, dots
// and apostrophes ("Bà Rịa - Vũng Tàu" = "Bà Rịa-Vũng Tàu", "TP.HCM" = "TP HCM"), never
// across a line break; the tone of each syllable must agree ("Thạnh Hóa" is not "Thanh Hóa"),
// whatever its placement ("Hoà" = "Hòa").

#include <QList>
#include <QVarLengthArray>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace thp {

// One word of a text: a maximal run of letters and digits, offsets into the NFC text.
struct KeyToken {
    qsizetype start = 0;
    qsizetype end = 0;
    std::uint64_t hash = 0; // of the matchKey'd word
};

// The text, its match key and its words, computed once and shared by every scan.
class KeyedText
{
public:
    explicit KeyedText(const QString &nfcText);

    const QString &text() const { return m_text; }
    const QString &key() const { return m_key; }
    const QList<KeyToken> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }

    QStringView word(qsizetype i) const // original text of token i
    {
        const KeyToken &t = m_tokens.at(i);
        return QStringView(m_text).sliced(t.start, t.end - t.start);
    }
    QStringView keyWord(qsizetype i) const // matchKey'd text of token i
    {
        const KeyToken &t = m_tokens.at(i);
        return QStringView(m_key).sliced(t.start, t.end - t.start);
    }
    bool keyIs(qsizetype i, QStringView keyWord) const
    {
        if (i < 0 || i >= m_tokens.size())
            return false;
        const KeyToken &t = m_tokens.at(i);
        return t.end - t.start == keyWord.size()
            && std::equal(keyWord.begin(), keyWord.end(), m_key.constData() + t.start);
    }
    // Whether tokens i-1 and i may belong to one phrase (short gap of spaces, hyphens, dashes,
    // dots or apostrophes; no line break).
    bool joinable(qsizetype i) const;
    QStringView gapBefore(qsizetype i) const;
    bool startsUpper(qsizetype i) const // capitalised word (or a number)
    {
        const QChar c = m_text.at(m_tokens.at(i).start);
        return c.isUpper() || c.isDigit();
    }

private:
    QString m_text;
    QString m_key;
    QList<KeyToken> m_tokens;
};

namespace PhraseKey {
std::uint64_t hashWord(QStringView keyWord);
// Tone of a syllable: 0 none, 1 huyền, 2 sắc, 3 ngã, 4 hỏi, 5 nặng (first tone mark found).
int toneOf(QStringView word);
}

class PhraseIndex
{
public:
    enum class Direction { Forward, Backward };
    explicit PhraseIndex(Direction direction = Direction::Forward);

    // Adds a phrase (NFC text) with a payload; returns false when it has no word.
    // With checkTones, the syllables' tones must agree with the text's.
    bool add(const QString &phrase, int payload, bool checkTones = true);

    struct Match {
        qsizetype first = 0; // first token of the phrase in text order
        qsizetype last = 0;  // last token (inclusive)
        int payload = 0;
        qsizetype words() const { return last - first + 1; }
    };
    using Matches = QVarLengthArray<Match, 8>;
    // Phrases matching at token i: Forward = starting at i, Backward = ending at i.
    // Longest first.
    Matches matchesAt(const KeyedText &text, qsizetype i) const;
    // The longest match, or a match with payload -1 when none.
    Match longestAt(const KeyedText &text, qsizetype i) const;

    bool isEmpty() const { return m_nodes.size() <= 1; }

private:
    struct Entry {
        int payload = 0;
        QList<int> tones; // per word, in walking order; empty = not checked
    };
    struct Node {
        std::unordered_map<std::uint64_t, int> next;
        QList<Entry> entries;
    };
    static constexpr size_t kFilterWords = 1024; // 65536-bit filter of first words
    std::vector<Node> m_nodes;
    std::vector<std::uint64_t> m_rootFilter;
    Direction m_direction;
};

} // namespace thp
