#include "lettercommands.h"

#include "addresswindow.h"
#include "filingservice.h"
#include "workspace.h"

#include "builtintemplates.h"
#include "database.h"
#include "incidentrepository.h"
#include "japaneseformat.h"
#include "letterissue.h"
#include "lettersession.h"
#include "printsettings.h"

#include <QDir>
#include <QFileInfo>

#include <QElapsedTimer>

namespace bd {

namespace {

// "letter" and "consignor" stand for the built-in kinds; full kind names work too.
QString kindFromOption(const QString& value)
{
    if (value == QLatin1String("letter"))
        return QString::fromLatin1(TemplateKind::LetterIndividual);
    if (value == QLatin1String("consignor"))
        return QString::fromLatin1(TemplateKind::ConsignorNotice);
    return value;
}

QString place(const QString& kind, Lang lang, const Problem& p)
{
    QString where = QStringLiteral("%1.%2").arg(kind, langKey(lang));
    if (p.line > 0)
        where += ExportLettersCommand::tr(", line %1, column %2").arg(p.line).arg(p.column);
    return where;
}

} // namespace

QString ExportLettersCommand::summary() const
{
    return tr("Write a recipient group's letters as PDF (merged, or one file per recipient).");
}

int ExportLettersCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
                                         tr("The recipient group's key (employees, consignor_clients, …)."),
                                         tr("KEY"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("ja or en for every letter; auto (the default): each recipient's language, else the group's."),
        tr("LANG"), QStringLiteral("auto"));
    const QCommandLineOption mergedOption(
        QStringLiteral("merged"),
        tr("One PDF with every letter, each starting on a new page; - for standard output."), tr("OUT.pdf"));
    const QCommandLineOption eachOption(
        QStringLiteral("each"),
        tr("A new or empty folder for one PDF per recipient and a manifest.json listing them; it appears "
           "complete or not at all, and a folder that holds anything is refused."),
        tr("DIR"));
    const QCommandLineOption patternOption(
        QStringLiteral("pattern"),
        tr("File names for --each, from {group}, {row}, {name}, {lang}, {index} and {id}."), tr("PATTERN"),
        QStringLiteral("{group}-{row}-{name}"));
    const QCommandLineOption dateOption(QStringLiteral("date-style"),
                                        tr("seireki (2024年12月25日) or wareki (令和6年12月25日); default: "
                                           "the document's setting."),
                                        tr("STYLE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("letter (to individuals, the default) or consignor (to consignor "
                                           "clients)."),
                                        tr("KIND"), QStringLiteral("letter"));
    const QCommandLineOption todayOption(QStringLiteral("date"),
                                         tr("The letters' date (YYYY-MM-DD); default: today."), tr("DATE"));
    const QCommandLineOption issueOption(
        QStringLiteral("issue"),
        tr("Issue the letters: written without the 「下書き」/DRAFT mark and recorded as an issued batch "
           "(the "
           "files' SHA-256 among it). Without it, letters are drafts, or copies of the batch issued."));
    const QCommandLineOption reissueOption(
        QStringLiteral("reissue"),
        tr("Issue the letters again although a batch of them was issued, for this reason (recorded with the "
           "new batch)."),
        tr("REASON"));
    const QCommandLineOption draftOption(
        QStringLiteral("draft"),
        tr("A draft (marked on every page) even when the letters were issued: the current text."));
    const QCommandLineOption padOption(
        QStringLiteral("pad-even"),
        tr("Pad each letter to an even page count for duplex printing, so that no letter starts on the back "
           "of another's sheet (the default with --merged)."));
    const QCommandLineOption noPadOption(QStringLiteral("no-pad"), tr("Do not pad letters to even pages."));
    const QCommandLineOption manifestOption(
        QStringLiteral("manifest"),
        tr("The CSV manifest for checking the enveloping (sequence, recipient id, pages, control numbers); "
           "default: beside the merged PDF as NAME.manifest.csv. --each folders hold a manifest.csv too."),
        tr("FILE"));
    const QCommandLineOption envelopeOption(
        QStringLiteral("envelope"),
        tr("naga3: lay the address block out for a 長形3号 window envelope (A4 folded in three)."),
        tr("TYPE"));
    const QCommandLineOption windowOption(
        QStringLiteral("window"),
        tr("The envelope window in millimetres from the sheet's top left corner: X,Y,WIDTH,HEIGHT (default: "
           "the workspace's, else 23,13,90,45)."),
        tr("X,Y,W,H"));
    const QCommandLineOption saveWindowOption(
        QStringLiteral("save-window"), tr("Keep --window as the workspace's default window for --envelope."));
    parser.addOptions({incidentOption, groupOption, langOption, mergedOption, eachOption, patternOption,
                       dateOption, kindOption, todayOption, issueOption, reissueOption, draftOption,
                       padOption, noPadOption, manifestOption, envelopeOption, windowOption,
                       saveWindowOption});
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    const QString usage =
        tr("Usage: breachdesk export-letters --incident CODE --group KEY [--lang ja|en|auto] "
           "(--merged OUT.pdf | --each DIR [--pattern P]) [--date-style seireki|wareki] "
           "[--kind letter|consignor] [--date YYYY-MM-DD] [--issue [--reissue REASON] | --draft] "
           "[--pad-even | --no-pad] [--manifest FILE] [--envelope naga3 [--window X,Y,W,H [--save-window]]]");
    if (!parser.isSet(incidentOption) || !parser.isSet(groupOption) ||
        (!parser.isSet(mergedOption) && !parser.isSet(eachOption)) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << usage << '\n';
        return ExitUsage;
    }
    const bool issuing = parser.isSet(issueOption) || parser.isSet(reissueOption);
    if (issuing && parser.isSet(draftOption)) {
        context.err << tr("--draft and --issue exclude each other.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(reissueOption) && parser.value(reissueOption).trimmed().isEmpty()) {
        context.err << tr("--reissue needs the reason the letters are issued again.") << '\n';
        return ExitUsage;
    }
    // An issued batch is one output: one merged PDF, or one PDF per recipient.
    if (!parser.isSet(draftOption) && parser.isSet(mergedOption) && parser.isSet(eachOption)) {
        context.err << tr("Issued letters, and copies of them, are either --merged or --each: choose one (or "
                          "--draft for both).")
                    << '\n';
        return ExitUsage;
    }
    if (parser.isSet(padOption) && parser.isSet(noPadOption)) {
        context.err << tr("--pad-even and --no-pad exclude each other.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(envelopeOption) && parser.value(envelopeOption) != QLatin1String("naga3")) {
        context.err << tr("--envelope must be naga3.") << '\n';
        return ExitUsage;
    }
    QRectF window;
    if (parser.isSet(windowOption) && !windowFromText(parser.value(windowOption), &window)) {
        context.err << tr("--window must be X,Y,WIDTH,HEIGHT in millimetres, inside an A4 sheet, e.g. "
                          "23,13,90,45.")
                    << '\n';
        return ExitUsage;
    }
    if ((parser.isSet(windowOption) && !parser.isSet(envelopeOption) && !parser.isSet(saveWindowOption)) ||
        (parser.isSet(saveWindowOption) && !parser.isSet(windowOption))) {
        context.err << tr("--window goes with --envelope naga3, and --save-window with --window.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(manifestOption) && parser.value(manifestOption).isEmpty()) {
        context.err << tr("--manifest needs a file name.") << '\n';
        return ExitUsage;
    }
    LetterRequest request;
    request.groupKey = parser.value(groupOption);
    request.kind = kindFromOption(parser.value(kindOption));
    if (!letterLanguageFromKey(parser.value(langOption), &request.language)) {
        context.err << tr("--lang must be ja, en or auto.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(dateOption)) {
        DateStyle style;
        if (!dateStyleFromKey(parser.value(dateOption), &style)) {
            context.err << tr("--date-style must be seireki or wareki.") << '\n';
            return ExitUsage;
        }
        request.dateStyle = style;
    }
    if (parser.isSet(todayOption)) {
        request.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!request.today.isValid()) {
            context.err << tr("--date must be a date like 2024-12-25.") << '\n';
            return ExitUsage;
        }
    }
    if (request.kind == QLatin1String(TemplateKind::CoverEmail)) {
        context.err << tr("The cover e-mail is text, not a letter: use --kind letter or consignor.") << '\n';
        return ExitUsage;
    }

    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    if (int code = CliSupport::findIncident(db, parser.value(incidentOption), &request.incidentId, context);
        code != ExitOk)
        return code;
    LetterSession session;
    QString error;
    if (!session.load(db, request, &error)) {
        context.err << tr("Error: %1").arg(error) << '\n';
        return ExitInvalidInput;
    }
    const LetterIntent intent = issuing                     ? LetterIntent::Issue
                                : parser.isSet(draftOption) ? LetterIntent::Draft
                                                            : LetterIntent::Default;
    LetterPlan plan;
    StorageError storage;
    if (!LetterIssue::plan(db, session, intent, parser.value(reissueOption), !parser.isSet(eachOption), &plan,
                           &error, &storage)) {
        if (storage)
            return CliSupport::fail(context, storage);
        context.err << tr("Error: %1").arg(error) << '\n';
        return ExitInvalidInput;
    }
    if (plan.role == LetterRole::Issue && db.isReadOnly())
        return CliSupport::fail(
            context, StorageError::make(StorageError::ReadOnly,
                                        tr("The workspace is read-only: letters can be issued only where the "
                                           "batch can be recorded.")));
    // How the letters are laid out for printing and enveloping (printlayout.h).
    PrintSettings settings(db);
    if (parser.isSet(saveWindowOption)) {
        if (!settings.setValue(QString::fromLatin1(Naga3WindowSetting), windowText(window), &storage))
            return CliSupport::fail(context, storage);
    }
    PrintLayout layout;
    layout.padEven = parser.isSet(padOption) || (parser.isSet(mergedOption) && !parser.isSet(noPadOption));
    if (parser.isSet(envelopeOption)) {
        layout.windowMm = window;
        if (window.isNull() &&
            !windowFromText(settings.value(QString::fromLatin1(Naga3WindowSetting), {}, &storage),
                            &layout.windowMm))
            layout.windowMm = naga3WindowMm();
    }
    if (plan.isCopy()) {
        // A copy is laid out as the batch was.
        const bool conflict = (parser.isSet(padOption) && !plan.layout.padEven) ||
                              (parser.isSet(noPadOption) && plan.layout.padEven) ||
                              (parser.isSet(envelopeOption) && plan.layout.windowMm != layout.windowMm);
        if (conflict) {
            context.err << tr("Error: batch %1 was issued with the print layout \"%2\"; a copy of it is laid "
                              "out the same way: leave out --pad-even, --no-pad and --envelope, or ask for a "
                              "--draft.")
                               .arg(plan.issued->id)
                               .arg(plan.issued->layout.isEmpty() ? tr("none") : plan.issued->layout)
                        << '\n';
            return ExitInvalidInput;
        }
        layout = plan.layout;
    } else if (plan.role == LetterRole::Issue) {
        plan.batchId = LetterBatchRepository(db).nextId(&storage);
        if (storage)
            return CliSupport::fail(context, storage);
    }
    if (plan.isCopy()) {
        // A copy is made exactly as the batch was: its date, language and date style.
        const LetterRequest copy = LetterIssue::copyRequest(request, *plan.issued);
        const bool conflict = (parser.isSet(todayOption) && copy.today != request.today) ||
                              (parser.isSet(langOption) && copy.language != request.language) ||
                              (parser.isSet(dateOption) && copy.dateStyle != request.dateStyle);
        if (conflict) {
            context.err << tr("Error: batch %1 was issued dated %2 (language %3, %4 dates); a copy of it is "
                              "made the same way: leave out --date, --lang and --date-style, or ask for a "
                              "--draft.")
                               .arg(plan.issued->id)
                               .arg(plan.issued->lettersDate.toString(Qt::ISODate), plan.issued->language,
                                    plan.issued->dateStyle)
                        << '\n';
            return ExitInvalidInput;
        }
        if (!session.load(db, copy, &error)) {
            context.err << tr("Error: %1").arg(error) << '\n';
            return ExitInvalidInput;
        }
    }

    // Problems first: nothing is written while there is an error.
    QElapsedTimer checkTimer;
    checkTimer.start();
    const RecipientScan scan = session.scan(db, 50, &storage);
    const qint64 checkMs = checkTimer.elapsed();
    if (storage)
        return CliSupport::fail(context, storage);
    if (scan.recipients == 0) {
        context.err << tr("The group %1 has no recipients: import them first.").arg(session.group().key)
                    << '\n';
        return ExitInvalidInput;
    }
    int errors = 0;
    for (const Lang lang : session.languages()) {
        if (scan.perLanguage[lang == Lang::Ja ? 0 : 1] == 0)
            continue;
        for (const Problem& p : session.templateProblems(lang)) {
            errors += p.isError() ? 1 : 0;
            context.err << (p.isError() ? tr("Error") : tr("Warning")) << ": " << place(request.kind, lang, p)
                        << ": " << p.message << '\n';
        }
    }
    for (const Problem& p : scan.problems)
        context.err << (p.isError() ? tr("Error") : tr("Warning")) << ": " << p.message << '\n';
    if (scan.problemCount > scan.problems.size())
        context.err
            << tr("… and %1 more problems with recipients.").arg(scan.problemCount - scan.problems.size())
            << '\n';
    errors += scan.errorCount;
    if (errors > 0) {
        context.err << tr("Nothing was written: fix the %n error(s) above first.", nullptr, errors) << '\n';
        return ExitInvalidInput;
    }

    LetterSession::Output output;
    output.mergedPath = parser.value(mergedOption);
    output.perLetterDirectory = parser.value(eachOption);
    output.pattern = parser.value(patternOption);
    output.draft = plan.role == LetterRole::Draft;
    output.layout = layout;
    output.controlBatch = plan.controlBatch();
    if (parser.isSet(manifestOption)) {
        output.manifestPath = parser.value(manifestOption);
    } else if (!output.mergedPath.isEmpty() && output.mergedPath != QLatin1String("-")) {
        const QFileInfo merged(output.mergedPath);
        output.manifestPath =
            merged.dir().filePath(merged.completeBaseName() + QStringLiteral(".manifest.csv"));
    }
    if (!output.manifestPath.isEmpty() && QFileInfo(output.manifestPath).absoluteFilePath() ==
                                              QFileInfo(output.mergedPath).absoluteFilePath()) {
        context.err << tr("--manifest must not be the merged PDF.") << '\n';
        return ExitUsage;
    }
    if (plan.isCopy())
        output.beforeCommit = LetterIssue::checkCopy(*plan.issued);
    BatchJob job = session.makeJob(db, scan.recipients, output);
    QElapsedTimer timer;
    timer.start();
    const BatchResult result = BatchRunner::run(job);
    if (result.status != BatchResult::Status::Done) {
        context.err << tr("Error: %1").arg(result.error) << '\n';
        // A folder that already holds files, or a copy that is no longer what was issued, is the caller's
        // matter; anything else is the disk's.
        return result.targetNotEmpty || result.refused ? ExitInvalidInput : ExitOutputFailed;
    }
    // The letters are complete under their final names: now they are recorded (a batch can take minutes,
    // so the workspace is not held locked while it runs). The SHA-256 is the merged PDF's, or the
    // manifest's, which lists each file's.
    LetterBatch batch;
    Workspace workspace(db);
    if (plan.role == LetterRole::Issue) {
        // Recorded only now that every file is complete under its final name: a run killed before leaves
        // no batch (and no file), one killed after this leaves the files unrecorded, never a record of files
        // that do not exist.
        batch = LetterIssue::batchFor(session, scan, plan, result);
        if (!workspace.filings().issueLetterBatch(batch, parser.value(incidentOption), &storage)) {
            context.err << tr("The letters were written but could not be recorded as issued: they are not "
                              "issued.")
                        << '\n';
            return CliSupport::fail(context, storage);
        }
    } else if (db.isReadOnly()) {
        context.err << CliSupport::tr("The workspace is read-only: this export is not recorded in its audit "
                                      "trail.")
                    << '\n';
    } else {
        const ExportRecord record{request.incidentId,
                                  parser.value(incidentOption),
                                  QStringLiteral("letters"),
                                  LetterIssue::exportDetail(session, plan),
                                  result.letters,
                                  result.outputSha256()};
        if (!workspace.filings().recordExport(record, &storage)) {
            context.err << tr("The letters were written but could not be recorded in the audit trail.")
                        << '\n';
            return CliSupport::fail(context, storage);
        }
    }
    QTextStream& report = CliSupport::reportStream(context, output.mergedPath);
    report << tr("Checked %1 recipients in %2 s.").arg(scan.recipients).arg(checkMs / 1000.0, 0, 'f', 1)
           << '\n';
    report << tr("%1 letters (Japanese %2, English %3), %4 pages in %5 s.")
                  .arg(result.letters)
                  .arg(scan.perLanguage[0])
                  .arg(scan.perLanguage[1])
                  .arg(result.pages)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
           << '\n';
    if (!result.mergedFile.isEmpty())
        report << tr("Merged PDF: %1").arg(result.mergedFile) << '\n';
    if (!output.perLetterDirectory.isEmpty()) {
        report << tr("%1 files in %2").arg(result.letterFiles.size()).arg(output.perLetterDirectory) << '\n';
        report << tr("Manifest (sequence, recipient id, file, pages, SHA-256): %1").arg(result.manifestFile)
               << '\n';
    }
    if (!result.controlBatch.isEmpty()) {
        report << tr("Every page carries its control number (%1-0001 1/2 …).").arg(result.controlBatch)
               << '\n';
        if (!result.manifestCsvFile.isEmpty())
            report << tr("Enveloping manifest (CSV): %1").arg(result.manifestCsvFile) << '\n';
        report << (result.padEven ? tr("Letters padded to an even page count for duplex printing.")
                                  : tr("Letters not padded to even pages: print them single-sided."))
               << '\n';
        if (!result.addressWindowMm.isNull())
            report << tr("Address blocks placed for a 長3 window envelope, window %1 mm.")
                          .arg(windowText(result.addressWindowMm))
                   << '\n';
    }
    if (result.windowOverflow + result.windowMissing > 0) {
        QStringList sequences;
        for (const qsizetype sequence : result.windowProblems)
            sequences.append(QString::number(sequence));
        context.err
            << tr("Warning: the address of %n letter(s) does not fit the envelope window (letters %1; "
                  "see address_window in the manifest).",
                  nullptr, result.windowOverflow + result.windowMissing)
                   .arg(sequences.join(QStringLiteral(", ")))
            << '\n';
    }
    switch (plan.role) {
    case LetterRole::Draft:
        report
            << tr("Drafts: every page is marked 下書き (English letters: DRAFT); nothing was issued (--issue "
                  "issues them).")
            << '\n';
        break;
    case LetterRole::Issue:
        report << tr("Issued as batch %1 (%2 letters dated %3); the SHA-256 of every file is recorded.")
                      .arg(batch.id)
                      .arg(batch.recipients)
                      .arg(batch.lettersDate.toString(Qt::ISODate))
               << '\n';
        break;
    case LetterRole::Copy:
        report << tr("A copy of batch %1, issued %2: the same bytes as the letters issued (every SHA-256 "
                     "checked).")
                      .arg(plan.issued->id)
                      .arg(plan.issued->issuedAt.toString(Qt::ISODate))
               << '\n';
        break;
    }
    if (result.unmappedGlyphs > 0)
        context.err << tr("Warning: %1 glyphs could not be given their text in the PDF (they print correctly "
                          "but cannot be searched).")
                           .arg(result.unmappedGlyphs)
                    << '\n';
    return ExitOk;
}

} // namespace bd
