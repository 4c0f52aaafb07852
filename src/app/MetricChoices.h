#pragma once
// Fills a combo box with the catalogue's metrics grouped by family: each family's name as
// a heading that cannot be chosen, its metrics under it, names in the catalogue language.

#include <QString>

class QComboBox;

namespace thp::app {

class MetricChoices
{
public:
    // Keeps the chosen metric when the list is filled again (language switch).
    static void fill(QComboBox *combo, const QString &language);
    static QString current(const QComboBox *combo);          // metric key, or empty
    static bool select(QComboBox *combo, const QString &key); // false when not listed
};

} // namespace thp::app
