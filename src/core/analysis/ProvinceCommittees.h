#pragma once
// The party committees below a province that results can be entered for: one per
// district-level unit the province had (thành phố → Thành ủy, thị xã → Thị ủy, quận →
// Quận ủy, huyện → Huyện ủy), named as reports name them, so that a figure entered for
// "Thành ủy Nam Định" and a report issued by it fall in the same comparison row.

#include <QStringList>

namespace thp {

class ProvinceCommittees
{
public:
    // In Vietnamese order; a unit renamed or upgraded (thị xã → thành phố) gives both
    // committees, since results of either period may be entered. Empty for an unknown province.
    static QStringList of(const QString &province);
    // "Thành ủy" for "thanh_pho" ...; empty for an unknown kind.
    static QString committeeWord(const QString &districtKind);
};

} // namespace thp
