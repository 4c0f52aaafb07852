#include "analysis/ReportSearch.h"

#include "store/Database.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace thp {

namespace {

constexpr qsizetype kSnippetContext = 80;

// Where the query's words first occur together in the folded text, as [start, end).
// Prefers the whole phrase; falls back to the first word.
std::pair<qsizetype, qsizetype> firstMatch(const QString &folded, const QStringList &words)
{
    if (words.isEmpty())
        return {-1, -1};
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w);
    const QRegularExpression phrase(QStringLiteral("(?<![\\p{L}\\p{N}])") + escaped.join(QStringLiteral("[^\\p{L}\\p{N}]+")),
                                    QRegularExpression::UseUnicodePropertiesOption);
    QRegularExpressionMatch m = phrase.match(folded);
    if (!m.hasMatch()) {
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])") + escaped.first(),
                                      QRegularExpression::UseUnicodePropertiesOption);
        m = word.match(folded);
    }
    if (!m.hasMatch())
        return {-1, -1};
    return {m.capturedStart(), m.capturedEnd()};
}

// The longest prefixes the index keeps lists for (migration 3: prefix = '2 3').
constexpr qsizetype kIndexedPrefix = 3;

// The one term of the index that starts with `prefix`, if there is exactly one; empty when
// there are none or several, or the index's terms cannot be read (then the caller keeps the
// prefix query). FTS5 answers a longer prefix than it keeps lists for by merging the whole
// doclist of every such term into memory first: 50-80 ms for "vien*" in 97,000 of 100,000
// reports the first time, against ~10 ms for the term "vien" itself, which lists the same
// reports with the same ranking when it is the only term starting so. Two seeks in the
// term list ("instance" vocabulary, read in term order) tell which case it is.
QString soleTermWithPrefix(const QSqlDatabase &connection, const QString &prefix)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.thp_search_terms "
                               "USING fts5vocab(main, reports_fts, instance)")))
        return {};
    // No ORDER BY: the vocabulary is read in term order, and sorting would read every term.
    auto firstTermFrom = [&q](const QString &from) -> std::optional<QString> {
        q.prepare(QStringLiteral("SELECT term FROM temp.thp_search_terms WHERE term >= ? LIMIT 1"));
        q.addBindValue(from);
        if (!q.exec())
            return std::nullopt;
        return q.next() ? q.value(0).toString() : QString();
    };
    const std::optional<QString> first = firstTermFrom(prefix);
    if (!first || !first->startsWith(prefix))
        return {};
    // Terms are letters and digits, so the next term, if any, is at least term + U+0001.
    const std::optional<QString> next = firstTermFrom(*first + QChar(1));
    if (!next || next->startsWith(prefix))
        return {};
    return *first;
}

} // namespace

ReportSearch::ReportSearch(Database &db) : m_db(db) {}

QStringList ReportSearch::queryWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return Normalizer::searchFold(text).split(separators, Qt::SkipEmptyParts);
}

QList<SearchHit> ReportSearch::search(const QString &text, int limit, QString *error) const
{
    QList<SearchHit> hits;
    const QStringList words = queryWords(text);
    if (words.isEmpty())
        return hits;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (m_db.isPostgres()) {
        // PostgreSQL keeps folded copies; every word must start a word there (\m), the
        // last one as a prefix, the others whole (\M), as FTS5 does. Words are letters and
        // digits only, so they carry no regular-expression syntax.
        QString sql = QStringLiteral("SELECT r.id, r.title, r.province, r.report_year, r.text FROM reports r WHERE TRUE");
        for (qsizetype i = 0; i < words.size(); ++i)
            sql += QStringLiteral(" AND (r.folded_title || ' ' || r.folded_text) ~ ?");
        q.prepare(sql + QStringLiteral(" ORDER BY (r.folded_title ~ ?) DESC, r.id LIMIT ?"));
        for (qsizetype i = 0; i < words.size(); ++i)
            q.addBindValue(QString(QStringLiteral("\\m") + words.at(i) + (i + 1 < words.size() ? QStringLiteral("\\M") : QString())));
        q.addBindValue(QString(QStringLiteral("\\m") + words.first()));
    } else {
        // Each word quoted, so nothing the user types is FTS5 syntax; the last one as a prefix.
        // A last word longer than the indexed prefixes that only one term starts with is
        // searched as that term: the same reports and ranking, without FTS5's prefix merge.
        const QString sole = words.last().size() > kIndexedPrefix ? soleTermWithPrefix(m_db.connection(), words.last()) : QString();
        QStringList terms;
        for (const QString &w : words)
            terms << QLatin1Char('"') + QString(w).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        if (sole.isEmpty())
            terms.last() += QLatin1Char('*');
        else
            terms.last() = QLatin1Char('"') + QString(sole).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        // Ranked (bm25, a title match weighing 5 times the body) among the newest
        // kRankedMatches matching reports only: FTS5 hands those out newest first without
        // looking at the rest, while ranking every match of a common word took 0.2-0.6 s on
        // 100,000 reports (docs/benchmarks.md). Cut to `limit` before the join, so that only
        // those reports' texts are read.
        q.prepare(QStringLiteral(
            "SELECT r.id, r.title, r.province, r.report_year, r.text FROM "
            "(SELECT id, score FROM (SELECT rowid AS id, bm25(reports_fts, 5.0, 1.0) AS score FROM reports_fts "
            "WHERE reports_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score, id DESC LIMIT ?) m "
            "JOIN reports r ON r.id = m.id ORDER BY m.score, m.id DESC"));
        q.addBindValue(terms.join(QLatin1Char(' ')));
        q.addBindValue(ReportSearch::kRankedMatches);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return hits;
    }
    while (q.next()) {
        SearchHit h;
        h.reportId = q.value(0).toLongLong();
        h.title = q.value(1).toString();
        h.province = q.value(2).toString();
        h.year = q.value(3).toInt();
        const QString body = q.value(4).toString();
        // searchFold keeps one unit per unit of NFC text: offsets carry over to the stored text.
        const auto [start, end] = firstMatch(Normalizer::searchFold(body), words);
        if (start >= 0) {
            const qsizetype from = qMax<qsizetype>(0, start - kSnippetContext);
            const qsizetype to = qMin(body.size(), end + kSnippetContext);
            QString snippet = body.mid(from, to - from).simplified();
            const QString matched = body.mid(start, end - start).simplified();
            h.snippet = (from > 0 ? QStringLiteral("…") : QString()) + snippet + (to < body.size() ? QStringLiteral("…") : QString());
            h.snippetMatchStart = h.snippet.indexOf(matched);
            h.snippetMatchLength = h.snippetMatchStart >= 0 ? matched.size() : 0;
            h.textOffset = start;
        } else {
            // Matched in the title only.
            h.snippet = body.left(2 * kSnippetContext).simplified();
        }
        hits.append(h);
    }
    return hits;
}

} // namespace thp
