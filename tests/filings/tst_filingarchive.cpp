// The archive for the file: every issued document, the register, the obligations, the audit trail, with a
// manifest of SHA-256 hashes, signed with the user's key (in a temporary BREACHDESK_KEY_DIR), that verifies —
// and stops verifying once anything in it was changed, the manifest too.
#include "auditrepository.h"
#include "filingarchive.h"
#include "filingfixtures.h"
#include "incidentrepository.h"
#include "issueddocumentrepository.h"
#include "noticecontexts.h"
#include "signingkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace bd;
using namespace bd::test;

namespace {

QHash<QString, QByteArray> readZip(const QString& path)
{
    QHash<QString, QByteArray> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        out.insert(zip.getCurrentFileName(), f.readAll());
    }
    return out;
}

bool writeZip(const QString& path, const QHash<QString, QByteArray>& files)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            return false;
        f.write(it.value());
        f.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// `files` with `name` replaced by `bytes` and the manifest's hash and size of it updated to match, as someone
// who knows the archive format would do.
QHash<QString, QByteArray> replacedWithManifest(QHash<QString, QByteArray> files, const QString& name,
                                                const QByteArray& bytes)
{
    files[name] = bytes;
    QJsonObject manifest = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QJsonObject f = listed.at(i).toObject();
        if (f.value(QStringLiteral("path")).toString() != name)
            continue;
        f[QStringLiteral("sha256")] =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        f[QStringLiteral("size")] = qint64(bytes.size());
        listed[i] = f;
    }
    manifest[QStringLiteral("files")] = listed;
    files[QStringLiteral("manifest.json")] = QJsonDocument(manifest).toJson();
    return files;
}

} // namespace

class TestFilingArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        qputenv("BREACHDESK_KEY_DIR", QFile::encodeName(m_keys.filePath(QStringLiteral("keys"))));
    }

    void manifestVerifies()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.narrativesAsOf(QDate(2024, 10, 7)));
        StorageError error;
        const Incident incident = *IncidentRepository(ws.db).load(ws.incidentId, &error);
        IssuedDocumentRepository repo(ws.db);
        IssuedDocument ppc, notice;
        QString message;
        QVERIFY(
            freezeDraft(draftPpcReport(buildPpcReport(incident, {}, ReportStage::Final, QDate(2024, 10, 18)),
                                       incident, {}),
                        incident, {}, &ppc, &message));
        QVERIFY(repo.issue(ppc, &error));
        PublicNoticeOptions o;
        o.date = QDate(2024, 10, 7);
        QVERIFY(freezeDraft(draftPublicNotice(incident, {}, o), incident, {}, &notice, &message));
        QVERIFY(repo.issue(notice, &error));
        QVERIFY(repo.markSubmitted(ws.incidentId, QStringLiteral("ppc_final"), QDate(2024, 10, 18),
                                   QStringLiteral("R6-777"), &error));

        const QString path = ws.dir.filePath(QStringLiteral("INC-2024-003.zip"));
        QVERIFY2(FilingArchive::write(ws.db, ws.incidentId, jstAt(2024, 11, 1), path, &message),
                 qPrintable(message));
        const FilingArchive::Verification ok = FilingArchive::verify(path);
        QVERIFY2(ok.ok, qPrintable(ok.problems.join(QLatin1Char('\n'))));
        // Signed with the key made in the key folder on this first export.
        const SigningKey::Loaded key = SigningKey::load(ws.db.path());
        QVERIFY2(key.key, qPrintable(key.error));
        QCOMPARE(ok.signer, key.key->fingerprint());
        QVERIFY(FilingArchive::verify(path, key.key->fingerprint()).ok);

        // The workspace remembers which manifest it exported, and who signed it.
        const QList<AuditEntry> audit = AuditRepository(ws.db).forIncident(ws.incidentId, &error);
        QCOMPARE(audit.constLast().entity, QStringLiteral("archive"));
        QVERIFY(audit.constLast().after.contains(QString::fromLatin1(ok.manifestSha256)));
        QVERIFY(audit.constLast().after.contains(QStringLiteral("signed by ") + ok.signer));

        const QHash<QString, QByteArray> files = readZip(path);
        QCOMPARE(ok.files, int(files.size()) - 2); // neither the manifest nor its signature are listed
        for (const QString& name : {QStringLiteral("manifest.json"), QStringLiteral("manifest.sig"),
                                    QStringLiteral("incident.json"), QStringLiteral("obligations.json"),
                                    QStringLiteral("register.json"), QStringLiteral("audit.json"),
                                    QStringLiteral("documents.json")})
            QVERIFY2(files.contains(name), qPrintable(name));
        const QString ppcPdf =
            QStringLiteral("documents/") + ppc.baseFileName(incident.code) + QStringLiteral(".pdf");
        QCOMPARE(files.value(ppcPdf), ppc.pdf); // byte-identical to the issued document
        QVERIFY(files.contains(QStringLiteral("documents/") + notice.baseFileName(incident.code) +
                               QStringLiteral(".html")));
        const QJsonArray reg = QJsonDocument::fromJson(files.value(QStringLiteral("register.json"))).array();
        bool submitted = false;
        for (const QJsonValue& v : reg)
            submitted = submitted || v.toObject().value(QStringLiteral("receipt_no")).toString() ==
                                         QLatin1String("R6-777");
        QVERIFY(submitted);
        QVERIFY(files.value(QStringLiteral("obligations.json")).contains("JP-T3"));
        QVERIFY(files.value(QStringLiteral("audit.json")).contains("issued_document"));

        // Tampering: a changed PDF, then a file slipped in.
        QHash<QString, QByteArray> changed = files;
        changed[ppcPdf][changed[ppcPdf].size() / 2] ^= 0x01;
        const QString tampered = ws.dir.filePath(QStringLiteral("tampered.zip"));
        QVERIFY(writeZip(tampered, changed));
        const FilingArchive::Verification bad = FilingArchive::verify(tampered);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.problems.size(), 1);
        QVERIFY(bad.problems.first().contains(ppcPdf));

        QHash<QString, QByteArray> extra = files;
        extra.insert(QStringLiteral("documents/extra.pdf"), QByteArray("%PDF-1.4"));
        QVERIFY(writeZip(tampered, extra));
        QVERIFY(!FilingArchive::verify(tampered).ok);
        QHash<QString, QByteArray> missing = files;
        missing.remove(QStringLiteral("audit.json"));
        QVERIFY(writeZip(tampered, missing));
        QVERIFY(!FilingArchive::verify(tampered).ok);
        // The manifest itself changed (a date in it): its hashes still match, its signature does not.
        QHash<QString, QByteArray> manifest = files;
        manifest[QStringLiteral("manifest.json")].replace("2024-11-01", "2024-10-01");
        QVERIFY(manifest.value(QStringLiteral("manifest.json")) !=
                files.value(QStringLiteral("manifest.json")));
        QVERIFY(writeZip(tampered, manifest));
        const FilingArchive::Verification resigned = FilingArchive::verify(tampered);
        QCOMPARE(resigned.signature, FilingArchive::Verification::Signature::Mismatch);
        QCOMPARE(resigned.problems.size(), 1);
        QVERIFY(!FilingArchive::verify(ws.dir.filePath(QStringLiteral("none.zip"))).ok);
    }

    // audit.json changed and the manifest's hash of it updated to match: the chain still tells.
    void editedAuditTrail_failsItsChainCheck()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        for (const char* title : {"A", "B", "C"})
            QVERIFY(IncidentRepository(ws.db).setIncidentField(ws.incidentId, QStringLiteral("title_en"),
                                                               QString::fromLatin1(title), &error));
        const AuditChainHead head = AuditRepository(ws.db).chainHead(ws.incidentId, &error);
        const QString path = ws.dir.filePath(QStringLiteral("archive.zip"));
        QString message;
        QVERIFY2(FilingArchive::write(ws.db, ws.incidentId, jstAt(2024, 11, 1), path, &message),
                 qPrintable(message));
        QVERIFY(FilingArchive::verify(path).ok);
        const QHash<QString, QByteArray> files = readZip(path);
        const QJsonObject manifest =
            QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        const QJsonObject recorded = manifest.value(QStringLiteral("auditChainHead")).toObject();
        QCOMPARE(qint64(recorded.value(QStringLiteral("entries")).toDouble()), head.entries);
        QCOMPARE(recorded.value(QStringLiteral("hash")).toString(), QString::fromLatin1(head.hash));
        const QJsonArray audit = QJsonDocument::fromJson(files.value(QStringLiteral("audit.json"))).array();
        QCOMPARE(audit.size(), head.entries);

        const QString tampered = ws.dir.filePath(QStringLiteral("tampered.zip"));
        const auto problemsWith = [&](const QJsonArray& entries, const QJsonObject& newManifest = {}) {
            QHash<QString, QByteArray> changed =
                replacedWithManifest(files, QStringLiteral("audit.json"), QJsonDocument(entries).toJson());
            if (!newManifest.isEmpty()) {
                QJsonObject m = newManifest;
                m[QStringLiteral("files")] =
                    QJsonDocument::fromJson(changed.value(QStringLiteral("manifest.json")))
                        .object()
                        .value(QStringLiteral("files"));
                changed[QStringLiteral("manifest.json")] = QJsonDocument(m).toJson();
            }
            if (!writeZip(tampered, changed))
                return QStringList{QStringLiteral("not written")};
            // Re-zipped without signing again: the signature problem is expected, the chain's is the one
            // here.
            const FilingArchive::Verification v = FilingArchive::verify(tampered);
            QStringList problems = v.problems;
            problems.removeAll(v.signatureProblem);
            return problems;
        };

        // A detail changed.
        QJsonArray edited = audit;
        qsizetype b = 0;
        for (qsizetype i = 0; i < edited.size(); ++i)
            if (edited.at(i).toObject().value(QStringLiteral("after")).toString() == QLatin1String("B"))
                b = i;
        QVERIFY(b > 0);
        QJsonObject entry = edited.at(b).toObject();
        entry[QStringLiteral("after")] = QStringLiteral("Nothing happened");
        edited[b] = entry;
        const qint64 bId = qint64(entry.value(QStringLiteral("id")).toDouble());
        QCOMPARE(
            problemsWith(edited),
            QStringList{QStringLiteral("Audit entry %1 in audit.json has been changed: its content no longer "
                                       "matches its hash.")
                            .arg(bId)});
        // An entry removed from the middle, and the newest removed.
        QJsonArray removed = audit;
        removed.removeAt(b);
        QVERIFY(
            problemsWith(removed).value(0).contains(QStringLiteral("does not follow the entry before it")));
        QJsonArray truncated = audit;
        truncated.removeLast();
        QVERIFY(problemsWith(truncated).value(0).contains(QStringLiteral("does not end at the chain head")));
        // The head taken out of the manifest.
        QJsonObject stripped = manifest;
        stripped.remove(QStringLiteral("auditChainHead"));
        QVERIFY(problemsWith(audit, stripped).value(0).contains(QStringLiteral("no audit chain head")));
        // Unchanged content rewritten the same way still verifies.
        QCOMPARE(problemsWith(audit), QStringList());
    }

private:
    QTemporaryDir m_keys;
};

QTEST_MAIN(TestFilingArchive)
#include "tst_filingarchive.moc"
