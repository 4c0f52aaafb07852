#pragma once
// One colour per metric family, so that figures of the same kind look alike in the text
// and in the figure table (training green, discipline red, ...).

#include <QColor>
#include <QString>

namespace thp::app {

// Light background for highlighting a figure of this family in running text.
QColor familyBackground(const QString &familyKey);
// Stronger shade of the same hue (swatches, the selected figure's outline).
QColor familyAccent(const QString &familyKey);
// The family of a metric key ("discipline.members" → "discipline"), from the catalogue.
QString familyOf(const QString &metricKey);

} // namespace thp::app
