// Verifies a zip that carries a JSON manifest of SHA-256 hashes (the incident archive that
// app/core/filings/filingarchive.cpp writes) without trusting it: the central directory is checked first
// (entry count, unsafe names, symbolic links, duplicates, entries that claim more data than the file holds),
// then every entry is hashed while it streams through ZipEntryDevice under the caps of archiveZipLimits().
// Nothing is held in memory but the manifest itself.
#pragma once

#include "boundedzip.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

class QIODevice;

namespace bd {

struct ArchiveVerification
{
    bool ok = false;
    int files = 0;             // files listed in the manifest
    QByteArray manifestSha256; // hex, to compare with the audit trail's "archive exported" entry
    QStringList problems;      // translated: a missing file, a changed file, a file not in the manifest …
    QByteArray manifest;       // the manifest's exact bytes, when it is a valid one (to check its signature)
    QHash<QString, QByteArray> companions; // the companions found, each read whole and safe to use
};

struct ManifestArchiveFormat
{
    QString manifestName; // the manifest's entry, e.g. "manifest.json"
    QString format;       // its "format" value
    // Entries that go with the manifest but that it cannot list (its signature, "manifest.sig"): read whole
    // (at most MaxCompanionSize each) and returned, never reported as "not listed". One that is unsafe,
    // duplicated or damaged is a problem like any entry, and is not returned.
    QStringList companions = {};
};

// The caps for verifying an archive, and their reasons (see manifestarchive.cpp).
ZipLimits archiveZipLimits();
inline constexpr int MaxArchiveEntries = 10000;
inline constexpr qint64 MaxManifestSize = 16 * 1024 * 1024;
inline constexpr qint64 MaxCompanionSize = 64 * 1024;
inline constexpr int MaxListedArchiveProblems = 100;

// `zipFile` is the archive (open or not; QuaZip opens it), `path` how to name it in messages.
ArchiveVerification verifyManifestArchive(QIODevice* zipFile, const QString& path,
                                          const ManifestArchiveFormat& format);

} // namespace bd
