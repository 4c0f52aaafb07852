#pragma once
// Reads every catalogued figure from a report's NFC text, with its tier, period,
// qualifier and source span, plus the document-level fields. The rules are data
// (resources/rules/*.json, extendable from a folder without recompiling).

#include "model/Fact.h"

#include <QString>

#include <memory>

namespace thp {

class RuleSet;

class Extractor
{
public:
    // Uses the bundled rules plus any override folder (see RuleSet::loadDefault()).
    Extractor();
    explicit Extractor(std::shared_ptr<const RuleSet> rules);
    ~Extractor();

    static const Extractor &instance();

    // text must be NFC (Normalizer::toNfc); title is optional (used for province/year).
    ExtractionResult extract(const QString &text, const QString &title = {}) const;

    const RuleSet &rules() const { return *m_rules; }

private:
    // Declared first: the default constructor fills it while loading m_rules.
    QString m_rulesProblem; // an analyst's rule file that could not be used, said with every result
    std::shared_ptr<const RuleSet> m_rules;
};

} // namespace thp
