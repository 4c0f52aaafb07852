#pragma once
// Finds the article in a web page (parsed with libxml2's HTML parser, never with regexes) and drops the rest:
// menus, headers/footers, "Tin liên quan", comments, ads. Content density, not site rules:
// each block is scored by its text, commas and paragraphs, lowered by link density and
// class/id hints (menu, nav, footer, comment, related, sidebar, ads), raised by hints such
// as article, content, detail, main, body.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thp {

class HtmlArticleExtractor
{
public:
    struct Article {
        QString title;          // og:title, else the first <h1>, else <title> minus the site name
        QStringList paragraphs; // body paragraphs in order (table rows: cells joined by " | ")
    };

    // utf8Html must be UTF-8 (decode the page's charset first).
    static Article extract(const QByteArray &utf8Html);
};

} // namespace thp
