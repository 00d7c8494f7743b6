#include "recipientcommands.h"

#include "busytimeout.h"
#include "database.h"
#include "encryptedexport.h"
#include "importplan.h"
#include "incidentrepository.h"
#include "recipientexport.h"
#include "recipientimport.h"
#include "recipientservice.h"
#include "sourcefile.h"
#include "workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace bd {

namespace {

// The incident by code and its group by key; prints why not and returns the exit code when missing.
int findGroup(Workspace& ws, const QString& code, const QString& key, RecipientGroup* group,
              CliContext& context)
{
    qint64 incidentId = 0;
    if (int exit = CliSupport::findIncident(ws.database(), code, &incidentId, context); exit != ExitOk)
        return exit;
    StorageError error;
    RecipientService& recipients = ws.recipients();
    if (!ws.isReadOnly() && !recipients.ensureBuiltinGroups(incidentId, &error))
        return CliSupport::fail(context, error);
    const auto found = recipients.groupByKey(incidentId, key, &error);
    if (!found) {
        if (error)
            return CliSupport::fail(context, error);
        QStringList keys;
        for (const RecipientGroup& g : recipients.groups(incidentId, &error))
            keys.append(g.key);
        context.err << ImportRecipientsCommand::tr(
                           "The incident %1 has no recipient group %2. Its groups: %3")
                           .arg(code, key, keys.join(QStringLiteral(", ")))
                    << '\n';
        return ExitInvalidInput;
    }
    *group = *found;
    return ExitOk;
}

QString problemLine(const ImportProblem& p)
{
    QString where = ImportRecipientsCommand::tr("row %1").arg(p.row);
    if (p.column >= 0) {
        where += QStringLiteral(", ") + ImportRecipientsCommand::tr("column %1").arg(p.column + 1);
        if (!p.columnName.isEmpty())
            where += QStringLiteral(" “%1”").arg(p.columnName);
    }
    const QString severity =
        p.isError() ? ImportRecipientsCommand::tr("error") : ImportRecipientsCommand::tr("warning");
    return QStringLiteral("%1: %2 %3: %4").arg(where, severity, problemKindKey(p.kind), p.message);
}

// An identical row: imported once (the first one, or the recipient already in the group).
QString identicalLine(const ImportDuplicate& d)
{
    return d.firstRow > 0 ? ImportRecipientsCommand::tr("row %1: identical to row %2: imported once")
                                .arg(d.recipient.sourceRow)
                                .arg(d.firstRow)
                          : ImportRecipientsCommand::tr(
                                "row %1: identical to a recipient already in the group: not imported again")
                                .arg(d.recipient.sourceRow);
}

// A row imported and marked: it may be the same person as another.
QString possibleDuplicateLine(const Recipient& r)
{
    const QString what = r.possibleDuplicate == DuplicateKind::Email
                             ? ImportRecipientsCommand::tr("same e-mail")
                             : ImportRecipientsCommand::tr("same name and address");
    return r.possibleDuplicateOfRow > 0
               ? ImportRecipientsCommand::tr(
                     "row %1: possible duplicate (%2 as row %3, another field differs): "
                     "imported and marked")
                     .arg(r.sourceRow)
                     .arg(what)
                     .arg(r.possibleDuplicateOfRow)
               : ImportRecipientsCommand::tr("row %1: possible duplicate (%2 as a recipient already in the "
                                             "group, another field differs): imported and marked")
                     .arg(r.sourceRow)
                     .arg(what);
}

// How long an import waits, unless --wait says otherwise, for another one (or a window) to finish writing
// before giving up with exit 3.
constexpr int DefaultLockWaitSeconds = 60;

// What import-recipients was asked to do.
struct ImportArguments
{
    QString path;
    SourceFileOptions options;
    QString incident;
    QString group;
    std::optional<QString> mappingSpec;
    bool goodRows = false;
    bool dryRun = false;
    int waitSeconds = DefaultLockWaitSeconds;
};

// The mapping: remembered for the group or guessed, with --mapping over it. ExitOk, or the exit code after
// saying why not.
int chooseMapping(const RecipientImport& session, const ImportArguments& args, const RecipientGroup& group,
                  ColumnMapping* mapping, CliContext& context)
{
    const QStringList& header = session.header().cells;
    *mapping = RecipientImport::initialMapping(header, group.columnMapping);
    if (args.mappingSpec) {
        QString error;
        const auto spec = ColumnMapping::fromSpec(*args.mappingSpec, header, *mapping, &error);
        if (!spec) {
            context.err << ImportRecipientsCommand::tr("Bad --mapping: %1").arg(error) << '\n';
            return ExitUsage;
        }
        *mapping = *spec;
    }
    if (const QStringList invalid = mapping->validate(group.organisations); !invalid.isEmpty()) {
        for (const QString& reason : invalid)
            context.err << ImportRecipientsCommand::tr("Mapping: %1").arg(reason) << '\n';
        context.err << ImportRecipientsCommand::tr("Nothing was imported. Give the columns with --mapping.")
                    << '\n';
        return ExitInvalidInput;
    }
    return ExitOk;
}

// The format, the mapping, the counts and every problem, identical row and possible duplicate, by row.
void printPlan(const ImportArguments& args, const SourceFile& file, const ImportPlan& plan,
               CliContext& context)
{
    if (file.format() == SourceFile::Format::Csv)
        context.out << ImportRecipientsCommand::tr("%1: CSV, %2")
                           .arg(args.path, textEncodingDisplayName(file.encoding()))
                    << '\n';
    else
        context.out << ImportRecipientsCommand::tr("%1: XLSX").arg(args.path) << '\n';
    QStringList columns;
    for (int c = 0; c < plan.header.size(); ++c)
        columns.append(
            QStringLiteral("%1=%2")
                .arg(plan.mapping.field(c).isEmpty() ? QStringLiteral("ignore") : plan.mapping.field(c))
                .arg(c + 1));
    context.out << ImportRecipientsCommand::tr("Mapping: %1").arg(columns.join(QLatin1Char(','))) << '\n';
    context.out << plan.summary() << '\n';
    for (const ImportProblem& p : plan.problems)
        context.out << "  " << problemLine(p) << '\n';
    for (const ImportDuplicate& d : plan.duplicates)
        context.out << "  " << identicalLine(d) << '\n';
    for (const Recipient& r : plan.accepted) {
        if (r.possibleDuplicate)
            context.out << "  " << possibleDuplicateLine(r) << '\n';
    }
}

// Saves the plan's accepted rows; prints what was saved.
int savePlan(Workspace& ws, const ImportArguments& args, const RecipientGroup& group, ImportPlan& plan,
             qint64 plannedVersion, bool rejected, CliContext& context)
{
    const ImportCommit commit =
        RecipientImport::commitFor(plan, QFileInfo(args.path).fileName(), plannedVersion);
    ImportCommitOutcome outcome;
    StorageError error;
    if (!ws.recipients().commitImport(group.id, plan.accepted, commit, &outcome, &error)) {
        context.err << ImportRecipientsCommand::tr("Nothing was imported.") << '\n';
        return CliSupport::fail(context, error);
    }
    if (outcome.identical > 0)
        context.out << ImportRecipientsCommand::tr(
                           "%n row(s) were already in the group when saving (another import ran "
                           "meanwhile): not imported again.",
                           nullptr, outcome.identical)
                    << '\n';
    context.out << ImportRecipientsCommand::tr("Imported %n recipient(s) into %1.", nullptr, outcome.inserted)
                       .arg(group.key)
                << ' '
                << ImportRecipientsCommand::tr(
                       "Identical rows imported once: %1. Possible duplicates marked: "
                       "%2.")
                       .arg(QLocale().toString(plan.counts.duplicates + outcome.identical),
                            QLocale().toString(outcome.possibleDuplicates))
                << '\n';
    if (rejected) {
        context.err << ImportRecipientsCommand::tr("%n row(s) with problems were not imported.", nullptr,
                                                   plan.counts.rejected)
                    << '\n';
        return ExitInvalidInput;
    }
    return ExitOk;
}

// Reads, checks, reports and (unless a dry run, or rows were rejected) saves the file.
int importFile(Workspace& ws, const ImportArguments& args, CliContext& context)
{
    RecipientGroup group;
    if (int code = findGroup(ws, args.incident, args.group, &group, context); code != ExitOk)
        return code;
    RecipientImport session;
    if (!session.open(args.path, args.options)) { // cannot be opened, damaged, refused (a zip bomb …), empty
        context.err
            << (session.hasNoRows()
                    ? ImportRecipientsCommand::tr("%1 has no rows. %2").arg(args.path, QString()).trimmed()
                    : ImportRecipientsCommand::tr("Cannot read %1: %2").arg(args.path, session.errorString()))
            << '\n';
        return ExitInvalidInput;
    }
    ColumnMapping mapping;
    if (int code = chooseMapping(session, args, group, &mapping, context); code != ExitOk)
        return code;

    StorageError error;
    ImportOptions importOptions =
        ws.recipients().importOptions(group, QFileInfo(args.path).fileName(), &error);
    if (error)
        return CliSupport::fail(context, error);
    const qint64 plannedVersion = importOptions.groupVersion;
    ImportPlan plan = session.plan(mapping, std::move(importOptions));
    printPlan(args, session.file(), plan, context);

    const bool rejected = plan.counts.rejected > 0 || plan.hasErrors();
    if (!plan.fatalError.isEmpty()) {
        context.err << ImportRecipientsCommand::tr("Cannot read %1: %2").arg(args.path, plan.fatalError)
                    << '\n';
        context.err
            << ImportRecipientsCommand::tr("Nothing was imported: reading %1 stopped early.").arg(args.path)
            << '\n';
        return ExitInvalidInput;
    }
    if (plan.counts.records == 0) { // a header only: nothing is saved, not even the mapping
        context.err
            << ImportRecipientsCommand::tr("%1 has no data rows: nothing was imported.").arg(args.path)
            << '\n';
        return ExitInvalidInput;
    }
    if (args.dryRun) {
        context.out << ImportRecipientsCommand::tr("Dry run: nothing was saved.") << '\n';
        return rejected ? ExitInvalidInput : ExitOk;
    }
    if (rejected && !args.goodRows) {
        context.err << ImportRecipientsCommand::tr("Nothing was imported: %n row(s) have problems.", nullptr,
                                                   plan.counts.rejected)
                    << ' '
                    << ImportRecipientsCommand::tr(
                           "Fix the file, or run again with --import-good-rows to import the %n good row(s) "
                           "only.",
                           nullptr, plan.counts.accepted)
                    << '\n';
        return ExitInvalidInput;
    }
    return savePlan(ws, args, group, plan, plannedVersion, rejected, context);
}

} // namespace

QString ImportRecipientsCommand::summary() const
{
    return tr("Import a CSV or XLSX list into a recipient group.");
}

int ImportRecipientsCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(
        parser,
        summary() + QLatin1Char('\n') +
            tr("Prints the counts and every problem (row as Excel numbers it, column, reason).\n"
               "A row identical in every mapped field to an earlier row, or to a recipient already in the "
               "group, is imported once. A row with the same e-mail, or the same name and address, as "
               "another but a different value in some other field is another person: it is imported and "
               "marked as a possible duplicate, for you to resolve on the Recipients page. Nobody is left "
               "out silently.\n"
               "An invalid e-mail address is a warning (the row is kept for letters by post), but an error "
               "for a group whose channel is e-mail.\n"
               "When any row is rejected, NOTHING is imported and the exit code is 2, unless "
               "--import-good-rows "
               "is given: then the good rows are imported (in one transaction) and the exit code is still 2. "
               "A file with a header but no data rows imports nothing and exits with 2. "
               "The mapping used is remembered for the group.\n"
               "Another import writing to the same workspace is waited for (--wait); a workspace still "
               "locked after that exits with 3 and nothing imported."));
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         tr("The recipient group's key: consignor_clients, employees, "
                                            "candidates, business_contacts or a custom "
                                            "group's key."),
                                         tr("KEY"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("Column mapping over the remembered or guessed one, e.g. "
           "\"name=氏名,email=3,address=4+5,ignore=備考,"
           "custom:社員番号=1\". Fields: name, kana, organisation, department, title, postcode, address, "
           "email, "
           "phone, language, custom:NAME, ignore; columns by header or 1-based number."),
        tr("SPEC"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        tr("CSV encoding instead of the detected one: UTF-8, UTF-16LE, UTF-16BE, CP932."), tr("E"));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"), tr("XLSX sheet: 1-based number or name (default: the first)."), tr("N"));
    const QCommandLineOption goodRowsOption(
        QStringLiteral("import-good-rows"),
        tr("When some rows are rejected, import the good rows anyway (the exit code is still 2)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Check the file and report; save nothing."));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        tr("Seconds to wait for another program writing to the workspace (default %1).")
            .arg(DefaultLockWaitSeconds),
        tr("SECONDS"));
    parser.addOptions({incidentOption, groupOption, mappingOption, encodingOption, sheetOption,
                       goodRowsOption, dryRunOption, waitOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV or XLSX file to read."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || !parser.isSet(groupOption) ||
        parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk import-recipients --incident CODE --group KEY [--mapping SPEC] "
                          "[--encoding E] [--sheet N] [--import-good-rows] [--dry-run] [--wait SECONDS] FILE")
                    << '\n';
        return ExitUsage;
    }
    ImportArguments args;
    if (parser.isSet(encodingOption)) {
        args.options.encoding = textEncodingFromKey(parser.value(encodingOption));
        if (!args.options.encoding) {
            context.err << tr("Unknown encoding %1; use UTF-8, UTF-16LE, UTF-16BE or CP932.")
                               .arg(parser.value(encodingOption))
                        << '\n';
            return ExitUsage;
        }
    }
    args.options.sheet = parser.value(sheetOption);
    args.path = parser.positionalArguments().constFirst();
    args.incident = parser.value(incidentOption);
    args.group = parser.value(groupOption);
    if (parser.isSet(mappingOption))
        args.mappingSpec = parser.value(mappingOption);
    args.goodRows = parser.isSet(goodRowsOption);
    args.dryRun = parser.isSet(dryRunOption);
    if (parser.isSet(waitOption)) {
        bool ok = false;
        args.waitSeconds = parser.value(waitOption).toInt(&ok);
        if (!ok || args.waitSeconds < 0) {
            context.err << tr("--wait takes a number of seconds.") << '\n';
            return ExitUsage;
        }
    }

    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context); code != ExitOk)
        return code;
    BusyTimeout::set(db, int(std::min<qint64>(args.waitSeconds, 24 * 3600) * 1000));
    Workspace ws(db);
    return importFile(ws, args, context);
}

namespace {

// export-recipients --encrypt-to [--consignor NAME]: the consignor client named, the key chosen, then the
// encrypted export (app/cli/encryptedexport.h).
int exportEncrypted(Database& db, const QCommandLineParser& parser, EncryptedExport::RecipientList list,
                    const QString& consignor, const QString& out, CliContext& context)
{
    if (!consignor.isNull()) {
        StorageError error;
        const std::optional<Incident> incident = IncidentRepository(db).load(list.group.incidentId, &error);
        if (!incident)
            return CliSupport::fail(context, error);
        list.consignor = ConsignorRows::find(*incident, list.group, consignor);
        if (!list.consignor) {
            const QStringList known = ConsignorRows::known(*incident);
            context.err << (known.isEmpty()
                                ? ExportRecipientsCommand::tr(
                                      "The incident %1 has no consignor client %2: none of its data sets is "
                                      "held for a consignor.")
                                      .arg(list.incidentCode, consignor)
                                : ExportRecipientsCommand::tr(
                                      "The incident %1 has no consignor client %2. Its consignor clients: %3")
                                      .arg(list.incidentCode, consignor, known.join(QStringLiteral(", "))))
                        << '\n';
            return ExitInvalidInput;
        }
    }
    OpenPgpEncryptor encryptor;
    if (int code = EncryptedExport::chooseKey(parser, out, &encryptor, context); code != ExitOk)
        return code;
    return EncryptedExport::recipients(db, list, out, encryptor, context);
}

} // namespace

QString ExportRecipientsCommand::summary() const
{
    return tr("Write a recipient group to CSV or XLSX.");
}

int ExportRecipientsCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser,
                      summary() + QLatin1Char('\n') +
                          tr("Writes the group's included recipients (excluded ones are left out) with a "
                             "header of field names that import-recipients maps back. Cells that begin "
                             "with = + - @ are written with a leading ' so that a spreadsheet never runs "
                             "them."));
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    const QCommandLineOption groupOption(QStringLiteral("group"), tr("The recipient group's key."),
                                         tr("KEY"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("csv (UTF-8 with BOM), csv-cp932 (Shift_JIS) or xlsx (default: xlsx for OUT.xlsx or OUT.xlsx.gpg, "
           "else csv)."),
        tr("FORMAT"));
    const QCommandLineOption languageOption(
        QStringLiteral("header-language"), tr("Language of the header row: ja (default) or en."), tr("LANG"));
    const QCommandLineOption consignorOption(
        QStringLiteral("consignor"),
        tr("Only the recipients belonging to this consignor client (their organisation names it), as a "
           "hand-over to that client entered in the filing register; needs --encrypt-to."),
        tr("NAME"));
    parser.addOptions({incidentOption, groupOption, formatOption, languageOption, consignorOption});
    EncryptedExport::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || !parser.isSet(groupOption) ||
        parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk export-recipients --incident CODE --group KEY "
                          "[--format csv|csv-cp932|xlsx] [--consignor NAME] [--encrypt-to KEY [--armor]] OUT")
                    << '\n';
        return ExitUsage;
    }
    if (int code = EncryptedExport::checkUsage(parser, context); code >= 0)
        return code;
    if (parser.isSet(consignorOption) && !EncryptedExport::requested(parser)) {
        context.err << tr("--consignor hands a client its own records: give --encrypt-to with the client's "
                          "OpenPGP key.")
                    << '\n';
        return ExitUsage;
    }
    const QString out = parser.positionalArguments().constFirst();
    const QString formatKey = parser.isSet(formatOption) ? parser.value(formatOption)
                              // (OUT.xlsx.gpg too: the name of an encrypted workbook)
                              : out.contains(QRegularExpression(QStringLiteral("\\.xlsx(\\.(gpg|pgp|asc))?$"),
                                                                QRegularExpression::CaseInsensitiveOption))
                                  ? QStringLiteral("xlsx")
                                  : QStringLiteral("csv");
    const auto format = recipientFileFormatFromKey(formatKey);
    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : QStringLiteral("ja");
    if (!format || (language != QLatin1String("ja") && language != QLatin1String("en"))) {
        context.err << tr("Unknown format or header language; use --format csv|csv-cp932|xlsx and "
                          "--header-language ja|en.")
                    << '\n';
        return ExitUsage;
    }
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    Workspace ws(db);
    RecipientGroup group;
    if (int code = findGroup(ws, parser.value(incidentOption), parser.value(groupOption), &group, context);
        code != ExitOk)
        return code;
    if (EncryptedExport::requested(parser)) {
        EncryptedExport::RecipientList list;
        list.group = group;
        list.incidentCode = parser.value(incidentOption);
        list.format = *format;
        list.formatKey = formatKey;
        list.language = language;
        return exportEncrypted(db, parser, list,
                               parser.isSet(consignorOption) ? parser.value(consignorOption) : QString(), out,
                               context);
    }
    return CliSupport::runExport(db, context, out, [&](ExportRecord* record) {
        StorageError storage;
        const RecipientFileResult result = ws.recipients().writeGroupFile(
            group, parser.value(incidentOption), out, *format, language, record, &storage);
        if (storage)
            return CliSupport::fail(context, storage);
        if (!result.ok()) {
            context.err << tr("Cannot write %1: %2").arg(out, result.error) << '\n';
            return int(ExitOutputFailed);
        }
        for (const UnwritableChar& u : result.unwritable)
            context.err << tr("row %1, column %2: %3 cannot be written in CP932; written as ?")
                               .arg(u.row)
                               .arg(u.column + 1)
                               .arg(describeCodePoint(u.codePoint))
                        << '\n';
        CliSupport::reportStream(context, out)
            << tr("Exported %n recipient(s) of %1 to %2", nullptr, result.rows).arg(group.key, out) << '\n';
        return int(ExitOk);
    });
}

} // namespace bd
