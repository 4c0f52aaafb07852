#pragma once
// Installs the program's translation (Vietnamese by default) and Qt's own, and switches
// them at run time: widgets then get QEvent::LanguageChange and retranslate themselves.

#include <QObject>
#include <QTranslator>

namespace thp::app {

class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "vi" or "en". Returns false when the program's catalogue for it is missing.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

private:
    QTranslator m_program;
    QTranslator m_qt;
    QString m_language;
};

} // namespace thp::app
