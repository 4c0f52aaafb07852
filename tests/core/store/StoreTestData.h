#pragma once
// Hand-built reports for the storage tests: the extractor's output may change, these do not.
#include "store/ReportStore.h"

namespace thp::test {

inline Fact fact(const QString &metric, double value, std::optional<Period> period, qsizetype start = 0,
                 qsizetype end = 0, const QString &level = Level::All)
{
    Fact f;
    f.metric = metric;
    f.level = level;
    f.value = value;
    f.period = period;
    f.span = {start, end};
    f.unit = QStringLiteral("đảng viên");
    f.text = QStringLiteral("%1 đảng viên").arg(value);
    f.confidence = 0.9;
    f.ruleId = QStringLiteral("test");
    return f;
}

inline ReportInput report(const QString &province, int year, const QList<Fact> &facts,
                          const QString &text = {}, const QString &province2025 = {})
{
    ReportInput in;
    in.fileName = province + QStringLiteral("-%1.txt").arg(year);
    in.document.text = text.isEmpty() ? QStringLiteral("Báo cáo của Tỉnh ủy %1 năm %2.").arg(province).arg(year) : text;
    in.document.format = QStringLiteral("txt");
    in.document.encoding = QStringLiteral("UTF-8");
    in.extraction.info.title = QStringLiteral("Báo cáo %1 %2").arg(province).arg(year);
    in.extraction.info.province = province;
    in.extraction.info.province2025 = province2025.isEmpty() ? province : province2025;
    in.extraction.info.year = year;
    in.extraction.facts = facts;
    return in;
}

} // namespace thp::test
