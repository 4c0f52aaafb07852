#pragma once
// Turns the positioned text lines of PDF pages into paragraphs: page furniture (lines that
// repeat at the top/bottom of most pages, bare page numbers) removed, lines grouped into
// paragraphs by vertical gaps, short lines and indentation, words hyphenated at a line end
// joined again, paragraphs that run over a page break joined.

#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace thp {

class PdfLayout
{
public:
    struct Line {
        QString text;
        QRectF box; // points, y grows downwards
    };
    using Page = std::vector<Line>;

    static QStringList paragraphs(std::vector<Page> pages, int *furnitureRemoved = nullptr);

    // Joins two lines of one paragraph: "quy-" + "định" is decided by whether the joined
    // word is a syllable; "05-" + "CT/TW" keeps its hyphen; otherwise a space.
    static QString joinLines(const QString &first, const QString &second);
    // The same, appending line to paragraph (already trimmed) in place.
    static void appendLine(QString &paragraph, QStringView line);
    // Paragraph text of plain text lines (OCR output: blank lines separate paragraphs).
    static QStringList paragraphsOfPlainText(const QString &text);
};

} // namespace thp
