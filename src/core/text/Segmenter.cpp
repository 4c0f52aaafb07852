#include "text/Segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace thp {

Segmenter::Segmenter(QSet<QString> abbreviations)
    : m_abbreviations(std::move(abbreviations))
{
}

Segmenter::~Segmenter() = default;

namespace {

void addTrimmedPart(QList<TextRange> &out, const QString &text, qsizetype s, qsizetype e);

// No real sentence is this long; run-on text (a file without punctuation) is cut at the last
// ';', ',' or space before the limit so that later steps work on bounded pieces.
constexpr qsizetype kMaxSentence = 8000;

void addBounded(QList<TextRange> &out, const QString &text, qsizetype s, qsizetype e)
{
    while (e - s > kMaxSentence) {
        qsizetype cut = s + kMaxSentence;
        qsizetype best = -1;
        for (qsizetype i = cut; i > s + kMaxSentence / 2; --i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char(';') || c == QLatin1Char(',')) {
                best = i + 1;
                break;
            }
            if (best < 0 && c.isSpace())
                best = i;
        }
        if (best < 0)
            best = cut;
        addTrimmedPart(out, text, s, best);
        s = best;
    }
    addTrimmedPart(out, text, s, e);
}

void addTrimmedPart(QList<TextRange> &out, const QString &text, qsizetype s, qsizetype e)
{
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    if (e > s)
        out.append({s, e});
}

// Reports end sentences with an ellipsis ("... công tác cán bộ… Từ năm 2016, ...") where
// ICU sees none: split after "…" or "..." followed by white space and a capital letter.
void addTrimmed(QList<TextRange> &out, const QString &text, qsizetype s, qsizetype e)
{
    qsizetype from = s;
    for (qsizetype i = s; i < e; ++i) {
        qsizetype after = -1;
        if (text.at(i) == QChar(0x2026))
            after = i + 1;
        else if (i + 2 < e && text.at(i) == QLatin1Char('.') && text.at(i + 1) == QLatin1Char('.')
                 && text.at(i + 2) == QLatin1Char('.'))
            after = i + 3;
        if (after < 0)
            continue;
        qsizetype j = after;
        while (j < e && text.at(j).isSpace())
            ++j;
        if (j > after && j < e && text.at(j).isUpper()) {
            addBounded(out, text, from, after);
            from = j;
            i = j;
        }
    }
    addBounded(out, text, from, e);
}

} // namespace

QList<TextRange> Segmenter::sentences(const QString &text, const QString &key) const
{
    QList<TextRange> out;
    // Paragraphs first (a line break always ends a sentence), then ICU inside each.
    UErrorCode st = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> iter(
        icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), st));
    if (U_FAILURE(st) || !iter) {
        // Without ICU data, fall back to paragraphs.
        qsizetype s = 0;
        for (qsizetype i = 0; i <= text.size(); ++i)
            if (i == text.size() || text.at(i) == QLatin1Char('\n')) {
                addTrimmed(out, text, s, i);
                s = i + 1;
            }
        return out;
    }
    qsizetype paraStart = 0;
    while (paraStart < text.size()) {
        qsizetype paraEnd = text.indexOf(QLatin1Char('\n'), paraStart);
        if (paraEnd < 0)
            paraEnd = text.size();
        if (paraEnd > paraStart) {
            UErrorCode ust = U_ZERO_ERROR;
            UText *ut = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()) + paraStart,
                                         int64_t(paraEnd - paraStart), &ust);
            iter->setText(ut, ust);
            qsizetype sentStart = paraStart;
            for (int32_t b = iter->next(); b != icu::BreakIterator::DONE; b = iter->next()) {
                const qsizetype pos = paraStart + b;
                // Does the fragment end with "<abbreviation>." ? Then keep going.
                qsizetype e = pos;
                while (e > sentStart && text.at(e - 1).isSpace())
                    --e;
                if (pos < paraEnd && e > sentStart && text.at(e - 1) == QLatin1Char('.')) {
                    qsizetype ws = e - 1;
                    while (ws > sentStart && (key.at(ws - 1).isLetter() || key.at(ws - 1) == QLatin1Char('.')))
                        --ws;
                    const QString word = key.mid(ws, e - 1 - ws);
                    if (!word.isEmpty() && (m_abbreviations.contains(word) || word.size() == 1))
                        continue;
                }
                addTrimmed(out, text, sentStart, pos);
                sentStart = pos;
            }
            if (sentStart < paraEnd)
                addTrimmed(out, text, sentStart, paraEnd);
            utext_close(ut);
        }
        paraStart = paraEnd + 1;
    }
    return out;
}

} // namespace thp
