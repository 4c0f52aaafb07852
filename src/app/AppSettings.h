#pragma once
// The program's persistent preferences (QSettings), in one place with their defaults.

#include <QString>

namespace thp::app {

class AppSettings
{
public:
    // "vi" (default) or "en".
    static QString language();
    static void setLanguage(const QString &code);

    // SQLite path or postgresql:// URL; Database::defaultLocation() when unset.
    static QString databaseLocation();
    static void setDatabaseLocation(const QString &location);

    // Set once the bundled samples were offered to a new user, so they never come back.
    static bool samplesImported();
    static void setSamplesImported(bool done);
};

} // namespace thp::app
