#include "draftcommands.h"

#include "confidentialitycheck.h"
#include "filingdrafter.h"
#include "incidentrepository.h"
#include "noticecontexts.h"
#include "outputfile.h"
#include "requiredfiling.h"

#include <QFileInfo>

namespace bd {

namespace {

QString usage()
{
    return DraftFilingCommand::tr(
        "Usage: breachdesk draft-filing --incident CODE --kind KIND [--lang ja|en] [--date YYYY-MM-DD] "
        "[--consignor NAME] [--late-reason TEXT] (--text | --html OUT | --pdf OUT)\n"
        "       breachdesk draft-filing --kind list [--incident CODE]");
}

// Whether the obligations call for the kind, for the list.
QString callState(const DraftKind& kind, const QSet<QString>& called)
{
    const QString key = kind.answers;
    if (key == QLatin1String(FilingKey::PpcFollowUp) || key == QLatin1String(FilingKey::PublicNotice))
        return DraftFilingCommand::tr("on request");
    return kind.isCalled(called) ? DraftFilingCommand::tr("called for")
                                 : DraftFilingCommand::tr("not called for");
}

int listKinds(const QCommandLineParser& parser, const QString& incidentCode, CliContext& context)
{
    std::optional<QSet<QString>> called;
    QStringList clients;
    if (!incidentCode.isEmpty()) {
        Database db;
        if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
            return code;
        qint64 id = 0;
        if (int code = CliSupport::findIncident(db, incidentCode, &id, context); code != ExitOk)
            return code;
        StorageError error;
        called = DraftKinds::calledFilings(db, id, QDateTime::currentDateTime(), &error);
        const std::optional<Incident> incident = IncidentRepository(db).load(id, &error);
        if (!called || !incident)
            return CliSupport::fail(context, error);
        clients = consignorClients(*incident);
    }
    for (const DraftKind& kind : draftKinds()) {
        context.out << kind.key << '\t' << kind.label();
        if (called)
            context.out << '\t' << callState(kind, *called);
        context.out << '\n';
    }
    if (called)
        context.out << DraftFilingCommand::tr("Consignor clients: %1")
                           .arg(clients.isEmpty() ? DraftFilingCommand::tr("none")
                                                  : clients.join(QStringLiteral(", ")))
                    << '\n';
    return ExitOk;
}

// Exit code of a draft that could not be made: what the caller asked for wrongly is a usage error.
int failureExitCode(DraftedFiling::Failure failure)
{
    using F = DraftedFiling::Failure;
    switch (failure) {
    case F::UnknownKind:
    case F::WrongLanguage:
    case F::NoConsignor:
    case F::UnknownConsignor:
    case F::BadDate:
        return ExitUsage;
    case F::NotCalled:
    case F::Template:
        return ExitInvalidInput;
    case F::None:
    case F::Storage:
        break;
    }
    return ExitInvalidInput;
}

} // namespace

QString DraftFilingCommand::summary() const
{
    return tr(
        "Draft a filing or notice (PPC report, public notice, consignor notice, P-mark report, GDPR) as "
        "text, a web page or a PDF, as the Filings page does; nothing is issued.");
}

int DraftFilingCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        tr("What to draft (ppc_preliminary, ppc_final, public_notice, …); list "
           "prints every kind."),
        tr("KIND"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("ja or en; default: the kind's own language (a consignor client's: the client's, else Japanese)."),
        tr("LANG"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("The document's date (YYYY-MM-DD); default: today."), tr("DATE"));
    const QCommandLineOption consignorOption(QStringLiteral("consignor"),
                                             tr("The consignor client a consignor notice is addressed to."),
                                             tr("NAME"));
    const QCommandLineOption lateOption(
        QStringLiteral("late-reason"),
        tr("GDPR Art. 33: the reasons for notifying after 72 hours (Art. 33(1))."), tr("TEXT"));
    const QCommandLineOption textOption(QStringLiteral("text"),
                                        tr("Print the document's text to standard output."));
    const QCommandLineOption htmlOption(QStringLiteral("html"),
                                        tr("Write the document as a web page; - for standard output."),
                                        tr("OUT.html"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), tr("Write the document as a PDF; - for standard output."), tr("OUT.pdf"));
    parser.addOptions({incidentOption, kindOption, langOption, dateOption, consignorOption, lateOption,
                       textOption, htmlOption, pdfOption});
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(kindOption)) {
        context.err << usage() << '\n';
        return ExitUsage;
    }
    const QString kindKey = parser.value(kindOption);
    if (kindKey == QLatin1String("list"))
        return listKinds(parser, parser.value(incidentOption), context);
    const DraftKind* kind = findDraftKind(kindKey);
    if (!kind) {
        context.err << tr("Unknown kind \"%1\". Run with --kind list for the kinds.").arg(kindKey) << '\n';
        return ExitUsage;
    }
    const int outputs =
        int(parser.isSet(textOption)) + int(parser.isSet(htmlOption)) + int(parser.isSet(pdfOption));
    if (!parser.isSet(incidentOption) || outputs != 1) {
        context.err << usage() << '\n';
        return ExitUsage;
    }
    DraftRequest request;
    request.kind = kindKey;
    request.now = QDateTime::currentDateTime();
    request.date = request.now.date();
    if (parser.isSet(langOption)) {
        Lang lang = Lang::Ja;
        if (!langFromKey(parser.value(langOption), &lang)) {
            context.err << tr("--lang must be ja or en, not \"%1\".").arg(parser.value(langOption)) << '\n';
            return ExitUsage;
        }
        request.lang = lang;
    }
    if (parser.isSet(dateOption)) {
        request.date = QDate::fromString(parser.value(dateOption), QStringLiteral("yyyy-MM-dd"));
        if (!request.date.isValid()) {
            context.err << tr("--date: \"%1\" is not a date like 2024-10-18.").arg(parser.value(dateOption))
                        << '\n';
            return ExitUsage;
        }
    }
    request.consignor = parser.value(consignorOption);
    request.lateReason = parser.value(lateOption);
    if (!kind->needsConsignor && parser.isSet(consignorOption)) {
        context.err << tr("--consignor is only for the notice to a consignor client (consignor_notice).")
                    << '\n';
        return ExitUsage;
    }

    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    const QString incidentCode = parser.value(incidentOption);
    qint64 id = 0;
    if (int code = CliSupport::findIncident(db, incidentCode, &id, context); code != ExitOk)
        return code;
    const DraftedFiling drafted = FilingDrafter::draft(db, id, request);
    if (!drafted.ok()) {
        if (drafted.failure == DraftedFiling::Failure::Storage)
            return CliSupport::fail(context, drafted.storage);
        context.err << tr("Error: %1").arg(drafted.message) << '\n';
        if (drafted.failure == DraftedFiling::Failure::NoConsignor ||
            drafted.failure == DraftedFiling::Failure::UnknownConsignor)
            context.err << tr("The consignor clients of %1: %2")
                               .arg(incidentCode, drafted.consignors.isEmpty()
                                                      ? tr("none")
                                                      : drafted.consignors.join(QStringLiteral(", ")))
                        << '\n';
        return failureExitCode(drafted.failure);
    }

    // What the page shows beside the draft goes to standard error, the document to its output. The name of
    // the file written is part of what its reader sees.
    QStringList errors = drafted.errors;
    const QString target = parser.isSet(htmlOption) ? parser.value(htmlOption) : parser.value(pdfOption);
    if (!target.isEmpty() && target != QLatin1String("-"))
        errors += ConfidentialityCheck::check(drafted.incident, drafted.draft.audience,
                                              DocumentSurfaces{{}, {}, QFileInfo(target).fileName(), {}});
    if (!errors.isEmpty()) {
        context.err << tr("Blocks issuing:") << '\n';
        for (const QString& e : errors)
            context.err << "  - " << e << '\n';
    }
    if (!drafted.warnings.isEmpty()) {
        context.err << tr("Check before issuing:") << '\n';
        for (const QString& w : drafted.warnings)
            context.err << "  - " << w << '\n';
    }
    if (drafted.changes)
        context.err << drafted.changesText() << '\n';
    if (drafted.lateReasonWanted)
        context.err << tr("Warning: more than 72 hours have passed since the organisation became aware of "
                          "the breach; give the reasons for the delay with --late-reason (GDPR Art. 33(1)).")
                    << '\n';

    QByteArray bytes;
    QString out = QStringLiteral("-"), format = QStringLiteral("text");
    if (parser.isSet(textOption)) {
        bytes = drafted.draft.plainText.toUtf8();
        if (!bytes.endsWith('\n'))
            bytes += '\n';
    } else if (parser.isSet(htmlOption)) {
        out = parser.value(htmlOption);
        format = QStringLiteral("html");
        bytes = filingWebPage(drafted.draft);
    } else {
        out = parser.value(pdfOption);
        format = QStringLiteral("pdf");
        QString error;
        bytes = renderFilingPdf(drafted.draft, &error);
        if (bytes.isEmpty()) {
            context.err << tr("Error: the PDF could not be made: %1").arg(error) << '\n';
            return ExitOutputFailed;
        }
    }
    context.out.flush(); // the document follows anything already printed
    // A draft leaves the workspace like any export: recorded in the audit trail, never in the register.
    return CliSupport::runExport(db, context, out, [&](ExportRecord* record) {
        QString error;
        const std::optional<QByteArray> sha256 = OutputFile::writeAll(out, bytes, db.files(), &error);
        if (!sha256) {
            context.err << tr("Cannot write %1: %2").arg(out, error) << '\n';
            return int(ExitOutputFailed);
        }
        *record = {id,
                   incidentCode,
                   QStringLiteral("filing"),
                   QStringLiteral("draft %1 %2 %3").arg(kindKey, langKey(drafted.draft.lang), format),
                   1,
                   *sha256};
        if (out != QLatin1String("-"))
            context.out << tr("Wrote the draft %1 to %2").arg(drafted.draft.title, out) << '\n';
        return int(ExitOk);
    });
}

} // namespace bd
