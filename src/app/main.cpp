// tonghop: the desktop program. A thin shell: application, translation, settings, window.
#include "app/AppSettings.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ReportListModel.h"
#include "app/ReportView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tonghop"));
    QCoreApplication::setOrganizationName(QStringLiteral("tonghop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGHOP_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("TongHop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tonghop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tonghop/icons/tonghop-128.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TongHop — figures from Party-building reports"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database: SQLite file or postgresql:// URL."),
                                      QStringLiteral("PATH|URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language for this run: vi or en."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Open the first report, save a picture of the window, quit."),
                                        QStringLiteral("PNG"));
    parser.addOptions({dbOption, langOption, shotOption});
    parser.process(app);

    thp::app::LanguageManager language;
    language.setLanguage(parser.isSet(langOption) ? parser.value(langOption) : thp::app::AppSettings::language());

    thp::app::MainWindow window;
    window.setLanguageManager(&language);
    const QString location = parser.isSet(dbOption) ? parser.value(dbOption) : thp::app::AppSettings::databaseLocation();
    QString error;
    if (!window.openDatabase(location, &error)) {
        qWarning().noquote() << error;
        if (!parser.isSet(shotOption))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "TongHop"), error);
    } else {
        window.importSamplesIfFirstRun(/*askFirst=*/!parser.isSet(shotOption));
    }
    window.show();

    if (parser.isSet(shotOption)) {
        const QString png = parser.value(shotOption);
        window.resize(1366, 800);
        const auto shoot = [&window, png] {
            window.openReportAtRow(0);
            window.reportView()->selectFactRow(2);
            QTimer::singleShot(800, &window, [&window, png] {
                const bool saved = window.grab().save(png);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        // The library is listed on a worker thread: row 0 is there once it is listed.
        if (window.reportModel()->isLoading())
            QObject::connect(window.reportModel(), &thp::app::ReportListModel::listed, &window, shoot,
                             Qt::SingleShotConnection);
        else
            shoot();
    }
    return app.exec();
}
