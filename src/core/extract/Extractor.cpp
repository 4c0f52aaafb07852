#include "extract/Extractor.h"

#include "extract/ConsistencyChecker.h"
#include "extract/DocumentFieldsDetector.h"
#include "extract/Gazetteer.h"
#include "extract/PeriodFinder.h"
#include "extract/RuleSet.h"
#include "text/Normalizer.h"
#include "text/Segmenter.h"
#include "text/Tokenizer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace thp {

namespace {

// How far (in tokens) a figure looks back for its noun, cue, committee or comparison.
// Real sentences are far shorter; the bound keeps run-on text linear.
constexpr int kWindow = 80;

bool isHardStop(const Token &t)
{
    if (t.kind != Token::Punct)
        return false;
    switch (t.punct.unicode()) {
    case ';': case '(': case ')': case '[': case ']': case '|': case ':': case '.': case '!': case '?':
        return true;
    default:
        return false;
    }
}

// Everything known about one sentence once its phrases are marked.
struct Sentence {
    TextRange range;
    QList<Token> tokens;
    MarkedTokens marks;
    QSet<QString> contexts;     // context phrase keys present anywhere
    QSet<QString> cueIds;       // cue ids present anywhere
    std::vector<std::pair<int, QString>> contextAt; // (token, context key), for clause scope
    QList<PeriodExpr> periods;
    bool continuation = false;  // opens with "Theo đó", "Trong đó", ...: period and cue carry over
    bool cueCarry = false;      // refers back ("con số này"): the previous cue carries over
    bool listItem = false;      // "- Kỷ luật: 12 đảng viên"
    bool endsWithColon = false; // a heading that introduces a list
    bool tableRow = false;      // "Kỷ luật đảng viên | 223" (tables of Word files)
    bool headingLike = false;   // a short line with no final stop ("Kết quả năm 2022")
    // The period in force at the end of the sentence, for sentences that continue it.
    std::optional<QList<Period>> carriedOut;
    bool carriedOpen = false;
};

struct Candidate {
    int token = 0;          // index of the number token (or number word)
    NumberToken number;
    bool fromWord = false;
};

struct NounInfo {
    QString cls;            // noun class; empty = none
    int begin = -1;         // token range when direct
    int end = -1;
    bool inherited = false;
    QString text;
};

struct CueHit {
    int begin = -1;
    int end = -1;
    QString id;
    bool carried = false;   // from the previous sentence
};

} // namespace

// ---------------------------------------------------------------------------------------

class ExtractionRun
{
public:
    ExtractionRun(const RuleSet &rules, const Segmenter &segmenter, const QString &text)
        : m_rules(rules), m_segmenter(segmenter), m_text(text), m_key(Normalizer::matchKey(text))
    {
    }

    QList<Fact> run(const DocumentInfo &info);
    QStringList warnings() const { return m_warnings; }

private:
    void markSentence(Sentence &s) const;
    bool worthReading(const TextRange &r) const;
    void extractSentence(const Sentence &s, const Sentence *prev, QList<Fact> &out);
    NounInfo nounFor(const Sentence &s, int tok, int afterTok) const;
    std::optional<CueHit> postCue(const Sentence &s, int from, bool adjacentOnly) const;
    QList<CueHit> preCues(const Sentence &s, int tok, const Sentence *prev) const;
    bool ruleFits(const MetricRule &r, const Sentence &s, const QString &kind, bool nounDirect, int tok) const;
    QList<CueHit> labelCues(const Sentence &s, int tok) const;
    QList<CueHit> earlierPostCues(const Sentence &s, int tok) const;
    static std::pair<int, int> clauseAround(const Sentence &s, int tok);
    QString levelFor(const Sentence &s, const Candidate &c, int nounEnd, const CueHit *cue, bool fromActor) const;
    static bool countedAt(const Sentence &s, int nounToken);
    QString qualifierFor(const Sentence &s, const Candidate &c, int nounEnd) const;
    std::optional<QList<Period>> periodsFor(const Sentence &s, int tok, const Sentence *prev, bool *open) const;
    bool aboutOtherBody(const Sentence &s, int tok, const CueHit *cue) const;
    bool notAFigure(const Sentence &s, int tok) const;

    const RuleSet &m_rules;
    const Segmenter &m_segmenter;
    const QString &m_text;
    const QString m_key;
    DocumentInfo m_info;
    QStringList m_warnings;
    QList<QSet<QString>> m_recentCues; // cue ids of the three sentences before this one
};

bool ExtractionRun::worthReading(const TextRange &r) const
{
    const QChar *k = m_key.constData();
    qsizetype last = r.end - 1;
    while (last > r.start && k[last].isSpace())
        --last;
    if (k[last] == QLatin1Char(':'))
        return true;
    qsizetype i = r.start;
    quint64 previous = 0;
    bool first = true;
    while (i < r.end) {
        const char16_t u = k[i].unicode();
        if (u >= '0' && u <= '9')
            return true;
        if (!k[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype wordStart = i;
        while (i < r.end && (k[i].isLetter() || k[i].isMark()))
            ++i;
        const quint64 h = wordKeyHash(QStringView(m_key).mid(wordStart, i - wordStart));
        if ((first && m_rules.isContinuationStart(h)) || (previous && m_rules.isTriggerPair(RuleSet::pairHash(previous, h))))
            return true;
        previous = h;
        first = false;
    }
    return false;
}

void ExtractionRun::markSentence(Sentence &s) const
{
    const int n = int(s.tokens.size());
    s.marks.tokens = &s.tokens;
    s.marks.rules = &m_rules;
    s.marks.entry.assign(size_t(n), -1);
    s.marks.end.assign(size_t(n), -1);
    std::vector<PhraseMatch> matches;
    int covered = 0; // tokens before this are inside a chosen phrase
    for (int i = 0; i < n; ++i) {
        if (s.tokens.at(i).kind != Token::Word)
            continue;
        matches.clear();
        m_rules.matchAt(s.tokens, i, matches);
        if (matches.empty())
            continue;
        // Every phrase counts for context; only the longest structural one is a mark.
        int best = -1;
        for (const PhraseMatch &m : matches) {
            bool structural = false;
            for (const PhraseRole &r : m_rules.roles(m.entry)) {
                if (r.type == PhraseRole::Context) {
                    s.contexts.insert(r.id);
                    s.contextAt.emplace_back(i, r.id);
                } else
                    structural = true;
                if (r.type == PhraseRole::Cue)
                    s.cueIds.insert(r.id);
            }
            if (structural)
                best = int(&m - matches.data());
        }
        if (best >= 0 && i >= covered) {
            s.marks.entry[size_t(i)] = matches[size_t(best)].entry;
            s.marks.end[size_t(i)] = matches[size_t(best)].tokenEnd;
            covered = matches[size_t(best)].tokenEnd;
        }
    }
    // A sentence that opens with "Theo đó", "Trong đó", ... continues the one before.
    int first = 0;
    while (first < n && s.tokens.at(first).kind == Token::Punct)
        ++first;
    s.continuation = first < n && s.marks.has(first, PhraseRole::Continuation);
    s.listItem = n > 0 && s.tokens.at(0).kind == Token::Punct
        && QStringView(u"-+•*–—·").contains(s.tokens.at(0).punct);
    s.endsWithColon = n > 0 && s.tokens.at(n - 1).kind == Token::Punct && s.tokens.at(n - 1).punct == u':';
    for (int i = 0; i < n && !s.cueCarry; ++i)
        s.cueCarry = s.marks.has(i, PhraseRole::Continuation);
    s.periods = PeriodFinder::find(s.marks);
}

bool ExtractionRun::notAFigure(const Sentence &s, int tok) const
{
    const QList<Token> &t = s.tokens;
    // Right after "số", "ngày", "Chỉ thị", "Trung ương" ... : a document, date or ordinal.
    const int before = s.marks.markEndingAt(tok);
    if (before >= 0 && s.marks.has(before, PhraseRole::NotAfter))
        return true;
    if (tok > 0 && t.at(tok - 1).kind == Token::Punct) {
        const char16_t p = t.at(tok - 1).punct.unicode();
        if (p == u'+' || p == u'#' || p == u'№')
            return true;
        // "(1) Tăng cường ...": a numbered item
        if (p == u'(' && tok + 1 < t.size() && t.at(tok + 1).kind == Token::Punct && t.at(tok + 1).punct == u')')
            return true;
    }
    // Right before "năm", "tháng", "biểu hiện", "nhiệm vụ" ...: a duration or a count of things
    // that are not catalogued.
    const int after = tok + 1;
    if (after < t.size() && s.marks.has(after, PhraseRole::NotBefore) && !s.marks.has(after, PhraseRole::Noun))
        return true;
    return false;
}

NounInfo ExtractionRun::nounFor(const Sentence &s, int tok, int afterTok) const
{
    NounInfo n;
    QString cls;
    if (afterTok < s.tokens.size() && s.marks.has(afterTok, PhraseRole::Noun, &cls)) {
        n.cls = cls;
        n.begin = afterTok;
        n.end = s.marks.end[size_t(afterTok)];
        n.text = m_text.mid(s.tokens.at(n.begin).start, s.tokens.at(n.end - 1).end - s.tokens.at(n.begin).start);
        return n;
    }
    // No noun right after: the noun of the last figure before it in the sentence ("... 223
    // đảng viên, trong đó khiển trách 176"), else of the next figure before a hard stop
    // ("cảnh cáo 27 và khai trừ 13 đảng viên"), else the noun of a label that the number
    // answers ("Kỷ luật đảng viên: 223", "số đảng viên bị kỷ luật là 45").
    auto take = [&](int i) {
        n.cls = cls;
        n.inherited = true;
        n.text = m_text.mid(s.tokens.at(i).start, s.tokens.at(s.marks.end[size_t(i)] - 1).end - s.tokens.at(i).start);
    };
    for (int i = tok - 1; i >= 0 && i >= tok - kWindow; --i)
        if (s.marks.entry[size_t(i)] >= 0 && s.marks.end[size_t(i)] <= tok && countedAt(s, i)
            && s.marks.has(i, PhraseRole::Noun, &cls)) {
            take(i);
            return n;
        }
    // Label form: a noun within a few words before the number, joined by ":", "là", "|", "=".
    bool joined = false;
    int words = 0;
    for (int i = tok - 1; i >= 0 && words < 24; --i) {
        const Token &t = s.tokens.at(i);
        if (t.kind == Token::Number)
            break;
        if (t.kind == Token::Punct && (t.punct == u':' || t.punct == u'|' || t.punct == u'='))
            joined = true;
        if (t.kind == Token::Word) {
            ++words;
            if (t.key == u"la" && i == tok - 1)
                joined = true;
        }
        if (joined && s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Noun, &cls)) {
            take(i);
            return n;
        }
    }
    for (int i = afterTok; i < s.tokens.size(); ++i) {
        if (isHardStop(s.tokens.at(i)) || s.marks.has(i, PhraseRole::Subset))
            break;
        if (s.marks.entry[size_t(i)] >= 0 && countedAt(s, i) && s.marks.has(i, PhraseRole::Noun, &cls)) {
            take(i);
            return n;
        }
    }
    return n;
}

bool ExtractionRun::countedAt(const Sentence &s, int nounToken)
{
    if (nounToken <= 0)
        return false;
    const Token &before = s.tokens.at(nounToken - 1);
    if (before.kind == Token::Number)
        return true;
    // a number word: "hai tập thể"
    const int m = s.marks.markEndingAt(nounToken);
    return m >= 0 && s.marks.has(m, PhraseRole::NumberWord);
}

std::optional<CueHit> ExtractionRun::postCue(const Sentence &s, int from, bool adjacentOnly) const
{
    int words = 0;
    // A bare number ("24 khiển trách, 9 cảnh cáo") takes only a cue right after it.
    const int limit = adjacentOnly ? 1 : 14;
    for (int i = from; i < s.tokens.size() && words < limit; ++i) {
        const Token &t = s.tokens.at(i);
        if (adjacentOnly && t.kind == Token::Punct)
            break;
        if (t.kind == Token::Number || isHardStop(t))
            break;
        if (t.kind != Token::Word)
            continue;
        ++words;
        if (s.marks.entry[size_t(i)] < 0)
            continue;
        if (s.marks.has(i, PhraseRole::Subset))
            break;
        QString id;
        if (s.marks.has(i, PhraseRole::Cue, &id)) {
            const CueInfo *ci = m_rules.cue(id);
            // A cue that can also stand before a number ("cảnh cáo") after a comma starts the
            // next item ("41 đảng viên, cảnh cáo 12"); a post-only cue may follow a list of
            // nouns ("87.724 lượt cán bộ, công chức, ... được cử đào tạo").
            bool commaBefore = false;
            for (int k = from; k < i; ++k)
                commaBefore |= s.tokens.at(k).kind == Token::Punct && s.tokens.at(k).punct == u',';
            if (ci && ci->post && !(ci->pre && commaBefore))
                return CueHit{i, s.marks.end[size_t(i)], id, false};
        }
        i = s.marks.end[size_t(i)] - 1;
    }
    return std::nullopt;
}

QList<CueHit> ExtractionRun::preCues(const Sentence &s, int tok, const Sentence *prev) const
{
    QList<CueHit> out;
    int words = 0;
    for (int i = tok - 1; i >= 0 && out.size() < 4; --i) {
        if (s.tokens.at(i).kind == Token::Word)
            ++words;
        if (words > 40)
            break;
        if (s.marks.entry[size_t(i)] < 0 || s.marks.end[size_t(i)] > tok)
            continue;
        QString id;
        if (s.marks.has(i, PhraseRole::Cue, &id)) {
            const CueInfo *ci = m_rules.cue(id);
            if (ci && ci->block)
                return out;
            if (ci && ci->pre)
                out.append({i, s.marks.end[size_t(i)], id, false});
        }
    }
    // "Trong đó, cấp tỉnh 41, ..." continues the previous sentence's cue.
    if (prev && (s.continuation || s.cueCarry)) {
        for (int i = int(prev->tokens.size()) - 1; i >= 0; --i) {
            QString id;
            if (prev->marks.entry[size_t(i)] >= 0 && prev->marks.has(i, PhraseRole::Cue, &id)) {
                const CueInfo *ci = m_rules.cue(id);
                if (ci && ci->pre) {
                    out.append({i, prev->marks.end[size_t(i)], id, true});
                    break;
                }
            }
        }
    }
    return out;
}

std::pair<int, int> ExtractionRun::clauseAround(const Sentence &s, int tok)
{
    int begin = 0;
    int end = int(s.tokens.size());
    for (int i = tok - 1; i >= 0 && i >= tok - kWindow; --i)
        if (s.tokens.at(i).kind == Token::Punct && s.tokens.at(i).punct == u';') {
            begin = i + 1;
            break;
        }
    // An elliptical clause ("...; năm 2022 đạt 91,2%") has no noun of its own before the
    // figure: it reads within the clause before it too.
    bool ownNoun = false;
    for (int i = begin; i < tok && !ownNoun; ++i)
        ownNoun = s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Noun);
    // ... and says nothing after its figure ("10,3% hoàn thành nhiệm vụ" describes its own).
    for (int i = tok + 1; i < end && !ownNoun; ++i)
        ownNoun = s.tokens.at(i).kind == Token::Word;
    if (!ownNoun && begin > 0) {
        int prevBegin = 0;
        for (int i = begin - 2; i >= 0 && i >= tok - kWindow; --i)
            if (s.tokens.at(i).kind == Token::Punct && s.tokens.at(i).punct == u';') {
                prevBegin = i + 1;
                break;
            }
        begin = prevBegin;
    }
    begin = qMax(begin, tok - kWindow);
    end = qMin(end, tok + kWindow);
    for (int i = tok + 1; i < end; ++i)
        if (s.tokens.at(i).kind == Token::Punct && s.tokens.at(i).punct == u';') {
            end = i;
            break;
        }
    return {begin, end};
}

bool ExtractionRun::ruleFits(const MetricRule &r, const Sentence &s, const QString &kind, bool nounDirect, int tok) const
{
    if (!r.kinds.contains(kind))
        return false;
    auto present = [&](const QString &key) {
        if (!r.clauseContext)
            return s.contexts.contains(key);
        const auto [b, e] = clauseAround(s, tok);
        auto it = std::lower_bound(s.contextAt.cbegin(), s.contextAt.cend(), b,
                                   [](const std::pair<int, QString> &x, int v) { return x.first < v; });
        for (; it != s.contextAt.cend() && it->first < e; ++it)
            if (it->second == key)
                return true;
        return false;
    };
    if (!r.context.isEmpty() && std::none_of(r.context.cbegin(), r.context.cend(), present))
        return false;
    if (std::any_of(r.exclude.cbegin(), r.exclude.cend(), present))
        return false;
    // A bare number after a form of discipline needs discipline nearby; "cách chức 3 đảng
    // viên" says what it counts by itself.
    if (!r.needsNearby.isEmpty() && !nounDirect
        && std::none_of(r.needsNearby.cbegin(), r.needsNearby.cend(),
                        [&](const QString &c) {
                            return s.cueIds.contains(c)
                                || std::any_of(m_recentCues.cbegin(), m_recentCues.cend(),
                                               [&](const QSet<QString> &recent) { return recent.contains(c); });
                        }))
        return false;
    return true;
}

QList<CueHit> ExtractionRun::labelCues(const Sentence &s, int tok) const
{
    // "Số đảng viên được kiểm tra là 896", "- Vi phạm về đạo đức, lối sống: 21 đảng viên":
    // the number answers a label; every cue in the label names it, nearest first.
    QList<CueHit> out;
    int i = tok - 1;
    if (i >= 0 && s.tokens.at(i).kind == Token::Word && s.tokens.at(i).key == u"la")
        --i;
    else if (i >= 0 && s.tokens.at(i).kind == Token::Punct
             && (s.tokens.at(i).punct == u':' || s.tokens.at(i).punct == u'|' || s.tokens.at(i).punct == u'='))
        --i;
    else
        return out;
    for (; i >= 0 && i >= tok - kWindow; --i) {
        const Token &t = s.tokens.at(i);
        // a year inside the label ("trong nhiệm kỳ 2015 - 2020 là ...") does not end it
        if ((t.kind == Token::Number && t.number.isFigureKind()) || isHardStop(t))
            break;
        if (t.kind == Token::Punct && t.punct == u',' && i + 1 < s.tokens.size() && s.tokens.at(i + 1).kind == Token::Word
            && (s.tokens.at(i + 1).key == u"sô" || s.tokens.at(i + 1).key == u"tông"))
            break; // ", số đảng viên ..." starts this label; the comma ends the previous one
        QString id;
        if (s.marks.entry[size_t(i)] >= 0 && s.marks.end[size_t(i)] <= tok && s.marks.has(i, PhraseRole::Cue, &id))
            out.append({i, s.marks.end[size_t(i)], id, false});
    }
    return out;
}

QList<CueHit> ExtractionRun::earlierPostCues(const Sentence &s, int tok) const
{
    // "... được giám sát là 2.105, trong đó có 615 cấp ủy viên": the subset takes the
    // action named before it, even in its post form.
    QList<CueHit> out;
    for (int i = tok - 1; i >= 0 && i >= tok - kWindow && out.size() < 2; --i) {
        QString id;
        if (s.marks.entry[size_t(i)] < 0 || s.marks.end[size_t(i)] > tok || !s.marks.has(i, PhraseRole::Cue, &id))
            continue;
        const CueInfo *ci = m_rules.cue(id);
        if (ci && ci->block)
            break;
        if (ci && ci->post && !ci->pre)
            out.append({i, s.marks.end[size_t(i)], id, false});
    }
    return out;
}

bool ExtractionRun::aboutOtherBody(const Sentence &s, int tok, const CueHit *cue) const
{
    // The committee nearest before the action names who acted; a national body or the
    // country as a whole means the figure is not this report's.
    const int from = cue && !cue->carried && cue->begin < tok ? cue->begin : tok;
    // "kiểm tra 385 tổ chức đảng, cao hơn tỉnh Hà Tĩnh (312 tổ chức đảng)": a number after
    // a comparison belongs to the other party.
    for (int i = from; i < tok; ++i)
        if (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Comparison))
            return true;
    for (int i = from - 1; i >= 0 && i >= from - kWindow; --i) {
        if (s.tokens.at(i).kind == Token::Punct && s.tokens.at(i).punct == u';')
            break;
        QString id;
        if (s.marks.entry[size_t(i)] >= 0 && s.marks.end[size_t(i)] <= from && s.marks.has(i, PhraseRole::Actor, &id))
            return id == QLatin1String("other");
    }
    return false;
}

QString ExtractionRun::levelFor(const Sentence &s, const Candidate &c, int nounEnd, const CueHit *cue, bool fromActor) const
{
    QString id;
    // 1. A tier label right before the number: "cấp tỉnh 41", "chi bộ: 274".
    int b = c.token;
    if (b > 0 && s.tokens.at(b - 1).kind == Token::Punct && s.tokens.at(b - 1).punct == u':')
        --b;
    const int label = s.marks.markEndingAt(b);
    if (label >= 0 && s.marks.has(label, PhraseRole::Level, &id))
        return id;
    // 2. A tier label after the figure's words, before the next figure: "khen thưởng cấp tỉnh".
    for (int i = nounEnd; i < s.tokens.size(); ++i) {
        const Token &t = s.tokens.at(i);
        if (t.kind == Token::Number || isHardStop(t) || (t.kind == Token::Punct && t.punct == u','))
            break;
        if (s.marks.entry[size_t(i)] < 0)
            continue;
        if (s.marks.has(i, PhraseRole::Level, &id)) {
            bool beforeOnly = false;
            for (const PhraseRole &r : m_rules.roles(s.marks.entry[size_t(i)]))
                if (r.type == PhraseRole::Level && r.beforeNumberOnly)
                    beforeOnly = true;
            int e = s.marks.end[size_t(i)];
            if (e < s.tokens.size() && s.tokens.at(e).kind == Token::Punct && s.tokens.at(e).punct == u':')
                ++e;
            const bool labelsNext = e < s.tokens.size() && s.tokens.at(e).kind == Token::Number;
            if (!beforeOnly && !labelsNext)
                return id;
        }
        // The cue that named this figure (and its repetitions: "tuyên dương và khen thưởng")
        // belongs to it; another cue starts another figure.
        QString cueId;
        const bool ownCue = cue && !cue->carried && s.marks.has(i, PhraseRole::Cue, &cueId) && cueId == cue->id;
        if ((s.marks.has(i, PhraseRole::Cue) && !ownCue) || s.marks.has(i, PhraseRole::Subset))
            break;
        i = s.marks.end[size_t(i)] - 1;
    }
    // 3. The committee that acted, nearest before the action ("BTV Tỉnh ủy đã gợi ý ..."),
    //    or a tier label before it ("cấp huyện đã kiểm tra ...").
    const int from = cue && !cue->carried ? cue->begin : c.token;
    for (int i = from - 1; i >= 0 && i >= from - kWindow; --i) {
        if (s.marks.entry[size_t(i)] < 0 || s.marks.end[size_t(i)] > from)
            continue;
        if (s.marks.has(i, PhraseRole::Level, &id)) {
            bool beforeOnly = false;
            for (const PhraseRole &r : m_rules.roles(s.marks.entry[size_t(i)]))
                if (r.type == PhraseRole::Level && r.beforeNumberOnly)
                    beforeOnly = true;
            if (!beforeOnly && (fromActor || s.marks.end[size_t(i)] == from))
                return id;
        }
        if (fromActor && s.marks.has(i, PhraseRole::Actor, &id)) {
            if (id == QLatin1String("city")) {
                // "Thành ủy" is provincial only for the centrally-run cities of that year.
                const int year = m_info.year > 0 ? m_info.year : 2024;
                const bool central = !m_info.province.isEmpty()
                    && Gazetteer::instance().isCentralCity(m_info.province, year) && m_info.unit.isEmpty();
                return central ? Level::Province : Level::District;
            }
            if (id == QLatin1String("other"))
                return Level::All;
            return id;
        }
    }
    return Level::All;
}

QString ExtractionRun::qualifierFor(const Sentence &s, const Candidate &c, int nounEnd) const
{
    // A plan, not a result: "dự kiến", "phấn đấu", "chỉ tiêu" earlier in the sentence.
    int words = 0;
    for (int i = c.token - 1; i >= 0 && words < 30; --i) {
        const Token &t = s.tokens.at(i);
        if (t.kind == Token::Punct && t.punct == u';')
            break;
        if (t.kind == Token::Word)
            ++words;
        if (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Projected))
            return Qualifier::Projected;
    }
    const int before = s.marks.markEndingAt(c.token);
    if (before >= 0) {
        if (s.marks.has(before, PhraseRole::AtLeast))
            return Qualifier::AtLeast;
        if (s.marks.has(before, PhraseRole::AtLeastFrom)) {
            // "từ 95% trở lên"
            for (int i = c.token + 1; i < s.tokens.size() && i <= nounEnd + 3; ++i)
                if (s.marks.has(i, PhraseRole::AtLeastAfter))
                    return Qualifier::AtLeast;
        }
        if (s.marks.has(before, PhraseRole::Approx))
            return Qualifier::Approx;
    }
    return Qualifier::Exact;
}

std::optional<QList<Period>> ExtractionRun::periodsFor(const Sentence &s, int tok, const Sentence *prev, bool *open) const
{
    *open = false;
    // Periods are in token order: the last one before the figure, else the first after it.
    const PeriodExpr *best = nullptr;
    auto after = std::partition_point(s.periods.cbegin(), s.periods.cend(),
                                      [tok](const PeriodExpr &e) { return e.lastToken < tok; });
    if (after != s.periods.cbegin())
        best = &*std::prev(after);
    else if (after != s.periods.cend() && after->firstToken > tok)
        best = &*after;
    if (best) {
        if (best->open) {
            *open = true;
            return std::nullopt;
        }
        return best->periods;
    }
    if ((s.continuation || s.listItem) && prev && prev->carriedOut)
        return prev->carriedOut;
    return std::nullopt;
}

void ExtractionRun::extractSentence(const Sentence &s, const Sentence *prev, QList<Fact> &out)
{
    const QList<Token> &t = s.tokens;
    QList<Candidate> candidates;
    for (int i = 0; i < t.size(); ++i) {
        if (t.at(i).kind == Token::Number) {
            const NumberToken &num = t.at(i).number;
            if (num.kind == NumberToken::Suspicious) {
                // Flag a number the reader could not read safely when it looks like a figure.
                if (i + 1 < t.size() && (s.marks.has(i + 1, PhraseRole::Noun)))
                    m_warnings << QCoreApplication::translate("thp::Extractor", "ambiguous number \"%1\" (a dot not followed by three digits) was not read: «%2»")
                                      .arg(m_text.mid(num.start, num.end - num.start),
                                           m_text.mid(s.range.start, s.range.end - s.range.start).left(160));
                continue;
            }
            if (!num.isFigureKind())
                continue;
            if (notAFigure(s, i))
                continue;
            candidates.append({i, num, false});
        } else if (t.at(i).kind == Token::Word && s.marks.entry[size_t(i)] >= 0) {
            // "hai tập thể", "một cá nhân": a number word directly before a counted noun.
            QString cls;
            const int e = s.marks.end[size_t(i)];
            for (const PhraseRole &r : m_rules.roles(s.marks.entry[size_t(i)]))
                if (r.type == PhraseRole::NumberWord && e < t.size() && s.marks.has(e, PhraseRole::Noun, &cls)) {
                    NumberToken num;
                    num.kind = NumberToken::Count;
                    num.start = t.at(i).start;
                    num.end = t.at(e - 1).end;
                    num.value = r.value;
                    // The candidate's token stands for the whole number word phrase.
                    candidates.append({e - 1, num, true});
                }
        }
    }

    for (const Candidate &c : std::as_const(candidates)) {
        const QString kind = c.number.kind == NumberToken::Percent ? QStringLiteral("percent")
            : c.number.kind == NumberToken::Ratio                  ? QStringLiteral("ratio")
            : c.number.kind == NumberToken::Decimal                ? QStringLiteral("decimal")
                                                                   : QStringLiteral("count");
        NounInfo noun;
        QString cls;
        if (kind == QLatin1String("percent")) {
            // "90,8% đảng viên ...": a rate's subject may follow it; otherwise it has none.
            if (c.token + 1 < t.size() && s.marks.has(c.token + 1, PhraseRole::Noun, &cls)) {
                noun.cls = cls;
                noun.begin = c.token + 1;
                noun.end = s.marks.end[size_t(c.token + 1)];
            }
            noun.text = QStringLiteral("%");
        } else {
            noun = nounFor(s, c.token, c.token + 1);
        }
        const bool nounDirect = noun.begin >= 0;
        const int nounEnd = noun.end > 0 ? noun.end : c.token + 1;

        // The metric: first a cue right after the figure's words, then the cues before it.
        const MetricRule *rule = nullptr;
        QString metric;
        CueHit used;
        bool haveCue = false;
        auto subjectMetrics = [&](const MetricRule &r) {
            int clauseStart = 0;
            // Subjects stand in the same clause, and not before a "trong đó" that opens a part
            // ("90,8% đảng viên ..., trong đó 15,2% hoàn thành xuất sắc").
            for (int i = c.token - 1; i >= 0; --i)
                if ((t.at(i).kind == Token::Punct && t.at(i).punct == u';')
                    || (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Subset))) {
                    clauseStart = s.marks.entry[size_t(i)] >= 0 ? s.marks.end[size_t(i)] : i + 1;
                    break;
                }
            QStringList metrics;
            const int subjectsEnd = nounDirect ? noun.begin + 1 : c.token;
            for (int i = clauseStart; i < subjectsEnd; ++i) {
                QString subjectClass;
                if (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Noun, &subjectClass)) {
                    const QString m = r.subjects.value(subjectClass);
                    if (!m.isEmpty() && !metrics.contains(m))
                        metrics << m;
                }
            }
            // "... đạt 89%; năm 2022 đạt 91,2%": a clause with no subject of its own keeps the
            // subject of the clause before it.
            bool saysMore = false; // words after the rate describe it on their own
            for (int i = c.token + 1; i < t.size() && !saysMore; ++i) {
                if (t.at(i).kind == Token::Punct && t.at(i).punct == u';')
                    break;
                saysMore = t.at(i).kind == Token::Word;
            }
            if (metrics.isEmpty() && clauseStart > 0 && !nounDirect && !saysMore) {
                for (int i = clauseStart - 1; i >= 0 && i >= c.token - kWindow; --i) {
                    QString subjectClass;
                    if (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Subset))
                        break;
                    if (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Noun, &subjectClass)) {
                        const QString m = r.subjects.value(subjectClass);
                        if (!m.isEmpty() && !metrics.contains(m))
                            metrics.prepend(m);
                    }
                }
            }
            return metrics;
        };
        // Cues in the order they bind: the label the number answers, a cue right after its
        // words, cues before it, an action named earlier in its post form, and no cue at all.
        QList<CueHit> tried = labelCues(s, c.token);
        // The noun of the label a number answers, when its own is generic ("Tổng số đảng viên
        // bị kỷ luật ... là 1.482 đồng chí").
        QString labelClass;
        if (!tried.isEmpty()) {
            for (int i = tried.first().begin; i >= 0 && i >= c.token - kWindow; --i) {
                if ((s.tokens.at(i).kind == Token::Number && s.tokens.at(i).number.isFigureKind())
                    || isHardStop(s.tokens.at(i)))
                    break;
                if (s.marks.entry[size_t(i)] >= 0 && s.marks.has(i, PhraseRole::Noun, &labelClass))
                    break;
            }
            for (int i = tried.first().end; labelClass.isEmpty() && i < c.token; ++i)
                if (s.marks.entry[size_t(i)] >= 0)
                    s.marks.has(i, PhraseRole::Noun, &labelClass);
        }
        auto post = postCue(s, nounEnd, !nounDirect && kind != QLatin1String("percent"));
        // "2 tập thể và 5 cá nhân được gợi ý kiểm điểm": coordinated figures share the cue
        // after the last of them.
        for (int j = nounEnd, items = 0; !post && nounDirect && items < 4 && j + 2 < t.size(); ++items) {
            const Token &joiner = t.at(j);
            const bool joins = (joiner.kind == Token::Punct && joiner.punct == u',')
                || (joiner.kind == Token::Word && (joiner.key == u"va" || joiner.key == u"hoăc"));
            if (!joins || t.at(j + 1).kind != Token::Number || !s.marks.has(j + 2, PhraseRole::Noun))
                break;
            j = s.marks.end[size_t(j + 2)];
            post = postCue(s, j, false);
        }
        if (post)
            tried.append(*post);
        tried += preCues(s, c.token, prev);
        tried += earlierPostCues(s, c.token);
        tried.append({-1, -1, QStringLiteral("any"), true});
        for (const CueHit &cue : std::as_const(tried)) {
            for (const MetricRule &r : m_rules.rules()) {
                if (!r.cues.contains(cue.id))
                    continue;
                if (!ruleFits(r, s, kind, nounDirect, c.token))
                    continue;
                if (!r.subjects.isEmpty()) {
                    if (subjectMetrics(r).isEmpty() || (cue.id == QLatin1String("any") && !nounDirect))
                        continue;
                    rule = &r;
                    break;
                }
                auto it = r.nouns.constFind(noun.cls);
                if (it == r.nouns.cend() && !labelClass.isEmpty())
                    it = r.nouns.constFind(labelClass);
                if (it == r.nouns.cend())
                    continue;
                rule = &r;
                metric = *it;
                break;
            }
            if (rule) {
                used = cue;
                haveCue = cue.begin >= 0;
                break;
            }
        }
        if (!rule)
            continue;
        if (aboutOtherBody(s, c.token, haveCue ? &used : nullptr))
            continue;

        Fact f;
        f.value = c.number.value;
        f.ruleId = rule->id;
        f.unit = noun.text;
        f.level = levelFor(s, c, nounEnd, haveCue ? &used : nullptr, rule->levelFromActor);
        f.qualifier = qualifierFor(s, c, nounEnd);

        // Span: from the cue (when it directly governs this figure) to the end of its words.
        qsizetype spanStart = c.number.start;
        qsizetype spanEnd = noun.end > 0 ? t.at(noun.end - 1).end : c.number.end;
        const int qual = s.marks.markEndingAt(c.fromWord ? c.token - 1 : c.token);
        if (qual >= 0 && (s.marks.has(qual, PhraseRole::Approx) || s.marks.has(qual, PhraseRole::AtLeast)
                          || s.marks.has(qual, PhraseRole::AtLeastFrom) || s.marks.has(qual, PhraseRole::Level)))
            spanStart = t.at(qual).start;
        if (haveCue && !used.carried) {
            if (used.begin > c.token) {
                spanEnd = qMax(spanEnd, t.at(used.end - 1).end);
            } else {
                bool numberBetween = false;
                for (int i = used.end; i < c.token; ++i)
                    numberBetween |= t.at(i).kind == Token::Number;
                if (!numberBetween && c.token - used.end <= 8)
                    spanStart = qMin(spanStart, t.at(used.begin).start);
            }
        }
        f.span = {spanStart, spanEnd};
        f.text = m_text.mid(spanStart, spanEnd - spanStart);

        double confidence = rule->confidence;
        if (noun.inherited)
            confidence -= 0.1;
        if (haveCue && used.carried)
            confidence -= 0.1;
        if (haveCue && !used.carried && used.begin < c.token && c.token - used.end > 12)
            confidence -= 0.1;
        if (c.fromWord)
            confidence -= 0.05;
        f.confidence = qBound(0.3, confidence, 0.99);

        bool open = false;
        const auto periods = periodsFor(s, c.token, prev, &open);

        QList<Fact> made;
        if (!rule->subjects.isEmpty()) {
            // "tỷ lệ tổ chức đảng, đảng viên hoàn thành tốt nhiệm vụ ... đạt 95%": one per subject.
            const QStringList metrics = subjectMetrics(*rule);
            for (const QString &m : std::as_const(metrics)) {
                Fact x = f;
                x.metric = m;
                x.unit = QStringLiteral("%");
                made << x;
            }
        } else {
            f.metric = metric;
            made << f;
            if (c.number.kind == NumberToken::Ratio && !rule->denominator.isEmpty()) {
                Fact d = f;
                d.metric = rule->denominator;
                d.value = c.number.value2;
                made << d;
            }
        }
        for (Fact &x : made) {
            if (periods && !periods->isEmpty()) {
                for (const Period &p : *periods) {
                    out << x;
                    out.last().period = p;
                }
            } else {
                out << std::move(x);
            }
        }
    }
}

QList<Fact> ExtractionRun::run(const DocumentInfo &info)
{
    m_info = info;
    QList<Fact> facts;
    const QList<TextRange> ranges = m_segmenter.sentences(m_text, m_key);
    Sentence prev;
    bool havePrev = false;
    for (const TextRange &r : ranges) {
        Sentence s;
        s.range = r;
        // Most sentences of a report carry no figure. One without digits is only read in
        // full when it may still matter: a heading (ends with ':'), a number word, a
        // continuation, or a cue that a following bare figure leans on.
        if (worthReading(r)) {
            s.tokens = Tokenizer::tokenize(m_text, m_key, r.start, r.end);
            markSentence(s);
        } else {
            s.marks.tokens = &s.tokens;
            s.marks.rules = &m_rules;
        }
        s.tableRow = QStringView(m_text).mid(r.start, r.end - r.start).contains(u'|');
        {
            qsizetype last = r.end - 1;
            while (last > r.start && m_text.at(last).isSpace())
                --last;
            const QChar end = m_text.at(last);
            s.headingLike = !s.tableRow && end != u'.' && end != u'!' && end != u'?' && end != u';'
                && r.end - r.start < 200;
        }
        // A list item, a table row, or the line after a heading that ends with ':', reads in
        // the light of the heading: its context words, cues and period.
        if (havePrev
            && (prev.endsWithColon || (s.listItem && prev.listItem)
                || (s.tableRow && (prev.tableRow || prev.headingLike)))) {
            s.listItem = true;
            s.contexts.unite(prev.contexts);
            s.cueCarry = true;
        }
        extractSentence(s, havePrev ? &prev : nullptr, facts);
        m_recentCues.append(s.cueIds);
        if (m_recentCues.size() > 3)
            m_recentCues.removeFirst();
        // The period this sentence leaves in force for a following "Theo đó, ...".
        if (!s.periods.isEmpty()) {
            const PeriodExpr &last = s.periods.last();
            if (last.open)
                s.carriedOut.reset();
            else
                s.carriedOut = last.periods;
        } else if ((s.continuation || s.listItem || s.tableRow) && havePrev) {
            s.carriedOut = prev.carriedOut;
        }
        // Tokens hold views into m_key, which outlives every sentence.
        prev = std::move(s);
        prev.marks.tokens = &prev.tokens;
        havePrev = true;
    }

    // One statement per figure: the same metric, tier, value and period said twice (a lead
    // and the body) is one fact, kept with its fullest words; a restatement without a period
    // yields to one that has it.
    QList<Fact> unique;
    QHash<QString, QList<qsizetype>> byCore; // metric|level|value|qualifier → indexes into unique
    unique.reserve(facts.size());
    for (Fact &f : facts) {
        const QString core = f.metric + QLatin1Char('|') + f.level + QLatin1Char('|') + QString::number(f.value, 'g', 12)
            + QLatin1Char('|') + f.qualifier;
        QList<qsizetype> &group = byCore[core];
        qsizetype same = -1;
        for (qsizetype i : std::as_const(group)) {
            const Fact &u = unique.at(i);
            if (u.period == f.period || !u.period || !f.period) {
                same = i;
                break;
            }
        }
        if (same < 0) {
            group << unique.size();
            unique << std::move(f);
            continue;
        }
        Fact &u = unique[same];
        if ((!u.period && f.period) || (u.period == f.period && f.text.size() > u.text.size()))
            u = std::move(f);
    }
    return unique;
}

// ---------------------------------------------------------------------------------------

Extractor::Extractor()
    : m_rules(RuleSet::loadDefault(&m_rulesProblem))
{
}

Extractor::Extractor(std::shared_ptr<const RuleSet> rules)
    : m_rules(std::move(rules))
{
}

Extractor::~Extractor() = default;

const Extractor &Extractor::instance()
{
    static const Extractor e;
    return e;
}

ExtractionResult Extractor::extract(const QString &text, const QString &title) const
{
    ExtractionResult result;
    static const DocumentFieldsDetector fields;
    const Segmenter segmenter(m_rules->abbreviations());

    if (!m_rulesProblem.isEmpty())
        result.warnings << QCoreApplication::translate("thp::Extractor", "extra rules not used: %1").arg(m_rulesProblem);
    if (text.trimmed().isEmpty()) {
        result.warnings << QCoreApplication::translate("thp::Extractor", "the report is empty");
        return result;
    }
    // Document fields first: tiers of a "Thành ủy" depend on the report's province.
    result.info = fields.detect(text, title, 0);

    ExtractionRun run(*m_rules, segmenter, text);
    result.facts = run.run(result.info);
    result.warnings << run.warnings();

    int latest = 0;
    for (const Fact &f : std::as_const(result.facts))
        if (f.period)
            latest = qMax(latest, f.period->to);
    if (result.info.year == 0 && latest > 0)
        result.info.year = latest;

    result.warnings << ConsistencyChecker::check(result.facts);
    if (result.facts.isEmpty())
        result.warnings << QCoreApplication::translate("thp::Extractor", "no figures found");
    int replaced = int(text.count(QChar::ReplacementCharacter));
    if (replaced > 0)
        result.warnings << QCoreApplication::translate("thp::Extractor", "%n character(s) could not be decoded", nullptr,
                                                       replaced);
    return result;
}

} // namespace thp
