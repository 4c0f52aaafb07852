#include "text/NumberReader.h"

#include <QStringView>

namespace thp {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

qsizetype digitRun(const QString &t, qsizetype i, qsizetype limit)
{
    qsizetype j = i;
    while (j < limit && isDigit(t.at(j)))
        ++j;
    return j - i;
}

double digitsValue(QStringView v)
{
    double x = 0;
    for (QChar c : v)
        if (isDigit(c))
            x = x * 10 + (c.unicode() - '0');
    return x;
}

bool isCodeChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.');
}

// Consumes the rest of a document code such as "-QĐi/TW" or "/2025/QH15".
qsizetype codeEnd(const QString &t, qsizetype i, qsizetype limit)
{
    while (i < limit && isCodeChar(t.at(i))) {
        // a trailing '.' or '-' ends the sentence or a range, not the code
        if ((t.at(i) == QLatin1Char('.') || t.at(i) == QLatin1Char('-') || t.at(i) == QLatin1Char('/'))
            && (i + 1 >= limit || !t.at(i + 1).isLetterOrNumber()))
            break;
        ++i;
    }
    return i;
}

struct Multiplier {
    const char16_t *word;
    double factor;
};
// Keys (tone-free, lower case) of the words that scale a number. "tỷ" only when not "tỷ lệ".
constexpr Multiplier kMultipliers[] = {
    {u"nghin", 1e3}, {u"ngan", 1e3}, {u"triêu", 1e6}, {u"ty", 1e9}, {u"van", 1e4}, {u"trăm", 1e2},
};

} // namespace

NumberToken NumberReader::read(const QString &text, const QString &key, qsizetype pos, qsizetype limit)
{
    using enum NumberToken::Kind;
    NumberToken tok;
    tok.start = pos;
    const qsizetype n1 = digitRun(text, pos, limit);
    qsizetype i = pos + n1;
    QString digits = text.mid(pos, n1);
    tok.leadingZero = n1 > 1 && text.at(pos) == QLatin1Char('0');

    auto at = [&](qsizetype k) { return k < limit ? text.at(k) : QChar(); };

    // Thousands groups: ".ddd" repeated, each exactly three digits, first group 1–3 digits.
    bool grouped = false;
    if (n1 <= 3) {
        while (at(i) == QLatin1Char('.') && isDigit(at(i + 1))) {
            const qsizetype g = digitRun(text, i + 1, limit);
            if (g != 3)
                break;
            digits += text.mid(i + 1, 3);
            i += 4;
            grouped = true;
        }
    }
    // A dot followed by digits that are not a thousands group: flag, do not guess.
    if (at(i) == QLatin1Char('.') && isDigit(at(i + 1))) {
        const qsizetype g = digitRun(text, i + 1, limit);
        tok.kind = Suspicious;
        tok.value = digitsValue(digits);
        tok.end = i + 1 + g;
        return tok;
    }
    tok.value = digitsValue(digits);

    // Time 09:17
    if (!grouped && at(i) == QLatin1Char(':') && digitRun(text, i + 1, limit) == 2) {
        tok.kind = Time;
        tok.end = i + 3;
        return tok;
    }
    // Document codes: 08-QĐi/TW, 23-KH/TU, 28/NQ-TW
    if (!grouped && (at(i) == QLatin1Char('-') || at(i) == QLatin1Char('/')) && at(i + 1).isLetter()) {
        tok.kind = DocNumber;
        tok.end = codeEnd(text, i, limit);
        return tok;
    }
    // Dashes and slashes between numbers: dates, year ranges, month-years, ratios.
    if (at(i) == QLatin1Char('-') || at(i) == QLatin1Char('/') || at(i) == QChar(0x2013)) {
        const QChar sep = at(i);
        // Year ranges may be written with spaces around the dash: "2016 - 2020".
        const qsizetype n2 = digitRun(text, i + 1, limit);
        if (n2 > 0) {
            qsizetype j = i + 1 + n2;
            QString d2 = text.mid(i + 1, n2);
            bool grouped2 = false;
            if (n2 <= 3) {
                while (at(j) == QLatin1Char('.') && digitRun(text, j + 1, limit) == 3) {
                    d2 += text.mid(j + 1, 3);
                    j += 4;
                    grouped2 = true;
                }
            }
            const double v2 = digitsValue(d2);
            // third part: d-m-yyyy, d/m/yyyy, or a code like 202/2025/QH15
            if ((at(j) == sep) && isDigit(at(j + 1)) && !grouped && !grouped2) {
                const qsizetype n3 = digitRun(text, j + 1, limit);
                qsizetype k = j + 1 + n3;
                if (at(k) == QLatin1Char('/') && at(k + 1).isLetter()) {
                    tok.kind = DocNumber;
                    tok.end = codeEnd(text, k, limit);
                    return tok;
                }
                tok.kind = Date;
                tok.value2 = digitsValue(QStringView(text).mid(j + 1, n3)); // the year
                tok.end = k;
                return tok;
            }
            if (at(j) == QLatin1Char('/') && at(j + 1).isLetter()) {
                tok.kind = DocNumber;
                tok.end = codeEnd(text, j, limit);
                return tok;
            }
            if (!grouped && !grouped2 && isYear(tok.value) && isYear(v2) && n1 == 4 && n2 == 4) {
                tok.kind = YearRange;
                tok.value2 = v2;
                tok.end = j;
                return tok;
            }
            if (!grouped && !grouped2 && n2 == 4 && isYear(v2) && tok.value >= 1 && tok.value <= 12) {
                tok.kind = Date; // month-year: tháng 3-2021, 3/2021
                tok.value2 = v2;
                tok.end = j;
                return tok;
            }
            if (!grouped && !grouped2 && n1 <= 2 && n2 <= 2 && tok.value >= 1 && tok.value <= 31 && v2 >= 1
                && v2 <= 12 && sep != QLatin1Char('/')) {
                tok.kind = Date; // day-month: 25-10
                tok.end = j;
                return tok;
            }
            if (sep == QLatin1Char('/')) {
                tok.kind = Ratio;
                tok.value2 = v2;
                tok.end = j;
                return tok;
            }
            // "5-7": a range of counts; not a single figure.
            tok.kind = Suspicious;
            tok.end = j;
            return tok;
        }
    }
    // Decimal comma: "98,4" — but not "41, cấp" (space) and not a list of years "2021,2022".
    if (at(i) == QLatin1Char(',') && isDigit(at(i + 1)) && !grouped) {
        const qsizetype nd = digitRun(text, i + 1, limit);
        const double frac = digitsValue(QStringView(text).mid(i + 1, nd));
        if (!(n1 == 4 && isYear(tok.value) && nd == 4 && isYear(frac))) {
            double scale = 1;
            for (qsizetype k = 0; k < nd; ++k)
                scale *= 10;
            tok.value += frac / scale;
            tok.kind = Decimal;
            i += 1 + nd;
        }
    } else if (at(i) == QLatin1Char(',') && isDigit(at(i + 1)) && grouped) {
        const qsizetype nd = digitRun(text, i + 1, limit);
        double scale = 1;
        for (qsizetype k = 0; k < nd; ++k)
            scale *= 10;
        tok.value += digitsValue(QStringView(text).mid(i + 1, nd)) / scale;
        tok.kind = Decimal;
        i += 1 + nd;
    }
    if (tok.kind == Count && !grouped && n1 == 4 && isYear(tok.value))
        tok.kind = Year;

    // Percent sign, possibly after a space.
    qsizetype k = i;
    if (at(k) == QLatin1Char(' '))
        ++k;
    if (at(k) == QLatin1Char('%')) {
        tok.kind = Percent;
        tok.end = k + 1;
        return tok;
    }
    tok.end = i;

    // Multiplier words: "15 nghìn", "1,5 triệu" — not "tỷ lệ".
    if (tok.kind == Count || tok.kind == Decimal) {
        qsizetype w = i;
        if (at(w) == QLatin1Char(' ')) {
            ++w;
            qsizetype we = w;
            while (we < limit && key.at(we).isLetter())
                ++we;
            const QStringView word = QStringView(key).mid(w, we - w);
            for (const Multiplier &m : kMultipliers) {
                if (word == QStringView(m.word)) {
                    if (word == u"ty") {
                        // "tỷ lệ" is "rate", not a billion
                        qsizetype nx = we;
                        while (nx < limit && key.at(nx) == QLatin1Char(' '))
                            ++nx;
                        if (QStringView(key).mid(nx, 2) == u"lê")
                            break;
                    }
                    tok.value *= m.factor;
                    tok.multiplied = true;
                    tok.kind = Count;
                    tok.end = we;
                    break;
                }
            }
        }
    }
    return tok;
}

} // namespace thp
