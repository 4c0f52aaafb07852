#pragma once
// Vietnamese alphabetical order for texts sorted inside the database (report titles).
// A database sorts by bytes, not by language; the ICU sort key of a text compares, byte by
// byte (memcmp, SQLite's BLOB order, PostgreSQL's bytea order), exactly as ICU's Vietnamese
// collator compares the texts: a < ă < â < b … d < đ … o < ô < ơ … u < ư, tone marks after
// the letters, upper and lower case together.

#include <QByteArray>
#include <QString>

namespace thp {

class VietnameseOrder
{
public:
    // The sort key of `text` (empty text: an empty key, first). Safe from any thread.
    static QByteArray sortKey(const QString &text);
};

} // namespace thp
