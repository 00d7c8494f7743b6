#include "incidentcommands.h"

#include "incidentservice.h"
#include "workspace.h"

#include "outputfile.h"

#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"

#include <QFile>

namespace bd {

QString ListIncidentsCommand::summary() const
{
    return tr("Print each incident's code and title.");
}

int ListIncidentsCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption archived(QStringLiteral("archived"), tr("Include archived incidents."));
    parser.addOption(archived);
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    StorageError error;
    const QList<IncidentSummary> incidents = IncidentRepository(db).list(parser.isSet(archived), &error);
    if (error)
        return CliSupport::fail(context, error);
    for (const IncidentSummary& s : incidents) {
        const QString title = s.titleJa.isEmpty() ? s.titleEn : s.titleJa;
        context.out << s.code << '\t' << title
                    << (s.status == IncidentStatus::Archived ? QStringLiteral("\t") + tr("(archived)")
                                                             : QString())
                    << '\n';
    }
    return ExitOk;
}

QString ExportIncidentCommand::summary() const
{
    return tr("Write an incident as a JSON file.");
}

int ExportIncidentCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    parser.addOption(incidentOption);
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The JSON file to write; - for standard output."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk export-incident --incident CODE OUT.json") << '\n';
        return ExitUsage;
    }
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    const QString incidentCode = parser.value(incidentOption);
    qint64 id = 0;
    if (int code = CliSupport::findIncident(db, incidentCode, &id, context); code != ExitOk)
        return code;
    StorageError error;
    const std::optional<QByteArray> json = IncidentTransfer(db).exportJson(id, &error);
    if (!json)
        return CliSupport::fail(context, error);
    const QString out = parser.positionalArguments().constFirst();
    return CliSupport::runExport(db, context, out, [&](ExportRecord* record) {
        OutputFile file(out, db.files()); // written whole or not at all
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
            context.err << tr("Cannot write %1: %2").arg(out, file.errorString()) << '\n';
            return int(ExitOutputFailed);
        }
        *record = {id, incidentCode, QStringLiteral("incident"), QStringLiteral("json"), 1, file.sha256()};
        if (!file.isStream())
            context.out << tr("Exported %1 to %2").arg(incidentCode, out) << '\n';
        return int(ExitOk);
    });
}

QString ImportIncidentCommand::summary() const
{
    return tr("Add an incident from a JSON file.");
}

int ImportIncidentCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption newCode(QStringLiteral("new-code"),
                                     tr("When the code is taken, import under the next free code."));
    parser.addOption(newCode);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The JSON file to read."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk import-incident [--new-code] FILE.json") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitInvalidInput;
    }
    const QByteArray bytes = file.readAll();
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context); code != ExitOk)
        return code;
    Workspace workspace(db);
    const auto result = workspace.incidents().importJson(bytes, parser.isSet(newCode)
                                                                    ? IncidentTransfer::CodeConflict::NewCode
                                                                    : IncidentTransfer::CodeConflict::Fail);
    if (!result.problems.isEmpty()) {
        context.err << tr("%1 was not imported:").arg(path) << '\n';
        for (const IncidentJsonError& problem : result.problems)
            context.err << "  " << path << ": " << problem.text() << '\n';
        return ExitInvalidInput;
    }
    if (!result.ok()) {
        context.err << tr("%1 was not imported.").arg(path) << '\n';
        const int code = CliSupport::fail(context, result.storage);
        // The file breaks a rule of the workspace (its code is taken, a custom item differs): invalid input.
        return result.storage.kind == StorageError::Invalid ? int(ExitInvalidInput) : code;
    }
    context.out << (result.codeChanged ? tr("Imported as %1 (the file's code was taken)").arg(result.code)
                                       : tr("Imported %1").arg(result.code))
                << '\n';
    return ExitOk;
}

} // namespace bd
