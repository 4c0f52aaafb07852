#include "extract/DocumentFieldsDetector.h"

#include "extract/Gazetteer.h"
#include "extract/PhraseIndex.h"
#include "text/Normalizer.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace thp {

// ---------------------------------------------------------------------------------------------
// Cue words, loaded once from the resource file.

enum class CueTarget { Province, City, Huyen, Quan, ThiXa, Any, Masthead, None };

struct NameCue {
    CueTarget target = CueTarget::None;
    bool committee = false;
};

struct DocumentCues {
    QList<NameCue> nameCues;
    PhraseIndex nameCueIndex{PhraseIndex::Direction::Backward};
    PhraseIndex stopPhrases;
    QSet<QString> cueRequired; // Gazetteer::lookupKey of names
    QStringList furnitureKeys; // lookupKey of page-furniture lines
    QStringList captionMarkers;
    PhraseIndex publishedCues;
    PhraseIndex retrievalCues;
    PhraseIndex periodCues{PhraseIndex::Direction::Backward};
    PhraseIndex termOfOfficeCues{PhraseIndex::Direction::Backward};
    PhraseIndex targetCues{PhraseIndex::Direction::Backward};
    QSet<std::uint64_t> termWordKeys; // PhraseKey::hashWord of the keyed word
    PhraseIndex centralTermContext{PhraseIndex::Direction::Backward};
    PhraseIndex localTermContext{PhraseIndex::Direction::Backward};
    int termMin = 8;
    int termMax = 15;
    PhraseIndex documentTypes{PhraseIndex::Direction::Backward};
    QSet<std::uint64_t> numberWordKeys;
    QStringList titleSkipKeys;

    double wProvinceCommittee = 5, wProvinceWord = 3, wMasthead = 3, wDistrictCommittee = 3,
           wDistrictWord = 1.5, wBare = 1, ambiguousFactor = 0.3, titleFactor = 2, leadFactor = 1.5,
           captionFactor = 0.5, tailFactor = 0.2, parentheticalFactor = 0.5, allCapsBareFactor = 0.5,
           minimumScore = 1;
    qsizetype leadChars = 600;
};

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(Normalizer::toNfc(x.toString()));
    return out;
}

void addAll(PhraseIndex &index, const QStringList &phrases, bool checkTones = true)
{
    for (const QString &p : phrases)
        index.add(p, 0, checkTones);
}

CueTarget targetFrom(const QString &s)
{
    if (s == u"province") return CueTarget::Province;
    if (s == u"city") return CueTarget::City;
    if (s == u"huyen") return CueTarget::Huyen;
    if (s == u"quan") return CueTarget::Quan;
    if (s == u"thi_xa") return CueTarget::ThiXa;
    if (s == u"any") return CueTarget::Any;
    if (s == u"masthead") return CueTarget::Masthead;
    return CueTarget::None;
}

std::shared_ptr<const DocumentCues> loadCues()
{
    static const std::shared_ptr<const DocumentCues> cues = [] {
        auto c = std::make_shared<DocumentCues>();
        QFile f(QStringLiteral(":/tonghop/gazetteer/document_cues.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("DocumentFieldsDetector: cannot open :/tonghop/gazetteer/document_cues.json");
            return std::shared_ptr<const DocumentCues>(c);
        }
        QJsonParseError err{};
        const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &err).object();
        if (err.error != QJsonParseError::NoError)
            qWarning("DocumentFieldsDetector: document_cues.json: %s", qPrintable(err.errorString()));
        for (const QJsonValue &v : o.value(QStringLiteral("nameCues")).toArray()) {
            const QJsonObject g = v.toObject();
            NameCue cue;
            cue.target = targetFrom(g.value(QStringLiteral("target")).toString());
            cue.committee = g.value(QStringLiteral("committee")).toBool();
            const int payload = int(c->nameCues.size());
            c->nameCues.append(cue);
            // Cue words are matched whatever their tones' placement; tones are checked so
            // "tỉnh" is not "tinh" of another word.
            for (const QString &w : stringList(g.value(QStringLiteral("words"))))
                c->nameCueIndex.add(w, payload);
        }
        const QJsonObject w = o.value(QStringLiteral("weights")).toObject();
        auto num = [&w](const char *key, double def) {
            return w.value(QLatin1String(key)).toDouble(def);
        };
        c->wProvinceCommittee = num("provinceCommittee", c->wProvinceCommittee);
        c->wProvinceWord = num("provinceWord", c->wProvinceWord);
        c->wMasthead = num("masthead", c->wMasthead);
        c->wDistrictCommittee = num("districtCommittee", c->wDistrictCommittee);
        c->wDistrictWord = num("districtWord", c->wDistrictWord);
        c->wBare = num("bareName", c->wBare);
        c->ambiguousFactor = num("ambiguousFactor", c->ambiguousFactor);
        c->titleFactor = num("titleFactor", c->titleFactor);
        c->leadFactor = num("leadFactor", c->leadFactor);
        c->captionFactor = num("captionFactor", c->captionFactor);
        c->tailFactor = num("tailFactor", c->tailFactor);
        c->parentheticalFactor = num("parentheticalFactor", c->parentheticalFactor);
        c->allCapsBareFactor = num("allCapsBareFactor", c->allCapsBareFactor);
        c->minimumScore = num("minimumScore", c->minimumScore);
        c->leadChars = qsizetype(num("leadChars", double(c->leadChars)));

        for (const QString &s : stringList(o.value(QStringLiteral("cueRequired"))))
            c->cueRequired.insert(Gazetteer::lookupKey(s));
        addAll(c->stopPhrases, stringList(o.value(QStringLiteral("stopPhrases"))));
        for (const QString &s : stringList(o.value(QStringLiteral("pageFurniture"))))
            c->furnitureKeys.append(Gazetteer::lookupKey(s));
        c->captionMarkers = stringList(o.value(QStringLiteral("captionMarkers")));
        addAll(c->publishedCues, stringList(o.value(QStringLiteral("publishedDateCues"))));
        addAll(c->retrievalCues, stringList(o.value(QStringLiteral("retrievalDateCues"))));
        addAll(c->periodCues, stringList(o.value(QStringLiteral("periodYearCues"))));
        addAll(c->termOfOfficeCues, stringList(o.value(QStringLiteral("termOfOfficeCues"))));
        addAll(c->targetCues, stringList(o.value(QStringLiteral("targetCues"))));
        for (const QString &s : stringList(o.value(QStringLiteral("termWord"))))
            c->termWordKeys.insert(PhraseKey::hashWord(Gazetteer::lookupKey(s)));
        addAll(c->centralTermContext, stringList(o.value(QStringLiteral("centralTermContext"))), false);
        addAll(c->localTermContext, stringList(o.value(QStringLiteral("localTermContext"))));
        c->termMin = o.value(QStringLiteral("termMin")).toInt(c->termMin);
        c->termMax = o.value(QStringLiteral("termMax")).toInt(c->termMax);
        addAll(c->documentTypes, stringList(o.value(QStringLiteral("documentTypes"))));
        for (const QString &s : stringList(o.value(QStringLiteral("documentNumberWord"))))
            c->numberWordKeys.insert(PhraseKey::hashWord(Gazetteer::lookupKey(s)));
        for (const QString &s : stringList(o.value(QStringLiteral("titleSkipPrefixes"))))
            c->titleSkipKeys.append(Gazetteer::lookupKey(s));
        return std::shared_ptr<const DocumentCues>(c);
    }();
    return cues;
}

// ---------------------------------------------------------------------------------------------
// Small helpers over words.

bool isDigits(QStringView w)
{
    if (w.isEmpty())
        return false;
    for (const QChar c : w) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

int romanValue(QStringView w)
{
    if (w.isEmpty() || w.size() > 6)
        return 0;
    int total = 0;
    int prev = 0;
    for (qsizetype i = w.size() - 1; i >= 0; --i) {
        int v = 0;
        switch (w.at(i).unicode()) {
        case u'I': v = 1; break;
        case u'V': v = 5; break;
        case u'X': v = 10; break;
        case u'L': v = 50; break;
        default: return 0;
        }
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    return total;
}

bool gapIsDateSeparator(QStringView gap)
{
    const QStringView g = gap.trimmed();
    if (g.size() != 1)
        return false;
    const char16_t u = g.front().unicode();
    return u == u'/' || u == u'-' || u == u'.' || u == 0x2013;
}

bool gapIsOnlySpace(QStringView gap)
{
    for (const QChar c : gap) {
        if (!c.isSpace() || c == u'\n')
            return false;
    }
    return true;
}

bool isSentenceBreak(QStringView gap)
{
    for (const QChar c : gap) {
        if (c == u'.' || c == u';' || c == u'!' || c == u'?' || c == u'\n')
            return true;
    }
    return false;
}

bool gapHasNewline(QStringView gap)
{
    return gap.contains(u'\n');
}

struct DateHit {
    int year = 0;
    qsizetype lastToken = -1;
};

int currentYear()
{
    static const int year = QDate::currentDate().year(); // asking the clock costs a time-zone lookup
    return year;
}

bool plausibleYear(int y)
{
    return y >= 1990 && y <= currentYear() + 1;
}

// "21/02/2017", "7-12-2016" starting at token i, or "ngày 5 tháng 3 năm 2021" / "5 tháng 3 năm
// 2021" starting at token i.
DateHit dateAt(const KeyedText &kt, qsizetype i)
{
    DateHit hit;
    const qsizetype n = kt.size();
    if (i < n && kt.keyIs(i, u"ngay"))
        ++i;
    if (i + 2 < n && isDigits(kt.word(i)) && kt.word(i).size() <= 2 && isDigits(kt.word(i + 1))
        && kt.word(i + 1).size() <= 2 && isDigits(kt.word(i + 2)) && kt.word(i + 2).size() == 4
        && gapIsDateSeparator(kt.gapBefore(i + 1)) && gapIsDateSeparator(kt.gapBefore(i + 2))) {
        const int d = kt.word(i).toInt();
        const int m = kt.word(i + 1).toInt();
        const int y = kt.word(i + 2).toInt();
        if (d >= 1 && d <= 31 && m >= 1 && m <= 12 && plausibleYear(y)) {
            hit.year = y;
            hit.lastToken = i + 2;
        }
        return hit;
    }
    // d tháng m năm yyyy
    if (i + 4 < n && isDigits(kt.word(i)) && kt.keyIs(i + 1, u"thang") && isDigits(kt.word(i + 2))
        && kt.keyIs(i + 3, u"năm") && isDigits(kt.word(i + 4)) && kt.word(i + 4).size() == 4) {
        const int y = kt.word(i + 4).toInt();
        if (plausibleYear(y)) {
            hit.year = y;
            hit.lastToken = i + 4;
        }
    }
    return hit;
}

// ---------------------------------------------------------------------------------------------
// Where things are on the page: headline, lead, captions, the sidebar/comments tail.

struct Line {
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Layout {
    QList<Line> lines;
    QList<bool> caption;   // per line
    QList<bool> allCaps;   // per line
    qsizetype titleStart = -1;
    qsizetype titleEnd = -1;
    QString titleText;     // headline or first sentence
    qsizetype leadStart = 0;
    qsizetype leadEnd = 0;
    qsizetype tailStart = 0;

    qsizetype lineOf(qsizetype pos) const
    {
        auto it = std::upper_bound(lines.cbegin(), lines.cend(), pos,
                                   [](qsizetype p, const Line &l) { return p < l.start; });
        return qsizetype(it - lines.cbegin()) - 1;
    }
};

bool lineIsAllCaps(QStringView line)
{
    int letters = 0;
    int upper = 0;
    for (const QChar c : line) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    return letters >= 8 && upper * 10 >= letters * 9;
}

bool startsWithKey(const QString &lineKey, const QString &prefixKey)
{
    if (!lineKey.startsWith(prefixKey))
        return false;
    return lineKey.size() == prefixKey.size() || !lineKey.at(prefixKey.size()).isLetterOrNumber();
}

// The line's words keyed and joined by one space (cheap: lines we look at are short).
QString lineKey(QStringView line)
{
    return Gazetteer::lookupKey(line.toString());
}

bool looksLikeHeadline(QStringView line, const DocumentCues &cues, bool isCaption)
{
    const QStringView t = line.trimmed();
    if (t.size() < 12 || t.size() > 250 || isCaption || lineIsAllCaps(t))
        return false;
    int digits = 0;
    int nonSpace = 0;
    for (const QChar c : t) {
        if (!c.isSpace())
            ++nonSpace;
        if (c.isDigit())
            ++digits;
    }
    if (digits * 4 >= nonSpace)
        return false;
    if (t.endsWith(u':'))
        return false;
    const QString key = lineKey(t);
    for (const QString &p : cues.titleSkipKeys) {
        if (startsWithKey(key, p) && (t.contains(u':') || digits > 0))
            return false;
    }
    // A headline has few sentences: a long paragraph of several sentences is body text.
    return t.count(QStringLiteral(". ")) < 2;
}

QString firstSentence(QStringView line)
{
    const QStringView t = line.trimmed();
    qsizetype end = t.size();
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        const QChar c = t.at(i);
        if ((c == u'.' || c == u'!' || c == u'?') && t.at(i + 1).isSpace()
            && (i + 2 >= t.size() || t.at(i + 2).isUpper())) {
            end = i + 1;
            break;
        }
    }
    QString s = t.first(end).toString();
    if (s.size() > 160) {
        qsizetype cut = s.lastIndexOf(u' ', 159);
        if (cut < 40)
            cut = 159;
        s = s.left(cut) + QChar(0x2026);
    }
    return s;
}

Layout analyse(const QString &text, const DocumentCues &cues)
{
    Layout lay;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0)
            nl = text.size();
        lay.lines.append(Line{start, nl});
        start = nl + 1;
    }
    lay.caption.resize(lay.lines.size());
    lay.allCaps.resize(lay.lines.size());
    lay.tailStart = text.size();
    const QStringView all(text);
    for (qsizetype li = 0; li < lay.lines.size(); ++li) {
        const Line &l = lay.lines.at(li);
        const QStringView line = all.sliced(l.start, l.end - l.start).trimmed();
        // Captions and all-caps mastheads are short lines; paragraphs are not looked into.
        bool cap = line.endsWith(u'|');
        const bool mayBeCaption = line.size() <= 300 && std::any_of(line.begin(), line.end(), [](QChar c) {
            return c.unicode() == 0x1EA2 || c.unicode() == 0x1EA3 || c == u'P' || c == u'p';
        });
        if (mayBeCaption) {
            for (const QString &m : cues.captionMarkers) {
                if (!cap && line.contains(m))
                    cap = true;
            }
        }
        lay.caption[li] = cap;
        lay.allCaps[li] = line.size() <= 300 && lineIsAllCaps(line);
        if (lay.tailStart == text.size() && l.start * 10 >= text.size() * 4 && !line.isEmpty()
            && line.size() <= 60) {
            const QString key = lineKey(line);
            for (const QString &f : cues.furnitureKeys) {
                if (startsWithKey(key, f)) {
                    lay.tailStart = l.start;
                    break;
                }
            }
        }
    }
    // Headline: among the first non-empty lines; else the first sentence of the body.
    int seen = 0;
    qsizetype firstBody = -1;
    for (qsizetype li = 0; li < lay.lines.size() && seen < 12; ++li) {
        const Line &l = lay.lines.at(li);
        const QStringView line = all.sliced(l.start, l.end - l.start);
        if (line.trimmed().isEmpty())
            continue;
        ++seen;
        if (looksLikeHeadline(line, cues, lay.caption.at(li))) {
            qsizetype lead = l.start;
            while (lead < l.end && text.at(lead).isSpace())
                ++lead;
            lay.titleStart = lead;
            lay.titleEnd = l.end;
            lay.titleText = line.trimmed().toString();
            break;
        }
        if (firstBody < 0 && !lay.caption.at(li) && !lay.allCaps.at(li) && line.trimmed().size() > 250)
            firstBody = li;
    }
    if (lay.titleStart < 0 && firstBody >= 0) {
        const Line &l = lay.lines.at(firstBody);
        lay.titleText = firstSentence(all.sliced(l.start, l.end - l.start));
        lay.titleStart = l.start;
        lay.titleEnd = l.start + lay.titleText.size();
    }
    lay.leadStart = lay.titleStart >= 0 ? lay.titleStart : 0;
    lay.leadEnd = std::min(text.size(), std::max(lay.titleEnd, lay.leadStart) + cues.leadChars);
    return lay;
}

// ---------------------------------------------------------------------------------------------
// Place mentions.

QString committeeWord(const QString &districtKind)
{
    if (districtKind == u"huyen") return QStringLiteral("Huyện ủy");
    if (districtKind == u"quan") return QStringLiteral("Quận ủy");
    if (districtKind == u"thi_xa") return QStringLiteral("Thị ủy");
    return QStringLiteral("Thành ủy");
}

QString kindOf(CueTarget t)
{
    switch (t) {
    case CueTarget::City: return QStringLiteral("thanh_pho");
    case CueTarget::Huyen: return QStringLiteral("huyen");
    case CueTarget::Quan: return QStringLiteral("quan");
    case CueTarget::ThiXa: return QStringLiteral("thi_xa");
    default: return {};
    }
}

struct Scan {
    const KeyedText &kt;
    const DocumentCues &cues;
    const Gazetteer &gaz;
    int year = 0;
    const Layout *layout = nullptr; // null: no position factors
    double fixedFactor = 1;         // for a separately given title
};

double positionFactor(const Scan &s, qsizetype start, qsizetype end, bool bare)
{
    double f = s.fixedFactor;
    if (!s.layout)
        return f;
    const Layout &lay = *s.layout;
    if (lay.titleStart >= 0 && start >= lay.titleStart && start < lay.titleEnd)
        f *= s.cues.titleFactor;
    else if (start >= lay.leadStart && start < lay.leadEnd)
        f *= s.cues.leadFactor;
    const qsizetype li = lay.lineOf(start);
    if (li >= 0 && li < lay.lines.size()) {
        if (lay.caption.at(li))
            f *= s.cues.captionFactor;
        if (bare && lay.allCaps.at(li))
            f *= s.cues.allCapsBareFactor;
    }
    if (start >= lay.tailStart)
        f *= s.cues.tailFactor;
    // "(Mê Linh - Hà Nội)": a place given as the location of someone else's news.
    const QString &t = s.kt.text();
    qsizetype after = end;
    while (after < t.size() && t.at(after) == u' ')
        ++after;
    if (after < t.size() && t.at(after) == u')') {
        for (qsizetype k = start - 1; k >= 0 && k >= start - 40; --k) {
            if (t.at(k) == u')' || t.at(k) == u'\n')
                break;
            if (t.at(k) == u'(') {
                f *= s.cues.parentheticalFactor;
                break;
            }
        }
    }
    return f;
}

void resolveMention(const Scan &s, const PhraseIndex::Match &m, QList<ProvinceMention> &out)
{
    const Gazetteer::NameEntry &entry = s.gaz.nameEntry(m.payload);
    const KeyedText &kt = s.kt;
    const qsizetype nameStart = kt.tokens().at(m.first).start;
    const qsizetype nameEnd = kt.tokens().at(m.last).end;

    // The cue right before the name.
    NameCue cue;
    bool hasCue = false;
    qsizetype mentionStart = nameStart;
    if (m.first > 0 && kt.joinable(m.first) && !kt.gapBefore(m.first).contains(u'-')) {
        const PhraseIndex::Match c = s.cues.nameCueIndex.longestAt(kt, m.first - 1);
        if (c.payload >= 0) {
            cue = s.cues.nameCues.at(c.payload);
            hasCue = true;
            mentionStart = kt.tokens().at(c.first).start;
        }
    }
    if (entry.cityPrefixed && !hasCue) {
        cue.target = CueTarget::City;
        hasCue = true;
    }
    if (hasCue && cue.target == CueTarget::None)
        return;
    // "Hà Nội, ngày 5 tháng 3 năm 2021": the place of issue, not the subject.
    if (m.last + 1 < kt.size() && kt.keyIs(m.last + 1, u"ngay")
        && kt.gapBefore(m.last + 1).trimmed() == u",")
        return;
    const QString nameKey = Gazetteer::lookupKey(entry.display);
    if (s.cues.cueRequired.contains(nameKey) && !entry.cityPrefixed
        && !(hasCue && (cue.target == CueTarget::City || cue.target == CueTarget::Province
                        || cue.target == CueTarget::Any)))
        return;

    const QList<ProvinceInfo> &provinces = s.gaz.provinces();
    const QList<DistrictInfo> &districts = s.gaz.districtList();
    // The province the name denotes in the report's year (aliases included).
    auto provinceNamed = [&]() -> int {
        int fallback = -1;
        for (int pi : entry.provinces) {
            if (provinces.at(pi).validIn(s.year))
                return pi;
            if (fallback < 0)
                fallback = pi;
        }
        return s.year > 0 ? -1 : fallback;
    };
    // District units of a kind (empty = any kind) with that name, valid in the year when possible.
    auto districtsNamed = [&](const QString &kind) {
        QList<int> all;
        for (int di : entry.districts) {
            if (kind.isEmpty() || districts.at(di).kind == kind)
                all.append(di);
        }
        QList<int> valid;
        for (int di : all) {
            if (districts.at(di).validIn(s.year))
                valid.append(di);
        }
        return valid.isEmpty() ? all : valid;
    };
    auto emitProvince = [&](int pi, double w, const QString &how) {
        ProvinceMention pm;
        pm.start = mentionStart;
        pm.end = nameEnd;
        pm.province = provinces.at(pi).name;
        pm.weight = w * positionFactor(s, mentionStart, nameEnd, how == u"name");
        pm.how = how;
        out.append(pm);
    };
    auto emitDistricts = [&](const QList<int> &ds, bool committee) {
        QStringList provs;
        for (int di : ds) {
            if (!provs.contains(districts.at(di).province))
                provs.append(districts.at(di).province);
        }
        if (provs.isEmpty())
            return false;
        const bool ambiguous = provs.size() > 1;
        const double base = committee ? s.cues.wDistrictCommittee : s.cues.wDistrictWord;
        for (const QString &p : provs) {
            ProvinceMention pm;
            pm.start = mentionStart;
            pm.end = nameEnd;
            pm.province = p;
            pm.weight = base * (ambiguous ? s.cues.ambiguousFactor : 1.0)
                * positionFactor(s, mentionStart, nameEnd, false);
            pm.how = ambiguous ? QStringLiteral("ambiguous-district")
                               : committee ? QStringLiteral("district-committee") : QStringLiteral("district");
            if (committee) {
                // The unit as it would be in that province (an ambiguous name may still be the
                // reporting committee once the province is known from other evidence).
                for (int di : ds) {
                    if (districts.at(di).province == p) {
                        pm.unit = committeeWord(districts.at(di).kind) + u' ' + districts.at(di).name;
                        break;
                    }
                }
            }
            out.append(pm);
        }
        return true;
    };

    if (!hasCue) {
        const int pi = provinceNamed();
        if (pi >= 0) {
            // Inside a longer proper noun ("Lê Hải Dương", "Trường THPT Việt Bắc"): hardly a place.
            const bool partOfName = m.first > 0 && gapIsOnlySpace(kt.gapBefore(m.first)) && kt.startsUpper(m.first - 1)
                && !kt.word(m.first - 1).front().isDigit() && !(s.layout && s.layout->allCaps.value(s.layout->lineOf(nameStart)));
            emitProvince(pi, s.cues.wBare * (partOfName ? 0.3 : 1.0), QStringLiteral("name"));
            return;
        }
        // A bare district name is too often a person, a street or a commune; but "Quận 1"
        // carries its kind word in its name.
        if (!entry.districts.isEmpty() && districts.at(entry.districts.first()).name.contains(u' ')
            && kt.keyWord(m.last).front().isDigit())
            emitDistricts(districtsNamed({}), false);
        return;
    }
    switch (cue.target) {
    case CueTarget::Province: {
        const int pi = provinceNamed();
        if (pi >= 0 && !provinces.at(pi).isCentralCity())
            emitProvince(pi, cue.committee ? s.cues.wProvinceCommittee : s.cues.wProvinceWord,
                         cue.committee ? QStringLiteral("province-committee") : QStringLiteral("province"));
        else if (pi >= 0)
            emitProvince(pi, s.cues.wBare, QStringLiteral("name"));
        return;
    }
    case CueTarget::City: {
        const int pi = provinceNamed();
        if (pi >= 0 && provinces.at(pi).isCentralCity() && provinces.at(pi).validIn(s.year)) {
            emitProvince(pi, cue.committee ? s.cues.wProvinceCommittee : s.cues.wProvinceWord,
                         cue.committee ? QStringLiteral("province-committee") : QStringLiteral("province"));
            return;
        }
        if (emitDistricts(districtsNamed(QStringLiteral("thanh_pho")), cue.committee))
            return;
        if (pi >= 0)
            emitProvince(pi, s.cues.wBare, QStringLiteral("name"));
        return;
    }
    case CueTarget::Huyen:
    case CueTarget::Quan:
    case CueTarget::ThiXa: {
        QList<int> ds = districtsNamed(kindOf(cue.target));
        if (ds.isEmpty() && cue.target != CueTarget::Huyen)
            ds = districtsNamed({}); // "quận"/"thị xã" of a unit that changed kind
        emitDistricts(ds, cue.committee);
        return;
    }
    case CueTarget::Any: {
        const int pi = provinceNamed();
        if (pi >= 0) {
            emitProvince(pi, s.cues.wProvinceCommittee, QStringLiteral("province-committee"));
            return;
        }
        emitDistricts(districtsNamed({}), true);
        return;
    }
    case CueTarget::Masthead: {
        const int pi = provinceNamed();
        if (pi >= 0)
            emitProvince(pi, s.cues.wMasthead, QStringLiteral("masthead"));
        return;
    }
    case CueTarget::None:
        return;
    }
}

QList<ProvinceMention> scanMentions(const Scan &s)
{
    QList<ProvinceMention> out;
    const KeyedText &kt = s.kt;
    const PhraseIndex &names = s.gaz.names();
    for (qsizetype i = 0; i < kt.size();) {
        if (!kt.startsUpper(i)) { // names and stop phrases are capitalised
            ++i;
            continue;
        }
        const PhraseIndex::Match stop = s.cues.stopPhrases.longestAt(kt, i);
        if (stop.payload >= 0) {
            i = stop.last + 1;
            continue;
        }
        const PhraseIndex::Matches matches = names.matchesAt(kt, i);
        bool used = false;
        for (const PhraseIndex::Match &m : matches) {
            // A proper name: every word capitalised ("hòa bình", peace, is not Hòa Bình).
            bool proper = true;
            for (qsizetype j = m.first; j <= m.last && proper; ++j) {
                const QStringView gap = kt.gapBefore(j);
                const bool afterApostrophe = j > m.first && (gap.endsWith(u'\'') || gap.endsWith(QChar(0x2019)));
                proper = kt.startsUpper(j) || afterApostrophe;
            }
            if (!proper)
                continue;
            resolveMention(s, m, out);
            i = m.last + 1;
            used = true;
            break;
        }
        if (!used)
            ++i;
    }
    return out;
}

struct ProvinceChoice {
    QString province;
    double score = 0;
};

ProvinceChoice chooseProvince(const QList<ProvinceMention> &mentions, double minimum)
{
    QHash<QString, double> firm;
    QHash<QString, double> ambiguous;
    QHash<QString, qsizetype> first;
    for (const ProvinceMention &m : mentions) {
        if (m.how == u"ambiguous-district")
            ambiguous[m.province] += m.weight;
        else
            firm[m.province] += m.weight;
        if (!first.contains(m.province))
            first.insert(m.province, m.start);
    }
    ProvinceChoice best;
    for (auto it = firm.cbegin(); it != firm.cend(); ++it) {
        // Ambiguous district names only add to a province that has other evidence.
        const double score = it.value() + ambiguous.value(it.key());
        if (score > best.score + 1e-9
            || (std::abs(score - best.score) <= 1e-9 && first.value(it.key()) < first.value(best.province))) {
            best.province = it.key();
            best.score = score;
        }
    }
    if (best.score < minimum)
        return {};
    // Several provinces named about equally, none by a committee or "tỉnh" form: a list or a
    // national overview, not a report about one of them.
    double second = 0;
    for (auto it = firm.cbegin(); it != firm.cend(); ++it) {
        if (it.key() != best.province)
            second = std::max(second, it.value() + ambiguous.value(it.key()));
    }
    bool strongForm = false;
    for (const ProvinceMention &m : mentions) {
        if (m.province == best.province && m.how != u"name" && m.how != u"ambiguous-district")
            strongForm = true;
    }
    if (!strongForm && second >= 0.8 * best.score)
        return {};
    return best;
}

// Capitalised committee words ("Tỉnh ủy", "Thành ủy", ...) counted over the text.
QHash<QString, int> committeeCounts(const KeyedText &kt, qsizetype until)
{
    QHash<QString, int> counts;
    for (qsizetype i = 0; i + 1 < kt.size(); ++i) {
        if (kt.tokens().at(i).start >= until)
            break;
        if (!kt.keyIs(i + 1, u"uy") || !kt.startsUpper(i) || !gapIsOnlySpace(kt.gapBefore(i + 1)))
            continue;
        const QStringView w = kt.keyWord(i);
        if (w == u"tinh")
            ++counts[QStringLiteral("Tỉnh ủy")];
        else if (w == u"thanh")
            ++counts[QStringLiteral("Thành ủy")];
        else if (w == u"huyên")
            ++counts[QStringLiteral("Huyện ủy")];
        else if (w == u"quân")
            ++counts[QStringLiteral("Quận ủy")];
        else if (w == u"thi")
            ++counts[QStringLiteral("Thị ủy")];
    }
    return counts;
}

// "Đảng ủy Khối các cơ quan tỉnh" / "Đảng bộ Khối ..." named in the lead.
QString blocCommittee(const KeyedText &kt, qsizetype from, qsizetype until)
{
    for (qsizetype i = 0; i + 2 < kt.size(); ++i) {
        const qsizetype pos = kt.tokens().at(i).start;
        if (pos < from)
            continue;
        if (pos >= until)
            break;
        if (!kt.keyIs(i, u"đang") || !(kt.keyIs(i + 1, u"uy") || kt.keyIs(i + 1, u"bô"))
            || !kt.keyIs(i + 2, u"khôi") || !kt.startsUpper(i + 2))
            continue;
        QString unit = QStringLiteral("Đảng ủy Khối");
        for (qsizetype j = i + 3; j < kt.size() && j < i + 11; ++j) {
            if (!gapIsOnlySpace(kt.gapBefore(j)))
                break;
            if (kt.startsUpper(j) && j > i + 3 && !kt.keyIs(j - 1, u"tinh"))
                break;
            if (kt.keyIs(j - 1, u"tinh") && kt.startsUpper(j))
                break;
            unit += u' ' + kt.word(j).toString();
        }
        return unit;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Year.

// A date right after a stamp cue ("Cập nhật: 09:17|21/02/2017"). Stamps sit in a page's head
// or at its foot, so only those parts are read: [0, headEnd) and [footStart, until).
int stampYear(const KeyedText &kt, const PhraseIndex &cues, qsizetype headEnd, qsizetype footStart,
              qsizetype until)
{
    for (qsizetype i = 0; i < kt.size(); ++i) {
        const qsizetype pos = kt.tokens().at(i).start;
        if (pos >= until)
            break;
        if (pos >= headEnd && pos < footStart) {
            // Jump to the foot.
            while (i + 1 < kt.size() && kt.tokens().at(i + 1).start < footStart)
                ++i;
            continue;
        }
        if (!kt.startsUpper(i))
            continue;
        const PhraseIndex::Match c = cues.longestAt(kt, i);
        if (c.payload < 0)
            continue;
        for (qsizetype j = c.last + 1; j < kt.size() && j <= c.last + 6; ++j) {
            if (gapHasNewline(kt.gapBefore(j)))
                break;
            if (const DateHit d = dateAt(kt, j); d.year)
                return d.year;
        }
        i = c.last;
    }
    return 0;
}

bool startsLine(const KeyedText &kt, qsizetype i)
{
    return i == 0 || gapHasNewline(kt.gapBefore(i));
}

int yearFromDates(const KeyedText &kt, const Layout &lay, const DocumentCues &cues, int *weakOut)
{
    const qsizetype tail = lay.tailStart;
    const QString &text = kt.text();
    const qsizetype headEnd = std::min(tail, std::max<qsizetype>(1500, text.size() / 4));
    const qsizetype footStart = std::max(headEnd, tail - 1500);
    if (const int y = stampYear(kt, cues.publishedCues, headEnd, footStart, tail))
        return y;
    // "Ngày 21/02/2017" opening a line of the head, a dateline "Hà Nội, ngày 5 tháng 3 năm
    // 2021", or a bare "21/02/2017 09:17" line in the head.
    int medium = 0;
    for (qsizetype i = 0; i < kt.size(); ++i) {
        const qsizetype pos = kt.tokens().at(i).start;
        if (pos >= tail)
            break;
        if (kt.keyIs(i, u"ngay")) {
            if (pos < headEnd && kt.startsUpper(i) && startsLine(kt, i)) {
                if (const DateHit d = dateAt(kt, i); d.year)
                    return d.year;
            }
            if (i > 0 && kt.gapBefore(i).trimmed() == u",") {
                // One to five capitalised words from the line start, then ", ngày ...".
                qsizetype j = i - 1;
                int words = 0;
                bool capitalised = true;
                while (capitalised && words <= 5) {
                    capitalised = kt.startsUpper(j);
                    ++words;
                    if (startsLine(kt, j))
                        break;
                    --j;
                }
                if (capitalised && words <= 5 && startsLine(kt, j)) {
                    if (const DateHit d = dateAt(kt, i); d.year)
                        return d.year;
                }
            }
            continue;
        }
        if (!medium && pos < headEnd && kt.word(i).size() <= 2 && text.at(pos).isDigit() && startsLine(kt, i)) {
            if (const DateHit d = dateAt(kt, i); d.year) {
                const Line &l = lay.lines.at(lay.lineOf(pos));
                if (l.end - l.start <= 40)
                    medium = d.year;
            }
        }
    }
    if (medium)
        return medium;
    if (weakOut)
        *weakOut = stampYear(kt, cues.retrievalCues, headEnd, footStart, tail);
    return 0;
}

int yearFromPeriods(const KeyedText &kt, const Layout &lay, const DocumentCues &cues)
{
    int best = 0;
    const int now = currentYear();
    QSet<qsizetype> counted;
    QSet<qsizetype> skipped;
    for (qsizetype i = 0; i < kt.size(); ++i) {
        if (kt.tokens().at(i).start >= lay.tailStart)
            break;
        const QStringView w = kt.word(i);
        if (w.size() != 4 || !isDigits(w))
            continue;
        const int y = w.toInt();
        if (y < 2000 || y > now)
            continue;
        // Inside a document number ("202/2025/QH15") or a full date ("7-12-2016").
        if (i + 1 < kt.size() && kt.gapBefore(i + 1) == u"/")
            continue;
        bool monthYear = false;
        if (i >= 1 && isDigits(kt.word(i - 1)) && gapIsDateSeparator(kt.gapBefore(i))) {
            if (i >= 2 && kt.keyIs(i - 2, u"thang"))
                monthYear = true; // "tháng 3-2021"
            else
                continue;
        }
        if (!monthYear && i >= 1 && kt.keyIs(i - 1, u"năm") && i >= 3 && kt.keyIs(i - 3, u"thang")
            && i >= 5 && kt.keyIs(i - 5, u"ngay"))
            continue; // "ngày 5 tháng 3 năm 2021": a document's date
        // Term of office and targets are not covered years.
        bool skip = false;
        for (qsizetype j = i - 1; j >= 0 && j >= i - 3 && !skip; --j) {
            if (cues.termOfOfficeCues.longestAt(kt, j).payload >= 0)
                skip = true;
        }
        for (qsizetype j = i - 1; j >= 0 && j >= i - 8 && !skip; --j) {
            if (isSentenceBreak(kt.gapBefore(j + 1)))
                break;
            if (cues.targetCues.longestAt(kt, j).payload >= 0)
                skip = true;
        }
        // A range or list continues the year before it ("2016-2019", "năm 2021, 2022").
        const bool continues = i >= 1 && (counted.contains(i - 1) || skipped.contains(i - 1));
        if (continues && skipped.contains(i - 1))
            skip = true;
        if (skip) {
            skipped.insert(i);
            continue;
        }
        const bool cued = monthYear || (i >= 1 && cues.periodCues.longestAt(kt, i - 1).payload >= 0)
            || (continues && counted.contains(i - 1));
        if (!cued)
            continue;
        counted.insert(i);
        best = std::max(best, y);
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Term.

QString detectTerm(const KeyedText &kt, const Layout *lay, const DocumentCues &cues, double factor,
                   std::map<QString, double> &scores)
{
    for (qsizetype i = 0; i + 1 < kt.size(); ++i) {
        if (!cues.termWordKeys.contains(kt.tokens().at(i).hash) || PhraseKey::toneOf(kt.word(i)) != 2)
            continue;
        // The numerals after "khóa": "XII", or a list "XI, XII".
        QList<qsizetype> numerals;
        for (qsizetype j = i + 1; j < kt.size(); ++j) {
            const QStringView gap = kt.gapBefore(j);
            if (gapHasNewline(gap))
                break;
            if (j > i + 1 && kt.keyIs(j, u"va") && j + 1 < kt.size() && romanValue(kt.word(j + 1)))
                continue;
            const int v = romanValue(kt.word(j));
            if (!v)
                break;
            if (j > i + 1 && !(gap.trimmed() == u"," || kt.keyIs(j - 1, u"va")))
                break;
            if (v >= cues.termMin && v <= cues.termMax)
                numerals.append(j);
        }
        if (numerals.isEmpty())
            continue;
        // The nearest context word before "khóa" says whose term it is.
        double w = 1;
        for (qsizetype j = i - 1; j >= 0 && j >= i - 7; --j) {
            if (cues.localTermContext.longestAt(kt, j).payload >= 0) {
                w = 0;
                break;
            }
            if (cues.centralTermContext.longestAt(kt, j).payload >= 0) {
                w = 2;
                break;
            }
        }
        if (w == 0)
            continue;
        if (lay) {
            const qsizetype pos = kt.tokens().at(i).start;
            if ((lay->titleStart >= 0 && pos >= lay->titleStart && pos < lay->titleEnd)
                || (pos >= lay->leadStart && pos < lay->leadEnd))
                w *= 3;
            if (pos >= lay->tailStart)
                w *= 0.2;
        }
        if (numerals.size() > 1)
            w *= 0.5;
        for (qsizetype j : numerals)
            scores[kt.word(j).toString()] += w * factor;
    }
    QString best;
    double bestScore = 0;
    for (const auto &[numeral, score] : scores) {
        if (score > bestScore || (score == bestScore && romanValue(numeral) > romanValue(best))) {
            best = numeral;
            bestScore = score;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Cited documents.

QStringList findDocuments(const KeyedText &kt, const DocumentCues &cues, qsizetype until)
{
    struct Doc {
        QString typeKey;
        QString number;
        QString code; // keyed, without the number
        QString text;
    };
    QList<Doc> docs;
    const QString &text = kt.text();
    // Driven by numbers (rarer than words): a number, maybe "số" before it, and a document
    // type before that, matched backwards.
    for (qsizetype i = 1; i < kt.size(); ++i) {
        if (kt.tokens().at(i).start >= until)
            break;
        const qsizetype j = i;
        if (!isDigits(kt.word(j)) || !gapIsOnlySpace(kt.gapBefore(j)))
            continue;
        qsizetype typeEnd = j - 1;
        const bool hasNumberWord = cues.numberWordKeys.contains(kt.tokens().at(typeEnd).hash);
        if (hasNumberWord) {
            if (typeEnd < 1 || !gapIsOnlySpace(kt.gapBefore(typeEnd)))
                continue;
            --typeEnd;
        }
        const PhraseIndex::Match t = cues.documentTypes.longestAt(kt, typeEnd);
        if (t.payload < 0)
            continue;
        // The number with its code: "23-KH/TU", "08-QĐi/TW", "202/2025/QH15".
        const qsizetype numStart = kt.tokens().at(j).start;
        qsizetype end = numStart;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'/' || c == u'.' || c == QChar(0x2013))
                ++end;
            else
                break;
        }
        while (end > numStart && (text.at(end - 1) == u'.' || text.at(end - 1) == u'-' || text.at(end - 1) == u'/'))
            --end;
        const QString numberText = text.mid(numStart, end - numStart);
        const bool hasCode = numberText.contains(u'-') || numberText.contains(u'/');
        if (!hasNumberWord && !hasCode)
            continue;
        // Its date: "ngày 7-12-2016", ", ngày 13/6/2019", "ngày 5 tháng 3 năm 2021".
        qsizetype k = j;
        while (k < kt.size() && kt.tokens().at(k).start < end)
            ++k;
        qsizetype docEnd = end;
        if (k < kt.size() && kt.keyIs(k, u"ngay")) {
            const QString gap = kt.gapBefore(k).trimmed().toString();
            if (gap.isEmpty() || gap == u",") {
                const DateHit d = dateAt(kt, k);
                if (d.year)
                    docEnd = kt.tokens().at(d.lastToken).end;
            }
        }
        Doc doc;
        doc.typeKey = Gazetteer::lookupKey(text.mid(kt.tokens().at(t.first).start,
                                                    kt.tokens().at(t.last).end - kt.tokens().at(t.first).start));
        qsizetype digitsEnd = 0;
        while (digitsEnd < numberText.size() && numberText.at(digitsEnd).isDigit())
            ++digitsEnd;
        doc.number = QString::number(numberText.left(digitsEnd).toLongLong());
        doc.code = Normalizer::matchKey(numberText.mid(digitsEnd));
        QString written = text.mid(kt.tokens().at(t.first).start, docEnd - kt.tokens().at(t.first).start).simplified();
        // Keep the type's capital: "kế hoạch số 23-KH/TU" is listed as "Kế hoạch số 23-KH/TU".
        if (!written.isEmpty())
            written[0] = written.at(0).toUpper();
        doc.text = written;
        bool merged = false;
        for (Doc &d : docs) {
            if (d.typeKey == doc.typeKey && d.number == doc.number
                && (d.code.isEmpty() || doc.code.isEmpty() || d.code == doc.code)) {
                if (doc.text.size() > d.text.size()) {
                    d.text = doc.text;
                    if (!doc.code.isEmpty())
                        d.code = doc.code;
                }
                merged = true;
                break;
            }
        }
        if (!merged)
            docs.append(doc);
        while (i + 1 < kt.size() && kt.tokens().at(i + 1).start < docEnd)
            ++i;
    }
    QStringList out;
    for (const Doc &d : docs)
        out.append(d.text);
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------

DocumentFieldsDetector::DocumentFieldsDetector()
    : m_cues(loadCues())
{
}

DocumentFieldsDetector::~DocumentFieldsDetector() = default;

QList<ProvinceMention> DocumentFieldsDetector::provinceMentions(const QString &nfcText, int year) const
{
    const KeyedText kt(nfcText);
    const Layout lay = analyse(nfcText, *m_cues);
    return scanMentions(Scan{kt, *m_cues, Gazetteer::instance(), year, &lay, 1.0});
}

int DocumentFieldsDetector::reportYear(const QString &nfcText, int latestFactYear) const
{
    const KeyedText kt(nfcText);
    const Layout lay = analyse(nfcText, *m_cues);
    int weak = 0;
    if (const int y = yearFromDates(kt, lay, *m_cues, &weak))
        return y;
    if (latestFactYear > 0)
        return latestFactYear;
    if (const int y = yearFromPeriods(kt, lay, *m_cues))
        return y;
    return weak;
}

QString DocumentFieldsDetector::term(const QString &nfcText, const QString &title) const
{
    std::map<QString, double> scores;
    if (!title.trimmed().isEmpty()) {
        const KeyedText tk(Normalizer::toNfc(title));
        detectTerm(tk, nullptr, *m_cues, 3.0, scores);
    }
    const KeyedText kt(nfcText);
    const Layout lay = analyse(nfcText, *m_cues);
    return detectTerm(kt, &lay, *m_cues, 1.0, scores);
}

QStringList DocumentFieldsDetector::citedDocuments(const QString &nfcText) const
{
    const KeyedText kt(nfcText);
    const Layout lay = analyse(nfcText, *m_cues);
    return findDocuments(kt, *m_cues, lay.tailStart);
}

QString DocumentFieldsDetector::headline(const QString &nfcText) const
{
    return analyse(nfcText, *m_cues).titleText;
}

DocumentInfo DocumentFieldsDetector::detect(const QString &nfcText, const QString &title, int latestFactYear) const
{
    DocumentInfo info;
    const DocumentCues &cues = *m_cues;
    const Gazetteer &gaz = Gazetteer::instance();
    const KeyedText kt(nfcText);
    const Layout lay = analyse(nfcText, cues);
    const QString givenTitle = Normalizer::toNfc(title.trimmed());
    info.title = givenTitle.isEmpty() ? lay.titleText : givenTitle;

    // Year first: which units existed (Huế, Thành ủy X) depends on it.
    int weak = 0;
    info.year = yearFromDates(kt, lay, cues, &weak);
    if (!info.year)
        info.year = latestFactYear > 0 ? latestFactYear : yearFromPeriods(kt, lay, cues);
    if (!info.year)
        info.year = weak;

    QList<ProvinceMention> mentions = scanMentions(Scan{kt, cues, gaz, info.year, &lay, 1.0});
    QList<ProvinceMention> titleMentions;
    if (!givenTitle.isEmpty()) {
        const KeyedText tk(givenTitle);
        titleMentions = scanMentions(Scan{tk, cues, gaz, info.year, nullptr, cues.titleFactor});
    }
    const ProvinceChoice choice = chooseProvince(mentions + titleMentions, cues.minimumScore);
    if (!choice.province.isEmpty()) {
        info.province = choice.province;
        info.province2025 = gaz.province2025(choice.province);
    }

    // Unit: a committee below the province, when the title or lead names it as the subject
    // and its committee acts at least as often as the provincial one.
    if (!info.province.isEmpty()) {
        const QHash<QString, int> counts = committeeCounts(kt, lay.tailStart);
        const int provincial = counts.value(QStringLiteral("Tỉnh ủy"));
        QString unit;
        auto inHead = [&lay](const ProvinceMention &m) {
            return m.start >= lay.leadStart && m.start < lay.leadEnd;
        };
        for (const ProvinceMention &m : titleMentions) {
            if (!m.unit.isEmpty() && m.province == info.province) {
                unit = m.unit;
                break;
            }
        }
        for (const ProvinceMention &m : mentions) {
            if (!unit.isEmpty())
                break;
            if (!m.unit.isEmpty() && m.province == info.province && inHead(m))
                unit = m.unit;
        }
        if (!unit.isEmpty()) {
            const QString word = unit.section(u' ', 0, 1);
            if (counts.value(word) < provincial)
                unit.clear();
        } else {
            // No lead naming it, but one district committee clearly is the actor.
            QHash<QString, int> named;
            for (const ProvinceMention &m : mentions) {
                if (!m.unit.isEmpty() && m.province == info.province && m.start < lay.tailStart)
                    ++named[m.unit];
            }
            if (named.size() == 1) {
                const QString only = named.cbegin().key();
                const int acting = counts.value(only.section(u' ', 0, 1));
                if (named.cbegin().value() >= 2 && acting >= 3 && acting >= 3 * std::max(1, provincial))
                    unit = only;
            }
        }
        if (unit.isEmpty()) {
            const QString bloc = blocCommittee(kt, lay.leadStart, lay.leadEnd);
            if (!bloc.isEmpty() && provincial <= 1)
                unit = bloc;
        }
        info.unit = unit;
    }

    std::map<QString, double> termScores;
    if (!givenTitle.isEmpty()) {
        const KeyedText tk(givenTitle);
        detectTerm(tk, nullptr, cues, 3.0, termScores);
    }
    info.term = detectTerm(kt, &lay, cues, 1.0, termScores);
    info.documents = findDocuments(kt, cues, lay.tailStart);
    return info;
}

} // namespace thp
