#include "workspaceverifier.h"

#include "auditchain.h"
#include "redactioncheck.h"
#include "sha256.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {

// What the audit trail says about each issued document: the entry that recorded its issue and the SHA-256
// it had then (IssuedDocumentRepository::issue writes "<kind> <label> sha256:<hex>").
struct IssueRecord
{
    qint64 entryId = 0;
    qint64 incidentId = 0;
    QByteArray sha256;
};

QByteArray recordedSha256(const QString& after)
{
    static const QRegularExpression hash(QStringLiteral("sha256:([0-9a-f]{64})$"));
    return hash.match(after).captured(1).toLatin1();
}

class Check
{
public:
    explicit Check(Database& db) : m_db(db) {}
    WorkspaceIntegrity run();

private:
    bool triggers();
    bool chains();
    bool heads();
    bool documents();
    void add(IntegrityProblem problem);
    bool failed(const QSqlQuery& q, const QString& what);
    QString codeOf(qint64 chain) const { return m_codes.value(chain); }

    Database& m_db;
    WorkspaceIntegrity m_result;
    QHash<qint64, QString> m_codes; // incident id → code (from the incident table, else from the trail)
    QHash<qint64, AuditChainWalker> m_walkers;
    QHash<qint64, IssueRecord> m_issued; // document id → its issue entry
    QSet<qint64> m_deletedIncidents;     // the trail records their deletion
    int m_omitted = 0;
};

void Check::add(IntegrityProblem problem)
{
    if (problem.chain && problem.chainName.isEmpty())
        problem.chainName = codeOf(problem.chain);
    if (m_result.problems.size() < WorkspaceVerifier::MaxListedProblems)
        m_result.problems.append(problem);
    else
        ++m_omitted;
}

bool Check::failed(const QSqlQuery& q, const QString& what)
{
    m_result.readFailed = true;
    m_result.readError = storageErrorFrom(q.lastError(), what);
    return false;
}

bool Check::triggers()
{
    const QMap<QString, QString> expected = m_db.expectedTriggers();
    QMap<QString, QString> present;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")))
        return failed(q, QStringLiteral("sqlite_master"));
    while (q.next())
        present.insert(q.value(0).toString(), Database::normalizedSql(q.value(1).toString()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        IntegrityProblem p;
        p.name = it.key();
        if (!present.contains(it.key()))
            p.kind = IntegrityProblem::TriggerMissing;
        else if (present.value(it.key()) != it.value())
            p.kind = IntegrityProblem::TriggerAltered;
        else
            continue;
        add(p);
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (!expected.contains(it.key())) {
            IntegrityProblem p;
            p.kind = IntegrityProblem::TriggerUnexpected;
            p.name = it.key();
            add(p);
        }
    }
    return true;
}

bool Check::chains()
{
    QSqlQuery incidents(m_db.connection());
    if (!incidents.exec(QStringLiteral("SELECT id, code FROM incident")))
        return failed(incidents, QStringLiteral("incident"));
    while (incidents.next())
        m_codes.insert(incidents.value(0).toLongLong(), incidents.value(1).toString());

    // In id order: each chain is walked in its own order, and problems come out oldest entry first.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(AuditRepository::entryColumns())))
        return failed(q, QStringLiteral("audit_log"));
    const QString issuedDocument = QStringLiteral("issued_document");
    while (q.next()) {
        const AuditEntry e = AuditRepository::entryFromRow(q);
        ++m_result.entries;
        const qint64 chain = AuditChain::chainOf(e);
        if (chain && !e.incidentCode.isEmpty() && !m_codes.contains(chain))
            m_codes.insert(chain, e.incidentCode);
        IntegrityProblem p;
        p.entryId = e.id;
        p.chain = chain;
        switch (m_walkers[chain].add(e)) {
        case AuditChainWalker::Fault::None:
            break;
        case AuditChainWalker::Fault::Unchained:
            p.kind = IntegrityProblem::EntryUnchained;
            add(p);
            break;
        case AuditChainWalker::Fault::Altered:
            p.kind = IntegrityProblem::EntryAltered;
            add(p);
            break;
        case AuditChainWalker::Fault::Unlinked:
            p.kind = IntegrityProblem::EntryUnlinked;
            add(p);
            break;
        }
        if (e.entity == issuedDocument && e.field == QLatin1String("issued") && e.entityId)
            m_issued.insert(e.entityId, {e.id, e.incidentId, recordedSha256(e.after)});
        else if (e.entity == QLatin1String("incident") && e.field == QLatin1String("deleted"))
            m_deletedIncidents.insert(e.entityId);
    }
    m_result.chains = m_walkers.size();
    return true;
}

bool Check::heads()
{
    QHash<qint64, std::pair<qint64, QByteArray>> recorded;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT incident_id, entries, head FROM audit_chain ORDER BY incident_id")))
        return failed(q, QStringLiteral("audit_chain"));
    while (q.next())
        recorded.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toString().toLatin1()});
    QList<qint64> chains = recorded.keys();
    for (auto it = m_walkers.cbegin(); it != m_walkers.cend(); ++it)
        if (!recorded.contains(it.key()))
            chains.append(it.key());
    std::sort(chains.begin(), chains.end());
    for (qint64 chain : std::as_const(chains)) {
        const qint64 found = m_walkers.contains(chain) ? m_walkers.value(chain).entries() : 0;
        const auto [expected, head] = recorded.value(chain, {0, AuditChain::genesis()});
        IntegrityProblem p;
        p.chain = chain;
        p.expected = expected;
        p.found = found;
        if (found < expected)
            p.kind = IntegrityProblem::ChainShorter;
        else if (found > expected)
            p.kind = IntegrityProblem::ChainLonger;
        else if (m_walkers.value(chain).head() != head)
            p.kind = IntegrityProblem::ChainHeadDiffers;
        else
            continue;
        add(p);
    }
    // Every incident's creation is an audit entry: an incident without any has lost its whole trail.
    QList<qint64> incidents;
    QSqlQuery ids(m_db.connection());
    if (!ids.exec(QStringLiteral("SELECT id FROM incident ORDER BY id")))
        return failed(ids, QStringLiteral("incident"));
    while (ids.next())
        incidents.append(ids.value(0).toLongLong());
    for (qint64 id : std::as_const(incidents)) {
        if (m_walkers.contains(id) || recorded.contains(id))
            continue;
        IntegrityProblem p;
        p.kind = IntegrityProblem::IncidentWithoutTrail;
        p.chain = id;
        add(p);
    }
    return true;
}

bool Check::documents()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, incident_id, title, pdf, sha256, html, html_sha256 FROM "
                               "issued_document ORDER BY id")))
        return failed(q, QStringLiteral("issued_document"));
    Sha256 hash;
    while (q.next()) {
        ++m_result.documents;
        IntegrityProblem p;
        p.documentId = q.value(0).toLongLong();
        p.chain = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        const QByteArray sha256 = q.value(4).toString().toLatin1();
        hash.add(q.value(3).toByteArray());
        const bool pdfIntact = hash.hex() == sha256;
        hash.add(q.value(5).toString().toUtf8());
        const bool htmlIntact = hash.hex() == q.value(6).toString().toLatin1();
        const auto issue = m_issued.constFind(p.documentId);
        if (!pdfIntact || !htmlIntact) {
            p.kind = IntegrityProblem::DocumentAltered;
            add(p);
        } else if (issue == m_issued.cend()) {
            p.kind = IntegrityProblem::DocumentUnrecorded;
            add(p);
        } else if (issue->sha256 != sha256) {
            p.kind = IntegrityProblem::DocumentHashDiffers;
            p.entryId = issue->entryId;
            add(p);
        }
        m_issued.remove(p.documentId);
    }
    // Recorded as issued, not there, and its incident's deletion not recorded either (a workspace made
    // before issued documents were kept could delete them with their incident).
    QList<qint64> missing = m_issued.keys();
    std::sort(missing.begin(), missing.end());
    for (qint64 id : std::as_const(missing)) {
        const IssueRecord record = m_issued.value(id);
        if (record.incidentId && m_deletedIncidents.contains(record.incidentId))
            continue;
        IntegrityProblem p;
        p.kind = IntegrityProblem::DocumentMissing;
        p.documentId = id;
        p.entryId = record.entryId;
        p.chain = record.incidentId;
        add(p);
    }
    return true;
}

WorkspaceIntegrity Check::run()
{
    QElapsedTimer timer;
    timer.start();
    // One read transaction: the whole check sees one state of the workspace, even while another program
    // writes.
    QSqlQuery begin(m_db.connection());
    const bool own = begin.exec(QStringLiteral("BEGIN"));
    if (triggers() && chains() && heads() && documents()) {
        StorageError error;
        if (!checkRedactions(
                m_db, [this](IntegrityProblem p) { add(p); }, &error)) {
            m_result.readFailed = true;
            m_result.readError = error;
        }
    }
    if (own)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("COMMIT"));
    m_result.elapsedMs = timer.elapsed();
    m_result.omitted = m_omitted;
    return m_result;
}

} // namespace

WorkspaceIntegrity WorkspaceVerifier::verify(Database& db)
{
    return Check(db).run();
}

QString IntegrityProblem::chainText() const
{
    if (chain == 0)
        return tr("the workspace's own trail");
    return chainName.isEmpty() ? tr("incident #%1").arg(chain) : tr("incident %1").arg(chainName);
}

QString IntegrityProblem::text() const
{
    switch (kind) {
    case TriggerMissing:
        return tr("The protective trigger %1 is missing, so the audit trail or the issued documents could be "
                  "changed without notice.")
            .arg(name);
    case TriggerAltered:
        return tr("The protective trigger %1 has been altered.").arg(name);
    case TriggerUnexpected:
        return tr("The workspace has a trigger that BreachDesk did not make: %1.").arg(name);
    case EntryUnchained:
        return tr("Audit entry %1 (%2) has no chain hash: it was written around BreachDesk.")
            .arg(entryId)
            .arg(chainText());
    case EntryAltered:
        return tr("Audit entry %1 (%2) has been changed: its content no longer matches its hash.")
            .arg(entryId)
            .arg(chainText());
    case EntryUnlinked:
        return tr("Audit entry %1 (%2) does not follow the entry before it: an entry was removed, inserted "
                  "or moved there.")
            .arg(entryId)
            .arg(chainText());
    case ChainShorter:
        return tr("The audit trail of %1 has %2 entries, but %3 were recorded: its newest entries were "
                  "removed.")
            .arg(chainText())
            .arg(found)
            .arg(expected);
    case ChainLonger:
        return tr("The audit trail of %1 has %2 entries, but only %3 were recorded: entries were added "
                  "around BreachDesk.")
            .arg(chainText())
            .arg(found)
            .arg(expected);
    case ChainHeadDiffers:
        return tr("The newest audit entry of %1 is not the one recorded as its last.").arg(chainText());
    case IncidentWithoutTrail:
        return tr("%1 has no audit trail at all: it was removed.").arg(chainText());
    case DocumentAltered:
        return tr("Issued document %1 (\"%2\", %3) has been changed: its PDF or web page no longer has the "
                  "SHA-256 it was issued with.")
            .arg(documentId)
            .arg(name, chainText());
    case DocumentHashDiffers:
        return tr("Issued document %1 (\"%2\", %3) does not have the SHA-256 that audit entry %4 recorded "
                  "when it was issued: the document and its hash were replaced.")
            .arg(documentId)
            .arg(name, chainText())
            .arg(entryId);
    case DocumentUnrecorded:
        return tr("Issued document %1 (\"%2\", %3) is not recorded as issued in the audit trail.")
            .arg(documentId)
            .arg(name, chainText());
    case DocumentMissing:
        return tr("Issued document %1 (%2), recorded as issued in audit entry %3, is missing: it was "
                  "deleted.")
            .arg(documentId)
            .arg(chainText())
            .arg(entryId);
    case RedactionAltered:
        return tr("Redaction %1 (%2) has been changed: its statement no longer has the SHA-256 it was signed "
                  "and recorded with.")
            .arg(redactionId)
            .arg(chainText());
    case RedactionSignatureInvalid:
        return tr("Redaction %1 (%2) does not carry a valid signature of its statement by the key that made "
                  "it.")
            .arg(redactionId)
            .arg(chainText());
    case RedactionUnrecorded:
        return tr("Redaction %1 (%2) is not recorded in the audit trail as it was made.")
            .arg(redactionId)
            .arg(chainText());
    case RedactionUndone:
        return tr("Redaction %1 (%2): %3 recipient(s) of group %4 have personal data again after it was "
                  "redacted.")
            .arg(redactionId)
            .arg(chainText())
            .arg(found)
            .arg(name);
    case RedactionCountDiffers:
        return tr("Redaction %1 (%2): group %3 has %4 recipient(s), but %5 were counted when its personal "
                  "data "
                  "was redacted.")
            .arg(redactionId)
            .arg(chainText(), name)
            .arg(found)
            .arg(expected);
    case RedactionMissing:
        return tr("Redaction %1 (%2), recorded in audit entry %3, is missing: its statement was deleted.")
            .arg(redactionId)
            .arg(chainText())
            .arg(entryId);
    }
    return {};
}

QString WorkspaceIntegrity::summary() const
{
    if (readFailed && problems.isEmpty())
        return tr("The workspace could not be checked: %1").arg(readError.text());
    if (problems.isEmpty())
        return {};
    const int more = int(problems.size()) - 1 + omitted + (readFailed ? 1 : 0);
    if (more == 0)
        return problems.first().text();
    return tr("%1 %n more problem(s) found.", nullptr, more).arg(problems.first().text());
}

QString WorkspaceIntegrity::details() const
{
    QStringList lines;
    for (const IntegrityProblem& p : problems)
        lines << p.text();
    if (omitted > 0)
        lines << tr("… and %n more problem(s).", nullptr, omitted);
    if (readFailed)
        lines << tr("The workspace could not be checked: %1").arg(readError.text());
    return lines.join(QLatin1Char('\n'));
}

StorageError WorkspaceIntegrity::error() const
{
    if (ok())
        return {};
    return StorageError::make(StorageError::Corrupt,
                              tr("The workspace has been altered outside BreachDesk and its record no longer "
                                 "proves itself: %1")
                                  .arg(summary()),
                              details());
}

} // namespace bd
