#include "recipientcommands.h"

#include "database.h"
#include "importplan.h"
#include "incidentrepository.h"
#include "recipientexport.h"
#include "recipientrepository.h"
#include "sourcefile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace bd {

namespace {

// The incident by code and its group by key; prints why not and returns the exit code when missing.
int findGroup(Database& db, const QString& code, const QString& key, RecipientGroup* group,
              CliContext& context)
{
    qint64 incidentId = 0;
    if (int exit = CliSupport::findIncident(db, code, &incidentId, context); exit != ExitOk)
        return exit;
    StorageError error;
    RecipientRepository repo(db);
    if (!repo.ensureBuiltinGroups(incidentId, &error))
        return CliSupport::fail(context, error);
    const auto found = repo.groupByKey(incidentId, key, &error);
    if (!found) {
        if (error)
            return CliSupport::fail(context, error);
        QStringList keys;
        for (const RecipientGroup& g : repo.groups(incidentId, &error))
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

QString duplicateLine(const ImportDuplicate& d)
{
    const QString what = d.kind == DuplicateKind::Email
                             ? ImportRecipientsCommand::tr("same e-mail")
                             : ImportRecipientsCommand::tr("same name and address");
    return d.firstRow > 0 ? ImportRecipientsCommand::tr("row %1: duplicate (%2 as row %3), not imported")
                                .arg(d.recipient.sourceRow)
                                .arg(what)
                                .arg(d.firstRow)
                          : ImportRecipientsCommand::tr(
                                "row %1: duplicate (%2 as a recipient already in the group), not "
                                "imported")
                                .arg(d.recipient.sourceRow)
                                .arg(what);
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
            tr("Prints the counts and every problem (file row, column, reason). Rows that repeat an e-mail "
               "or a "
               "name and address are reported and never imported.\n"
               "When any row is rejected, NOTHING is imported and the exit code is 2, unless "
               "--import-good-rows "
               "is given: then the good rows are imported (in one transaction) and the exit code is still 2. "
               "The mapping used is remembered for the group."));
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
    parser.addOptions({incidentOption, groupOption, mappingOption, encodingOption, sheetOption,
                       goodRowsOption, dryRunOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV or XLSX file to read."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || !parser.isSet(groupOption) ||
        parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk import-recipients --incident CODE --group KEY [--mapping SPEC] "
                          "[--encoding E] [--sheet N] [--import-good-rows] [--dry-run] FILE")
                    << '\n';
        return ExitUsage;
    }
    SourceFileOptions options;
    if (parser.isSet(encodingOption)) {
        options.encoding = textEncodingFromKey(parser.value(encodingOption));
        if (!options.encoding) {
            context.err << tr("Unknown encoding %1; use UTF-8, UTF-16LE, UTF-16BE or CP932.")
                               .arg(parser.value(encodingOption))
                        << '\n';
            return ExitUsage;
        }
    }
    options.sheet = parser.value(sheetOption);
    const QString path = parser.positionalArguments().constFirst();

    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context); code != ExitOk)
        return code;
    RecipientGroup group;
    if (int code = findGroup(db, parser.value(incidentOption), parser.value(groupOption), &group, context);
        code != ExitOk)
        return code;

    SourceFile file;
    if (!file.open(path, options)) {
        context.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitInvalidInput;
    }
    RecordSource* source = file.source();
    SourceRecord header;
    bool haveHeader = false;
    while (!haveHeader && source->readNext(&header))
        haveHeader = !header.isBlank();
    if (!haveHeader && !source->errorString().isEmpty()) { // damaged, refused (a zip bomb …)
        context.err << tr("Cannot read %1: %2").arg(path, source->errorString()) << '\n';
        return ExitInvalidInput;
    }
    if (!haveHeader) {
        context.err << tr("%1 has no rows. %2").arg(path, source->errorString()).trimmed() << '\n';
        return ExitInvalidInput;
    }
    ColumnMapping mapping =
        group.columnMapping.isEmpty()
            ? ColumnMapping::guess(header.cells)
            : ColumnMapping::fromJson(QJsonDocument::fromJson(group.columnMapping.toUtf8()).object(),
                                      header.cells);
    if (parser.isSet(mappingOption)) {
        QString error;
        const auto spec = ColumnMapping::fromSpec(parser.value(mappingOption), header.cells, mapping, &error);
        if (!spec) {
            context.err << tr("Bad --mapping: %1").arg(error) << '\n';
            return ExitUsage;
        }
        mapping = *spec;
    }
    if (const QStringList invalid = mapping.validate(group.organisations); !invalid.isEmpty()) {
        for (const QString& reason : invalid)
            context.err << tr("Mapping: %1").arg(reason) << '\n';
        context.err << tr("Nothing was imported. Give the columns with --mapping.") << '\n';
        return ExitInvalidInput;
    }

    StorageError error;
    RecipientRepository repo(db);
    const ImportOptions importOptions = repo.importOptions(group, QFileInfo(path).fileName(), &error);
    if (error)
        return CliSupport::fail(context, error);
    ImportPlanner planner(header, mapping, importOptions);
    SourceRecord record;
    while (source->readNext(&record))
        planner.add(record);
    if (!source->errorString().isEmpty())
        planner.setFatalError(source->errorString());
    ImportPlan plan = planner.takePlan();

    if (file.format() == SourceFile::Format::Csv)
        context.out << tr("%1: CSV, %2").arg(path, textEncodingDisplayName(file.encoding())) << '\n';
    else
        context.out << tr("%1: XLSX").arg(path) << '\n';
    QStringList columns;
    for (int c = 0; c < header.cells.size(); ++c)
        columns.append(QStringLiteral("%1=%2")
                           .arg(mapping.field(c).isEmpty() ? QStringLiteral("ignore") : mapping.field(c))
                           .arg(c + 1));
    context.out << tr("Mapping: %1").arg(columns.join(QLatin1Char(','))) << '\n';
    context.out << plan.summary() << '\n';
    for (const ImportProblem& p : std::as_const(plan.problems))
        context.out << "  " << problemLine(p) << '\n';
    for (const ImportDuplicate& d : std::as_const(plan.duplicates))
        context.out << "  " << duplicateLine(d) << '\n';

    const bool rejected = plan.counts.rejected > 0 || plan.hasErrors();
    if (!plan.fatalError.isEmpty()) {
        context.err << tr("Cannot read %1: %2").arg(path, plan.fatalError) << '\n';
        context.err << tr("Nothing was imported: reading %1 stopped early.").arg(path) << '\n';
        return ExitInvalidInput;
    }
    if (parser.isSet(dryRunOption)) {
        context.out << tr("Dry run: nothing was saved.") << '\n';
        return rejected ? ExitInvalidInput : ExitOk;
    }
    if (rejected && !parser.isSet(goodRowsOption)) {
        context.err << tr("Nothing was imported: %n row(s) have problems.", nullptr, plan.counts.rejected)
                    << ' '
                    << tr("Fix the file, or run again with --import-good-rows to import the %n good row(s) "
                          "only.",
                          nullptr, plan.counts.accepted)
                    << '\n';
        return ExitInvalidInput;
    }
    const QString mappingJson =
        QString::fromUtf8(QJsonDocument(mapping.toJson(header.cells)).toJson(QJsonDocument::Compact));
    if (!repo.commitImport(group.id, plan.accepted, mappingJson, QFileInfo(path).fileName(), &error)) {
        context.err << tr("Nothing was imported.") << '\n';
        return CliSupport::fail(context, error);
    }
    context.out << tr("Imported %n recipient(s) into %1.", nullptr, int(plan.accepted.size())).arg(group.key)
                << '\n';
    if (rejected) {
        context.err << tr("%n row(s) with problems were not imported.", nullptr, plan.counts.rejected)
                    << '\n';
        return ExitInvalidInput;
    }
    return ExitOk;
}

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
        tr("csv (UTF-8 with BOM), csv-cp932 (Shift_JIS) or xlsx (default: xlsx for OUT.xlsx, else csv)."),
        tr("FORMAT"));
    const QCommandLineOption languageOption(
        QStringLiteral("header-language"), tr("Language of the header row: ja (default) or en."), tr("LANG"));
    parser.addOptions({incidentOption, groupOption, formatOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write."));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || !parser.isSet(groupOption) ||
        parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk export-recipients --incident CODE --group KEY "
                          "[--format csv|csv-cp932|xlsx] OUT")
                    << '\n';
        return ExitUsage;
    }
    const QString out = parser.positionalArguments().constFirst();
    const QString formatKey = parser.isSet(formatOption) ? parser.value(formatOption)
                              : out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
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
    if (int code = CliSupport::openWorkspace(parser, db, context); code != ExitOk)
        return code;
    RecipientGroup group;
    if (int code = findGroup(db, parser.value(incidentOption), parser.value(groupOption), &group, context);
        code != ExitOk)
        return code;
    StorageError storage;
    RecipientRepository repo(db);
    const RecipientFileResult result =
        writeRecipientFile(out, *format, language, [&](const RecipientVisitor& visit) {
            return repo.forEach(group.id, false, visit, &storage) && !storage;
        });
    if (storage)
        return CliSupport::fail(context, storage);
    if (!result.ok()) {
        context.err << tr("Cannot write %1: %2").arg(out, result.error) << '\n';
        return ExitInvalidInput;
    }
    for (const UnwritableChar& u : result.unwritable)
        context.err << tr("row %1, column %2: %3 cannot be written in CP932; written as ?")
                           .arg(u.row)
                           .arg(u.column + 1)
                           .arg(describeCodePoint(u.codePoint))
                    << '\n';
    context.out << tr("Exported %n recipient(s) of %1 to %2", nullptr, result.rows).arg(group.key, out)
                << '\n';
    return ExitOk;
}

} // namespace bd
