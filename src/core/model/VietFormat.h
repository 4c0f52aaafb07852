#pragma once
// Numbers shown the Vietnamese way: 58713 → "58.713", 98.4 → "98,4", a rate → "98,4%".

#include <QString>

namespace thp::VietFormat {

QString number(double value, int maxDecimals = 2);
QString rate(double value);                   // "98,4%"
QString value(double value, bool isRate);     // number() or rate()
QString metricValue(const QString &metricKey, double value); // uses the catalogue's kind

} // namespace thp::VietFormat
