#include "redactcommand.h"

#include "keycommands.h"
#include "redactionrepository.h"
#include "signingkey.h"

namespace bd {

QString RedactCommand::summary() const
{
    return tr("Redact the personal data of an archived incident after its retention period, as a signed, "
              "audited event.");
}

int RedactCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(
        parser, summary() + QLatin1Char('\n') +
                    tr("Blanks every recipient field that can identify a person (names, addresses, contact "
                       "details, custom columns) and keeps the rows, so every count stays true. The "
                       "statement of what was removed is signed with your signing key and recorded in the "
                       "audit trail. Letters and recipient lists can no longer be made from the incident. "
                       "Without --yes nothing is changed: the command says what it would do."));
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    const QCommandLineOption retentionOption(QStringLiteral("retention-ended"),
                                             tr("The day the retention period ended (not after today)."),
                                             tr("YYYY-MM-DD"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), tr("Why, e.g. the retention rule that applies (recorded)."), tr("TEXT"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Redact (without it: only show the plan)."));
    parser.addOptions({incidentOption, retentionOption, reasonOption, yesOption});
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || !parser.isSet(retentionOption) || !parser.isSet(reasonOption) ||
        !parser.positionalArguments().isEmpty()) {
        context.err
            << tr("Usage: breachdesk redact --incident CODE --retention-ended YYYY-MM-DD --reason TEXT "
                  "[--yes]")
            << '\n';
        return ExitUsage;
    }
    const QDate retentionEnded = QDate::fromString(parser.value(retentionOption), Qt::ISODate);
    if (!retentionEnded.isValid()) {
        context.err << tr("Error: --retention-ended: \"%1\" is not a date (YYYY-MM-DD).")
                           .arg(parser.value(retentionOption))
                    << '\n';
        return ExitUsage;
    }
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context); code != ExitOk)
        return code;
    qint64 incidentId = 0;
    if (int code = CliSupport::findIncident(db, parser.value(incidentOption), &incidentId, context);
        code != ExitOk)
        return code;

    RedactionRepository redactions(db);
    StorageError storage;
    const QDateTime now = QDateTime::currentDateTime();
    const RedactionRepository::Plan plan = redactions.plan(incidentId, retentionEnded, now.date(), &storage);
    if (storage)
        return CliSupport::fail(context, storage);
    if (!plan.refusal.isEmpty()) {
        context.err << tr("Error: %1").arg(plan.refusal) << '\n';
        return ExitInvalidInput;
    }
    qint64 people = 0;
    for (const RedactionGroup& group : plan.groups) {
        context.out << tr("Group %1: %n recipient(s)", nullptr, int(group.recipients)).arg(group.key) << '\n';
        people += group.recipients;
    }
    if (!plan.copiesOutside.isEmpty()) {
        context.out << tr("Copies outside the workspace that redaction cannot reach (delete them yourself):")
                    << '\n';
        for (const AuditEntry& copy : plan.copiesOutside)
            context.out << QStringLiteral("  ") << RedactionRepository::describeCopy(copy) << '\n';
    }
    if (!parser.isSet(yesOption)) {
        context.out << tr("Nothing was changed. Run again with --yes to redact the personal data of %n "
                          "recipient(s) of incident %1.",
                          nullptr, int(people))
                           .arg(plan.incidentCode)
                    << '\n';
        return ExitOk;
    }
    const SigningKey::Loaded loaded = SigningKey::loadOrCreate(db.path());
    if (!loaded.key) {
        context.err << tr("Error: %1").arg(loaded.error) << '\n';
        return signingKeyExitCode(loaded.problem);
    }
    RedactionRecord done;
    if (!redactions.redact(incidentId, retentionEnded, parser.value(reasonOption), *loaded.key, now, &done,
                           &storage)) {
        context.err << tr("Nothing was redacted.") << '\n';
        if (storage.kind == StorageError::Invalid) {
            context.err << tr("Error: %1").arg(storage.message) << '\n';
            return ExitInvalidInput;
        }
        return CliSupport::fail(context, storage);
    }
    context.out << tr("Redacted the personal data of %n recipient(s) of incident %1. Statement SHA-256 %2, "
                      "signed by %3.",
                      nullptr, int(people))
                       .arg(done.incidentCode, QString::fromLatin1(done.statementSha256), done.signer)
                << '\n';
    return ExitOk;
}

} // namespace bd
