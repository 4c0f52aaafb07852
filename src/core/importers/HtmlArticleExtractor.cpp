#include "importers/HtmlArticleExtractor.h"

#include "text/Normalizer.h"

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace thp {

namespace {

constexpr int kMaxDepth = 400; // deeper markup is junk; also keeps recursion bounded

struct Stats {
    int text = 0;  // visible characters (no white space)
    int links = 0; // of which inside <a>
    double score = 0.0;
    bool candidate = false;
    int hint = 0;  // classHint(), computed once
};

const GumboVector *childrenOf(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    return nullptr;
}

const GumboNode *child(const GumboVector *v, unsigned i)
{
    return static_cast<const GumboNode *>(v->data[i]);
}

QString attr(const GumboNode *n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool isElement(const GumboNode *n, GumboTag tag)
{
    return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

// Never visible or never article text.
bool isIgnoredTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_FORM: case GUMBO_TAG_HEAD: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

// Page furniture by its very tag.
bool isFurnitureTag(GumboTag t)
{
    return t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_MENU;
}

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
        return true;
    default:
        return false;
    }
}

const char *rawAttr(const GumboNode *n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

// +1 article-like class/id, -1 furniture-like, 0 neutral. Tokens of class and id are
// compared whole or by prefix, so "comment-list" is negative but "commentary" is not special.
// Works on the attribute bytes (the hints are ASCII; other bytes only lengthen a token).
int classHint(const GumboNode *n)
{
    static const std::string_view negative[] = {"menu", "nav", "navbar", "footer", "foot", "comment", "comments",
                                                "binhluan", "related", "lienquan", "tinlienquan", "sidebar", "side",
                                                "aside", "ads", "advert", "advertisement", "quangcao", "banner",
                                                "social", "share", "sharing", "breadcrumb", "breadcrumbs", "widget",
                                                "popup", "modal", "promo", "sponsor", "tags", "tag", "login", "search",
                                                "subscribe", "rating", "toolbar", "copyright", "other", "othernews",
                                                "tinkhac", "xemnhieu", "docnhieu", "mostview", "most", "hot",
                                                "topbar", "header", "masthead", "cookie", "hidden", "print", "author-box"};
    static const std::string_view positive[] = {"article", "content", "detail", "main", "body", "entry", "post",
                                                "story", "text", "news", "chitiet", "noidung", "fck", "cms"};
    static const std::string_view negativePrefix[] = {"ads", "advert", "banner", "comment", "sidebar", "related",
                                                      "footer", "menu", "navbar"};
    int neg = 0, pos = 0;
    char token[64];
    size_t len = 0;
    bool overlong = false;
    auto judge = [&] {
        if (len > 0 && !overlong) {
            const std::string_view tok(token, len);
            for (const std::string_view h : negative)
                neg += tok == h;
            for (const std::string_view h : positive)
                pos += tok == h;
            for (const std::string_view h : negativePrefix) {
                if (tok.substr(0, h.size()) == h) {
                    ++neg;
                    break;
                }
            }
        } else if (overlong) {
            // A token longer than any hint can still start with a negative prefix.
            const std::string_view tok(token, sizeof token);
            for (const std::string_view h : negativePrefix) {
                if (tok.substr(0, h.size()) == h) {
                    ++neg;
                    break;
                }
            }
        }
        len = 0;
        overlong = false;
    };
    for (const char *name : {"class", "id"}) {
        const char *v = rawAttr(n, name);
        if (!v)
            continue;
        for (const unsigned char *p = reinterpret_cast<const unsigned char *>(v); *p; ++p) {
            const unsigned char c = *p;
            const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
            if (!word) {
                judge();
                continue;
            }
            if (len < sizeof token)
                token[len++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            else
                overlong = true;
        }
        judge();
    }
    if (neg > pos)
        return -1;
    if (pos > neg)
        return 1;
    return 0;
}

bool isHidden(const GumboNode *n)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden"))
        return true;
    const char *aria = rawAttr(n, "aria-hidden");
    if (aria && std::string_view(aria) == "true")
        return true;
    const char *style = rawAttr(n, "style");
    if (!style)
        return false;
    std::string compact; // lower case, without spaces
    for (const char *p = style; *p; ++p) {
        if (*p != ' ')
            compact.push_back(char(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p));
    }
    return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

int visibleLength(const char *utf8)
{
    int n = 0;
    for (const unsigned char *p = reinterpret_cast<const unsigned char *>(utf8); *p; ++p) {
        if ((*p & 0xC0) == 0x80 || *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f')
            continue;
        ++n;
    }
    return n;
}

// Headings of the blocks that follow an article on news sites, compared folded.
bool startsWithStopPhrase(const QString &text)
{
    static const char *const phrases[] = {"cac tin khac", "tin lien quan", "bai lien quan", "bai viet lien quan",
                                          "tin cung chuyen muc", "binh luan", "y kien ban doc", "gui binh luan",
                                          "xem nhieu nhat", "doc nhieu nhat", "tin doc nhieu", "tin xem nhieu",
                                          "quang cao", "tin moi nhat", "tin moi", "tin khac", "chia se",
                                          "theo doi chung toi", "ban quyen"};
    const QString folded = Normalizer::searchFold(text.left(40).trimmed()).toLower();
    for (const char *p : phrases) {
        if (folded.startsWith(QLatin1String(p)))
            return true;
    }
    return false;
}

class Walker
{
public:
    std::unordered_map<const GumboNode *, Stats> stats;

    Stats measure(const GumboNode *n, int depth, bool inLink)
    {
        Stats s;
        if (depth > kMaxDepth)
            return s;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
            s.text = visibleLength(n->v.text.text);
            s.links = inLink ? s.text : 0;
            return s;
        }
        const GumboVector *kids = childrenOf(n);
        if (!kids)
            return s;
        if (n->type == GUMBO_NODE_ELEMENT && (isIgnoredTag(n->v.element.tag) || isHidden(n)))
            return s;
        const bool link = inLink || isElement(n, GUMBO_TAG_A);
        for (unsigned i = 0; i < kids->length; ++i) {
            const Stats c = measure(child(kids, i), depth + 1, link);
            s.text += c.text;
            s.links += c.links;
        }
        Stats &stored = stats[n];
        stored.text = s.text;
        stored.links = s.links;
        stored.hint = n->type == GUMBO_NODE_ELEMENT ? classHint(n) : 0;
        return s;
    }

    double linkDensity(const GumboNode *n) const
    {
        const auto it = stats.find(n);
        if (it == stats.end() || it->second.text == 0)
            return 0.0;
        return double(it->second.links) / it->second.text;
    }

    int hintOf(const GumboNode *n) const
    {
        const auto it = stats.find(n);
        return it == stats.end() ? 0 : it->second.hint;
    }

    int textOf(const GumboNode *n) const
    {
        const auto it = stats.find(n);
        return it == stats.end() ? 0 : it->second.text;
    }

    // Readability-style scoring: paragraphs give points to their parent and grandparent.
    void score(const GumboNode *n, int depth)
    {
        if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = n->v.element.tag;
        if (isIgnoredTag(tag) || isFurnitureTag(tag) || isHidden(n))
            return;
        if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && hintOf(n) < 0)
            return; // unlikely candidate: skip the whole subtree
        const bool paragraphLike = tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD
            || tag == GUMBO_TAG_BLOCKQUOTE || (tag == GUMBO_TAG_DIV && hasDirectText(n));
        if (paragraphLike) {
            const int len = textOf(n);
            if (len >= 25) {
                const double points = 1.0 + commas(n, 0) + std::min(len / 100.0, 3.0);
                const GumboNode *parent = n->parent;
                if (parent && parent->type == GUMBO_NODE_ELEMENT) {
                    initCandidate(parent).score += points;
                    const GumboNode *grand = parent->parent;
                    if (grand && grand->type == GUMBO_NODE_ELEMENT)
                        initCandidate(grand).score += points / 2.0;
                }
            }
        }
        const GumboVector *kids = childrenOf(n);
        for (unsigned i = 0; kids && i < kids->length; ++i)
            score(child(kids, i), depth + 1);
    }

    Stats &initCandidate(const GumboNode *n)
    {
        Stats &s = stats[n];
        if (!s.candidate) {
            s.candidate = true;
            switch (n->v.element.tag) {
            case GUMBO_TAG_ARTICLE: s.score += 10; break;
            case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: s.score += 5; break;
            case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s.score += 3; break;
            case GUMBO_TAG_FORM: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: s.score -= 3; break;
            case GUMBO_TAG_BODY: s.score -= 5; break;
            default: break;
            }
            s.score += 25.0 * s.hint;
        }
        return s;
    }

    static bool hasDirectText(const GumboNode *n)
    {
        const GumboVector *kids = childrenOf(n);
        for (unsigned i = 0; kids && i < kids->length; ++i) {
            const GumboNode *c = child(kids, i);
            if (c->type == GUMBO_NODE_TEXT && visibleLength(c->v.text.text) >= 25)
                return true;
        }
        return false;
    }

    static int commas(const GumboNode *n, int depth)
    {
        if (depth > kMaxDepth)
            return 0;
        if (n->type == GUMBO_NODE_TEXT) {
            int c = 0;
            for (const char *p = n->v.text.text; *p; ++p)
                c += *p == ',';
            return c;
        }
        const GumboVector *kids = childrenOf(n);
        int c = 0;
        for (unsigned i = 0; kids && i < kids->length; ++i)
            c += commas(child(kids, i), depth + 1);
        return c;
    }
};

// Collects the visible text of a subtree into paragraphs.
class Emitter
{
public:
    explicit Emitter(const Walker &w)
        : m_walker(w)
    {
    }

    QStringList paragraphs;

    void emit(const GumboNode *n, int depth, bool top)
    {
        if (depth > kMaxDepth)
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            m_current += QString::fromUtf8(n->v.text.text);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = n->v.element.tag;
        if (isIgnoredTag(tag) || isHidden(n))
            return;
        if (!top) {
            if (isFurnitureTag(tag) || m_walker.hintOf(n) < 0)
                return;
            if (isBlockTag(tag) && tag != GUMBO_TAG_TR && tag != GUMBO_TAG_TBODY && tag != GUMBO_TAG_TABLE) {
                const int len = m_walker.textOf(n);
                const double ld = m_walker.linkDensity(n);
                if (len > 0 && ld > 0.5)
                    return; // a list of links
                if (len > 0 && (len < 120 || ld > 0.2) && startsWithStopPhrase(prefixText(n)))
                    return; // "Tin liên quan", "Bình luận", "Quảng cáo", ...
            }
        }
        if (tag == GUMBO_TAG_BR) {
            flush();
            return;
        }
        if (tag == GUMBO_TAG_TR) {
            flush();
            QStringList cells;
            const GumboVector *kids = childrenOf(n);
            for (unsigned i = 0; kids && i < kids->length; ++i) {
                const GumboNode *c = child(kids, i);
                if (isElement(c, GUMBO_TAG_TD) || isElement(c, GUMBO_TAG_TH))
                    cells << flatText(c, depth + 1).simplified();
            }
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            if (!cells.isEmpty())
                paragraphs << cells.join(QStringLiteral(" | "));
            return;
        }
        const bool block = isBlockTag(tag);
        if (block)
            flush();
        const GumboVector *kids = childrenOf(n);
        for (unsigned i = 0; kids && i < kids->length; ++i)
            emit(child(kids, i), depth + 1, false);
        if (block)
            flush();
    }

    void flush()
    {
        const QString p = m_current.simplified();
        if (!p.isEmpty())
            paragraphs << p;
        m_current.clear();
    }

    // All text of a subtree on one line (table cells).
    QString flatText(const GumboNode *n, int depth) const
    {
        if (depth > kMaxDepth)
            return {};
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE)
            return QString::fromUtf8(n->v.text.text);
        if (n->type != GUMBO_NODE_ELEMENT || isIgnoredTag(n->v.element.tag) || isHidden(n))
            return {};
        QString s;
        const GumboVector *kids = childrenOf(n);
        for (unsigned i = 0; kids && i < kids->length; ++i) {
            s += flatText(child(kids, i), depth + 1);
            if (isBlockTag(n->v.element.tag) || isElement(child(kids, i), GUMBO_TAG_BR))
                s += QLatin1Char(' ');
        }
        return s;
    }

private:
    // The first few dozen characters of a subtree, cheaply.
    QString prefixText(const GumboNode *n) const
    {
        QString s;
        collectPrefix(n, s, 0);
        return s.simplified();
    }
    void collectPrefix(const GumboNode *n, QString &s, int depth) const
    {
        if (depth > kMaxDepth || s.size() > 60)
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            s += QString::fromUtf8(n->v.text.text).left(80) + QLatin1Char(' ');
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT || isIgnoredTag(n->v.element.tag))
            return;
        const GumboVector *kids = childrenOf(n);
        for (unsigned i = 0; kids && i < kids->length; ++i)
            collectPrefix(child(kids, i), s, depth + 1);
    }

    const Walker &m_walker;
    QString m_current;
};

const GumboNode *findFirst(const GumboNode *n, GumboTag tag, int depth)
{
    if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (n->v.element.tag == tag)
        return n;
    if (isIgnoredTag(n->v.element.tag) && n->v.element.tag != GUMBO_TAG_HEAD)
        return nullptr;
    if (isFurnitureTag(n->v.element.tag))
        return nullptr;
    const GumboVector *kids = childrenOf(n);
    for (unsigned i = 0; kids && i < kids->length; ++i) {
        if (const GumboNode *f = findFirst(child(kids, i), tag, depth + 1))
            return f;
    }
    return nullptr;
}

QString metaContent(const GumboNode *head, const char *property)
{
    const GumboVector *kids = head ? childrenOf(head) : nullptr;
    for (unsigned i = 0; kids && i < kids->length; ++i) {
        const GumboNode *c = child(kids, i);
        if (!isElement(c, GUMBO_TAG_META))
            continue;
        if (attr(c, "property") == QLatin1String(property) || attr(c, "name") == QLatin1String(property))
            return attr(c, "content").simplified();
    }
    return {};
}

// "Kinh nghiệm của An Giang - Báo Xây dựng Đảng" -> the longest part.
QString withoutSiteName(const QString &title)
{
    QStringList parts{title};
    for (const QString &sep : {QStringLiteral(" - "), QStringLiteral(" | "), QStringLiteral(" \u2013 "),
                              QStringLiteral(" \u2014 "), QStringLiteral(" :: "), QStringLiteral(" \u00bb ")}) {
        QStringList next;
        for (const QString &p : parts)
            next << p.split(sep);
        parts = next;
    }
    QString best;
    for (const QString &p : parts) {
        if (p.trimmed().size() > best.size())
            best = p.trimmed();
    }
    return best;
}

} // namespace

HtmlArticleExtractor::Article HtmlArticleExtractor::extract(const QByteArray &utf8Html)
{
    Article article;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100; // do not collect an error per byte of a broken page
    GumboOutput *output = gumbo_parse_with_options(&options, utf8Html.constData(), size_t(utf8Html.size()));
    if (!output)
        return article;
    const GumboNode *root = output->root;
    const GumboNode *head = findFirst(root, GUMBO_TAG_HEAD, 0);
    const GumboNode *body = findFirst(root, GUMBO_TAG_BODY, 0);

    Walker walker;
    walker.measure(root, 0, false);
    if (body)
        walker.score(body, 0);

    const GumboNode *best = nullptr;
    double bestScore = 0.0;
    for (auto &[node, s] : walker.stats) {
        if (!s.candidate)
            continue;
        const double final = s.score * (1.0 - walker.linkDensity(node));
        if (!best || final > bestScore) {
            best = node;
            bestScore = final;
        }
    }
    if (!best)
        best = body ? body : root;

    // The article's siblings that score nearly as well belong to it (split content blocks).
    std::vector<const GumboNode *> blocks;
    const GumboNode *parent = best->parent;
    if (parent && parent->type == GUMBO_NODE_ELEMENT && best != body) {
        const double threshold = std::max(10.0, bestScore * 0.2);
        const GumboVector *kids = childrenOf(parent);
        for (unsigned i = 0; kids && i < kids->length; ++i) {
            const GumboNode *c = child(kids, i);
            if (c == best) {
                blocks.push_back(c);
                continue;
            }
            if (c->type != GUMBO_NODE_ELEMENT || walker.hintOf(c) < 0 || isFurnitureTag(c->v.element.tag))
                continue;
            const auto it = walker.stats.find(c);
            if (it == walker.stats.end())
                continue;
            const double ld = walker.linkDensity(c);
            const double sibScore = it->second.candidate ? it->second.score * (1.0 - ld) : 0.0;
            if (sibScore >= threshold || (isElement(c, GUMBO_TAG_P) && it->second.text > 80 && ld < 0.25))
                blocks.push_back(c);
        }
    } else {
        blocks.push_back(best);
    }

    Emitter emitter(walker);
    for (const GumboNode *b : blocks) {
        emitter.emit(b, 0, true);
        emitter.flush();
    }
    article.paragraphs = emitter.paragraphs;

    QString title = metaContent(head, "og:title");
    if (title.isEmpty() && body) {
        if (const GumboNode *h1 = findFirst(body, GUMBO_TAG_H1, 0))
            title = emitter.flatText(h1, 0).simplified();
    }
    if (title.isEmpty() && head) {
        if (const GumboNode *t = findFirst(head, GUMBO_TAG_TITLE, 0))
            title = withoutSiteName(emitter.flatText(t, 0).simplified());
    }
    article.title = title;
    gumbo_destroy_output(&options, output);
    return article;
}

} // namespace thp
