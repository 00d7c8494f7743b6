#include "keycommands.h"

#include "database.h"
#include "outputfile.h"

namespace bd {

int signingKeyExitCode(SigningKey::Problem problem)
{
    switch (problem) {
    case SigningKey::Problem::None:
        return ExitOk;
    case SigningKey::Problem::NotWritten:
    case SigningKey::Problem::NoCrypto:
        return ExitOutputFailed;
    case SigningKey::Problem::Missing:
    case SigningKey::Problem::Refused:
    case SigningKey::Problem::Damaged:
        break;
    }
    return ExitInvalidInput;
}

QString KeyCommand::summary() const
{
    return tr("Show your signing key's fingerprint, or export its public key, for whoever checks your "
              "archives.");
}

int KeyCommand::run(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    CliSupport::setUp(parser, summary());
    const QCommandLineOption showOption(
        QStringLiteral("show"), tr("Print the fingerprint of your signing key (made now if you have none)."));
    const QCommandLineOption exportOption(
        QStringLiteral("export-public"),
        tr("Write your public key to OUT (- for standard output), for verify-archive --key."), tr("OUT"));
    parser.addOption(showOption);
    parser.addOption(exportOption);
    if (int code = CliSupport::parse(parser, arguments, context); code >= 0)
        return code;
    if ((!parser.isSet(showOption) && !parser.isSet(exportOption)) ||
        !parser.positionalArguments().isEmpty()) {
        context.err << tr("Usage: breachdesk key --show | --export-public OUT") << '\n';
        return ExitUsage;
    }
    // The workspace is not opened: it only tells which folder the key must stay out of.
    const QString workspace = parser.isSet(QStringLiteral("workspace"))
                                  ? parser.value(QStringLiteral("workspace"))
                                  : Database::defaultWorkspacePath();
    const SigningKey::Loaded loaded = SigningKey::loadOrCreate(workspace);
    if (!loaded.key) {
        context.err << tr("Error: %1").arg(loaded.error) << '\n';
        return signingKeyExitCode(loaded.problem);
    }
    const QString fingerprint = loaded.key->fingerprint();
    if (loaded.created)
        context.err << tr("A new signing key was made: %1. Give its fingerprint to whoever checks your "
                          "archives by another way than the archives themselves (in person, by telephone).")
                           .arg(loaded.path)
                    << '\n';
    // With "-" the public key itself is on standard output: the fingerprint then goes to standard error.
    QTextStream* report = &context.out;
    if (parser.isSet(exportOption)) {
        const QString path = parser.value(exportOption);
        const QByteArray file = loaded.key->publicKey().toFile();
        // The secret key file can never be the target, even through a link.
        OutputFile out(path, {loaded.path});
        if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit()) {
            context.err << tr("Error: %1").arg(out.errorString()) << '\n'
                        << tr("Nothing was written under %1.").arg(path) << '\n';
            return ExitOutputFailed;
        }
        if (out.isStream())
            report = &context.err;
        else
            context.out << tr("Wrote the public key %1 to %2.").arg(fingerprint, path) << '\n';
    }
    if (parser.isSet(showOption))
        *report << fingerprint << '\n';
    return ExitOk;
}

} // namespace bd
