#include "store/ReportUnit.h"

#include "text/Normalizer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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

QString subProvincialUnit(const QSqlDatabase &db, const QString &unit, const QString &province)
{
    if (unit.trimmed().isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind FROM provinces WHERE name = ?"));
    q.addBindValue(province);
    const bool city = q.exec() && q.next() && q.value(0).toString() == QLatin1String("thanh_pho_truc_thuoc_tw");
    return subProvincialUnit(unit, province, city);
}

} // namespace thp::store
