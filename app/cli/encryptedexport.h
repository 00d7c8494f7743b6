// export-archive and export-recipients with --encrypt-to KEY: the file is made in memory, encrypted for one
// OpenPGP key (app/core/handover/openpgpencryptor.h) and only the encrypted bytes are written, through
// OutputFile (temporary file and rename; "-" for standard output). The plain file never reaches a disk. The
// audit entry records the key's fingerprint and the SHA-256 of the encrypted file; a consignor client's own
// list (export-recipients --consignor) is also entered in the filing register as a hand-over.
#pragma once

#include "clicommand.h"
#include "consignorrows.h"
#include "openpgpencryptor.h"
#include "recipientexport.h"
#include "recipientrepository.h"

#include <optional>

namespace bd {

class SigningKey;

class EncryptedExport
{
    Q_DECLARE_TR_FUNCTIONS(bd::EncryptedExport)
public:
    // Adds --encrypt-to KEY and --armor to `parser`.
    static void addOptions(QCommandLineParser& parser);
    static bool requested(const QCommandLineParser& parser);
    // -1 to go on, or ExitUsage after saying why (--armor without --encrypt-to).
    static int checkUsage(const QCommandLineParser& parser, CliContext& context);
    // Chooses the key --encrypt-to names and prints its full fingerprint and user id for the officer to
    // check. ExitOk, or ExitInvalidInput after saying why (unknown, ambiguous, expired, revoked …).
    static int chooseKey(const QCommandLineParser& parser, const QString& outputPath,
                         OpenPgpEncryptor* encryptor, CliContext& context);

    // The incident's archive (FilingArchive), its manifest signed with `key`, encrypted.
    static int archive(Database& db, qint64 incidentId, const QString& path, OpenPgpEncryptor& encryptor,
                       const SigningKey& key, CliContext& context);

    struct RecipientList
    {
        RecipientGroup group;
        QString incidentCode;
        RecipientFileFormat format = RecipientFileFormat::CsvUtf8;
        QString formatKey;
        QString language;
        std::optional<ConsignorRows> consignor; // only this client's rows, recorded as a hand-over
    };
    // A recipient group, or one consignor client's rows of it, encrypted.
    static int recipients(Database& db, const RecipientList& list, const QString& path,
                          OpenPgpEncryptor& encryptor, CliContext& context);
};

} // namespace bd
