#include "clicommand.h"

#include "database.h"
#include "incidentrepository.h"

#include <QFileInfo>

namespace bd {

namespace {
QCommandLineOption workspaceOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("workspace"), QStringLiteral("w")},
        CliSupport::tr("The workspace database (default: %1).").arg(Database::defaultWorkspacePath()),
        CliSupport::tr("FILE"));
}
} // namespace

void CliSupport::setUp(QCommandLineParser& parser, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(workspaceOption());
}

int CliSupport::parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    // Drop the command name so that positional arguments start after it.
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args)) {
        context.err << parser.errorText() << '\n' << tr("Run with --help for the options.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    return -1;
}

int CliSupport::openWorkspace(const QCommandLineParser& parser, Database& db, CliContext& context)
{
    const QString path = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                   : Database::defaultWorkspacePath();
    StorageError error;
    if (!db.open(path, &error))
        return fail(context, error);
    return ExitOk;
}

int CliSupport::fail(CliContext& context, const StorageError& error)
{
    context.err << tr("Error: %1").arg(error.text()) << '\n';
    return error.exitCode();
}

int CliSupport::findIncident(Database& db, const QString& code, qint64* id, CliContext& context)
{
    StorageError error;
    const std::optional<qint64> found = IncidentRepository(db).findByCode(code, &error);
    if (found) {
        *id = *found;
        return ExitOk;
    }
    if (error)
        return fail(context, error);
    context.err << tr("No incident has the code %1.").arg(code) << '\n';
    return ExitInvalidInput;
}

CliCommand* findCliCommand(const QString& name)
{
    for (const auto& command : cliCommands())
        if (command->name() == name)
            return command.get();
    return nullptr;
}

int runCli(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err};
    const QString name = arguments.value(1);
    if (name == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (CliCommand* command = findCliCommand(name)) {
        const int code = command->run(arguments, context);
        out.flush();
        err.flush();
        return code;
    }
    const bool help =
        name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h");
    QTextStream& stream = help ? out : err;
    if (!help)
        stream << CliSupport::tr("Unknown command: %1").arg(name) << "\n\n";
    stream << CliSupport::tr(
                  "Usage: breachdesk [--workspace FILE] [--demo] [--lang ja|en]   (starts the application)")
           << '\n'
           << CliSupport::tr("       breachdesk <command> [options]   (runs a command without the window)")
           << "\n\n"
           << CliSupport::tr("Commands:") << '\n';
    for (const auto& command : cliCommands())
        stream << "  " << command->name().leftJustified(20) << command->summary() << '\n';
    stream << '\n' << CliSupport::tr("Run 'breachdesk <command> --help' for a command's options.") << '\n';
    return help ? ExitOk : ExitUsage;
}

} // namespace bd
