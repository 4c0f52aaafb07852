#pragma once
// Splits a sentence into words, numbers and punctuation, with offsets into the text.
// Words are compared through their match key (case and tone placement folded).

#include "text/NumberReader.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace thp {

struct Token {
    enum Kind : quint8 { Word, Number, Punct };
    Kind kind = Word;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView key;     // match key of a word (view into the key string)
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
