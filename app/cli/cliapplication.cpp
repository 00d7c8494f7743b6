#include "cliapplication.h"

#include <QGuiApplication>

namespace bd {

std::unique_ptr<QCoreApplication> makeCliApplication(int& argc, char** argv)
{
    static const char* const documentCommands[] = {"export-letters", "export-archive", "draft-filing"};
    bool documents = false;
    for (const char* name : documentCommands)
        documents = documents || (argc > 1 && qstrcmp(argv[1], name) == 0);
    if (!documents)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace bd
