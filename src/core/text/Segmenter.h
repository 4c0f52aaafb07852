#pragma once
// Sentence segmentation of report text: ICU's sentence BreakIterator for Vietnamese,
// corrected for report conventions (abbreviations such as "TP." or "T.Ư." do not end a
// sentence; a line break always does).

#include <QList>
#include <QSet>
#include <QString>

namespace thp {

struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;
};

class Segmenter
{
public:
    // abbreviations: match keys of words that are followed by '.' without ending a sentence.
    explicit Segmenter(QSet<QString> abbreviations = {});
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    // Sentences of text (NFC), trimmed of surrounding white space; empty ones dropped.
    QList<TextRange> sentences(const QString &text, const QString &key) const;

private:
    QSet<QString> m_abbreviations;
};

} // namespace thp
