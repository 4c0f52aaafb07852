#include "importers/VietnameseScore.h"

#include <QString>

#include <array>

namespace thp::VietnameseScore {

namespace {

constexpr char16_t kBreve = 0x0306, kCircumflex = 0x0302, kHorn = 0x031B;

bool isTone(char16_t u)
{
    return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
}

// For U+0000..U+1FFF: the lower-case toneless Vietnamese letter (a ă â e ê i o ô ơ u ư y đ,
// or an ASCII consonant), whether it carries a tone, or 0 when it is no Vietnamese letter.
struct Letter {
    char16_t base = 0;
    bool tone = false;
};

struct Table {
    std::array<Letter, 0x2000> letters{};
    Table()
    {
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            letters[c].base = c;
            letters[c - 0x20].base = c;
        }
        for (char32_t c = 0xC0; c < 0x2000; ++c) {
            const QString d = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_D);
            const char16_t first = QChar(d.at(0)).toLower().unicode();
            if (d.size() < 2 || first >= 0x80)
                continue;
            char16_t vowelMark = 0;
            int tones = 0;
            bool other = false;
            for (qsizetype i = 1; i < d.size(); ++i) {
                const char16_t m = d.at(i).unicode();
                if (isTone(m))
                    ++tones;
                else if ((m == kBreve || m == kCircumflex || m == kHorn) && !vowelMark)
                    vowelMark = m;
                else
                    other = true;
            }
            if (other || tones > 1)
                continue;
            char16_t base = 0;
            if (!vowelMark && QStringView(u"aeiouy").contains(QChar(first)))
                base = first;
            else if (vowelMark == kBreve && first == u'a')
                base = 0x0103;
            else if (vowelMark == kCircumflex && (first == u'a' || first == u'e' || first == u'o'))
                base = first == u'a' ? 0x00E2 : first == u'e' ? 0x00EA : 0x00F4;
            else if (vowelMark == kHorn && (first == u'o' || first == u'u'))
                base = first == u'o' ? 0x01A1 : 0x01B0;
            if (base)
                letters[c] = Letter{base, tones == 1};
        }
        letters[0x0110].base = letters[0x0111].base = 0x0111; // đ does not decompose
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

bool isVowel(char16_t b)
{
    switch (b) {
    case u'a': case 0x0103: case 0x00E2: case u'e': case 0x00EA: case u'i': case u'o':
    case 0x00F4: case 0x01A1: case u'u': case 0x01B0: case u'y':
        return true;
    default:
        return false;
    }
}

bool matches(const char16_t *s, int n, int at, const char16_t *pat)
{
    int k = 0;
    for (; pat[k]; ++k) {
        if (at + k >= n || s[at + k] != pat[k])
            return false;
    }
    return true;
}

int len(const char16_t *p)
{
    int k = 0;
    while (p[k])
        ++k;
    return k;
}

// nucleus of 1-3 vowels then an optional coda, to the end
bool restIsRhyme(const char16_t *s, int n, int at)
{
    int v = 0;
    while (at + v < n && v < 4 && isVowel(s[at + v]))
        ++v;
    if (v < 1 || v > 3)
        return false;
    const int rest = at + v;
    if (rest == n)
        return true;
    static const char16_t *const codas[] = {u"ch", u"ng", u"nh", u"c", u"m", u"n", u"p", u"t"};
    for (const char16_t *c : codas) {
        if (rest + len(c) == n && matches(s, n, rest, c))
            return true;
    }
    return false;
}

} // namespace

bool isSyllable(QStringView word)
{
    const Table &t = table();
    std::array<char16_t, 16> s{};
    int n = 0;
    int tones = 0;
    for (const QChar ch : word) {
        const char16_t u = ch.unicode();
        if (isTone(u)) { // NFD input: a separate tone mark
            ++tones;
            continue;
        }
        if (u == kBreve || u == kCircumflex || u == kHorn) {
            if (n == 0)
                return false;
            char16_t &b = s[size_t(n - 1)];
            if (u == kBreve && b == u'a')
                b = 0x0103;
            else if (u == kCircumflex && (b == u'a' || b == u'e' || b == u'o'))
                b = b == u'a' ? 0x00E2 : b == u'e' ? 0x00EA : 0x00F4;
            else if (u == kHorn && (b == u'o' || b == u'u'))
                b = b == u'o' ? 0x01A1 : 0x01B0;
            else
                return false;
            continue;
        }
        if (u >= 0x2000 || n >= 8)
            return false;
        const Letter l = t.letters[u];
        if (!l.base)
            return false;
        tones += l.tone ? 1 : 0;
        s[size_t(n++)] = l.base;
    }
    if (n == 0 || tones > 1)
        return false;
    static const char16_t *const onsets[] = {u"ngh", u"ng", u"gh", u"nh", u"ch", u"kh", u"ph", u"th", u"tr",
                                             u"gi", u"qu", u"b", u"c", u"d", u"\u0111", u"g", u"h", u"k",
                                             u"l", u"m", u"n", u"p", u"q", u"r", u"s", u"t", u"v", u"x", u""};
    for (const char16_t *o : onsets) {
        if (matches(s.data(), n, 0, o) && restIsRhyme(s.data(), n, len(o)))
            return true;
    }
    return false;
}

Score score(QStringView text, int maxWords)
{
    Score r;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && r.counted < maxWords) {
        // A word is a run of anything but spaces, ASCII digits/punctuation and general
        // punctuation (quotes, dashes): wrongly decoded bytes must stay inside the word.
        auto separator = [](char16_t u) {
            if (u < 0x80)
                return !((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'));
            return u == 0xA0 || (u >= 0x2000 && u <= 0x206F) || u == 0x3000 || u == 0xFEFF;
        };
        while (i < n && separator(text.at(i).unicode()))
            ++i;
        const qsizetype start = i;
        bool nonAscii = false;
        while (i < n && !separator(text.at(i).unicode())) {
            nonAscii = nonAscii || text.at(i).unicode() >= 0x80;
            ++i;
        }
        if (i > start && nonAscii) {
            ++r.counted;
            if (isSyllable(text.mid(start, i - start)))
                ++r.valid;
        }
    }
    r.share = r.counted ? double(r.valid) / r.counted : 0.0;
    return r;
}

} // namespace thp::VietnameseScore
