#include "model/VietFormat.h"

#include "model/MetricCatalogue.h"

#include <QLocale>

#include <cmath>

namespace thp::VietFormat {

namespace {
const QLocale &viLocale()
{
    static const QLocale l(QLocale::Vietnamese, QLocale::Vietnam);
    return l;
}
} // namespace

QString number(double value, int maxDecimals)
{
    // Show as many decimals as the value has (up to maxDecimals), never trailing zeros.
    int decimals = 0;
    double scaled = value;
    while (decimals < maxDecimals && std::fabs(scaled - std::round(scaled)) > 1e-9) {
        scaled *= 10;
        ++decimals;
    }
    return viLocale().toString(value, 'f', decimals);
}

QString rate(double value)
{
    return number(value) + QLatin1Char('%');
}

QString value(double v, bool isRate)
{
    return isRate ? rate(v) : number(v);
}

QString metricValue(const QString &metricKey, double v)
{
    const MetricInfo *m = MetricCatalogue::instance().find(metricKey);
    return value(v, m && m->isRate);
}

} // namespace thp::VietFormat
