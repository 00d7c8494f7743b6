#include "obligationcommands.h"

#include "clock.h"
#include "database.h"
#include "incidentjson.h"
#include "incidentrepository.h"
#include "obligationrepository.h"
#include "reportjson.h"
#include "reporttable.h"

#include <QFile>
#include <QJsonDocument>

namespace bd {

namespace {

// "2024-08-30T12:00:00+09:00", "2024-08-30T12:00" (local time) or "2024-08-30" (local midnight).
QDateTime parseNow(const QString& text)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.startOfDay() : QDateTime();
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

struct Loaded
{
    Incident incident;
    QList<Decision> decisions;
    QList<Override> overrides;
    QList<DataItem> customItems;
    QSet<QString> filedKeys;
};

} // namespace

QString ObligationsCommand::summary() const
{
    return tr("Print an incident's triggers, their reasons and the filings due, with their deadlines.");
}

int ObligationsCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption incidentOption(QStringLiteral("incident"),
                                            tr("The code of an incident in the workspace."), tr("CODE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of a table."));
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        tr("Evaluate as at this moment (ISO 8601, e.g. 2024-08-30T12:00:00+09:00) instead of now."),
        tr("ISO"));
    parser.addOption(incidentOption);
    parser.addOption(jsonOption);
    parser.addOption(nowOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("An incident JSON file (as written by export-incident) instead of "
                                    "--incident."),
                                 QStringLiteral("[FILE.json]"));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(incidentOption) == (files.size() == 1) || files.size() > 1) {
        context.err << tr("Usage: breachdesk obligations --incident CODE [--json] [--now ISO]") << '\n'
                    << tr("       breachdesk obligations FILE.json [--json] [--now ISO]") << '\n';
        return ExitUsage;
    }
    QDateTime now = SystemClock().now();
    if (parser.isSet(nowOption)) {
        now = parseNow(parser.value(nowOption));
        if (!now.isValid()) {
            context.err
                << tr("--now: \"%1\" is not an ISO 8601 date or date and time.").arg(parser.value(nowOption))
                << '\n';
            return ExitUsage;
        }
    }

    Loaded data;
    if (!files.isEmpty()) {
        const QString path = files.constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return ExitInvalidInput;
        }
        IncidentDocumentData document;
        QList<IncidentJsonError> problems;
        if (!IncidentJson::fromBytes(file.readAll(), &document, &problems)) {
            context.err << tr("%1 is not a valid incident file:").arg(path) << '\n';
            for (const IncidentJsonError& problem : problems)
                context.err << "  " << path << ": " << problem.text() << '\n';
            return ExitInvalidInput;
        }
        data.incident = document.incident;
        data.customItems = document.customItems;
        // The file's "filings" block says what was filed, as the workspace's register does.
        for (const FilingRecord& record : std::as_const(document.filings.records))
            if (record.isFiled())
                data.filedKeys.insert(record.key);
    } else {
        Database db;
        if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
            return code;
        qint64 id = 0;
        if (int code = CliSupport::findIncident(db, parser.value(incidentOption), &id, context);
            code != ExitOk)
            return code;
        StorageError error;
        IncidentRepository incidents(db);
        const std::optional<Incident> incident = incidents.load(id, &error);
        if (!incident)
            return CliSupport::fail(context, error);
        ObligationRepository obligations(db);
        data.incident = *incident;
        data.decisions = obligations.decisions(id, &error);
        if (!error)
            data.overrides = obligations.overrides(id, &error);
        if (!error)
            data.filedKeys = obligations.filedKeys(id, &error);
        if (!error)
            data.customItems = incidents.customItems(&error);
        if (error)
            return CliSupport::fail(context, error);
    }

    const ObligationReport report =
        evaluate(data.incident, data.decisions, data.overrides, now, data.customItems);
    if (parser.isSet(jsonOption)) {
        context.out << QString::fromUtf8(
            QJsonDocument(obligationReportToJson(report, data.filedKeys)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << tr("%1 — obligations as at %2").arg(report.incidentCode, isoWithOffset(now)) << "\n\n"
                << obligationReportTable(report, data.filedKeys);
    return ExitOk;
}

} // namespace bd
