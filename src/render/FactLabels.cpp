#include "render/FactLabels.h"

#include "model/Fact.h"
#include "store/ReportStore.h"

namespace thp::render {

QString FactLabels::level(const QString &level)
{
    if (level == Level::Central)
        return tr("Central");
    if (level == Level::Province)
        return tr("Province");
    if (level == Level::District)
        return tr("District");
    if (level == Level::Grassroots)
        return tr("Grassroots");
    if (level == Level::Cell)
        return tr("Party cell");
    if (level == Level::All)
        return tr("Whole committee");
    return level;
}

QString FactLabels::qualifier(const QString &qualifier)
{
    if (qualifier == Qualifier::Exact)
        return tr("Exact");
    if (qualifier == Qualifier::Approx)
        return tr("Approximate");
    if (qualifier == Qualifier::AtLeast)
        return tr("At least");
    if (qualifier == Qualifier::Projected)
        return tr("Planned");
    return qualifier;
}

QString FactLabels::status(const QString &status)
{
    if (status == FactStatus::Extracted)
        return tr("To review");
    if (status == FactStatus::Confirmed)
        return tr("Confirmed");
    if (status == FactStatus::Edited)
        return tr("Edited");
    if (status == FactStatus::Rejected)
        return tr("Rejected");
    if (status == FactStatus::Entered)
        return tr("Entered by hand");
    return status;
}

QString FactLabels::catalogueLanguage()
{
    // Whichever translation is installed decides, English being the untranslated default.
    //: The language code of this translation ("vi" for Vietnamese); it picks the metric names.
    const QString code = tr("en", "catalogue language code");
    return code == QLatin1String("vi") ? QStringLiteral("vi") : QStringLiteral("en");
}

} // namespace thp::render
