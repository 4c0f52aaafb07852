#include "text/Tokenizer.h"

namespace thp {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}
} // namespace

QList<Token> Tokenizer::tokenize(const QString &text, const QString &key, qsizetype start, qsizetype end)
{
    QList<Token> out;
    out.reserve((end - start) / 4);
    qsizetype i = start;
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            Token t;
            t.kind = Token::Number;
            t.number = NumberReader::read(text, key, i, end);
            t.start = t.number.start;
            t.end = t.number.end;
            // a number glued to letters ("NQTW4", "COVID-19" parts) is a name, not a figure
            const bool gluedBefore = i > 0 && isWordChar(text.at(i - 1));
            const bool gluedAfter = t.end < end && isWordChar(text.at(t.end)) && t.number.kind != NumberToken::DocNumber;
            if (gluedBefore || gluedAfter)
                t.number.kind = NumberToken::DocNumber;
            out.append(t);
            i = qMax(t.end, i + 1);
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            while (j < end && isWordChar(text.at(j)))
                ++j;
            // a digit glued after letters belongs to a code such as "NQTW4": keep it in the word
            while (j < end && (isWordChar(text.at(j)) || (text.at(j).isDigit())))
                ++j;
            Token t;
            t.kind = Token::Word;
            t.start = i;
            t.end = j;
            t.key = QStringView(key).mid(i, j - i);
            t.hash = wordKeyHash(t.key);
            out.append(t);
            i = j;
            continue;
        }
        Token t;
        t.kind = Token::Punct;
        t.start = i;
        t.end = i + 1;
        t.punct = c;
        out.append(t);
        ++i;
    }
    return out;
}

} // namespace thp
