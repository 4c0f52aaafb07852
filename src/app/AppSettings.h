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

    // SQLite path or postgresql:// URL; <dataFolder>/tonghop.sqlite when unset.
    static QString databaseLocation();
    static void setDatabaseLocation(const QString &location);

    // Where the program keeps its files: the default SQLite database, and where file
    // dialogs open. Default: the platform's data folder (~/.local/share/tonghop/tonghop).
    static QString dataFolder();
    static QString defaultDataFolder();
    static void setDataFolder(const QString &folder);

    // The name written into the review history (who confirmed, corrected, entered).
    // Default: the login name of the person running the program.
    static QString reviewerName();
    static QString loginName();
    static void setReviewerName(const QString &name);

    // Set once the bundled samples were offered to a new user, so they never come back.
    static bool samplesImported();
    static void setSamplesImported(bool done);
};

} // namespace thp::app
