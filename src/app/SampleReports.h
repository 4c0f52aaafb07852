#pragma once
// The sample reports bundled with the program (resources/samples, embedded under
// :/tonghop/samples): imported on the very first start so a new user sees real data at once.

#include "store/ReportStore.h"

#include <QCoreApplication>

namespace thp::app {

struct SampleImportResult {
    QString fileName;
    AddReportResult result;
};

class SampleReports
{
    Q_DECLARE_TR_FUNCTIONS(thp::app::SampleReports)

public:
    static QStringList fileNames();
    // Reads each sample through the normal pipeline (import + extract) and stores it.
    static QList<SampleImportResult> importInto(ReportStore &store);
};

} // namespace thp::app
