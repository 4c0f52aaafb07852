#include "store/ReportUnit.h"

#include "text/Normalizer.h"

namespace thp::store {

QString subProvincialUnit(const QString &unit, const QString &province, bool provinceIsCity)
{
    const QString key = Normalizer::searchFold(unit.simplified());
    if (key.isEmpty() || key.startsWith(QLatin1String("tinh uy")) || key.startsWith(QLatin1String("dang bo tinh"))
        || key.startsWith(QLatin1String("ban thuong vu tinh uy")))
        return {};
    if (provinceIsCity && key.endsWith(Normalizer::searchFold(province))
        && (key.startsWith(QLatin1String("thanh uy")) || key.startsWith(QLatin1String("dang bo thanh pho"))))
        return {};
    return unit.simplified();
}

} // namespace thp::store
