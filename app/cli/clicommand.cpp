#include "clicommand.h"

#include "recordedexport.h"

#include "database.h"
#include "incidentrepository.h"
#include "workspaceverifier.h"

#include <QFile>
#include <QFileInfo>

namespace bd {

namespace {
QCommandLineOption createOption()
{
    return QCommandLineOption(
        QStringLiteral("create"),
        CliSupport::tr("Make a new, empty workspace when the file does not exist (without "
                       "it, a missing workspace is an error)."));
}

QCommandLineOption allowDamagedOption()
{
    return QCommandLineOption(
        QStringLiteral("allow-damaged"),
        CliSupport::tr("Open a workspace whose record has been altered outside BreachDesk, read-only, for "
                       "inspection: reading commands work, commands that change the workspace still "
                       "refuse."));
}

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
    parser.addOption(createOption());
    parser.addOption(allowDamagedOption());
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

int CliSupport::openWorkspace(const QCommandLineParser& parser, Database& db, CliContext& context,
                              OpenMode::Access access)
{
    const QString path = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                   : Database::defaultWorkspacePath();
    StorageError error;
    if (!db.open(path, OpenMode{access, parser.isSet(QStringLiteral("create"))}, &error)) {
        if (error.kind == StorageError::NoWorkspace)
            error.message += u' ' + tr("Give --create to make a new one.");
        return fail(context, error);
    }
    // The record must prove itself before any command trusts it (docs/audit-chain.md).
    const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(db);
    if (integrity.ok())
        return ExitOk;
    StorageError damaged = integrity.error();
    const bool allowed = parser.isSet(QStringLiteral("allow-damaged"));
    if (!allowed) {
        damaged.message += u' ' + tr("Nothing was changed. Give --allow-damaged to inspect it read-only.");
        db.close();
        return fail(context, damaged);
    }
    if (access == OpenMode::ReadWrite) {
        damaged.message += u' ' + tr("This command changes the workspace, which is refused even with "
                                     "--allow-damaged. Nothing was changed.");
        db.close();
        return fail(context, damaged);
    }
    // Inspection only: opened again read-only, so that not even an export's audit entry is written.
    db.close();
    if (!db.open(path, OpenMode{OpenMode::ReadOnly, false}, &error))
        return fail(context, error);
    context.err << tr("Warning: %1").arg(damaged.message) << '\n'
                << tr("Opened read-only for inspection (--allow-damaged).") << '\n';
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

int CliSupport::runExport(Database& db, CliContext& context, const QString& outputPath,
                          const std::function<int(ExportRecord*)>& write)
{
    int code = ExitOk;
    const RecordedExport done = writeRecordedExport(db, outputPath, [&](ExportRecord* record) {
        code = write(record);
        return code == ExitOk;
    });
    switch (done.outcome) {
    case RecordedExport::Outcome::Recorded:
        return ExitOk;
    case RecordedExport::Outcome::NotRecorded:
        context.err << tr("The workspace is read-only: this export is not recorded in its audit trail.")
                    << '\n';
        return ExitOk;
    case RecordedExport::Outcome::NotWritten:
        return code != ExitOk ? code : fail(context, done.error);
    case RecordedExport::Outcome::TakenBack:
        context.err << tr("%1 was removed again: the export could not be recorded in the audit trail.")
                           .arg(outputPath)
                    << '\n';
        return fail(context, done.error);
    }
    return fail(context, done.error);
}

QTextStream& CliSupport::reportStream(CliContext& context, const QString& outputPath)
{
    return outputPath == QLatin1String("-") ? context.err : context.out;
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
