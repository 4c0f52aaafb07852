#include "importers/Paragraphs.h"

#include "text/Normalizer.h"

#include <utility>

namespace thp::Paragraphs {

namespace {

bool isBreak(char16_t u)
{
    return u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v' || u == 0x2028 || u == 0x2029 || u == 0x85;
}

bool isBlank(char16_t u)
{
    return u == u' ' || u == u'\t' || u == 0xA0 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F
        || u == 0x3000 || u == 0x1680;
}

bool isInvisible(char16_t u)
{
    return u == 0x200B || u == 0xFEFF || u == 0x00AD || u == 0x2060;
}

// White space and invisible characters of src[0..n) into dst (dst may be src: it never gets
// ahead of the reading); returns the length written, *removed if an invisible one went.
qsizetype collapse(const char16_t *src, qsizetype n, char16_t *dst, bool *removedOut)
{
    qsizetype o = 0;
    bool pendingSpace = false;
    bool pendingBreak = false;
    bool removed = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i];
        if (u > u' ' && u < 0x7F) { // the common case: visible ASCII
            if (pendingBreak | pendingSpace) {
                if (pendingBreak)
                    dst[o++] = u'\n';
                else if (o > 0)
                    dst[o++] = u' ';
                pendingBreak = pendingSpace = false;
            }
            dst[o++] = u;
        } else if (isBreak(u)) {
            pendingSpace = false;
            pendingBreak = o > 0;
        } else if (isBlank(u)) {
            pendingSpace = true;
        } else if (isInvisible(u)) {
            removed = true;
        } else {
            if (pendingBreak)
                dst[o++] = u'\n';
            else if (pendingSpace && o > 0)
                dst[o++] = u' ';
            pendingBreak = pendingSpace = false;
            dst[o++] = u;
        }
    }
    *removedOut = removed;
    return o;
}

} // namespace

QString normalize(QStringView text, Input input)
{
    // White space first, NFC last: removing an invisible character between a letter and its
    // mark must still give the composed letter. Collapsing blanks never breaks NFC, so text
    // that was NFC and lost no invisible character needs no second look.
    QString out(text.size(), Qt::Uninitialized);
    bool removed = false;
    out.truncate(collapse(text.utf16(), text.size(), reinterpret_cast<char16_t *>(out.data()), &removed));
    if (input == Input::Nfc && !removed)
        return out;
    return Normalizer::toNfc(out);
}

QString normalize(QString &&text, Input input)
{
    // In place: a large document is not copied once more (nor its pages faulted in again).
    bool removed = false;
    char16_t *data = reinterpret_cast<char16_t *>(text.data()); // detaches first if shared
    text.truncate(collapse(data, text.size(), data, &removed));
    if (input == Input::Nfc && !removed)
        return std::move(text);
    return Normalizer::toNfc(text);
}

namespace {

void countParagraphs(ImportedText &doc)
{
    doc.paragraphs = doc.text.isEmpty() ? 0 : int(doc.text.count(QLatin1Char('\n')) + 1);
    if (doc.title.isEmpty())
        doc.title = doc.text.section(QLatin1Char('\n'), 0, 0).left(300);
}

} // namespace

QString join(const QStringList &paragraphs)
{
    return normalize(paragraphs.join(QLatin1Char('\n')));
}

void fill(ImportedText &doc, QStringView text, Input input)
{
    doc.text = normalize(text, input);
    countParagraphs(doc);
}

void fill(ImportedText &doc, QString &&text, Input input)
{
    doc.text = normalize(std::move(text), input);
    countParagraphs(doc);
}

} // namespace thp::Paragraphs
