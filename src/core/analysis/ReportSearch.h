#pragma once
// Full-text search over the stored reports, insensitive to case and diacritics
// ("ky luat" and "KỶ LUẬT" find "kỷ luật"; "dang" finds "Đảng"). Every word must occur;
// the last word may be the start of a word (search as you type).
//
// Order (SQLite): the best matches first (bm25; a word in the title counts 5 times) among
// the newest kRankedMatches matching reports (newest = imported last). With fewer matches
// than that, simply the best matches of all; when a word is in nearly every report, the
// hits come from the recent reports, best first. PostgreSQL: reports whose title holds the
// first word first, then in import order.

#include <QList>
#include <QString>

namespace thp {

class Database;

struct SearchHit {
    qint64 reportId = 0;
    QString title;
    QString province;
    int year = 0;
    QString snippet;             // the report's own words around the first match
    qsizetype snippetMatchStart = -1; // the match inside snippet (to highlight), -1 if none
    qsizetype snippetMatchLength = 0;
    qsizetype textOffset = -1;   // the match in the report text (UTF-16), to show it in context
};

class ReportSearch
{
public:
    explicit ReportSearch(Database &db);

    // How many of the newest matching reports are ranked (see above).
    static constexpr int kRankedMatches = 1000;

    QList<SearchHit> search(const QString &text, int limit = 50, QString *error = nullptr) const;

    // The words of a query after folding, as the index sees them.
    static QStringList queryWords(const QString &text);

private:
    Database &m_db;
};

} // namespace thp
