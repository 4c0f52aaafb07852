#include "extract/RuleSet.h"

#include "text/Normalizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace thp {

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject parseObject(const QByteArray &bytes, const char *what, QString *error)
{
    if (bytes.isEmpty())
        return {};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QString::fromLatin1(what) + QStringLiteral(": ") + pe.errorString() + QStringLiteral(" at offset ")
                + QString::number(pe.offset);
        return {};
    }
    return doc.object();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString keyOf(const QString &phrase)
{
    return RuleSet::phraseWordKeys(phrase).join(QLatin1Char(' '));
}

} // namespace

bool RuleSet::isSoftPunct(QChar c)
{
    switch (c.unicode()) {
    case ',': case '"': case '\'': case '-': case 0x2013: case 0x2014: case 0x201C: case 0x201D:
    case 0x2018: case 0x2019: case 0x2026: case 0x00AB: case 0x00BB: case '/': case '&':
        return true;
    default:
        return false;
    }
}

QStringList RuleSet::phraseWordKeys(const QString &phrase)
{
    const QString key = Normalizer::matchKey(Normalizer::toNfc(phrase));
    QStringList words;
    QString cur;
    for (QChar c : key) {
        if (c.isLetterOrNumber() || c.isMark()) {
            cur += c;
        } else if (!cur.isEmpty()) {
            words << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        words << cur;
    return words;
}

quint64 RuleSet::wordHash(QStringView key)
{
    // 64 bits make collisions between the few thousand phrase words practically impossible.
    return wordKeyHash(key);
}

void RuleSet::addPhrase(const QString &phrase, const PhraseRole &role)
{
    const QStringList words = phraseWordKeys(phrase);
    if (words.isEmpty())
        return;
    int node = 0;
    for (const QString &w : words) {
        const quint64 h = wordHash(w);
        auto it = m_nodes[size_t(node)].next.find(h);
        if (it == m_nodes[size_t(node)].next.end()) {
            m_nodes.push_back(Node{});
            const int created = int(m_nodes.size() - 1);
            m_nodes[size_t(node)].next.emplace(h, created);
            node = created;
        } else {
            node = it->second;
        }
    }
    Node &n = m_nodes[size_t(node)];
    if (n.entry < 0) {
        m_entries.push_back(Entry{});
        n.entry = int(m_entries.size() - 1);
        m_entries.back().words = int(words.size());
    }
    if (role.type == PhraseRole::Continuation)
        m_continuationStarts.insert(wordHash(words.first()));
    if (role.type == PhraseRole::NumberWord && words.size() == 1)
        m_numberWords.insert(wordHash(words.first()));
    if (role.type == PhraseRole::Noun)
        m_nounStarts.insert(wordHash(words.first()));
    Entry &e = m_entries[size_t(n.entry)];
    for (const PhraseRole &r : e.roles)
        if (r.type == role.type && r.id == role.id)
            return;
    e.roles.append(role);
}

void RuleSet::matchAt(const QList<Token> &tokens, int i, std::vector<PhraseMatch> &out) const
{
    if (i >= tokens.size() || tokens.at(i).kind != Token::Word)
        return;
    int node = 0;
    int t = i;
    while (t < tokens.size()) {
        const Token &tok = tokens.at(t);
        if (tok.kind == Token::Punct) {
            if (!isSoftPunct(tok.punct))
                break;
            ++t;
            continue;
        }
        if (tok.kind != Token::Word)
            break;
        const auto &next = m_nodes[size_t(node)].next;
        const auto it = next.find(tok.hash);
        if (it == next.end())
            break;
        node = it->second;
        ++t;
        if (m_nodes[size_t(node)].entry >= 0)
            out.push_back({t, m_nodes[size_t(node)].entry});
    }
}

const CueInfo *RuleSet::cue(const QString &id) const
{
    const auto it = m_cues.constFind(id);
    return it == m_cues.cend() ? nullptr : &*it;
}

bool RuleSet::loadMetrics(const QJsonObject &root, QString *error)
{
    const QJsonObject nouns = root.value(QLatin1String("nouns")).toObject();
    const QStringList prefixes = stringList(root.value(QLatin1String("noun_prefixes")));
    for (auto it = nouns.begin(); it != nouns.end(); ++it) {
        for (const QString &p : stringList(it.value())) {
            addPhrase(p, {PhraseRole::Noun, it.key()});
            for (const QString &prefix : prefixes)
                addPhrase(prefix + QLatin1Char(' ') + p, {PhraseRole::Noun, it.key()});
        }
    }
    const QJsonObject cues = root.value(QLatin1String("cues")).toObject();
    for (auto it = cues.begin(); it != cues.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString where = c.value(QLatin1String("where")).toString(QStringLiteral("pre"));
        CueInfo info{it.key(), where != QLatin1String("post"), where != QLatin1String("pre"),
                     c.value(QLatin1String("block")).toBool()};
        m_cues.insert(info.id, info);
        for (const QString &p : stringList(c.value(QLatin1String("phrases"))))
            addPhrase(p, {PhraseRole::Cue, it.key()});
    }
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        MetricRule r;
        r.id = o.value(QLatin1String("id")).toString();
        r.cues = stringList(o.value(QLatin1String("cues")));
        const QJsonObject n = o.value(QLatin1String("nouns")).toObject();
        for (auto it = n.begin(); it != n.end(); ++it)
            r.nouns.insert(it.key(), it.value().toString());
        const QJsonObject s = o.value(QLatin1String("subjects")).toObject();
        for (auto it = s.begin(); it != s.end(); ++it)
            r.subjects.insert(it.key(), it.value().toString());
        r.kinds = stringList(o.value(QLatin1String("kinds")));
        if (r.kinds.isEmpty())
            r.kinds << QStringLiteral("count");
        r.denominator = o.value(QLatin1String("denominator")).toString();
        for (const QString &p : stringList(o.value(QLatin1String("context")))) {
            r.context << keyOf(p);
            addPhrase(p, {PhraseRole::Context, keyOf(p)});
        }
        for (const QString &p : stringList(o.value(QLatin1String("exclude")))) {
            r.exclude << keyOf(p);
            addPhrase(p, {PhraseRole::Context, keyOf(p)});
        }
        r.clauseContext = o.value(QLatin1String("context_scope")).toString() == QLatin1String("clause");
        r.needsNearby = stringList(o.value(QLatin1String("needs_nearby")));
        r.levelFromActor = o.value(QLatin1String("level_from_actor")).toBool();
        r.confidence = o.value(QLatin1String("confidence")).toDouble(0.9);
        if (r.id.isEmpty() || r.cues.isEmpty()) {
            if (error)
                *error = QStringLiteral("a rule needs an id and cues");
            return false;
        }
        for (const QString &c : std::as_const(r.cues))
            if (!m_cues.contains(c) && c != QLatin1String("any")) {
                if (error)
                    *error = QStringLiteral("rule %1 names unknown cue %2").arg(r.id, c);
                return false;
            }
        m_rules.append(r);
    }
    // The cues a rule needs nearby are looked for in sentences without figures too.
    for (const MetricRule &r : std::as_const(m_rules))
        for (const QString &cueId : r.needsNearby)
            for (const QString &p : stringList(cues.value(cueId).toObject().value(QLatin1String("phrases")))) {
                const QStringList w = phraseWordKeys(p);
                for (qsizetype i = 0; i + 1 < w.size(); ++i)
                    m_triggerPairs.insert(pairHash(wordHash(w.at(i)), wordHash(w.at(i + 1))));
            }
    for (quint64 n : m_numberWords)
        for (quint64 noun : m_nounStarts)
            m_triggerPairs.insert(pairHash(n, noun));
    return true;
}

bool RuleSet::loadContext(const QJsonObject &root, QString *)
{
    const QJsonObject q = root.value(QLatin1String("qualifiers")).toObject();
    for (const QString &p : stringList(q.value(QLatin1String("approx"))))
        addPhrase(p, {PhraseRole::Approx, {}});
    for (const QString &p : stringList(q.value(QLatin1String("at_least"))))
        addPhrase(p, {PhraseRole::AtLeast, {}});
    const QJsonObject pair = q.value(QLatin1String("at_least_pair")).toObject();
    for (const QString &p : stringList(pair.value(QLatin1String("before"))))
        addPhrase(p, {PhraseRole::AtLeastFrom, {}});
    for (const QString &p : stringList(pair.value(QLatin1String("after"))))
        addPhrase(p, {PhraseRole::AtLeastAfter, {}});
    for (const QString &p : stringList(q.value(QLatin1String("projected"))))
        addPhrase(p, {PhraseRole::Projected, {}});
    for (const QString &p : stringList(root.value(QLatin1String("continuation"))))
        addPhrase(p, {PhraseRole::Continuation, {}});
    for (const QString &p : stringList(root.value(QLatin1String("subset"))))
        addPhrase(p, {PhraseRole::Subset, {}});

    const QSet<QString> beforeOnly = [&] {
        QSet<QString> s;
        for (const QString &p : stringList(root.value(QLatin1String("level_labels_before_number_only"))))
            s.insert(keyOf(p));
        return s;
    }();
    const QJsonObject levels = root.value(QLatin1String("levels")).toObject();
    for (auto it = levels.begin(); it != levels.end(); ++it)
        for (const QString &p : stringList(it.value())) {
            PhraseRole r{PhraseRole::Level, it.key()};
            r.beforeNumberOnly = beforeOnly.contains(keyOf(p));
            addPhrase(p, r);
        }
    const QJsonObject actors = root.value(QLatin1String("actors")).toObject();
    for (auto it = actors.begin(); it != actors.end(); ++it)
        for (const QString &p : stringList(it.value()))
            addPhrase(p, {PhraseRole::Actor, it.key()});
    for (const QString &p : stringList(root.value(QLatin1String("other_body"))))
        addPhrase(p, {PhraseRole::Actor, QStringLiteral("other")});

    const QJsonObject words = root.value(QLatin1String("number_words")).toObject();
    for (auto it = words.begin(); it != words.end(); ++it) {
        PhraseRole r{PhraseRole::NumberWord, {}};
        r.value = it.value().toDouble();
        addPhrase(it.key(), r);
    }
    for (const QString &p : stringList(root.value(QLatin1String("comparison"))))
        addPhrase(p, {PhraseRole::Comparison, {}});
    for (const QString &p : stringList(root.value(QLatin1String("not_figure_after_word"))))
        addPhrase(p, {PhraseRole::NotAfter, {}});
    for (const QString &p : stringList(root.value(QLatin1String("not_figure_before_word"))))
        addPhrase(p, {PhraseRole::NotBefore, {}});
    for (const QString &p : stringList(root.value(QLatin1String("abbreviations"))))
        m_abbreviations.insert(Normalizer::matchKey(Normalizer::toNfc(p)));

    const QJsonObject period = root.value(QLatin1String("period")).toObject();
    for (const QString &p : stringList(period.value(QLatin1String("year_words"))))
        addPhrase(p, {PhraseRole::YearWord, {}});
    for (const QString &p : stringList(period.value(QLatin1String("range_words"))))
        addPhrase(p, {PhraseRole::RangeWord, {}});
    for (const QString &p : stringList(period.value(QLatin1String("range_to"))))
        addPhrase(p, {PhraseRole::RangeTo, {}});
    for (const QString &p : stringList(period.value(QLatin1String("open_end"))))
        addPhrase(p, {PhraseRole::OpenEnd, {}});
    return true;
}

std::shared_ptr<RuleSet> RuleSet::fromJson(const QByteArray &metrics, const QByteArray &context, QString *error)
{
    auto rs = std::make_shared<RuleSet>();
    if (!rs->merge(metrics, context, error))
        return nullptr;
    return rs;
}

bool RuleSet::merge(const QByteArray &metrics, const QByteArray &context, QString *error)
{
    QString e;
    const QJsonObject m = parseObject(metrics, "metrics rules", &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    const QJsonObject c = parseObject(context, "context rules", &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    // Cues first (rules refer to them), then rules.
    if (!loadContext(c, error) || !loadMetrics(m, error))
        return false;
    return true;
}

std::shared_ptr<const RuleSet> RuleSet::loadDefault(QString *error)
{
    auto rs = fromJson(readResource(QStringLiteral(":/tonghop/rules/metrics.json")),
                       readResource(QStringLiteral(":/tonghop/rules/context.json")), error);
    if (!rs)
        qFatal("bundled extraction rules are broken");
    // An analyst's additions: the same two file names in an override folder.
    QStringList dirs;
    if (!qEnvironmentVariableIsEmpty("TONGHOP_RULES_DIR"))
        dirs << qEnvironmentVariable("TONGHOP_RULES_DIR");
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty())
        dirs << appData + QStringLiteral("/rules");
    for (const QString &dir : std::as_const(dirs)) {
        const QByteArray m = readResource(dir + QStringLiteral("/metrics.json"));
        const QByteArray c = readResource(dir + QStringLiteral("/context.json"));
        if (m.isEmpty() && c.isEmpty())
            continue;
        auto candidate = std::make_shared<RuleSet>(*rs);
        QString e;
        if (candidate->merge(m, c, &e))
            rs = candidate;
        else if (error)
            *error = QDir::toNativeSeparators(dir) + QStringLiteral(": ") + e;
    }
    return rs;
}

} // namespace thp
