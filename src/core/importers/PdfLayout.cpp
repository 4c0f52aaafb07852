#include "importers/PdfLayout.h"

#include "importers/VietnameseScore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace thp {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString furnitureKey(const QString &line)
{
    QString k = line.toLower().simplified();
    for (QChar &c : k) {
        if (c.isDigit())
            c = QLatin1Char('#');
    }
    return k;
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^[\\s\\-\u2013\u2014]*(?:trang|page)?\\s*\\d{1,4}\\s*(?:(?:/|of|tr\u00ean)\\s*\\d{1,4})?[\\s\\-\u2013\u2014]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

bool endsSentence(QStringView s)
{
    const QStringView t = s.trimmed();
    if (t.isEmpty())
        return true;
    const QChar c = t.back();
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':')
        || c == QLatin1Char(';') || c == QChar(0x201D) || c == QLatin1Char('"') || c == QLatin1Char(')');
}

QStringView lastWord(QStringView s)
{
    const qsizetype sp = s.lastIndexOf(QLatin1Char(' '));
    return s.mid(sp + 1);
}

QStringView firstWord(QStringView s)
{
    const qsizetype sp = s.indexOf(QLatin1Char(' '));
    return sp < 0 ? s : s.left(sp);
}

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString PdfLayout::joinLines(const QString &first, const QString &second)
{
    QString joined = first.trimmed();
    appendLine(joined, second);
    return joined;
}

void PdfLayout::appendLine(QString &paragraph, QStringView line)
{
    // In place: joining the lines of a paragraph one by one used to copy it once per line.
    const QStringView b = line.trimmed();
    if (paragraph.isEmpty()) {
        paragraph = b.toString();
        return;
    }
    if (b.isEmpty())
        return;
    const QChar last = paragraph.back();
    if (last == QChar(0x00AD)) { // soft hyphen: a word broken by the typesetter
        paragraph.chop(1);
        paragraph += b;
        return;
    }
    if (last == QLatin1Char('-') || last == QChar(0x2010)) {
        const QStringView head = lastWord(QStringView(paragraph).chopped(1));
        const QStringView tail = firstWord(b);
        const bool letterBefore = !head.isEmpty() && head.back().isLetter();
        const bool lowerAfter = !tail.isEmpty() && tail.front().isLower();
        if (letterBefore && lowerAfter) {
            // Vietnamese writes syllables apart, so a hyphen between two syllables is a
            // compound ("tế-xã") and stays; only pieces that make one syllable together
            // ("nghi-êm") or a broken ASCII word ("docu-ment") are joined.
            const QString joined = head.toString() + tail;
            const bool asciiWord = isAscii(head) && isAscii(tail)
                && !(VietnameseScore::isSyllable(head) && VietnameseScore::isSyllable(tail));
            if (asciiWord || VietnameseScore::isSyllable(joined)) {
                paragraph.chop(1);
                paragraph += b;
                return;
            }
        }
        paragraph += b; // "05-" + "CT/TW", "25-" + "10-2018"
        return;
    }
    if (last != QLatin1Char('/')) // "Chỉ thị 05-CT/" + "TW" stay together
        paragraph += QLatin1Char(' ');
    paragraph += b;
}

QStringList PdfLayout::paragraphsOfPlainText(const QString &text)
{
    QStringList out;
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                out << current;
            current.clear();
            continue;
        }
        appendLine(current, line);
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QStringList PdfLayout::paragraphs(std::vector<Page> pages, int *furnitureRemoved)
{
    int removed = 0;
    // 1. Page furniture: among the first and last two lines of each page.
    const int n = int(pages.size());
    constexpr int kEdge = 2;
    QHash<QString, int> pagesWithKey;
    for (const Page &p : pages) {
        QSet<QString> keys;
        for (int i = 0; i < int(p.size()); ++i) {
            if (i < kEdge || i >= int(p.size()) - kEdge)
                keys.insert(furnitureKey(p[size_t(i)].text));
        }
        for (const QString &k : keys)
            ++pagesWithKey[k];
    }
    const int threshold = std::max(2, int(std::ceil(n * 0.6)));
    for (Page &p : pages) {
        Page kept;
        for (int i = 0; i < int(p.size()); ++i) {
            const bool edge = i < kEdge || i >= int(p.size()) - kEdge;
            const QString &t = p[size_t(i)].text;
            if (edge && ((n >= 2 && pagesWithKey.value(furnitureKey(t)) >= threshold) || isPageNumber(t))) {
                ++removed;
                continue;
            }
            kept.push_back(p[size_t(i)]);
        }
        p.swap(kept);
    }

    // 2. Lines -> paragraphs, page by page; 3. join across page breaks. Line height, usual
    // line gap and margins are measured over the whole document: a page with two lines
    // says nothing about them.
    std::vector<double> heights, lefts, rights, gaps;
    for (const Page &p : pages) {
        for (size_t i = 0; i < p.size(); ++i) {
            heights.push_back(p[i].box.height());
            lefts.push_back(p[i].box.left());
            rights.push_back(p[i].box.right());
        }
    }
    if (heights.empty())
        return {};
    const double h = std::max(1.0, median(heights));
    for (const Page &p : pages) {
        for (size_t i = 1; i < p.size(); ++i) {
            const double g = p[i].box.top() - p[i - 1].box.bottom();
            if (g > -0.5 * h && g < 2.0 * h)
                gaps.push_back(g);
        }
    }
    std::sort(lefts.begin(), lefts.end());
    std::sort(rights.begin(), rights.end());
    const double left = lefts[lefts.size() / 10];
    const double right = rights[rights.size() - 1 - rights.size() / 10];
    const double width = std::max(h, right - left);
    const double normalGap = gaps.empty() ? 0.2 * h : median(gaps);

    QStringList out;
    bool lastOpen = false; // the last paragraph may continue on the next page
    for (const Page &p : pages) {
        if (p.empty())
            continue;
        QString current;
        for (size_t i = 0; i < p.size(); ++i) {
            const Line &l = p[i];
            bool newParagraph = i == 0;
            if (i > 0) {
                const Line &prev = p[i - 1];
                const double gap = l.box.top() - prev.box.bottom();
                const bool bigGap = gap > normalGap + 0.25 * h; // paragraph spacing of 3 pt or more
                const bool wentUp = l.box.top() < prev.box.top() - 0.5 * h;
                const bool shortPrev = prev.box.right() < right - 0.12 * width;
                const bool indented = l.box.left() > left + 1.2 * h && l.box.left() > prev.box.left() + 1.2 * h;
                newParagraph = bigGap || wentUp || shortPrev || indented;
                // A long line wrapped onto a centred next line is one heading (a title over
                // two lines). Both sit symmetrically between the margins, which neither an
                // indented paragraph nor a body line after a short one does.
                const auto symmetric = [&](const Line &x) {
                    return std::abs((x.box.left() - left) - (right - x.box.right())) < 0.5 * h;
                };
                if (newParagraph && !bigGap && !wentUp && symmetric(prev) && symmetric(l) && l.box.left() > left + h
                    && prev.box.width() > 0.6 * width && std::abs(prev.box.height() - l.box.height()) < 0.25 * h
                    && !endsSentence(prev.text))
                    newParagraph = false;
            }
            if (i == 0 && lastOpen && !out.isEmpty()) {
                const QString t = l.text.trimmed();
                // A Vietnamese sentence never starts in lower case; an unfinished one goes on.
                if (!t.isEmpty() && (t.front().isLower() || !endsSentence(out.last()))) {
                    current = out.takeLast();
                    newParagraph = false;
                }
            }
            if (newParagraph && !current.isEmpty()) {
                out << current;
                current.clear();
            }
            appendLine(current, l.text);
        }
        if (!current.isEmpty())
            out << current;
        // Open if the page's last line reaches the right margin.
        lastOpen = p.back().box.right() >= right - 0.12 * width;
    }
    if (furnitureRemoved)
        *furnitureRemoved = removed;
    return out;
}

} // namespace thp
