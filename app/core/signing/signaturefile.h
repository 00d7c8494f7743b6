// A detached signature of one file, as a small JSON file beside it (the incident archive's "manifest.sig"
// signs its "manifest.json"; the format is in docs/signing.md): the algorithm, the name of the signed file,
// the signer's public key and fingerprint, and the Ed25519 signature of the signed file's exact bytes.
#pragma once

#include "publickey.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

class SigningKey;

inline constexpr auto SignatureFileFormat = "breachdesk-signature";

class SignatureFile
{
    Q_DECLARE_TR_FUNCTIONS(bd::SignatureFile)
public:
    // The signature file for `message`, the content of the file named `signedName`.
    static QByteArray make(const SigningKey& key, const QByteArray& message, const QString& signedName);

    struct Check
    {
        enum class Status
        {
            Valid,
            Damaged,  // not a signature file this program can read (see `problem`)
            Mismatch, // well formed, but not a signature of these bytes by the key it names
        };
        Status status = Status::Damaged;
        QString fingerprint; // of the key the file names (when it names a valid one)
        QString problem;     // translated reason, for Damaged
        bool valid() const { return status == Status::Valid; }
    };
    // Checks that `file` is a signature of exactly `message` under the name `signedName`.
    static Check check(const QByteArray& file, const QByteArray& message, const QString& signedName);
};

} // namespace bd
