#include "app/AppSettings.h"

#include "store/Database.h"

#include <QSettings>

namespace thp::app {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabase = QStringLiteral("database/location");
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
    return stored.isEmpty() ? Database::defaultLocation() : stored;
}

void AppSettings::setDatabaseLocation(const QString &location)
{
    QSettings s;
    if (location.isEmpty() || location == Database::defaultLocation())
        s.remove(kDatabase);
    else
        s.setValue(kDatabase, location);
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
