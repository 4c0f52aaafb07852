#pragma once
// The filter options shared by `compare` and `export`: --metric KEY, --provinces A,B,
// --years FROM-TO, --level L, --boundaries 2025|as-reported, --confirmed,
// --include-projected. Each takes "--name VALUE" or "--name=VALUE".

#include "analysis/CompareQuery.h"

#include <QString>
#include <QStringList>

namespace thp::cli {

// Takes the filter options out of args into *options and leaves the others for the
// command. Returns false with a message in *error for a malformed value or a missing one.
bool takeCompareFilters(QStringList &args, CompareOptions *options, QString *error);
// Checks the metric (false, and *error lists the catalogue's keys, when it is unknown) and
// writes the provinces the gazetteer knows under their own names ("Lang Son" → "Lạng Sơn"),
// so that tables and PDFs show them as a Vietnamese reader expects.
bool checkCompareFilters(CompareOptions &options, QString *error);
// "--metric KEY [--provinces A,B,...] ..." for the usage lines.
QString compareFiltersUsage();

} // namespace thp::cli
