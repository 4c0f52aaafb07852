#include "model/Fact.h"

namespace thp {

QStringList Level::all()
{
    return {Central, Province, District, Grassroots, Cell, All};
}

QStringList Qualifier::all()
{
    return {Exact, Approx, AtLeast, Projected};
}

QString Period::toString() const
{
    if (from == to)
        return QString::number(from);
    return QString::number(from) + QChar(0x2013) + QString::number(to);
}

bool Fact::sameFigure(const Fact &o) const
{
    return metric == o.metric && level == o.level && qFuzzyCompare(1.0 + value, 1.0 + o.value)
        && qualifier == o.qualifier && period == o.period;
}

} // namespace thp
