// The record proves itself (docs/audit-chain.md): every attack below is made on a genuine workspace file with
// a plain SQLite connection, as someone with the file and any SQLite client could, and WorkspaceVerifier must
// name the first entry or document that fails. Most attacks put the protective triggers back exactly as they
// were, so that only the hash chain and the documents' hashes can tell.
#include "auditchain.h"
#include "auditrepository.h"
#include "filingarchive.h"
#include "filingfixtures.h"
#include "incidentrepository.h"
#include "issueddocumentrepository.h"
#include "noticecontexts.h"
#include "workspacetamper.h"
#include "workspaceverifier.h"

#include <QCryptographicHash>

using namespace bd;
using namespace bd::test;

class TestWorkspaceIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void genuineWorkspaceVerifies();
    void storedHash_isTheDocumentedCanonicalForm();
    void rawChangesAreStillRefusedByTriggers();

    void editedEntry_detailChanged();
    void deletedEntry_triggersDroppedFirst();
    void truncatedChain();
    void reorderedEntries();
    void insertedEntry_atTheEnd();
    void replacedEntry_withItsOwnHashRecomputed();
    void droppedTrigger();
    void replacedTrigger();
    void deletedIssuedDocument();
    void alteredIssuedDocumentBytes();
    void alteredHashTogetherWithBytes();
    void incidentWithIssuedDocumentsIsNotDeleted();

private:
    QString path() const { return m_ws->dir.filePath(QStringLiteral("ws.breachdesk")); }
    WorkspaceIntegrity verify() { return WorkspaceVerifier::verify(m_ws->db); }
    // The id of the audit entry of this incident whose field and after value are these.
    qint64 entryId(const QString& field, const QString& after);
    qint64 lastEntryId();

    std::unique_ptr<DemoWorkspace> m_ws;
    IssuedDocument m_issued;
    qint64 m_titleA = 0, m_titleB = 0, m_titleC = 0;
};

void TestWorkspaceIntegrity::init()
{
    m_ws = std::make_unique<DemoWorkspace>();
    QVERIFY(m_ws->open());
    QVERIFY(m_ws->narrativesAsOf(QDate(2024, 9, 2)));
    StorageError error;
    IncidentRepository incidents(m_ws->db);
    for (const char* title : {"A", "B", "C"})
        QVERIFY2(incidents.setIncidentField(m_ws->incidentId, QStringLiteral("title_en"),
                                            QString::fromLatin1(title), &error),
                 qPrintable(error.text()));
    const Incident incident = *incidents.load(m_ws->incidentId, &error);
    QString message;
    QVERIFY(
        freezeDraft(draftPpcReport(buildPpcReport(incident, {}, ReportStage::Preliminary, QDate(2024, 9, 2)),
                                   incident, {}),
                    incident, {}, &m_issued, &message));
    QVERIFY2(IssuedDocumentRepository(m_ws->db).issue(m_issued, &error), qPrintable(error.text()));
    m_titleA = entryId(QStringLiteral("title_en"), QStringLiteral("A"));
    m_titleB = entryId(QStringLiteral("title_en"), QStringLiteral("B"));
    m_titleC = entryId(QStringLiteral("title_en"), QStringLiteral("C"));
    QVERIFY(m_titleA > 0 && m_titleB > m_titleA && m_titleC > m_titleB);
}

void TestWorkspaceIntegrity::cleanup()
{
    m_ws.reset();
}

qint64 TestWorkspaceIntegrity::entryId(const QString& field, const QString& after)
{
    WorkspaceTamper raw(path());
    return raw
        .scalar(QStringLiteral("SELECT id FROM audit_log WHERE incident_id = %1 AND field = '%2' AND "
                               "after_value = '%3'")
                    .arg(m_ws->incidentId)
                    .arg(field, after))
        .toLongLong();
}

qint64 TestWorkspaceIntegrity::lastEntryId()
{
    WorkspaceTamper raw(path());
    return raw
        .scalar(QStringLiteral("SELECT max(id) FROM audit_log WHERE incident_id = %1").arg(m_ws->incidentId))
        .toLongLong();
}

void TestWorkspaceIntegrity::genuineWorkspaceVerifies()
{
    const WorkspaceIntegrity integrity = verify();
    QVERIFY2(integrity.ok(), qPrintable(integrity.details()));
    QVERIFY(integrity.entries >= 5);
    QCOMPARE(integrity.documents, 1);
    // The head AuditRepository gives is the one the chain ends at.
    StorageError error;
    const AuditChainHead head = AuditRepository(m_ws->db).chainHead(m_ws->incidentId, &error);
    const QList<AuditEntry> entries = AuditRepository(m_ws->db).forIncident(m_ws->incidentId, &error);
    QCOMPARE(head.entries, entries.size());
    QCOMPARE(head.hash, entries.constLast().hash);
    QCOMPARE(entries.constFirst().prevHash, QByteArray(64, '0'));
    for (qsizetype i = 1; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
}

// docs/audit-chain.md, written out here by hand rather than through AuditChain: an auditor's script must get
// the same hash.
void TestWorkspaceIntegrity::storedHash_isTheDocumentedCanonicalForm()
{
    WorkspaceTamper raw(path());
    const QList<QVariantList> rows =
        raw.rows(QStringLiteral("SELECT at, who, incident_id, incident_code, entity, entity_id, field, "
                                "before_value, after_value, prev_hash, hash FROM audit_log ORDER BY id"));
    QVERIFY(rows.size() >= 5);
    bool sawNull = false, sawEmpty = false;
    for (const QVariantList& row : rows) {
        QByteArray form = "breachdesk-audit-v1\n" + row.at(9).toString().toLatin1() + '\n';
        for (int i = 0; i < 9; ++i) {
            if (row.at(i).isNull()) {
                form += "-\n";
                sawNull = true;
                continue;
            }
            const QByteArray utf8 = row.at(i).toString().toUtf8();
            sawEmpty = sawEmpty || utf8.isEmpty();
            form += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
        }
        QCOMPARE(QCryptographicHash::hash(form, QCryptographicHash::Sha256).toHex(),
                 row.at(10).toString().toLatin1());
    }
    QVERIFY(sawNull && sawEmpty); // both spellings were exercised
}

void TestWorkspaceIntegrity::rawChangesAreStillRefusedByTriggers()
{
    WorkspaceTamper raw(path());
    for (const QString& sql :
         {QStringLiteral("UPDATE audit_log SET who = 'mallory'"), QStringLiteral("DELETE FROM audit_log"),
          QStringLiteral("UPDATE audit_log SET hash = NULL"),
          QStringLiteral(
              "INSERT INTO audit_log (at, who, entity, field) VALUES ('2026-01-01', 'x', 'y', 'z')"),
          QStringLiteral("UPDATE audit_chain SET entries = entries - 1"),
          QStringLiteral("DELETE FROM audit_chain"), QStringLiteral("UPDATE issued_document SET title = 'x'"),
          QStringLiteral("DELETE FROM issued_document")})
        QVERIFY2(!raw.exec(sql), qPrintable(sql));
    QVERIFY2(verify().ok(), qPrintable(verify().details()));
}

void TestWorkspaceIntegrity::editedEntry_detailChanged()
{
    WorkspaceTamper raw(path());
    QVERIFY2(raw.behindTriggers(
                 {QStringLiteral("audit_log_no_update")},
                 {QStringLiteral("UPDATE audit_log SET after_value = 'Nothing happened' WHERE id = %1")
                      .arg(m_titleB)}),
             qPrintable(raw.lastError()));
    const WorkspaceIntegrity integrity = verify();
    QVERIFY(!integrity.ok());
    QCOMPARE(integrity.problems.size(), 1);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::EntryAltered);
    QCOMPARE(integrity.problems.first().entryId, m_titleB);
    QVERIFY2(integrity.summary().contains(
                 QStringLiteral("Audit entry %1 (incident INC-2024-003) has been changed").arg(m_titleB)),
             qPrintable(integrity.summary()));
    QCOMPARE(integrity.error().exitCode(), 5);
}

void TestWorkspaceIntegrity::deletedEntry_triggersDroppedFirst()
{
    WorkspaceTamper raw(path());
    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(m_titleB)));
    WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 3);
    QCOMPARE(integrity.problems.at(0).kind, IntegrityProblem::TriggerMissing);
    QCOMPARE(integrity.problems.at(0).name, QStringLiteral("audit_log_no_delete"));
    // The entry after the gap no longer follows the one before it; the chain is one entry short of its head.
    QCOMPARE(integrity.problems.at(1).kind, IntegrityProblem::EntryUnlinked);
    QCOMPARE(integrity.problems.at(1).entryId, m_titleC);
    QCOMPARE(integrity.problems.at(2).kind, IntegrityProblem::ChainShorter);

    // With the trigger put back, the gap still shows.
    QVERIFY(
        raw.exec(QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\nBEGIN\n    "
                                "SELECT RAISE(ABORT, 'audit_log is append-only');\nEND")));
    integrity = verify();
    QCOMPARE(integrity.problems.size(), 2);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::EntryUnlinked);
    QVERIFY2(integrity.summary().startsWith(
                 QStringLiteral("Audit entry %1 (incident INC-2024-003) does not follow the entry before it")
                     .arg(m_titleC)),
             qPrintable(integrity.summary()));
}

void TestWorkspaceIntegrity::truncatedChain()
{
    StorageError error;
    const qint64 recorded = AuditRepository(m_ws->db).chainHead(m_ws->incidentId, &error).entries;
    WorkspaceTamper raw(path());
    QVERIFY(raw.behindTriggers({QStringLiteral("audit_log_no_delete")},
                               {QStringLiteral("DELETE FROM audit_log WHERE id >= %1 AND incident_id = %2")
                                    .arg(m_titleC)
                                    .arg(m_ws->incidentId)}));
    const WorkspaceIntegrity integrity = verify();
    QVERIFY(!integrity.ok());
    const IntegrityProblem& first = integrity.problems.first();
    QCOMPARE(first.kind, IntegrityProblem::ChainShorter);
    QCOMPARE(first.expected, recorded);
    QVERIFY(first.found < recorded);
    QVERIFY2(integrity.summary().contains(QStringLiteral("its newest entries were removed")),
             qPrintable(integrity.summary()));
    // The issuing entry went with them: the document is no longer recorded as issued.
    QVERIFY(
        std::any_of(integrity.problems.begin(), integrity.problems.end(), [this](const IntegrityProblem& p) {
            return p.kind == IntegrityProblem::DocumentUnrecorded && p.documentId == m_issued.id;
        }));
}

void TestWorkspaceIntegrity::reorderedEntries()
{
    // Whole rows (hashes included) swapped: each still matches its own hash, but not its place.
    WorkspaceTamper raw(path());
    const QString columns = QStringLiteral("at, who, incident_id, incident_code, entity, entity_id, field, "
                                           "before_value, after_value, prev_hash, hash");
    QVERIFY2(raw.behindTriggers(
                 {QStringLiteral("audit_log_no_update")},
                 {QStringLiteral("CREATE TEMP TABLE swapped AS SELECT * FROM audit_log WHERE id IN (%1, %2)")
                      .arg(m_titleA)
                      .arg(m_titleB),
                  QStringLiteral("UPDATE audit_log SET (%1) = (SELECT %1 FROM swapped WHERE swapped.id = "
                                 "CASE audit_log.id WHEN %2 THEN %3 ELSE %2 END) WHERE id IN (%2, %3)")
                      .arg(columns)
                      .arg(m_titleA)
                      .arg(m_titleB)}),
             qPrintable(raw.lastError()));
    const WorkspaceIntegrity integrity = verify();
    QVERIFY(!integrity.ok());
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::EntryUnlinked);
    QCOMPARE(integrity.problems.first().entryId, m_titleA);
}

void TestWorkspaceIntegrity::insertedEntry_atTheEnd()
{
    // Someone who read docs/audit-chain.md forges an entry that links to the head, without moving the head.
    StorageError error;
    const AuditChainHead head = AuditRepository(m_ws->db).chainHead(m_ws->incidentId, &error);
    AuditEntry forged;
    forged.atText = QStringLiteral("2024-09-01T09:00:00.000+09:00");
    forged.who = QStringLiteral("officer");
    forged.incidentId = m_ws->incidentId;
    forged.incidentCode = QStringLiteral("INC-2024-003");
    forged.entity = QStringLiteral("incident");
    forged.entityId = m_ws->incidentId;
    forged.field = QStringLiteral("known_at");
    forged.after = QStringLiteral("2024-09-01T09:00:00+09:00");
    const QByteArray hash = AuditChain::entryHash(forged, head.hash);
    WorkspaceTamper raw(path());
    QVERIFY2(raw.exec(QStringLiteral(
                          "INSERT INTO audit_log (at, who, incident_id, incident_code, entity, entity_id, "
                          "field, before_value, after_value, prev_hash, hash) VALUES ('%1', 'officer', "
                          "%2, 'INC-2024-003', 'incident', %2, 'known_at', NULL, '%3', '%4', '%5')")
                          .arg(forged.atText)
                          .arg(m_ws->incidentId)
                          .arg(forged.after, QString::fromLatin1(head.hash), QString::fromLatin1(hash))),
             qPrintable(raw.lastError()));
    const WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 1);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::ChainLonger);
    QCOMPARE(integrity.problems.first().found, head.entries + 1);
}

void TestWorkspaceIntegrity::replacedEntry_withItsOwnHashRecomputed()
{
    // Entry B rewritten with a valid hash of its new content: the entry after it still names the old hash.
    StorageError error;
    const QList<AuditEntry> entries = AuditRepository(m_ws->db).forIncident(m_ws->incidentId, &error);
    AuditEntry b = *std::find_if(entries.begin(), entries.end(),
                                 [this](const AuditEntry& e) { return e.id == m_titleB; });
    b.after = QStringLiteral("Nothing happened");
    const QByteArray hash = AuditChain::entryHash(b, b.prevHash);
    WorkspaceTamper raw(path());
    QVERIFY(raw.behindTriggers(
        {QStringLiteral("audit_log_no_update")},
        {QStringLiteral("UPDATE audit_log SET after_value = '%1', hash = '%2' WHERE id = %3")
             .arg(b.after, QString::fromLatin1(hash))
             .arg(m_titleB)}));
    const WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 1);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::EntryUnlinked);
    QCOMPARE(integrity.problems.first().entryId, m_titleC);
}

void TestWorkspaceIntegrity::droppedTrigger()
{
    for (const QString& trigger :
         {QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_chained"),
          QStringLiteral("audit_chain_forward"), QStringLiteral("issued_document_frozen"),
          QStringLiteral("issued_document_no_delete")}) {
        WorkspaceTamper raw(path());
        const QString sql =
            raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(trigger))
                .toString();
        QVERIFY2(raw.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)), qPrintable(trigger));
        const WorkspaceIntegrity integrity = verify();
        QCOMPARE(integrity.problems.size(), 1);
        QCOMPARE(integrity.problems.first().kind, IntegrityProblem::TriggerMissing);
        QVERIFY2(
            integrity.summary().contains(QStringLiteral("The protective trigger %1 is missing").arg(trigger)),
            qPrintable(integrity.summary()));
        QVERIFY(raw.exec(sql));
    }
    QVERIFY(verify().ok());
}

void TestWorkspaceIntegrity::replacedTrigger()
{
    // Same name, does nothing: compared with the SQL the migration gave it.
    WorkspaceTamper raw(path());
    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0 "
                                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")));
    QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER helper AFTER INSERT ON incident BEGIN SELECT 1; END")));
    const WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 2);
    QCOMPARE(integrity.problems.at(0).kind, IntegrityProblem::TriggerAltered);
    QCOMPARE(integrity.problems.at(0).name, QStringLiteral("audit_log_no_update"));
    QCOMPARE(integrity.problems.at(1).kind, IntegrityProblem::TriggerUnexpected);
    QCOMPARE(integrity.problems.at(1).name, QStringLiteral("helper"));
}

void TestWorkspaceIntegrity::deletedIssuedDocument()
{
    WorkspaceTamper raw(path());
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM issued_document")));
    QVERIFY2(raw.lastError().contains(QStringLiteral("issued documents are kept")),
             qPrintable(raw.lastError()));
    QVERIFY(
        raw.behindTriggers({QStringLiteral("issued_document_no_delete")},
                           {QStringLiteral("DELETE FROM issued_document WHERE id = %1").arg(m_issued.id)}));
    const WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 1);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::DocumentMissing);
    QCOMPARE(integrity.problems.first().documentId, m_issued.id);
    QVERIFY2(
        integrity.summary().contains(
            QStringLiteral("Issued document %1 (incident INC-2024-003), recorded as issued in audit entry")
                .arg(m_issued.id)),
        qPrintable(integrity.summary()));
}

void TestWorkspaceIntegrity::alteredIssuedDocumentBytes()
{
    WorkspaceTamper raw(path());
    // The printed PDF with one byte changed near its end (a figure in the report, say).
    QByteArray pdf = m_issued.pdf;
    pdf[pdf.size() - 100] = char(pdf.at(pdf.size() - 100) ^ 0x01);
    QSqlQuery q(raw.db());
    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER issued_document_frozen")));
    q.prepare(QStringLiteral("UPDATE issued_document SET pdf = ? WHERE id = ?"));
    q.addBindValue(pdf);
    q.addBindValue(m_issued.id);
    QVERIFY(q.exec());
    QVERIFY(raw.exec(
        QStringLiteral("CREATE TRIGGER issued_document_frozen BEFORE UPDATE ON issued_document\nBEGIN\n"
                       "    SELECT RAISE(ABORT, 'issued documents are frozen');\nEND")));

    const WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 1);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::DocumentAltered);
    QCOMPARE(integrity.problems.first().documentId, m_issued.id);

    // Reading it (to show, print or export it) refuses it, naming it.
    StorageError error;
    QVERIFY(!IssuedDocumentRepository(m_ws->db).load(m_issued.id, &error));
    QCOMPARE(error.kind, StorageError::Corrupt);
    QVERIFY2(error.message.startsWith(QStringLiteral("Issued document %1 (").arg(m_issued.id)),
             qPrintable(error.message));
    // Archiving it too: nothing is written.
    const QString archive = m_ws->dir.filePath(QStringLiteral("archive.zip"));
    const FilingArchive::Written written =
        FilingArchive::write(m_ws->db, m_ws->incidentId, jstAt(2024, 9, 3), archive);
    QVERIFY(!written.ok);
    QCOMPARE(written.storage.kind, StorageError::Corrupt);
    QVERIFY(!QFile::exists(archive));
}

void TestWorkspaceIntegrity::alteredHashTogetherWithBytes()
{
    // Other bytes with their own correct SHA-256: the document is consistent in itself, but the audit entry
    // written when it was issued still has the original hash.
    QByteArray pdf = m_issued.pdf;
    pdf.replace("Font", "Fonx");
    const QByteArray sha = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
    WorkspaceTamper raw(path());
    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER issued_document_frozen")));
    QSqlQuery q(raw.db());
    q.prepare(QStringLiteral("UPDATE issued_document SET pdf = ?, sha256 = ? WHERE id = ?"));
    q.addBindValue(pdf);
    q.addBindValue(QString::fromLatin1(sha));
    q.addBindValue(m_issued.id);
    QVERIFY(q.exec());
    QVERIFY(raw.exec(
        QStringLiteral("CREATE TRIGGER issued_document_frozen BEFORE UPDATE ON issued_document\nBEGIN\n"
                       "    SELECT RAISE(ABORT, 'issued documents are frozen');\nEND")));

    const WorkspaceIntegrity integrity = verify();
    QCOMPARE(integrity.problems.size(), 1);
    QCOMPARE(integrity.problems.first().kind, IntegrityProblem::DocumentHashDiffers);
    QCOMPARE(integrity.problems.first().documentId, m_issued.id);
    QVERIFY(integrity.problems.first().entryId > 0);
    StorageError error;
    QVERIFY(!IssuedDocumentRepository(m_ws->db).load(m_issued.id, &error));
    QVERIFY2(error.message.contains(QStringLiteral("is not the one the audit trail recorded")),
             qPrintable(error.message));
}

void TestWorkspaceIntegrity::incidentWithIssuedDocumentsIsNotDeleted()
{
    StorageError error;
    QVERIFY(!IncidentRepository(m_ws->db).remove(m_ws->incidentId, &error));
    QCOMPARE(error.kind, StorageError::Invalid);
    QVERIFY2(error.message.contains(QStringLiteral("Archive the incident instead")),
             qPrintable(error.message));
    QVERIFY(IncidentRepository(m_ws->db).load(m_ws->incidentId, &error));
    QVERIFY(verify().ok());
}

QTEST_MAIN(TestWorkspaceIntegrity)
#include "tst_workspaceintegrity.moc"
