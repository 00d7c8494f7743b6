#include "encryptedexport.h"

#include "filingarchive.h"
#include "handoverrepository.h"
#include "outputfile.h"

#include <QBuffer>
#include <QFileInfo>

#include <cstring>

namespace bd {

namespace {

QCommandLineOption encryptToOption()
{
    return QCommandLineOption(
        QStringLiteral("encrypt-to"),
        EncryptedExport::tr(
            "Encrypt the file with OpenPGP for this key only: a fingerprint, key id or e-mail "
            "address in your GnuPG keyring (GNUPGHOME), or a public key file (used for this "
            "export only; your keyring is not changed)."),
        EncryptedExport::tr("KEY"));
}

QCommandLineOption armorOption()
{
    return QCommandLineOption(
        QStringLiteral("armor"),
        EncryptedExport::tr("With --encrypt-to: ASCII-armoured text instead of binary."));
}

// "ABCD 1234 …" as gpg --fingerprint shows it, for reading aloud against the addressee's copy.
QString groupedFingerprint(const QByteArray& fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        groups << QString::fromLatin1(fingerprint.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

// The name stored inside the message: the output's name without .gpg, .pgp or .asc.
QString innerName(const QString& path)
{
    if (path == QLatin1String("-"))
        return {};
    QString name = QFileInfo(path).fileName();
    for (const QLatin1String suffix : {QLatin1String(".gpg"), QLatin1String(".pgp"), QLatin1String(".asc")})
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            name.chop(suffix.size());
    return name;
}

// Overwrites plain personal data in memory once it is encrypted (best effort: copies Qt made are not
// reached).
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// Opens `out` and writes `plain` encrypted into it (not committed). ExitOk, or ExitOutputFailed after saying
// why; then nothing is left under the output's name.
int encryptInto(OutputFile& out, const QByteArray& plain, OpenPgpEncryptor& encryptor, CliContext& context)
{
    encryptor.setInnerFileName(innerName(out.path()));
    QString error;
    if (!out.open(QIODevice::WriteOnly))
        error = out.errorString();
    else if (!encryptor.encrypt(plain, &out))
        error = encryptor.errorString();
    if (error.isEmpty())
        return ExitOk;
    out.cancel();
    context.err
        << CliSupport::tr("Error: %1").arg(error) << '\n'
        << EncryptedExport::tr("Nothing was written under %1 and nothing was recorded.").arg(out.path())
        << '\n';
    return ExitOutputFailed;
}

// How the audit entry names the key: its fingerprint only, never the user id (it names a person).
QString encryptedFor(const OpenPgpEncryptor& encryptor)
{
    return QStringLiteral("encrypted for openpgp:") + QString::fromLatin1(encryptor.recipient().fingerprint);
}

int commitFailed(OutputFile& out, CliContext& context)
{
    context.err
        << CliSupport::tr("Error: %1").arg(out.errorString()) << '\n'
        << EncryptedExport::tr("Nothing was written under %1 and nothing was recorded.").arg(out.path())
        << '\n';
    return ExitOutputFailed;
}

} // namespace

void EncryptedExport::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({encryptToOption(), armorOption()});
}

bool EncryptedExport::requested(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("encrypt-to"));
}

int EncryptedExport::checkUsage(const QCommandLineParser& parser, CliContext& context)
{
    if (parser.isSet(QStringLiteral("armor")) && !requested(parser)) {
        context.err << tr("--armor goes with --encrypt-to KEY.") << '\n';
        return ExitUsage;
    }
    return -1;
}

int EncryptedExport::chooseKey(const QCommandLineParser& parser, const QString& outputPath,
                               OpenPgpEncryptor* encryptor, CliContext& context)
{
    if (!encryptor->setRecipient(parser.value(QStringLiteral("encrypt-to")))) {
        context.err << tr("Error: %1").arg(encryptor->errorString()) << '\n'
                    << tr("Nothing was written.") << '\n';
        return ExitInvalidInput;
    }
    encryptor->setArmor(parser.isSet(QStringLiteral("armor")));
    const OpenPgpKey& key = encryptor->recipient();
    CliSupport::reportStream(context, outputPath)
        << tr("Encrypting for the OpenPGP key %1 “%2” (trusted because you named it: check this fingerprint "
              "with its owner).")
               .arg(groupedFingerprint(key.fingerprint), key.userId)
        << '\n';
    return ExitOk;
}

int EncryptedExport::archive(Database& db, qint64 incidentId, const QString& path,
                             OpenPgpEncryptor& encryptor, const SigningKey& key, CliContext& context)
{
    return CliSupport::runExport(db, context, path, [&](ExportRecord* record) {
        FilingArchive::Built built;
        StorageError storage;
        QString error;
        if (!FilingArchive::build(db, incidentId, QDateTime::currentDateTime(), key, &built, &storage,
                                  &error)) {
            if (storage)
                return CliSupport::fail(context, storage);
            context.err << CliSupport::tr("Error: %1").arg(error) << '\n';
            return int(ExitOutputFailed);
        }
        OutputFile out(path, db.files());
        const int code = encryptInto(out, built.zip, encryptor, context);
        wipe(built.zip);
        if (code != ExitOk)
            return code;
        if (!out.commit())
            return commitFailed(out, context);
        *record = {incidentId,
                   built.incidentCode,
                   QStringLiteral("archive"),
                   QStringLiteral("manifest sha256:%1, %2")
                       .arg(QString::fromLatin1(built.manifestSha256), encryptedFor(encryptor)),
                   built.files,
                   out.sha256()};
        CliSupport::reportStream(context, path)
            << tr("Wrote %1, encrypted: %n file(s), manifest SHA-256 %2; SHA-256 of the encrypted file %3.",
                  nullptr, built.files)
                   .arg(path, QString::fromLatin1(built.manifestSha256), QString::fromLatin1(out.sha256()))
            << '\n';
        return int(ExitOk);
    });
}

int EncryptedExport::recipients(Database& db, const RecipientList& list, const QString& path,
                                OpenPgpEncryptor& encryptor, CliContext& context)
{
    RecipientRepository repo(db);
    const int code = CliSupport::runExport(db, context, path, [&](ExportRecord* record) {
        StorageError storage;
        int unnamed = 0; // rows naming no consignor client, left out of a consignor's list
        QByteArray plain;
        QBuffer buffer(&plain);
        const RecipientFileResult result = writeRecipientData(
            &buffer, list.format, list.language, QFileInfo(innerName(path)).completeBaseName(),
            [&](const RecipientVisitor& visit) {
                unnamed = 0; // the stream runs twice (recipientexport.h): the last run's count stands
                return repo.forEach(
                           list.group.id, false,
                           [&](const Recipient& r) {
                               if (!list.consignor || list.consignor->contains(r))
                                   return visit(r);
                               if (r.organisation.trimmed().isEmpty())
                                   ++unnamed;
                               return true;
                           },
                           &storage) &&
                       !storage;
            });
        buffer.close();
        if (storage || !result.ok()) {
            wipe(plain);
            if (storage)
                return CliSupport::fail(context, storage);
            context.err << tr("Cannot write %1: %2").arg(path, result.error) << '\n';
            return int(ExitOutputFailed);
        }
        if (list.consignor && result.rows == 0) {
            context.err << tr("No recipient of the group %1 belongs to the consignor client %2 (by its "
                              "organisation): nothing was written.")
                               .arg(list.group.key, list.consignor->name())
                        << '\n';
            return int(ExitInvalidInput);
        }
        OutputFile out(path, db.files());
        const int encrypted = encryptInto(out, plain, encryptor, context);
        wipe(plain);
        if (encrypted != ExitOk)
            return encrypted;
        // The hand-over joins the export's transaction: it stands only if the file is committed and the
        // audit entry after it too.
        if (list.consignor && !db.isReadOnly()) {
            HandoverRecord handover;
            handover.incidentId = list.group.incidentId;
            handover.consignor = list.consignor->name();
            handover.groupKey = list.group.key;
            handover.format = list.formatKey;
            handover.keyFingerprint = encryptor.recipient().fingerprint;
            handover.rows = result.rows;
            handover.sha256 = out.sha256();
            if (!HandoverRepository(db).add(handover, &storage)) {
                out.cancel();
                return CliSupport::fail(context, storage);
            }
        }
        if (!out.commit())
            return commitFailed(out, context);
        for (const UnwritableChar& u : result.unwritable)
            context.err << tr("row %1, column %2: %3 cannot be written in CP932; written as ?")
                               .arg(u.row)
                               .arg(u.column + 1)
                               .arg(describeCodePoint(u.codePoint))
                        << '\n';
        QString detail = list.group.key + QStringLiteral(", ") + list.formatKey;
        if (list.consignor)
            detail += QStringLiteral(", consignor ") + list.consignor->name();
        detail += QStringLiteral(", ") + encryptedFor(encryptor);
        *record = {list.group.incidentId, list.incidentCode, QStringLiteral("recipients"), detail,
                   result.rows,           out.sha256()};
        QTextStream& report = CliSupport::reportStream(context, path);
        if (list.consignor) {
            report << tr("Exported %n recipient(s) of %1 belonging to %2 to %3, encrypted (SHA-256 %4).",
                         nullptr, result.rows)
                          .arg(list.group.key, list.consignor->name(), path,
                               QString::fromLatin1(out.sha256()))
                   << '\n';
            if (unnamed > 0)
                report << tr("%n recipient(s) of the group name no consignor client (organisation) and were "
                             "left out.",
                             nullptr, unnamed)
                       << '\n';
        } else {
            report << tr("Exported %n recipient(s) of %1 to %2, encrypted (SHA-256 %3).", nullptr,
                         result.rows)
                          .arg(list.group.key, path, QString::fromLatin1(out.sha256()))
                   << '\n';
        }
        return int(ExitOk);
    });
    if (code == ExitOk && list.consignor && db.isReadOnly())
        context.err << tr("The hand-over is not entered in the filing register either.") << '\n';
    return code;
}

} // namespace bd
