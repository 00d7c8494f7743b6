// Headless commands: `breachdesk <command> [options]`. Each command is one class in its own file, listed in
// commandregistry.cpp. Commands write results to `out` and problems to `err`, and return the process exit
// code.
#pragma once

#include "storageerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace bd {

class Database;

// Exit codes shared by every command (storage errors add 3–7, see StorageError::exitCode()).
enum CliExit
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitInvalidInput = 2
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
    // Adds --workspace FILE and --help to `parser`, with `description` as the command's help text.
    static void setUp(QCommandLineParser& parser, const QString& description);
    // Parses; prints help or a usage error. Returns -1 to go on, or the exit code to stop with.
    static int parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context);
    // Opens the workspace named by --workspace (or the default). Returns ExitOk or a storage exit code.
    static int openWorkspace(const QCommandLineParser& parser, Database& db, CliContext& context);
    static int fail(CliContext& context, const StorageError& error);
    // The id of the incident with `code` in `db`. Returns ExitOk, or prints why not (no such code, a storage
    // error) and returns the exit code to stop with.
    static int findIncident(Database& db, const QString& code, qint64* id, CliContext& context);
};

// All commands, in help order.
const std::vector<std::unique_ptr<CliCommand>>& cliCommands();
CliCommand* findCliCommand(const QString& name);
// Runs `breachdesk <command> …`; prints the list of commands for `breachdesk help`.
int runCli(const QStringList& arguments);

} // namespace bd
