#pragma once
// The pre-SQL CompareQuery (C++ grouping over every candidate fact), kept as a test oracle.
#include "analysis/CompareQuery.h"

namespace thp::test {

class LegacyCompareQuery
{
    Q_DECLARE_TR_FUNCTIONS(thp::CompareQuery)

public:
    explicit LegacyCompareQuery(Database &db);
    CompareResult run(const CompareOptions &options) const;

private:
    Database &m_db;
};

} // namespace thp::test
