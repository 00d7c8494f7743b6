#include "filingarchive.h"

#include "auditchain.h"
#include "auditrepository.h"
#include "filingregister.h"
#include "incidentjson.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "issueddocumentrepository.h"
#include "obligationrepository.h"
#include "publishededitionrepository.h"
#include "redactionrepository.h"
#include "reportjson.h"

#include "fingerprint.h"
#include "outputfile.h"
#include "signaturefile.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>

namespace bd {

namespace {

QByteArray json(const QJsonValue& v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

QJsonArray auditToJson(const QList<AuditEntry>& entries)
{
    QJsonArray out;
    for (const AuditEntry& e : entries)
        out.append(AuditChain::toJson(e));
    return out;
}

// An entry of the archive read whole (it passed the manifest check already), at most `maxSize` bytes.
bool readArchiveEntry(QuaZip& zip, const QString& name, qint64 maxSize, QByteArray* bytes)
{
    if (!zip.setCurrentFile(name))
        return false;
    ZipLimits limits = archiveZipLimits();
    limits.maxEntrySize = maxSize;
    ZipEntryDevice device(zip, limits);
    if (!device.open(QIODevice::ReadOnly))
        return false;
    *bytes = device.readAll();
    return device.finished();
}

// audit.json walked as the hash chain it is (docs/audit-chain.md) and its end compared with the manifest's
// "auditChainHead". Archives written before the chain have neither hashes nor a head: nothing to compare.
QStringList checkAuditChain(const QString& path)
{
    QFile file(path);
    QuaZip zip(&file);
    QByteArray manifestBytes, auditBytes;
    const QString auditName = QStringLiteral("audit.json");
    const QString unreadable =
        FilingArchive::tr("The audit trail of the archive could not be read to check its chain.");
    if (!zip.open(QuaZip::mdUnzip) ||
        !readArchiveEntry(zip, QString::fromLatin1(FilingArchiveManifest), MaxManifestSize, &manifestBytes))
        return {unreadable};
    const QJsonObject head =
        QJsonDocument::fromJson(manifestBytes).object().value(QStringLiteral("auditChainHead")).toObject();
    // Without a head and without audit.json there is no chain to check (an archive listing other files).
    if (!readArchiveEntry(zip, auditName, MaxArchiveAuditSize, &auditBytes))
        return head.isEmpty() && !zip.setCurrentFile(auditName) ? QStringList{} : QStringList{unreadable};
    const QJsonArray entries = QJsonDocument::fromJson(auditBytes).array();
    const bool chained = std::any_of(entries.begin(), entries.end(), [](const QJsonValue& v) {
        return v.toObject().contains(QStringLiteral("hash"));
    });
    if (head.isEmpty() && !chained)
        return {};
    if (head.isEmpty())
        return {FilingArchive::tr("The manifest has no audit chain head, so its audit trail cannot be "
                                  "checked: it was removed.")};
    AuditChainWalker walker;
    for (const QJsonValue& value : entries) {
        const AuditEntry e = AuditChain::fromJson(value.toObject());
        switch (walker.add(e)) {
        case AuditChainWalker::Fault::None:
            continue;
        case AuditChainWalker::Fault::Unchained:
            return {FilingArchive::tr("Audit entry %1 in audit.json has no chain hash.").arg(e.id)};
        case AuditChainWalker::Fault::Altered:
            return {FilingArchive::tr("Audit entry %1 in audit.json has been changed: its content no longer "
                                      "matches its hash.")
                        .arg(e.id)};
        case AuditChainWalker::Fault::Unlinked:
            return {FilingArchive::tr("Audit entry %1 in audit.json does not follow the entry before it: an "
                                      "entry was removed, inserted or moved there.")
                        .arg(e.id)};
        }
    }
    const qint64 expected = qint64(head.value(QStringLiteral("entries")).toDouble());
    if (walker.entries() != expected ||
        walker.head() != head.value(QStringLiteral("hash")).toString().toLatin1())
        return {FilingArchive::tr("The audit trail in audit.json (%1 entries) does not end at the chain head "
                                  "of the manifest (%2 entries): entries were removed or added.")
                    .arg(walker.entries())
                    .arg(expected)};
    return {};
}

// A redacted incident's archive carries the signed redaction statement (docs/redaction.md): its signature
// must hold, and audit.json must record it by its SHA-256.
QStringList checkRedaction(const QString& path)
{
    QFile file(path);
    QuaZip zip(&file);
    const QString statementName = QString::fromLatin1(RedactionStatementName);
    const QString signatureName = QStringLiteral("redaction.sig");
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    QByteArray statement, signature, auditBytes;
    const bool hasStatement = zip.setCurrentFile(statementName),
               hasSignature = zip.setCurrentFile(signatureName);
    if (!hasStatement && !hasSignature)
        return {};
    if (!readArchiveEntry(zip, statementName, MaxManifestSize, &statement) ||
        !readArchiveEntry(zip, signatureName, MaxKeyFileSize, &signature))
        return {FilingArchive::tr(
            "The archive's redaction statement or its signature is missing or unreadable.")};
    const SignatureFile::Check check = SignatureFile::check(signature, statement, statementName);
    if (!check.valid())
        return {
            FilingArchive::tr("The archive's redaction statement does not carry a valid signature: it was "
                              "changed after it was signed.")};
    const QString recorded = QStringLiteral("sha256:") + QString::fromLatin1(sha256Hex(statement));
    if (readArchiveEntry(zip, QStringLiteral("audit.json"), MaxArchiveAuditSize, &auditBytes)) {
        for (const QJsonValue& value : QJsonDocument::fromJson(auditBytes).array()) {
            const AuditEntry e = AuditChain::fromJson(value.toObject());
            if (e.entity == QLatin1String("redaction") && e.after.endsWith(recorded) &&
                e.after.contains(QStringLiteral("signer:") + check.fingerprint + QLatin1Char(',')))
                return {};
        }
    }
    return {FilingArchive::tr("The archive's redaction statement is not the one its audit trail records.")};
}

} // namespace

bool FilingArchive::build(Database& db, qint64 incidentId, const QDateTime& now, const SigningKey& key,
                          Built* built, StorageError* storage, QString* error)
{
    StorageError& err = *storage;
    const auto fail = [&](const QString& message) {
        *error = message;
        return false;
    };
    IncidentRepository incidents(db);
    const std::optional<Incident> incident = incidents.load(incidentId, &err);
    if (!incident)
        return false;
    const QList<DataItem> custom = incidents.customItems(&err);
    ObligationRepository obligations(db);
    const QList<Decision> decisions = obligations.decisions(incidentId, &err);
    const QList<Override> overrides = obligations.overrides(incidentId, &err);
    const QList<FilingRecord> records = obligations.filings(incidentId, &err);
    IssuedDocumentRepository documents(db);
    const QList<IssuedDocument> issued = documents.list(incidentId, &err);
    const QList<AuditEntry> audit = AuditRepository(db).forIncident(incidentId, &err);
    const QList<HandoverRecord> handovers = HandoverRepository(db).list(incidentId, &err);
    const QList<PublishedEdition> editions = PublishedEditionRepository(db).list(incidentId, &err);
    if (!err.ok())
        return false;
    // The incident as export-incident writes it, with what was filed and published.
    const std::optional<IncidentFilings> filings = IncidentTransfer(db).filingsOf(incidentId, &err);
    if (!filings)
        return false;
    const ObligationReport report = evaluate(*incident, decisions, overrides, now, custom);

    // Everything goes into memory-light parts one by one; the manifest is written last.
    QList<std::pair<QString, QByteArray>> parts;
    parts.append({QStringLiteral("incident.json"), IncidentJson::toBytes(*incident, custom, *filings)});
    parts.append(
        {QStringLiteral("obligations.json"), json(obligationReportToJson(report, filedKeys(records)))});
    parts.append({QStringLiteral("register.json"),
                  json(registerToJson(filingRegister(report, records, issued, handovers, editions)))});
    parts.append({QStringLiteral("audit.json"), json(auditToJson(audit))});
    QJsonArray docIndex;
    for (const IssuedDocument& meta : issued) {
        const std::optional<IssuedDocument> d = documents.load(meta.id, &err);
        if (!d)
            return false;
        const QString base = QStringLiteral("documents/") + d->baseFileName(incident->code);
        parts.append({base + QStringLiteral(".pdf"), d->pdf});
        parts.append({base + QStringLiteral(".html"), d->html.toUtf8()});
        parts.append({base + QStringLiteral(".facts.json"), d->factsJson});
        // The template and the structured content too, so that counsel can see how the document was made.
        parts.append({base + QStringLiteral(".template.html"), d->templateBody.toUtf8()});
        parts.append({base + QStringLiteral(".content.json"), json(d->content)});
        docIndex.append(
            QJsonObject{{QStringLiteral("id"), d->id},
                        {QStringLiteral("kind"), filingKindKey(d->kind)},
                        {QStringLiteral("filing_key"), d->filingKey},
                        {QStringLiteral("label"), d->label()},
                        {QStringLiteral("title"), d->title},
                        {QStringLiteral("lang"), langKey(d->lang)},
                        {QStringLiteral("document_date"), d->documentDate.toString(Qt::ISODate)},
                        {QStringLiteral("issued_at"), d->issuedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("issued_by"), d->issuedBy},
                        {QStringLiteral("template"), d->templateKind},
                        {QStringLiteral("template_version"), d->templateVersion},
                        {QStringLiteral("template_sha256"), QString::fromLatin1(d->templateSha256)},
                        {QStringLiteral("pdf"), base + QStringLiteral(".pdf")},
                        {QStringLiteral("sha256"), QString::fromLatin1(d->sha256)}});
    }
    parts.append({QStringLiteral("documents.json"), json(docIndex)});
    // After a redaction, its signed statement: what was removed, counted and hashed (docs/redaction.md).
    const std::optional<RedactionRecord> redaction = RedactionRepository(db).forIncident(incidentId, &err);
    if (!err.ok())
        return false;
    if (redaction) {
        parts.append({QString::fromLatin1(RedactionStatementName), redaction->statement});
        parts.append({QStringLiteral("redaction.sig"), redaction->signature});
    }

    QJsonArray files;
    for (const auto& [name, bytes] : parts)
        files.append(QJsonObject{{QStringLiteral("path"), name},
                                 {QStringLiteral("size"), qint64(bytes.size())},
                                 {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(bytes))}});
    // The head of the incident's audit chain as the workspace recorded it: verify() recomputes the chain of
    // audit.json and compares (docs/audit-chain.md).
    const AuditChainHead head = AuditRepository(db).chainHead(incidentId, &err);
    if (!err.ok())
        return false;
    const QJsonObject manifest{{QStringLiteral("format"), QString::fromLatin1(FilingArchiveFormat)},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("incident"), incident->code},
                               {QStringLiteral("created_at"), now.toString(Qt::ISODate)},
                               {QStringLiteral("signer"), key.fingerprint()},
                               {QStringLiteral("auditChainHead"),
                                QJsonObject{{QStringLiteral("entries"), head.entries},
                                            {QStringLiteral("hash"), QString::fromLatin1(head.hash)}}},
                               {QStringLiteral("files"), files}};
    const QByteArray manifestBytes = json(manifest);
    parts.append({QString::fromLatin1(FilingArchiveManifest), manifestBytes});
    // The signature covers the manifest's exact bytes, and through its hashes every file it lists.
    parts.append({QString::fromLatin1(FilingArchiveSignature),
                  SignatureFile::make(key, manifestBytes, QString::fromLatin1(FilingArchiveManifest))});

    // The zip is made in memory (issued documents are few), then written whole through an OutputFile.
    QByteArray& zipBytes = built->zip;
    {
        QBuffer buffer(&zipBytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return fail(tr("Could not make the archive."));
        for (const auto& [name, bytes] : parts) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = now;
            if (!file.open(QIODevice::WriteOnly, info) || file.write(bytes) != bytes.size())
                return fail(tr("Could not write %1 into the archive.").arg(name));
            file.close();
            if (file.getZipError() != 0)
                return fail(tr("Could not write %1 into the archive.").arg(name));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return fail(tr("Could not finish the archive."));
    }
    built->incidentCode = incident->code;
    built->files = int(parts.size() - 2);
    built->manifestSha256 = sha256Hex(manifestBytes);
    return true;
}

FilingArchive::Written FilingArchive::write(Database& db, qint64 incidentId, const QDateTime& now,
                                            const QString& path)
{
    const SigningKey::Loaded loaded = SigningKey::loadOrCreate(db.path());
    if (!loaded.key) {
        Written written;
        written.keyProblem = loaded.problem;
        written.keyError = loaded.error;
        return written;
    }
    return write(db, incidentId, now, path, *loaded.key);
}

FilingArchive::Written FilingArchive::write(Database& db, qint64 incidentId, const QDateTime& now,
                                            const QString& path, const SigningKey& key)
{
    Written written;
    written.signer = key.fingerprint();
    // The file is complete under its final name before the audit entry is written, and both happen inside one
    // write transaction: a locked workspace stops the export before anything is written, and a failed write
    // records nothing.
    const auto work = [&](StorageError* err) {
        Built built;
        if (!build(db, incidentId, now, key, &built, err, &written.outputError))
            return false;
        OutputFile out(path, db.files());
        if (!out.open(QIODevice::WriteOnly) || out.write(built.zip) != built.zip.size() || !out.commit()) {
            written.outputError = out.errorString();
            return false;
        }
        written.files = built.files;
        written.manifestSha256 = built.manifestSha256;
        written.sha256 = out.sha256();
        written.stream = out.isStream();
        if (db.isReadOnly())
            return true;
        AuditEntry exported;
        exported.incidentId = incidentId;
        exported.incidentCode = built.incidentCode;
        exported.entity = QStringLiteral("archive");
        exported.field = QStringLiteral("exported");
        exported.after = QStringLiteral("manifest sha256:%1, %2 files, zip sha256:%3, signed by %4")
                             .arg(QString::fromLatin1(built.manifestSha256))
                             .arg(built.files)
                             .arg(QString::fromLatin1(written.sha256), written.signer);
        written.recorded = AuditRepository(db).append(exported, err);
        return written.recorded;
    };
    const bool ok = db.isReadOnly() ? work(&written.storage) : db.transaction(work, &written.storage);
    if (!ok && !written.sha256.isEmpty() && !written.stream) {
        // The file was written but its entry could not be committed: take the file back rather than leave an
        // unrecorded export.
        QFile::remove(path);
    }
    if (!ok)
        written.recorded = false;
    written.ok = ok;
    return written;
}

bool FilingArchive::write(Database& db, qint64 incidentId, const QDateTime& now, const QString& path,
                          QString* error)
{
    const Written written = write(db, incidentId, now, path);
    if (!written.ok && error)
        *error = !written.keyError.isEmpty() ? written.keyError
                 : written.storage           ? written.storage.text()
                                             : written.outputError;
    return written.ok;
}

FilingArchive::Verification FilingArchive::verify(const QString& path, const QString& expectedSigner)
{
    Verification v;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.problems << tr("%1 is not a readable archive.").arg(path);
        return v;
    }
    static_cast<ArchiveVerification&>(v) =
        verifyManifestArchive(&file, path,
                              {QString::fromLatin1(FilingArchiveManifest),
                               QString::fromLatin1(FilingArchiveFormat),
                               {QString::fromLatin1(FilingArchiveSignature)}});
    file.close();
    const bool filesMatch = v.ok;
    checkSignature(&v, expectedSigner);
    // Only an archive whose files match their manifest is read further.
    if (filesMatch)
        v.problems << checkAuditChain(path) << checkRedaction(path);
    v.ok = v.problems.isEmpty();
    return v;
}

void FilingArchive::checkSignature(Verification* v, const QString& expectedSigner)
{
    if (v->manifest.isEmpty())
        return; // no valid manifest: that is the problem listed, and there is nothing to check
    const QString signatureName = QString::fromLatin1(FilingArchiveSignature);
    const QString manifestName = QString::fromLatin1(FilingArchiveManifest);
    const auto fail = [v](Verification::Signature status, const QString& problem) {
        v->signature = status;
        v->signatureProblem = problem;
        v->problems.prepend(problem); // first: whether the archive can be trusted at all
    };
    if (!v->companions.contains(signatureName))
        return fail(Verification::Signature::Missing,
                    tr("The archive is not signed (it has no readable %1): who made it, and whether its "
                       "manifest was changed, cannot be checked.")
                        .arg(signatureName));
    const SignatureFile::Check check =
        SignatureFile::check(v->companions.value(signatureName), v->manifest, manifestName);
    v->signer = check.fingerprint;
    if (check.status == SignatureFile::Check::Status::Damaged)
        return fail(Verification::Signature::Damaged,
                    tr("%1 is not a valid signature (%2).").arg(signatureName, check.problem));
    if (check.status == SignatureFile::Check::Status::Mismatch)
        return fail(Verification::Signature::Mismatch,
                    tr("The signature in %1 does not match %2: the manifest was changed after it was signed, "
                       "or the signature belongs to another archive.")
                        .arg(signatureName, manifestName));
    const QString named =
        QJsonDocument::fromJson(v->manifest).object().value(QStringLiteral("signer")).toString();
    if (canonicalFingerprint(named) != check.fingerprint)
        return fail(Verification::Signature::SignerMismatch,
                    tr("%1 names %2 as its signer, but it was signed by %3.")
                        .arg(manifestName,
                             named.isEmpty() ? tr("nobody") : printableZipEntryName(named.left(80)),
                             check.fingerprint));
    if (!expectedSigner.isEmpty() && canonicalFingerprint(expectedSigner) != check.fingerprint)
        return fail(Verification::Signature::WrongSigner,
                    tr("The archive was signed by %1, not by the key you gave (%2).")
                        .arg(check.fingerprint, canonicalFingerprint(expectedSigner)));
    v->signature = Verification::Signature::Valid;
}

} // namespace bd
