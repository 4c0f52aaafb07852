#include "app/FamilyColours.h"

#include "model/MetricCatalogue.h"

#include <QHash>

namespace thp::app {

namespace {
int hueOf(const QString &family)
{
    static const QHash<QString, int> hues = {
        {QStringLiteral("study"), 130},      {QStringLiteral("inspection"), 210},
        {QStringLiteral("discipline"), 0},   {QStringLiteral("review"), 280},
        {QStringLiteral("rating"), 45},      {QStringLiteral("cadre"), 175},
        {QStringLiteral("organisation"), 25},
    };
    return hues.value(family, int(qHash(family) % 360));
}
} // namespace

QColor familyBackground(const QString &familyKey)
{
    return QColor::fromHsl(hueOf(familyKey), 170, 215);
}

QColor familyAccent(const QString &familyKey)
{
    return QColor::fromHsl(hueOf(familyKey), 160, 110);
}

QString familyOf(const QString &metricKey)
{
    const MetricInfo *m = MetricCatalogue::instance().find(metricKey);
    return m ? m->family : QString();
}

} // namespace thp::app
