#pragma once
// Names shown to people for the keys of the domain model (level, qualifier, review
// status). English source strings; the Vietnamese comes from the translation catalogue.

#include <QCoreApplication>
#include <QString>

namespace thp::render {

class FactLabels
{
    Q_DECLARE_TR_FUNCTIONS(thp::render::FactLabels)

public:
    static QString level(const QString &level);         // "province" → "Province" / "Cấp tỉnh"
    static QString qualifier(const QString &qualifier); // "approx" → "Approximate" / "Khoảng"
    static QString status(const QString &status);       // "confirmed" → "Confirmed" / "Đã xác nhận"

    // "vi" when the installed translation is Vietnamese, else "en": the metric catalogue's
    // names are keyed by these codes.
    static QString catalogueLanguage();
};

} // namespace thp::render
