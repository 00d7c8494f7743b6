// The incident's whole record for the file or for outside counsel, as one zip: every issued document (PDF,
// web page, template, structured content and the incident JSON it was made from), the filing register, the
// obligations with their reasons, the audit trail and the incident as it is now, with a manifest of SHA-256
// hashes that FilingArchive::verify() checks.
#pragma once

#include "database.h"
#include "manifestarchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace bd {

inline constexpr auto FilingArchiveFormat = "breachdesk-archive";
inline constexpr auto FilingArchiveManifest = "manifest.json";
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
    };
    // Writes the archive of incident `incidentId` to `path` (an OutputFile: "-" is standard output, the
    // workspace's own files are refused); `now` is when the obligations are evaluated. The manifest cannot
    // hash itself: its SHA-256 goes into the audit trail, so the workspace can later tell whether an archive
    // is the one it made.
    static Written write(Database& db, qint64 incidentId, const QDateTime& now, const QString& path);
    static bool write(Database& db, qint64 incidentId, const QDateTime& now, const QString& path,
                      QString* error);

    // Streams the archive through app/core/safezip/manifestarchive.cpp: every entry hashed while it is
    // expanded, under caps on size and compression ratio; unsafe names, symbolic links, duplicates and
    // damaged entries are problems too. When the files match, the audit trail (audit.json) is walked as its
    // hash chain and must end at the manifest's "auditChainHead".
    using Verification = ArchiveVerification;
    static Verification verify(const QString& path);

private:
    struct Built
    {
        QByteArray zip;
        QString incidentCode;
        int files = 0;
        QByteArray manifestSha256;
    };
    static bool build(Database& db, qint64 incidentId, const QDateTime& now, Built* built,
                      StorageError* storage, QString* error);
};

} // namespace bd
