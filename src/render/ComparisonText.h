#pragma once
// The fixed wording of an exported comparison (PDF, CSV, chart) in the document's language.
//
// An exported document is written in one language chosen when exporting (Vietnamese by
// default, as official documents are), whatever language the interface runs in, and the
// command line has no translation catalogue. So, like the catalogue's metric names, the
// document's few fixed phrases are kept here in both languages rather than through tr().

#include <QString>

namespace thp::render {

class ComparisonText
{
public:
    enum Key {
        ProvinceAxis,      // "Tỉnh/thành"
        YearAxis,          // "Năm"
        Subtitle,          // "So sánh giữa các tỉnh/thành qua các năm"
        Metric,
        Provinces,
        Years,
        Level,
        Boundaries,
        Figures,
        Measure,
        All,               // "tất cả"
        Boundaries2025,
        BoundariesAsReported,
        ConfirmedOnly,
        AllButRejected,
        PlansIncluded,
        PerThousand,       // "trên 1.000 đảng viên"
        Count,             // value axis title for counts without a unit
        Rate,              // "Tỷ lệ (%)"
        Notes,
        Sources,
        NoSources,
        Generated,         // "Ngày lập: %1"
        Page,              // "Trang %1/%2"
        NoFigures,
        LeftOutOfChart,
        MarksLegend,
        NoMemberCount,
        Note,              // CSV header of the note column
    };

    // "vi" (default) or "en"; anything else is Vietnamese.
    explicit ComparisonText(const QString &language = QStringLiteral("vi"));

    QString language() const { return m_vi ? QStringLiteral("vi") : QStringLiteral("en"); }
    QString get(Key key) const;
    QString level(const QString &levelKey) const;   // "all" → "Toàn đảng bộ"
    QString metricName(const QString &metricKey) const;
    QString qualifier(const QString &qualifierKey) const; // "approx" → "khoảng"

private:
    bool m_vi = true;
};

} // namespace thp::render
