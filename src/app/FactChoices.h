#pragma once
// Fills the tier and qualifier combo boxes of the forms (editor, entry, comparison) with the
// domain's keys as data and their names in the current language, keeping the choice when
// filled again after a language switch.

#include <QString>

class QComboBox;

namespace thp::app {

class FactChoices
{
public:
    // `initial` is chosen when the box had no choice yet. The whole party first, then the
    // tiers from the province down; national figures only where a report can state them
    // (not for a province's results or a comparison of provinces).
    enum class National { Left, Included };
    static void fillLevels(QComboBox *combo, const QString &initial, National national = National::Left);
    static void fillQualifiers(QComboBox *combo, const QString &initial);
};

} // namespace thp::app
