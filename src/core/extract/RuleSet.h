#pragma once
// The extractor's knowledge, loaded from data (resources/rules/metrics.json and
// context.json, or the same files in an override folder): counted nouns, cue phrases,
// metric rules, qualifiers, tiers, acting committees, continuation words and the words
// that show a number is not a figure. Phrases are compiled into one word trie over
// match keys (case and tone placement folded).

#include "text/Tokenizer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace thp {

// What a phrase means to the extractor. One phrase may have several roles.
struct PhraseRole {
    enum Type : quint8 {
        Noun,          // counted noun, id = class
        Cue,           // action cue, id = cue id
        Approx,
        AtLeast,
        AtLeastFrom,   // "từ" (with "trở lên" after)
        AtLeastAfter,  // "trở lên"
        Projected,
        Continuation,
        Subset,        // "trong đó"
        Level,         // explicit tier label, id = level
        Actor,         // acting committee, id = level or "city" or "other"
        NumberWord,    // value in `value`
        NotAfter,      // a number right after this is not a figure
        NotBefore,     // a number right before this is not a figure
        Context,       // a rule's context/exclude phrase, id = phrase key
        YearWord,      // "năm", "cuối năm"
        RangeWord,     // "giai đoạn", "từ năm"
        RangeTo,       // "đến", "đến năm"
        OpenEnd,       // "nay"
        Comparison,    // "cao hơn", "so với": the number after it is someone else's
    };
    Type type;
    QString id;
    double value = 0;
    bool beforeNumberOnly = false; // level labels such as "chi bộ 274"
};

struct CueInfo {
    QString id;
    bool pre = true;
    bool post = false;
    bool block = false; // no older cue governs a number after this one
};

struct MetricRule {
    QString id;
    QStringList cues;                 // cue ids
    QHash<QString, QString> nouns;    // noun class ("" = none/percent) → metric
    QHash<QString, QString> subjects; // for rates: subject noun class → metric (one fact each)
    QStringList kinds;                // "count" (default), "percent", "ratio"
    QString denominator;              // ratio: metric of the second number
    QStringList context;              // phrase keys: one must be in the sentence
    QStringList exclude;              // phrase keys: none may be in the sentence
    bool clauseContext = false;       // context/exclude looked for between the semicolons only
    QStringList needsNearby;          // cue ids: one must occur in this or the previous sentence
    bool levelFromActor = false;
    double confidence = 0.9;
};

struct PhraseMatch {
    int tokenEnd = 0;   // exclusive token index
    int entry = -1;     // index into RuleSet::entry()
};

class RuleSet
{
public:
    RuleSet() = default;

    // The bundled rules, plus the files of $TONGHOP_RULES_DIR or <AppDataLocation>/rules
    // when present (an analyst's additions). On error the bundled rules are used and
    // `error` says why.
    static std::shared_ptr<const RuleSet> loadDefault(QString *error = nullptr);
    // Rules from two JSON documents. Returns nullptr and *error on malformed input.
    static std::shared_ptr<RuleSet> fromJson(const QByteArray &metrics, const QByteArray &context, QString *error);
    // Merges additional rules (same format; lists are appended) into this set.
    bool merge(const QByteArray &metrics, const QByteArray &context, QString *error);

    const QList<MetricRule> &rules() const { return m_rules; }
    const CueInfo *cue(const QString &id) const;
    QSet<QString> abbreviations() const { return m_abbreviations; }

    // All phrases that start at tokens[i]: appended to `out` (longest last).
    void matchAt(const QList<Token> &tokens, int i, std::vector<PhraseMatch> &out) const;
    const QList<PhraseRole> &roles(int entry) const { return m_entries.at(entry).roles; }
    int phraseWords(int entry) const { return m_entries.at(entry).words; }

    static QStringList phraseWordKeys(const QString &phrase);

    // What makes a sentence without digits worth a full look: a word pair that starts a number
    // word before a counted noun ("hai tập thể") or a cue other sentences lean on
    // (needs_nearby: "kỷ luật"), or a first word that starts a continuation ("Theo đó").
    static quint64 pairHash(quint64 first, quint64 second) { return first * 0x9E3779B97F4A7C15ULL ^ second; }
    bool isTriggerPair(quint64 pair) const { return m_triggerPairs.count(pair) > 0; }
    bool isContinuationStart(quint64 word) const { return m_continuationStarts.count(word) > 0; }
    static bool isSoftPunct(QChar c);

private:
    struct Entry {
        QList<PhraseRole> roles;
        int words = 0;
    };
    struct Node {
        std::unordered_map<quint64, int> next; // word hash → node
        int entry = -1;
    };
    void addPhrase(const QString &phrase, const PhraseRole &role);
    bool loadMetrics(const QJsonObject &root, QString *error);
    bool loadContext(const QJsonObject &root, QString *error);
    static quint64 wordHash(QStringView key);

    std::vector<Node> m_nodes{Node{}};
    std::vector<Entry> m_entries;
    QList<MetricRule> m_rules;
    QHash<QString, CueInfo> m_cues;
    QSet<QString> m_abbreviations;
    std::unordered_set<quint64> m_triggerPairs;
    std::unordered_set<quint64> m_continuationStarts;
    std::unordered_set<quint64> m_numberWords;
    std::unordered_set<quint64> m_nounStarts;
};

} // namespace thp
