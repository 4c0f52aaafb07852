#pragma once
// Splits a sentence into words, numbers and punctuation, with offsets into the text.
// Words are compared through their match key (case and tone placement folded).

#include "text/NumberReader.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace thp {

// FNV-1a over the UTF-16 units of a word's match key; shared by the tokenizer (once per
// word) and the phrase trie, so phrase matching never hashes a word twice.
inline quint64 wordKeyHash(QStringView key)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

struct Token {
    enum Kind : quint8 { Word, Number, Punct };
    Kind kind = Word;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView key;     // match key of a word (view into the key string)
    quint64 hash = 0;    // wordKeyHash(key) for words
    QChar punct;         // for Punct
    NumberToken number;  // for Number
};

class Tokenizer
{
public:
    // text and key must outlive the tokens (keys are views).
    static QList<Token> tokenize(const QString &text, const QString &key, qsizetype start, qsizetype end);
};

} // namespace thp
