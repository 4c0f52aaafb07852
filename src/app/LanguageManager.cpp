#include "app/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace thp::app {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

bool LanguageManager::setLanguage(const QString &code)
{
    QCoreApplication::removeTranslator(&m_program);
    QCoreApplication::removeTranslator(&m_qt);
    const bool loaded = m_program.load(QStringLiteral(":/i18n/tonghop_%1.qm").arg(code));
    if (loaded)
        QCoreApplication::installTranslator(&m_program);
    // Qt's own strings (standard buttons, dialogs); absent when qt6-translations-l10n is not installed.
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = loaded ? code : QStringLiteral("en");
    QLocale::setDefault(m_language == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return loaded;
}

} // namespace thp::app
