#include "render/ComparisonText.h"

#include "model/Fact.h"
#include "model/MetricCatalogue.h"

namespace thp::render {

ComparisonText::ComparisonText(const QString &language)
    : m_vi(language != QLatin1String("en"))
{
}

QString ComparisonText::get(Key key) const
{
    struct Pair {
        const char16_t *vi;
        const char16_t *en;
    };
    auto pick = [this](Pair p) { return QString::fromUtf16(m_vi ? p.vi : p.en); };
    switch (key) {
    case ProvinceAxis: return pick({u"Tỉnh/thành", u"Province"});
    case YearAxis: return pick({u"Năm", u"Year"});
    case Subtitle: return pick({u"So sánh giữa các tỉnh/thành qua các năm", u"Comparison across provinces and years"});
    case Metric: return pick({u"Chỉ tiêu", u"Metric"});
    case Provinces: return pick({u"Tỉnh/thành", u"Provinces"});
    case Years: return pick({u"Năm", u"Years"});
    case Level: return pick({u"Cấp", u"Level"});
    case Boundaries: return pick({u"Địa giới", u"Boundaries"});
    case Figures: return pick({u"Số liệu", u"Figures"});
    case Measure: return pick({u"Đơn vị tính", u"Unit"});
    case All: return pick({u"tất cả", u"all"});
    case Boundaries2025: return pick({u"theo địa giới năm 2025 (số liệu các tỉnh hợp nhất được cộng khi đủ)",
                                      u"2025 boundaries (merged provinces summed when all have figures)"});
    case BoundariesAsReported: return pick({u"như trong báo cáo", u"as reported"});
    case ConfirmedOnly: return pick({u"chỉ số liệu đã được xác nhận", u"confirmed figures only"});
    case AllButRejected: return pick({u"tất cả số liệu, trừ số liệu đã bị loại", u"all figures except rejected ones"});
    case PlansIncluded: return pick({u"kể cả chỉ tiêu kế hoạch", u"plans included"});
    case PerThousand: return pick({u"trên 1.000 đảng viên", u"per 1,000 members"});
    case Count: return pick({u"Số lượng", u"Number"});
    case Rate: return pick({u"Tỷ lệ (%)", u"Rate (%)"});
    case Notes: return pick({u"Ghi chú", u"Notes"});
    case Sources: return pick({u"Nguồn số liệu", u"Sources"});
    case NoSources: return pick({u"Không có báo cáo nào.", u"No reports."});
    case Generated: return pick({u"Ngày lập: %1", u"Generated: %1"});
    case Page: return pick({u"Trang %1/%2", u"Page %1/%2"});
    case NoFigures: return pick({u"Không có số liệu nào khớp bộ lọc.", u"No figures match the filter."});
    case LeftOutOfChart: return pick({u"Không đưa vào biểu đồ (không so sánh được):", u"Left out of the chart (not comparable):"});
    case MarksLegend: return pick({u"~ khoảng; ≥ ít nhất; * kế hoạch; ≠ các nguồn ghi khác nhau; — không có số liệu so sánh được; (1) xem ghi chú",
                                   u"~ approximately; ≥ at least; * planned; ≠ the sources give different figures; — no comparable figure; (1) see notes"});
    case NoMemberCount: return pick({u"không có số đảng viên của tỉnh trong kỳ này để tính trên 1.000 đảng viên",
                                     u"no member count for this period to compute per 1,000 members"});
    case Note: return pick({u"Ghi chú", u"Note"});
    }
    return {};
}

QString ComparisonText::level(const QString &levelKey) const
{
    struct Entry {
        const QString &key;
        const char16_t *vi;
        const char16_t *en;
    };
    const Entry entries[] = {
        {Level::All, u"toàn đảng bộ", u"whole committee"},
        {Level::Central, u"Trung ương", u"central"},
        {Level::Province, u"cấp tỉnh", u"province"},
        {Level::District, u"cấp huyện", u"district"},
        {Level::Grassroots, u"cơ sở", u"grassroots"},
        {Level::Cell, u"chi bộ", u"Party cell"},
    };
    for (const Entry &e : entries)
        if (e.key == levelKey)
            return QString::fromUtf16(m_vi ? e.vi : e.en);
    return levelKey;
}

QString ComparisonText::metricName(const QString &metricKey) const
{
    return MetricCatalogue::instance().displayName(metricKey, language());
}

QString ComparisonText::qualifier(const QString &qualifierKey) const
{
    if (qualifierKey == Qualifier::Approx)
        return m_vi ? QStringLiteral("khoảng") : QStringLiteral("approximately");
    if (qualifierKey == Qualifier::AtLeast)
        return m_vi ? QStringLiteral("ít nhất") : QStringLiteral("at least");
    if (qualifierKey == Qualifier::Projected)
        return m_vi ? QStringLiteral("kế hoạch") : QStringLiteral("planned");
    return {};
}

} // namespace thp::render
