// BreachDesk: `breachdesk` starts the workbench; `breachdesk <command>` runs a headless command.
#include "application.h"
#include "cliapplication.h"
#include "clicommand.h"
#include "localization.h"
#include "processprotection.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    bd::protectProcess();
    // A first argument that is not an option names a command: run it without creating any window.
    // --help and --version need no display either.
    const bool helpOnly = argc > 1 && (qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0 ||
                                       qstrcmp(argv[1], "--version") == 0);
    if (argc > 1 && (argv[1][0] != '-' || helpOnly)) {
        const auto app = bd::makeCliApplication(argc, argv); // QGuiApplication for document commands
        bd::Localization::setIdentity();
        bd::Localization::install(bd::Localization::savedLanguage());
        return bd::runCli(app->arguments());
    }
    return bd::runGui(argc, argv);
}
