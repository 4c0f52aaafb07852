// tonghop-cli: a thin dispatcher; every command lives in its own file over tonghop_core.
#include "CliSupport.h"
#include "Commands.h"

#include <QApplication>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace {

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
    bool needsGui; // chart and PDF rendering need a QApplication (offscreen is fine)
};

const Command kCommands[] = {
    {"extract", "extract FILE... [--json]   read reports and print their figures", thp::cli::runExtract, false},
    {"import", "import FILE|DIR... [--db PATH|URL]   store reports and figures", thp::cli::runImport, false},
    {"search", "search TEXT [--db PATH|URL] [--json]   reports containing the words (any diacritics)", thp::cli::runSearch, false},
    {"backup", "backup OUT [--db PATH]   copy the SQLite database while in use", thp::cli::runBackup, false},
    {"compare", "compare --metric KEY [--db] [--provinces A,B] [--years FROM-TO] [--level L] [--boundaries 2025] [--format table|csv|json]",
     thp::cli::runCompare, false},
    {"export", "export --pdf OUT.pdf [--csv OUT.csv] --metric KEY [the filters of compare] [--per-1000] [--chart bars|lines]   "
               "the comparison as PDF (table, chart, sources) and CSV",
     thp::cli::runExport, true},
};

void printHelp()
{
    thp::cli::out() << "tonghop-cli " << TONGHOP_VERSION
                    << " — figures from Vietnamese Party-building reports\n\nUsage: tonghop-cli COMMAND [OPTIONS]\n\n";
    for (const Command &c : kCommands)
        thp::cli::out() << "  " << c.summary << '\n';
    thp::cli::out() << "\n  --help, --version\n";
    thp::cli::out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const Command *cmd = nullptr;
    for (const Command &c : kCommands)
        if (first == QLatin1String(c.name))
            cmd = &c;

    std::unique_ptr<QCoreApplication> app;
    if (cmd && cmd->needsGui) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tonghop"));
    QCoreApplication::setOrganizationName(QStringLiteral("tonghop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGHOP_VERSION));

    if (first == QLatin1String("--version")) {
        thp::cli::out() << "tonghop-cli " << TONGHOP_VERSION << '\n';
        return 0;
    }
    if (!cmd) {
        printHelp();
        if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h"))
            return 0;
        thp::cli::err() << "unknown command: " << first << '\n';
        return 2;
    }
    QStringList args = QCoreApplication::arguments().mid(2);
    return cmd->run(args);
}
