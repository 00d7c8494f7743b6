// Headless commands: `breachdesk <command> [options]`. Each command is one class in its own file, listed in
// commandregistry.cpp. Commands write results to `out` and problems to `err`, and return the process exit
// code.
#pragma once

#include "auditrepository.h"
#include "database.h"
#include "storageerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace bd {

// Exit codes shared by every command (storage errors add 3–7, see StorageError::exitCode()).
enum CliExit
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitInvalidInput = 2,
    ExitOutputFailed = 8, // an output file could not be written (full disk, …): nothing under its name
};

struct CliContext
{
    QTextStream& out;
    QTextStream& err;
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated one-liner for `breachdesk --help`
    // `arguments` starts with the program name followed by the command name, as QCommandLineParser expects.
    virtual int run(const QStringList& arguments, CliContext& context) = 0;
};

class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(bd::Cli)
public:
    // Adds --workspace FILE, --create, --allow-damaged and --help to `parser`, with `description` as the
    // command's help text.
    static void setUp(QCommandLineParser& parser, const QString& description);
    // Parses; prints help or a usage error. Returns -1 to go on, or the exit code to stop with.
    static int parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context);
    // Opens the workspace named by --workspace (or the default), creating it only with --create. Reading
    // commands pass PreferWrite: a read-only workspace still serves them. Then checks that its record proves
    // itself (WorkspaceVerifier): a damaged workspace is exit 5 with the first problem named, unless
    // --allow-damaged is given and the command only reads (not ReadWrite); the workspace is then opened
    // read-only and a warning printed. Returns ExitOk or the exit code.
    static int openWorkspace(const QCommandLineParser& parser, Database& db, CliContext& context,
                             OpenMode::Access access = OpenMode::ReadWrite);
    static int fail(CliContext& context, const StorageError& error);
    // The id of the incident with `code` in `db`. Returns ExitOk, or prints why not (no such code, a storage
    // error) and returns the exit code to stop with.
    static int findIncident(Database& db, const QString& code, qint64* id, CliContext& context);
    // Runs an export that writes one file. Inside the workspace's write transaction, `write` makes the file
    // complete under its final name (or prints why not and returns the exit code) and fills `record`; the
    // audit entry follows; if it cannot be committed, the file at `outputPath` is taken back. A locked
    // workspace stops the export before anything is written; a read-only one exports without a transaction
    // and says that nothing is recorded. Returns the exit code.
    static int runExport(Database& db, CliContext& context, const QString& outputPath,
                         const std::function<int(ExportRecord*)>& write);
    // Where a command reports when its output file is standard output: standard error.
    static QTextStream& reportStream(CliContext& context, const QString& outputPath);
};

// All commands, in help order.
const std::vector<std::unique_ptr<CliCommand>>& cliCommands();
CliCommand* findCliCommand(const QString& name);
// Runs `breachdesk <command> …`; prints the list of commands for `breachdesk help`.
int runCli(const QStringList& arguments);

} // namespace bd
