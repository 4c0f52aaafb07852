#pragma once
// Comparisons an analyst saved by name (QSettings group "comparisons"): the filter, the
// measure and the chart, so that reopening one shows the same comparison on today's data.

#include "analysis/CompareQuery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thp::app {

struct SavedComparison {
    QString name;
    CompareOptions options;
    bool perThousandMembers = false;
    QString chart;  // "auto", "bars" or "lines"
};

class SavedComparisons
{
public:
    static QStringList names();                     // sorted the Vietnamese way
    static std::optional<SavedComparison> load(const QString &name);
    static void save(const SavedComparison &comparison); // replaces one of the same name
    static void remove(const QString &name);
    // The comparison shown last, so that the page opens where the analyst left it.
    static std::optional<SavedComparison> last();
    static void setLast(const SavedComparison &comparison);
};

} // namespace thp::app
