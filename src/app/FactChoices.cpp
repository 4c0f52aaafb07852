#include "app/FactChoices.h"

#include "model/Fact.h"
#include "render/FactLabels.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace thp::app {

namespace {

template<typename Label>
void fill(QComboBox *combo, const QStringList &keys, Label label, const QString &initial)
{
    // Filling again is not a choice the user made: nobody is told.
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const QString &key : keys)
        combo->addItem(label(key), key);
    combo->setCurrentIndex(std::max(0, combo->findData(current.isEmpty() ? initial : current)));
}

} // namespace

void FactChoices::fillLevels(QComboBox *combo, const QString &initial, National national)
{
    QStringList levels = {Level::All, Level::Province, Level::District, Level::Grassroots, Level::Cell};
    if (national == National::Included)
        levels << Level::Central;
    fill(combo, levels, &render::FactLabels::level, initial);
}

void FactChoices::fillQualifiers(QComboBox *combo, const QString &initial)
{
    fill(combo, Qualifier::all(), &render::FactLabels::qualifier, initial);
}

} // namespace thp::app
