#include "archivecommands.h"

#include "database.h"
#include "encryptedexport.h"
#include "filingarchive.h"
#include "fingerprint.h"
#include "keycommands.h"
#include "publickey.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace bd {

QString ExportArchiveCommand::summary() const
{
    return tr("Write an incident's whole record (issued documents, register, obligations, audit trail) as "
              "one zip with a SHA-256 manifest, signed with your key.");
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
    // The key first: a key that cannot be had stops the export before anything is written.
    const SigningKey::Loaded key = SigningKey::loadOrCreate(db.path());
    if (!key.key) {
        context.err << tr("Error: %1").arg(key.error) << '\n'
                    << tr("Nothing was written under %1 and nothing was recorded.").arg(path) << '\n';
        return signingKeyExitCode(key.problem);
    }
    if (key.created)
        context.err << tr("A new signing key was made: %1. Its fingerprint is %2; give it to whoever checks "
                          "your archives by another way than the archives themselves (in person, by "
                          "telephone).")
                           .arg(key.path, key.key->fingerprint())
                    << '\n';
    if (EncryptedExport::requested(parser)) {
        OpenPgpEncryptor encryptor;
        if (int code = EncryptedExport::chooseKey(parser, path, &encryptor, context); code != ExitOk)
            return code;
        return EncryptedExport::archive(db, id, path, encryptor, *key.key, context);
    }
    const FilingArchive::Written written =
        FilingArchive::write(db, id, QDateTime::currentDateTime(), path, *key.key);
    if (written.storage)
        return CliSupport::fail(context, written.storage);
    if (!written.ok) {
        context.err << tr("Error: %1").arg(written.outputError) << '\n'
                    << tr("Nothing was written under %1 and nothing was recorded.").arg(path) << '\n';
        return ExitOutputFailed;
    }
    // With "-" the archive itself is on standard output: the report goes to standard error.
    QTextStream& report = written.stream ? context.err : context.out;
    report << tr("Wrote %1: %n file(s), manifest SHA-256 %2, signed by %3.", nullptr, written.files)
                  .arg(path, QString::fromLatin1(written.manifestSha256), written.signer)
           << '\n';
    if (!written.recorded)
        context.err << CliSupport::tr("The workspace is read-only: this export is not recorded in its audit "
                                      "trail.")
                    << '\n';
    return ExitOk;
}

QString VerifyArchiveCommand::summary() const
{
    return tr("Check an archive written by export-archive: its files against its manifest of SHA-256 hashes, "
              "and the manifest's signature.");
}

int VerifyArchiveCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        tr("Whose key must have signed it: the fingerprint you were given (ed25519:…), or a public key file "
           "made by breachdesk key --export-public."),
        tr("FINGERPRINT|FILE"));
    parser.addOption(keyOption);
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("The zip file to check."),
                                 QStringLiteral("ARCHIVE.zip"));
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: breachdesk verify-archive [--key FINGERPRINT|FILE] ARCHIVE.zip") << '\n';
        return ExitUsage;
    }
    QString expected;
    if (parser.isSet(keyOption)) {
        QString error;
        expected = expectedSigner(parser.value(keyOption), &error);
        if (expected.isEmpty()) {
            context.err << tr("Error: %1").arg(error) << '\n';
            return ExitInvalidInput;
        }
    }
    const QString path = parser.positionalArguments().constFirst();
    const FilingArchive::Verification check = FilingArchive::verify(path, expected);
    if (!check.ok) {
        context.err << (check.contentOk() ? tr("%1 cannot be trusted:").arg(path)
                                          : tr("%1 does not match its manifest:").arg(path))
                    << '\n';
        for (const QString& problem : check.problems)
            context.err << "  " << problem << '\n';
        return ExitInvalidInput;
    }
    context.out << tr("%1 is intact: the %n file(s) of its manifest are unchanged (SHA-256 %2).", nullptr,
                      check.files)
                       .arg(path, QString::fromLatin1(check.manifestSha256))
                << '\n'
                << tr("Signed by %1.").arg(check.signer) << '\n';
    if (expected.isEmpty())
        context.out
            << tr("Compare this fingerprint with the one the sender gave you in advance (in person, by "
                  "telephone): anyone can sign an archive with a key of their own. --key checks it for "
                  "you.")
            << '\n';
    else
        context.out << tr("This is the key you gave with --key.") << '\n';
    return ExitOk;
}

QString VerifyArchiveCommand::expectedSigner(const QString& value, QString* error)
{
    if (QFileInfo(value).isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("--key: %1 cannot be read: %2.").arg(value, file.errorString());
            return {};
        }
        QString why;
        const std::optional<PublicKey> key = PublicKey::fromFile(file.read(MaxKeyFileSize + 1), &why);
        if (!key)
            *error = tr("--key: %1 is not a public key file (%2).").arg(value, why);
        return key ? key->fingerprint() : QString();
    }
    const QString fingerprint = canonicalFingerprint(value);
    if (fingerprint.isEmpty())
        *error = tr("--key: %1 is neither a fingerprint (ed25519: and 52 letters A–Z, 2–7) nor a public key "
                    "file.")
                     .arg(value);
    return fingerprint;
}

} // namespace bd
