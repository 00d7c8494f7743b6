// The incident's whole record for the file or for outside counsel, as one zip: every issued document (PDF,
// web page, template, structured content and the incident JSON it was made from), the filing register, the
// obligations with their reasons, the audit trail and the incident as it is now, with a manifest of SHA-256
// hashes that FilingArchive::verify() checks. The manifest is signed with the exporting user's Ed25519 key
// (app/core/signing; the signature is the entry "manifest.sig", see docs/signing.md), so that a file changed
// and its hash recomputed no longer verifies, and the reader can tell whose key made the archive.
#pragma once

#include "database.h"
#include "manifestarchive.h"
#include "signingkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace bd {

inline constexpr auto FilingArchiveFormat = "breachdesk-archive";
inline constexpr auto FilingArchiveManifest = "manifest.json";
inline constexpr auto FilingArchiveSignature = "manifest.sig";
// audit.json is read whole to check its chain: 256 MiB is some 500,000 entries.
inline constexpr qint64 MaxArchiveAuditSize = qint64(256) << 20;

class FilingArchive
{
    Q_DECLARE_TR_FUNCTIONS(bd::FilingArchive)
public:
    struct Written
    {
        bool ok = false;
        StorageError storage;      // the workspace could not be read or was locked (nothing written)
        QString outputError;       // the archive could not be made or written (nothing under its name)
        int files = 0;             // files in the manifest
        QByteArray manifestSha256; // hex
        QByteArray sha256;         // hex, of the zip
        bool stream = false;       // written to standard output, a device or a FIFO
        bool recorded = false;     // the audit entry was written (false for a read-only workspace)
        QString signer;            // the fingerprint of the key that signed the manifest
        SigningKey::Problem keyProblem = SigningKey::Problem::None; // the user's key could not be had
        QString keyError;                                           // … and why (nothing written)
    };
    // Writes the archive of incident `incidentId` to `path` (an OutputFile: "-" is standard output, the
    // workspace's own files are refused), its manifest signed with `key`; `now` is when the obligations are
    // evaluated. The manifest cannot hash itself: its SHA-256 and the signer's fingerprint go into the audit
    // trail, so the workspace can later tell whether an archive is the one it made.
    static Written write(Database& db, qint64 incidentId, const QDateTime& now, const QString& path,
                         const SigningKey& key);
    // The same with the user's own key (SigningKey::loadOrCreate), made if there is none yet.
    static Written write(Database& db, qint64 incidentId, const QDateTime& now, const QString& path);
    static bool write(Database& db, qint64 incidentId, const QDateTime& now, const QString& path,
                      QString* error);

    struct Verification : ArchiveVerification
    {
        enum class Signature
        {
            Unchecked,      // no valid manifest to check it against (that problem is listed)
            Missing,        // no readable manifest.sig
            Damaged,        // manifest.sig is not a signature this program reads
            Mismatch,       // not a signature of this manifest (changed, or from another archive)
            SignerMismatch, // valid, but the manifest names another signer
            WrongSigner,    // valid, by another key than the one expected
            Valid,
        };
        Signature signature = Signature::Unchecked;
        QString signer;           // the fingerprint of the key manifest.sig names, when it names one
        QString signatureProblem; // translated, also in `problems` (first); empty when Valid
        bool contentOk() const { return problems.size() == (signatureProblem.isEmpty() ? 0 : 1); }
    };
    // Streams the archive through app/core/safezip/manifestarchive.cpp: every entry hashed while it is
    // expanded, under caps on size and compression ratio; unsafe names, symbolic links, duplicates and
    // damaged entries are problems too, listed in the manifest or not. When the files match, the audit trail
    // (audit.json) is walked as its hash chain and must end at the manifest's "auditChainHead". Then checks
    // the manifest's signature and, when `expectedSigner` (a canonicalFingerprint()) is given, that it is
    // that key's. `ok` only when all of it holds.
    static Verification verify(const QString& path, const QString& expectedSigner = {});

    // The archive made in memory, neither written nor recorded: for a caller that writes it in another form
    // (export-archive --encrypt-to encrypts these bytes, so the plain zip never touches a disk).
    struct Built
    {
        QByteArray zip;
        QString incidentCode;
        int files = 0;
        QByteArray manifestSha256;
    };
    static bool build(Database& db, qint64 incidentId, const QDateTime& now, const SigningKey& key,
                      Built* built, StorageError* storage, QString* error);
    static void checkSignature(Verification* v, const QString& expectedSigner);
};

} // namespace bd
