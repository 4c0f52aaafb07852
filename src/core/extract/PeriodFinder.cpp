#include "extract/PeriodFinder.h"

namespace thp {

bool MarkedTokens::has(int token, PhraseRole::Type type, QString *id) const
{
    if (token < 0 || token >= int(entry.size()) || entry[size_t(token)] < 0)
        return false;
    for (const PhraseRole &r : rules->roles(entry[size_t(token)]))
        if (r.type == type) {
            if (id)
                *id = r.id;
            return true;
        }
    return false;
}

int MarkedTokens::markEndingAt(int token) const
{
    // Marks are few and short; look back a handful of tokens.
    for (int s = token - 1; s >= 0 && s >= token - 12; --s)
        if (entry[size_t(s)] >= 0 && end[size_t(s)] == token)
            return s;
    return -1;
}

namespace {

int yearOf(const Token &t)
{
    if (t.kind != Token::Number)
        return 0;
    if (t.number.kind == NumberToken::Year)
        return int(t.number.value);
    if (t.number.kind == NumberToken::Date && NumberReader::isYear(t.number.value2))
        return int(t.number.value2);
    return 0;
}

bool isPunct(const Token &t, char16_t c)
{
    return t.kind == Token::Punct && t.punct.unicode() == c;
}

} // namespace

QList<PeriodExpr> PeriodFinder::find(const MarkedTokens &m)
{
    const QList<Token> &tokens = *m.tokens;
    QList<PeriodExpr> out;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        if (t.kind != Token::Number)
            continue;
        if (t.number.kind == NumberToken::YearRange) {
            out.append({i, i, {Period{int(t.number.value), int(t.number.value2)}}, false});
            continue;
        }
        if (t.number.kind != NumberToken::Year)
            continue;
        // Dates of cited documents are Date tokens, so a Year token here is a stated year.
        const int y = int(t.number.value);
        PeriodExpr e{i, i, {Period{y, y}}, false};
        int j = i + 1;
        // "2016 - 2020", "2016 – 2020"
        if (j + 1 < n && (isPunct(tokens.at(j), u'-') || isPunct(tokens.at(j), 0x2013)) && yearOf(tokens.at(j + 1))
            && tokens.at(j + 1).number.kind == NumberToken::Year) {
            const int y2 = yearOf(tokens.at(j + 1));
            if (y2 >= y) {
                e.periods = {Period{y, y2}};
                e.lastToken = j + 1;
                out.append(e);
                i = j + 1;
                continue;
            }
        }
        // "... đến (năm|tháng|hết năm) 2020 / 3-2021 / nay"
        if (j < n && m.has(j, PhraseRole::RangeTo)) {
            const int after = m.end[size_t(j)];
            if (after < n && yearOf(tokens.at(after)) >= y) {
                e.periods = {Period{y, yearOf(tokens.at(after))}};
                e.lastToken = after;
                out.append(e);
                i = after;
                continue;
            }
            if (after < n && m.has(after, PhraseRole::OpenEnd)) {
                e.periods.clear();
                e.open = true;
                e.lastToken = m.end[size_t(after)] - 1;
                out.append(e);
                i = e.lastToken;
                continue;
            }
        }
        // "năm 2021, 2022" / "năm 2021 và 2022": one period per year
        int k = j;
        while (k + 1 < n && (isPunct(tokens.at(k), u',')
                             || (tokens.at(k).kind == Token::Word && tokens.at(k).key == u"va"))
               && tokens.at(k + 1).kind == Token::Number && tokens.at(k + 1).number.kind == NumberToken::Year) {
            const int yk = int(tokens.at(k + 1).number.value);
            e.periods.append(Period{yk, yk});
            e.lastToken = k + 1;
            k += 2;
        }
        out.append(e);
        i = e.lastToken;
    }
    return out;
}

} // namespace thp
