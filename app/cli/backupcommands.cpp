#include "backupcommands.h"

#include "workspacebackup.h"

namespace bd {

namespace {
int failed(const WorkspaceBackup::Result& result, CliContext& context)
{
    if (result.storage)
        return CliSupport::fail(context, result.storage);
    context.err << CliSupport::tr("Error: %1").arg(result.fileError) << '\n';
    return ExitOutputFailed;
}
} // namespace

QString BackupCommand::summary() const
{
    return tr("Write a consistent copy of the workspace to a new file.");
}

int BackupCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary() + QLatin1Char('\n') +
                                  tr("The copy is made through SQLite (VACUUM INTO), so it includes every "
                                     "committed change even while the window has the workspace open, then "
                                     "checked and recorded in the audit trail. OUT must not exist."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The backup file to write."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk backup [--workspace FILE] OUT") << '\n';
        return ExitUsage;
    }
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    const QString out = parser.positionalArguments().constFirst();
    const WorkspaceBackup::Result result = WorkspaceBackup::backup(db, out);
    if (!result.ok())
        return failed(result, context);
    context.out << tr("Backed up %n incident(s) to %1 (SHA-256 %2).", nullptr, result.incidents)
                       .arg(out, QString::fromLatin1(result.sha256))
                << '\n';
    return ExitOk;
}

QString RestoreCommand::summary() const
{
    return tr("Replace the workspace's contents with a backup, after checking it.");
}

int RestoreCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser,
                      summary() + QLatin1Char('\n') +
                          tr("The backup is checked first (SQLite's integrity check, a BreachDesk "
                             "workspace this version can open); nothing is replaced when it fails. "
                             "The workspace as it was is kept beside it as a safety copy, then the "
                             "backup replaces it in one transaction and is upgraded to this version."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), tr("The backup file to restore."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk restore [--workspace FILE] BACKUP") << '\n';
        return ExitUsage;
    }
    const QString backup = parser.positionalArguments().constFirst();
    // Checked before the workspace is even opened: a bad backup changes nothing.
    if (const WorkspaceBackup::Result checked =
            WorkspaceBackup::check(backup, WorkspaceBackup::Record::Verified);
        !checked.ok()) {
        context.err << tr("Nothing was restored.") << '\n';
        return failed(checked, context);
    }
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context); code != ExitOk)
        return code;
    const WorkspaceBackup::Result result = WorkspaceBackup::restore(db, backup);
    if (!result.ok()) {
        context.err << tr("Nothing was restored.") << '\n';
        return failed(result, context);
    }
    context.out << tr("Restored %n incident(s) from %1. The workspace as it was is kept in %2.", nullptr,
                      result.incidents)
                       .arg(backup, result.safetyCopy)
                << '\n';
    return ExitOk;
}

} // namespace bd
