#include "archivecommands.h"

#include "database.h"
#include "encryptedexport.h"
#include "filingarchive.h"

#include <QDateTime>

namespace bd {

QString ExportArchiveCommand::summary() const
{
    return tr("Write an incident's whole record (issued documents, register, obligations, audit trail) as "
              "one zip with a SHA-256 manifest.");
}

int ExportArchiveCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption incidentOption(QStringLiteral("incident"), tr("The incident's code."),
                                            tr("CODE"));
    parser.addOption(incidentOption);
    EncryptedExport::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The zip file to write; - for standard output."),
                                 QStringLiteral("OUT.zip"));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (!parser.isSet(incidentOption) || parser.positionalArguments().size() != 1) {
        context.err
            << tr("Usage: breachdesk export-archive --incident CODE [--encrypt-to KEY [--armor]] OUT.zip")
            << '\n';
        return ExitUsage;
    }
    if (int code = EncryptedExport::checkUsage(parser, context); code >= 0)
        return code;
    Database db;
    if (int code = CliSupport::openWorkspace(parser, db, context, OpenMode::PreferWrite); code != ExitOk)
        return code;
    qint64 id = 0;
    if (int code = CliSupport::findIncident(db, parser.value(incidentOption), &id, context); code != ExitOk)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    if (EncryptedExport::requested(parser)) {
        OpenPgpEncryptor encryptor;
        if (int code = EncryptedExport::chooseKey(parser, path, &encryptor, context); code != ExitOk)
            return code;
        return EncryptedExport::archive(db, id, path, encryptor, context);
    }
    const FilingArchive::Written written = FilingArchive::write(db, id, QDateTime::currentDateTime(), path);
    if (written.storage)
        return CliSupport::fail(context, written.storage);
    if (!written.ok) {
        context.err << tr("Error: %1").arg(written.outputError) << '\n'
                    << tr("Nothing was written under %1 and nothing was recorded.").arg(path) << '\n';
        return ExitOutputFailed;
    }
    // With "-" the archive itself is on standard output: the report goes to standard error.
    QTextStream& report = written.stream ? context.err : context.out;
    report << tr("Wrote %1: %n file(s), manifest SHA-256 %2.", nullptr, written.files)
                  .arg(path, QString::fromLatin1(written.manifestSha256))
           << '\n';
    if (!written.recorded)
        context.err << CliSupport::tr("The workspace is read-only: this export is not recorded in its audit "
                                      "trail.")
                    << '\n';
    return ExitOk;
}

QString VerifyArchiveCommand::summary() const
{
    return tr("Check an archive written by export-archive against its manifest of SHA-256 hashes.");
}

int VerifyArchiveCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("The zip file to check."),
                                 QStringLiteral("ARCHIVE.zip"));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk verify-archive ARCHIVE.zip") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    const FilingArchive::Verification check = FilingArchive::verify(path);
    if (!check.ok) {
        context.err << tr("%1 does not match its manifest:").arg(path) << '\n';
        for (const QString& problem : check.problems)
            context.err << "  " << problem << '\n';
        return ExitInvalidInput;
    }
    context.out << tr("%1 is intact: the %n file(s) of its manifest are unchanged (SHA-256 %2).", nullptr,
                      check.files)
                       .arg(path, QString::fromLatin1(check.manifestSha256))
                << '\n';
    return ExitOk;
}

} // namespace bd
