#include "importers/HtmlArticleExtractor.h"

#include "text/Normalizer.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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

// The elements the extraction cares about; everything else is Other.
enum class Tag : unsigned char {
    Other, Script, Style, Noscript, Template, Svg, Math, Iframe, Object, Embed, Select, Button, Input, Textarea,
    Form, Head, Canvas, Audio, Video, Map, Label, Nav, Aside, Footer, Menu, P, Div, H1, H2, H3, H4, H5, H6, Li,
    Ul, Ol, Dl, Dt, Dd, Section, Article, Main, Blockquote, Pre, Table, Tbody, Thead, Tfoot, Tr, Td, Th, Figure,
    Figcaption, Header, Address, Center, Hr, Caption, Body, Html, A, Br, Meta, Title
};

using Node = xmlNode;

// libxml2 interns element names in the document's dictionary, so a name is looked up once
// per distinct pointer; the pointers die with the document, so the cache is per document.
std::unordered_map<const xmlChar *, Tag> &tagCache()
{
    static thread_local std::unordered_map<const xmlChar *, Tag> byPointer;
    return byPointer;
}

Tag tagOf(const Node *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->name)
        return Tag::Other;
    std::unordered_map<const xmlChar *, Tag> &byPointer = tagCache();
    if (const auto it = byPointer.find(n->name); it != byPointer.end())
        return it->second;
    static const std::unordered_map<std::string_view, Tag> byName = {
        {"script", Tag::Script}, {"style", Tag::Style}, {"noscript", Tag::Noscript}, {"template", Tag::Template},
        {"svg", Tag::Svg}, {"math", Tag::Math}, {"iframe", Tag::Iframe}, {"object", Tag::Object},
        {"embed", Tag::Embed}, {"select", Tag::Select}, {"button", Tag::Button}, {"input", Tag::Input},
        {"textarea", Tag::Textarea}, {"form", Tag::Form}, {"head", Tag::Head}, {"canvas", Tag::Canvas},
        {"audio", Tag::Audio}, {"video", Tag::Video}, {"map", Tag::Map}, {"label", Tag::Label}, {"nav", Tag::Nav},
        {"aside", Tag::Aside}, {"footer", Tag::Footer}, {"menu", Tag::Menu}, {"p", Tag::P}, {"div", Tag::Div},
        {"h1", Tag::H1}, {"h2", Tag::H2}, {"h3", Tag::H3}, {"h4", Tag::H4}, {"h5", Tag::H5}, {"h6", Tag::H6},
        {"li", Tag::Li}, {"ul", Tag::Ul}, {"ol", Tag::Ol}, {"dl", Tag::Dl}, {"dt", Tag::Dt}, {"dd", Tag::Dd},
        {"section", Tag::Section}, {"article", Tag::Article}, {"main", Tag::Main}, {"blockquote", Tag::Blockquote},
        {"pre", Tag::Pre}, {"table", Tag::Table}, {"tbody", Tag::Tbody}, {"thead", Tag::Thead},
        {"tfoot", Tag::Tfoot}, {"tr", Tag::Tr}, {"td", Tag::Td}, {"th", Tag::Th}, {"figure", Tag::Figure},
        {"figcaption", Tag::Figcaption}, {"header", Tag::Header}, {"address", Tag::Address},
        {"center", Tag::Center}, {"hr", Tag::Hr}, {"caption", Tag::Caption}, {"body", Tag::Body},
        {"html", Tag::Html}, {"a", Tag::A}, {"br", Tag::Br}, {"meta", Tag::Meta}, {"title", Tag::Title}};
    std::string lower(reinterpret_cast<const char *>(n->name));
    for (char &c : lower)
        c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    const auto it = byName.find(lower);
    const Tag t = it == byName.end() ? Tag::Other : it->second;
    if (byPointer.size() < 4096) // names of a hostile page are not all kept
        byPointer.emplace(n->name, t);
    return t;
}

bool isText(const Node *n)
{
    return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
}

const char *textOfNode(const Node *n)
{
    return n->content ? reinterpret_cast<const char *>(n->content) : "";
}

bool hasChildren(const Node *n)
{
    return n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE;
}

// The attribute's value, "" when it is present without one, nullptr when absent.
const char *rawAttr(const Node *n, const char *name)
{
    if (n->type != XML_ELEMENT_NODE)
        return nullptr;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar *>(name)) == 0) {
            if (a->children && a->children->content)
                return reinterpret_cast<const char *>(a->children->content);
            return "";
        }
    }
    return nullptr;
}

QString attr(const Node *n, const char *name)
{
    const char *v = rawAttr(n, name);
    return v ? QString::fromUtf8(v) : QString();
}

bool isElement(const Node *n, Tag tag)
{
    return n->type == XML_ELEMENT_NODE && tagOf(n) == tag;
}

// Never visible or never article text.
bool isIgnoredTag(Tag t)
{
    switch (t) {
    case Tag::Script: case Tag::Style: case Tag::Noscript: case Tag::Template:
    case Tag::Svg: case Tag::Math: case Tag::Iframe: case Tag::Object:
    case Tag::Embed: case Tag::Select: case Tag::Button: case Tag::Input:
    case Tag::Textarea: case Tag::Form: case Tag::Head: case Tag::Canvas:
    case Tag::Audio: case Tag::Video: case Tag::Map: case Tag::Label:
        return true;
    default:
        return false;
    }
}

// Page furniture by its very tag.
bool isFurnitureTag(Tag t)
{
    return t == Tag::Nav || t == Tag::Aside || t == Tag::Footer || t == Tag::Menu;
}

bool isBlockTag(Tag t)
{
    switch (t) {
    case Tag::P: case Tag::Div: case Tag::H1: case Tag::H2: case Tag::H3:
    case Tag::H4: case Tag::H5: case Tag::H6: case Tag::Li: case Tag::Ul:
    case Tag::Ol: case Tag::Dl: case Tag::Dt: case Tag::Dd: case Tag::Section:
    case Tag::Article: case Tag::Main: case Tag::Blockquote: case Tag::Pre:
    case Tag::Table: case Tag::Tbody: case Tag::Thead: case Tag::Tfoot:
    case Tag::Tr: case Tag::Figure: case Tag::Figcaption: case Tag::Header:
    case Tag::Address: case Tag::Center: case Tag::Hr: case Tag::Caption:
    case Tag::Body: case Tag::Html: case Tag::Footer: case Tag::Nav: case Tag::Aside:
        return true;
    default:
        return false;
    }
}

// +1 article-like class/id, -1 furniture-like, 0 neutral. Tokens of class and id are
// compared whole or by prefix, so "comment-list" is negative but "commentary" is not special.
// Works on the attribute bytes (the hints are ASCII; other bytes only lengthen a token).
int classHint(const Node *n)
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

bool isHidden(const Node *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return false;
    if (rawAttr(n, "hidden"))
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

bool isSpaceCodePoint(char32_t c) // QChar::isSpace
{
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

// QString::fromUtf8(utf8).simplified() in one pass: white space (as QChar::isSpace) collapsed
// to one space, both ends trimmed. False if utf8 is not valid UTF-8 (out is then unspecified).
bool decodeSimplified(const QByteArray &utf8, QString &out)
{
    out.resize(utf8.size()); // never more UTF-16 units than UTF-8 bytes
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const unsigned char *p = reinterpret_cast<const unsigned char *>(utf8.constData());
    const unsigned char *const end = p + utf8.size();
    qsizetype o = 0;
    bool pending = false;
    const auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    while (p < end) {
        const unsigned char b = *p;
        char32_t c;
        if (b < 0x80) {
            c = b;
            ++p;
        } else if (b >= 0xC2 && b < 0xE0 && end - p >= 2 && cont(p[1])) {
            c = char32_t(b & 0x1F) << 6 | (p[1] & 0x3F);
            p += 2;
        } else if (b >= 0xE0 && b < 0xF0 && end - p >= 3 && cont(p[1]) && cont(p[2])) {
            c = char32_t(b & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
            if (c < 0x800 || (c >= 0xD800 && c < 0xE000))
                return false;
            p += 3;
        } else if (b >= 0xF0 && b < 0xF5 && end - p >= 4 && cont(p[1]) && cont(p[2]) && cont(p[3])) {
            c = char32_t(b & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
            if (c < 0x10000 || c > 0x10FFFF)
                return false;
            p += 4;
        } else {
            return false;
        }
        if (isSpaceCodePoint(c)) {
            pending = true;
            continue;
        }
        if (pending && o > 0)
            dst[o++] = u' ';
        pending = false;
        if (c < 0x10000) {
            dst[o++] = char16_t(c);
        } else {
            dst[o++] = QChar::highSurrogate(c);
            dst[o++] = QChar::lowSurrogate(c);
        }
    }
    out.truncate(o);
    return true;
}

class Walker
{
public:
    // The stats of node n are stats[k - 1], k kept in n->_private (libxml2 leaves that field to
    // the application): no hashing of every element, several times over.
    std::vector<std::pair<const Node *, Stats>> stats;

    Stats &entry(const Node *n)
    {
        if (const auto k = reinterpret_cast<std::uintptr_t>(n->_private); k > 0 && k <= stats.size() && stats[k - 1].first == n)
            return stats[k - 1].second;
        stats.emplace_back(n, Stats());
        const_cast<Node *>(n)->_private = reinterpret_cast<void *>(std::uintptr_t(stats.size()));
        return stats.back().second;
    }

    const Stats *find(const Node *n) const
    {
        const auto k = reinterpret_cast<std::uintptr_t>(n->_private);
        return k > 0 && k <= stats.size() && stats[k - 1].first == n ? &stats[k - 1].second : nullptr;
    }

    Stats measure(const Node *n, int depth, bool inLink)
    {
        Stats s;
        if (depth > kMaxDepth)
            return s;
        if (isText(n)) {
            s.text = visibleLength(textOfNode(n));
            s.links = inLink ? s.text : 0;
            return s;
        }
        if (!hasChildren(n))
            return s;
        if (n->type == XML_ELEMENT_NODE && (isIgnoredTag(tagOf(n)) || isHidden(n)))
            return s;
        const bool link = inLink || isElement(n, Tag::A);
        for (const Node *kid = n->children; kid; kid = kid->next) {
            const Stats c = measure(kid, depth + 1, link);
            s.text += c.text;
            s.links += c.links;
        }
        Stats &stored = entry(n);
        stored.text = s.text;
        stored.links = s.links;
        stored.hint = n->type == XML_ELEMENT_NODE ? classHint(n) : 0;
        return s;
    }

    double linkDensity(const Node *n) const
    {
        const Stats *s = find(n);
        if (!s || s->text == 0)
            return 0.0;
        return double(s->links) / s->text;
    }

    int hintOf(const Node *n) const
    {
        const Stats *s = find(n);
        return s ? s->hint : 0;
    }

    int textOf(const Node *n) const
    {
        const Stats *s = find(n);
        return s ? s->text : 0;
    }

    // Readability-style scoring: paragraphs give points to their parent and grandparent.
    void score(const Node *n, int depth)
    {
        if (depth > kMaxDepth || n->type != XML_ELEMENT_NODE)
            return;
        const Tag tag = tagOf(n);
        if (isIgnoredTag(tag) || isFurnitureTag(tag) || isHidden(n))
            return;
        if (tag != Tag::Body && tag != Tag::Html && hintOf(n) < 0)
            return; // unlikely candidate: skip the whole subtree
        const bool paragraphLike = tag == Tag::P || tag == Tag::Pre || tag == Tag::Td
            || tag == Tag::Blockquote || (tag == Tag::Div && hasDirectText(n));
        if (paragraphLike) {
            const int len = textOf(n);
            if (len >= 25) {
                const double points = 1.0 + commas(n, 0) + std::min(len / 100.0, 3.0);
                const Node *parent = n->parent;
                if (parent && parent->type == XML_ELEMENT_NODE) {
                    initCandidate(parent).score += points;
                    const Node *grand = parent->parent;
                    if (grand && grand->type == XML_ELEMENT_NODE)
                        initCandidate(grand).score += points / 2.0;
                }
            }
        }
        for (const Node *kid = n->children; kid; kid = kid->next)
            score(kid, depth + 1);
    }

    Stats &initCandidate(const Node *n)
    {
        Stats &s = entry(n);
        if (!s.candidate) {
            s.candidate = true;
            switch (tagOf(n)) {
            case Tag::Article: s.score += 10; break;
            case Tag::Div: case Tag::Section: case Tag::Main: s.score += 5; break;
            case Tag::Pre: case Tag::Td: case Tag::Blockquote: s.score += 3; break;
            case Tag::Form: case Tag::Ol: case Tag::Ul: case Tag::Dl: s.score -= 3; break;
            case Tag::Body: s.score -= 5; break;
            default: break;
            }
            s.score += 25.0 * s.hint;
        }
        return s;
    }

    static bool hasDirectText(const Node *n)
    {
        for (const Node *kid = n->children; kid; kid = kid->next) {
            const Node *c = kid;
            if (isText(c) && visibleLength(textOfNode(c)) >= 25)
                return true;
        }
        return false;
    }

    static int commas(const Node *n, int depth)
    {
        if (depth > kMaxDepth)
            return 0;
        if (isText(n)) {
            int c = 0;
            for (const char *p = textOfNode(n); *p; ++p)
                c += *p == ',';
            return c;
        }
        int c = 0;
        for (const Node *kid = hasChildren(n) ? n->children : nullptr; kid; kid = kid->next)
            c += commas(kid, depth + 1);
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

    void emit(const Node *n, int depth, bool top)
    {
        if (depth > kMaxDepth)
            return;
        if (isText(n)) {
            m_current += textOfNode(n); // UTF-8 until the paragraph ends: one conversion each
            return;
        }
        if (n->type != XML_ELEMENT_NODE)
            return;
        const Tag tag = tagOf(n);
        if (isIgnoredTag(tag) || isHidden(n))
            return;
        if (!top) {
            if (isFurnitureTag(tag) || m_walker.hintOf(n) < 0)
                return;
            if (isBlockTag(tag) && tag != Tag::Tr && tag != Tag::Tbody && tag != Tag::Table) {
                const int len = m_walker.textOf(n);
                const double ld = m_walker.linkDensity(n);
                if (len > 0 && ld > 0.5)
                    return; // a list of links
                if (len > 0 && (len < 120 || ld > 0.2) && startsWithStopPhrase(prefixText(n)))
                    return; // "Tin liên quan", "Bình luận", "Quảng cáo", ...
            }
        }
        if (tag == Tag::Br) {
            flush();
            return;
        }
        if (tag == Tag::Tr) {
            flush();
            QStringList cells;
            for (const Node *kid = n->children; kid; kid = kid->next) {
                const Node *c = kid;
                if (isElement(c, Tag::Td) || isElement(c, Tag::Th))
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
        for (const Node *kid = n->children; kid; kid = kid->next)
            emit(kid, depth + 1, false);
        if (block)
            flush();
    }

    void flush()
    {
        // Converted and simplified in one pass (a third of the extraction time when done apart).
        QString p;
        if (!decodeSimplified(m_current, p))
            p = QString::fromUtf8(m_current).simplified(); // not UTF-8: Qt's replacement rules
        if (!p.isEmpty())
            paragraphs << p;
        m_current.resize(0); // keeps the buffer for the next paragraph
    }

    // All text of a subtree on one line (table cells).
    QString flatText(const Node *n, int depth) const
    {
        if (depth > kMaxDepth)
            return {};
        if (isText(n))
            return QString::fromUtf8(textOfNode(n));
        if (n->type != XML_ELEMENT_NODE || isIgnoredTag(tagOf(n)) || isHidden(n))
            return {};
        QString s;
        for (const Node *kid = n->children; kid; kid = kid->next) {
            s += flatText(kid, depth + 1);
            if (isBlockTag(tagOf(n)) || isElement(kid, Tag::Br))
                s += QLatin1Char(' ');
        }
        return s;
    }

private:
    // The first few dozen characters of a subtree, cheaply.
    QString prefixText(const Node *n) const
    {
        QString s;
        collectPrefix(n, s, 0);
        return s.simplified();
    }
    void collectPrefix(const Node *n, QString &s, int depth) const
    {
        if (depth > kMaxDepth || s.size() > 60)
            return;
        if (isText(n)) {
            s += QString::fromUtf8(textOfNode(n)).left(80) + QLatin1Char(' ');
            return;
        }
        if (n->type != XML_ELEMENT_NODE || isIgnoredTag(tagOf(n)))
            return;
        for (const Node *kid = n->children; kid; kid = kid->next)
            collectPrefix(kid, s, depth + 1);
    }

    const Walker &m_walker;
    QByteArray m_current;
};

const Node *findFirst(const Node *n, Tag tag, int depth)
{
    if (depth > kMaxDepth || n->type != XML_ELEMENT_NODE)
        return nullptr;
    if (tagOf(n) == tag)
        return n;
    if (isIgnoredTag(tagOf(n)) && tagOf(n) != Tag::Head)
        return nullptr;
    if (isFurnitureTag(tagOf(n)))
        return nullptr;
    for (const Node *kid = n->children; kid; kid = kid->next) {
        if (const Node *f = findFirst(kid, tag, depth + 1))
            return f;
    }
    return nullptr;
}

QString metaContent(const Node *head, const char *property)
{
    for (const Node *c = head ? head->children : nullptr; c; c = c->next) {
        if (!isElement(c, Tag::Meta))
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
    if (utf8Html.isEmpty() || utf8Html.size() > std::numeric_limits<int>::max())
        return article;
    // libxml2's HTML parser: a real, lenient HTML parser that builds its tree five to six
    // times faster than gumbo did (docs/benchmarks.md). The bytes are UTF-8 whatever the page's
    // <meta charset> says (the importer decoded them), hence IGNORE_ENC.
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
        htmlReadMemory(utf8Html.constData(), int(utf8Html.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                           | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT),
        xmlFreeDoc);
    if (!doc)
        return article;
    tagCache().clear(); // names of the previous document may share addresses with this one's
    const Node *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return article;
    const Node *head = findFirst(root, Tag::Head, 0);
    const Node *body = findFirst(root, Tag::Body, 0);

    Walker walker;
    walker.measure(root, 0, false);
    if (body)
        walker.score(body, 0);

    const Node *best = nullptr;
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
    std::vector<const Node *> blocks;
    const Node *parent = best->parent;
    if (parent && parent->type == XML_ELEMENT_NODE && best != body) {
        const double threshold = std::max(10.0, bestScore * 0.2);
        for (const Node *kid = parent->children; kid; kid = kid->next) {
            const Node *c = kid;
            if (c == best) {
                blocks.push_back(c);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE || walker.hintOf(c) < 0 || isFurnitureTag(tagOf(c)))
                continue;
            const Stats *cs = walker.find(c);
            if (!cs)
                continue;
            const double ld = walker.linkDensity(c);
            const double sibScore = cs->candidate ? cs->score * (1.0 - ld) : 0.0;
            if (sibScore >= threshold || (isElement(c, Tag::P) && cs->text > 80 && ld < 0.25))
                blocks.push_back(c);
        }
    } else {
        blocks.push_back(best);
    }

    Emitter emitter(walker);
    for (const Node *b : blocks) {
        emitter.emit(b, 0, true);
        emitter.flush();
    }
    article.paragraphs = emitter.paragraphs;

    QString title = metaContent(head, "og:title");
    if (title.isEmpty() && body) {
        if (const Node *h1 = findFirst(body, Tag::H1, 0))
            title = emitter.flatText(h1, 0).simplified();
    }
    if (title.isEmpty() && head) {
        if (const Node *t = findFirst(head, Tag::Title, 0))
            title = withoutSiteName(emitter.flatText(t, 0).simplified());
    }
    article.title = title;
    return article;
}

} // namespace thp
