#pragma once
// The figure table of one stored report, ready for the PDF writer: metric names in the
// given language, values the Vietnamese way (58.713; 98,4%). Rejected figures are left out.

#include "render/FactTablePdfWriter.h"
#include "store/ReportStore.h"

namespace thp::render {

class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(thp::render::ReportTable)

public:
    // language: "vi" or "en" for the catalogue's metric names.
    static FactTable build(const StoredReport &report, const QList<StoredFact> &facts, const QString &language);
    // "An Giang · 2019 · an-giang.txt": what the report is about and where it came from.
    static QString subtitle(const StoredReport &report);
};

} // namespace thp::render
