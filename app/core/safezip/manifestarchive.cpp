#include "manifestarchive.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <quazip.h>
#include <unzip.h>

namespace bd {

namespace {

// The sentences of the archive check keep the context they had in FilingArchive, so that their
// translations stay.
QString trArchive(const char* text)
{
    return QCoreApplication::translate("bd::FilingArchive", text);
}

struct Entry
{
    ZipEntryHeader header;
    bool refused = false; // reported already: not read, not reported as missing or changed
};

} // namespace

// An archive holds the issued PDFs (they hardly compress), the JSON of the incident, register, obligations
// and audit trail (indented JSON compresses 5–20 times) and a manifest. 1 GiB for one entry and 2 GiB for
// all of them are far above any real record and still hash in seconds; 100 times is Apache POI's default
// for its zip-bomb check (ZipSecureFile, minimum inflate ratio 0.01), applied past the first MiB so that
// small, very regular files pass; 10,000 entries are the documents of some 2,000 issued filings.
ZipLimits archiveZipLimits()
{
    ZipLimits limits;
    limits.maxEntrySize = qint64(1) << 30;
    limits.maxTotalSize = qint64(2) << 30;
    limits.maxRatio = 100;
    limits.ratioGrace = 1024 * 1024;
    return limits;
}

ArchiveVerification verifyManifestArchive(QIODevice* zipFile, const QString& path,
                                          const ManifestArchiveFormat& format)
{
    ArchiveVerification v;
    const auto finish = [&v] {
        if (v.problems.size() > MaxListedArchiveProblems) {
            const int more = int(v.problems.size()) - MaxListedArchiveProblems;
            v.problems.resize(MaxListedArchiveProblems);
            v.problems << ZipEntryDevice::tr("… and %n more problem(s).", nullptr, more);
        }
        v.ok = v.problems.isEmpty();
        return v;
    };
    QuaZip zip(zipFile);
    if (!zip.open(QuaZip::mdUnzip)) {
        v.problems
            << trArchive(QT_TRANSLATE_NOOP("bd::FilingArchive", "%1 is not a readable archive.")).arg(path);
        return finish();
    }

    // 1. The central directory alone: nothing is expanded yet.
    QList<Entry> entries;
    QHash<QString, int> countOf;
    qint64 compressedTotal = 0;
    const qint64 fileSize = zipFile->size();
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (entries.size() >= MaxArchiveEntries) {
            v.problems << ZipEntryDevice::tr("The archive has more than %1 entries: refused.")
                              .arg(QLocale().toString(MaxArchiveEntries));
            return finish();
        }
        Entry e;
        if (!currentZipEntryHeader(zip, &e.header))
            break;
        compressedTotal += qMin(e.header.compressedSize, fileSize + 1);
        if (const QString unsafe = unsafeZipEntryName(e.header.name); !unsafe.isEmpty()) {
            v.problems << unsafe;
            e.refused = true;
        } else if (e.header.isSymlink()) {
            v.problems << ZipEntryDevice::tr("%1 is a symbolic link: refused.")
                              .arg(printableZipEntryName(e.header.name));
            e.refused = true;
        }
        if (++countOf[e.header.name] == 2)
            v.problems << ZipEntryDevice::tr("%1 appears more than once in the archive: refused.")
                              .arg(printableZipEntryName(e.header.name));
        entries.append(e);
    }
    if (zip.getZipError() != UNZ_OK) {
        v.problems << ZipEntryDevice::tr("%1 is damaged: its list of files cannot be read.").arg(path);
        return finish();
    }
    if (fileSize > 0 && compressedTotal > fileSize) {
        // Entries that share their compressed data are the trick of the "overlapping" zip bombs.
        v.problems << ZipEntryDevice::tr("The entries of %1 claim more data than the file holds (they "
                                         "overlap): refused.")
                          .arg(path);
        return finish();
    }
    for (Entry& e : entries) {
        if (countOf.value(e.header.name) > 1)
            e.refused = true;
    }

    // 2. Every entry hashed as it streams; the manifest is also kept (it is small).
    ZipLimits limits = archiveZipLimits();
    limits.zipFileSize = fileSize;
    ZipLimits manifestLimits = limits;
    manifestLimits.maxEntrySize = MaxManifestSize;
    ZipLimits companionLimits = limits;
    companionLimits.maxEntrySize = MaxCompanionSize;
    ZipBudget budget;
    QHash<QString, QByteArray> hashes;
    QByteArray manifestBytes;
    bool haveManifest = false;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qsizetype index = 0;
    for (bool more = zip.goToFirstFile(); more && index < entries.size();
         more = zip.goToNextFile(), ++index) {
        Entry& e = entries[index];
        if (e.refused)
            continue;
        const bool isManifest = e.header.name == format.manifestName;
        const bool isCompanion = format.companions.contains(e.header.name);
        ZipEntryDevice device(zip,
                              isManifest    ? manifestLimits
                              : isCompanion ? companionLimits
                                            : limits,
                              &budget);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray companion;
        if (device.open(QIODevice::ReadOnly)) {
            for (qint64 n; (n = device.read(buffer.data(), buffer.size())) > 0;) {
                hash.addData(QByteArrayView(buffer.constData(), n));
                if (isManifest)
                    manifestBytes.append(buffer.constData(), n);
                else if (isCompanion)
                    companion.append(buffer.constData(), n);
            }
        }
        if (!device.finished()) {
            v.problems << device.errorString();
            e.refused = true;
            if (device.failure() == ZipFailure::TotalTooLarge || device.failure() == ZipFailure::TotalRatio)
                return finish();
            continue;
        }
        hashes.insert(e.header.name, hash.result().toHex());
        haveManifest = haveManifest || isManifest;
        if (isCompanion)
            v.companions.insert(e.header.name, companion);
    }

    // 3. The manifest against what was found.
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (!haveManifest || manifest.value(QStringLiteral("format")).toString() != format.format) {
        v.problems << trArchive(QT_TRANSLATE_NOOP("bd::FilingArchive", "The archive has no valid manifest."));
        return finish();
    }
    v.manifestSha256 = hashes.value(format.manifestName);
    v.manifest = manifestBytes;
    QSet<QString> refused;
    for (const Entry& e : std::as_const(entries)) {
        if (e.refused)
            refused.insert(e.header.name);
    }
    QSet<QString> listed{format.manifestName};
    for (const QString& companion : format.companions)
        listed.insert(companion);
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = value.toObject();
        const QString name = f.value(QStringLiteral("path")).toString();
        listed.insert(name);
        ++v.files;
        if (refused.contains(name))
            continue; // its problem is listed already
        const QString shown = printableZipEntryName(name);
        if (!hashes.contains(name))
            v.problems << trArchive(QT_TRANSLATE_NOOP("bd::FilingArchive", "%1 is missing.")).arg(shown);
        else if (QString::fromLatin1(hashes.value(name)) != f.value(QStringLiteral("sha256")).toString())
            v.problems << trArchive(QT_TRANSLATE_NOOP(
                                        "bd::FilingArchive",
                                        "%1 has been changed: its SHA-256 does not match the manifest."))
                              .arg(shown);
    }
    for (const Entry& e : std::as_const(entries)) {
        if (!e.refused && !listed.contains(e.header.name))
            v.problems << trArchive(
                              QT_TRANSLATE_NOOP("bd::FilingArchive", "%1 is not listed in the manifest."))
                              .arg(printableZipEntryName(e.header.name));
    }
    return finish();
}

} // namespace bd
