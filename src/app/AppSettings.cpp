#include "app/AppSettings.h"

#include "store/Database.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace thp::app {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabase = QStringLiteral("database/location");
const QString kDataFolder = QStringLiteral("files/dataFolder");
const QString kReviewer = QStringLiteral("review/name");
const QString kSamples = QStringLiteral("firstRun/samplesImported");
} // namespace

QString AppSettings::language()
{
    const QString code = QSettings().value(kLanguage, QStringLiteral("vi")).toString();
    return code == QLatin1String("en") ? code : QStringLiteral("vi");
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QString AppSettings::databaseLocation()
{
    const QString stored = QSettings().value(kDatabase).toString();
    if (!stored.isEmpty())
        return stored;
    if (dataFolder() == defaultDataFolder())
        return Database::defaultLocation(); // creates the folder
    QDir().mkpath(dataFolder());
    return QDir(dataFolder()).filePath(QStringLiteral("tonghop.sqlite"));
}

void AppSettings::setDatabaseLocation(const QString &location)
{
    QSettings s;
    if (location.isEmpty() || location == QDir(dataFolder()).filePath(QStringLiteral("tonghop.sqlite")))
        s.remove(kDatabase); // follows the data folder
    else
        s.setValue(kDatabase, location);
}

QString AppSettings::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppSettings::dataFolder()
{
    const QString stored = QSettings().value(kDataFolder).toString();
    return stored.isEmpty() ? defaultDataFolder() : stored;
}

void AppSettings::setDataFolder(const QString &folder)
{
    QSettings s;
    if (folder.isEmpty() || QDir::cleanPath(folder) == QDir::cleanPath(defaultDataFolder()))
        s.remove(kDataFolder);
    else
        s.setValue(kDataFolder, QDir::cleanPath(folder));
}

QString AppSettings::loginName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

QString AppSettings::reviewerName()
{
    const QString stored = QSettings().value(kReviewer).toString().trimmed();
    return stored.isEmpty() ? loginName() : stored;
}

void AppSettings::setReviewerName(const QString &name)
{
    QSettings s;
    if (name.trimmed().isEmpty() || name.trimmed() == loginName())
        s.remove(kReviewer);
    else
        s.setValue(kReviewer, name.trimmed());
}

bool AppSettings::samplesImported()
{
    return QSettings().value(kSamples, false).toBool();
}

void AppSettings::setSamplesImported(bool done)
{
    QSettings().setValue(kSamples, done);
}

} // namespace thp::app
