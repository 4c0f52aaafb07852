#pragma once
// Which committee's figures a report gives. A report by a committee below the province
// (Thành ủy Nam Định, a district committee) gives that committee's figures, not the
// province's: comparisons keep them apart and never sum them with the province's.
// Stored with the report (reports.sub_unit) so that comparisons can group inside SQL.

#include <QString>

class QSqlDatabase;

namespace thp::store {

// unit: the issuing committee as extracted ("Tỉnh ủy Nam Định", "Thành ủy Nam Định");
// provinceIsCity: the province is a centrally-run city, whose "Thành ủy" is the province's
// own committee. Returns the committee (whitespace simplified), or empty when the figures
// are the whole province's.
QString subProvincialUnit(const QString &unit, const QString &province, bool provinceIsCity);

// The same, with whether the province is a centrally-run city looked up in the database's
// provinces table.
QString subProvincialUnit(const QSqlDatabase &db, const QString &unit, const QString &province);

} // namespace thp::store
