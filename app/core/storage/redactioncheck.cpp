#include "redactioncheck.h"

#include "redactionrepository.h"
#include "sha256.h"
#include "signaturefile.h"

#include <QHash>
#include <QSqlQuery>

namespace bd {

namespace {

// The audit entries that record redactions, by redaction id.
bool recordedRedactions(Database& db, QHash<qint64, AuditEntry>* entries, StorageError* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE entity = 'redaction' ORDER BY id")
                  .arg(AuditRepository::entryColumns()));
    if (!Database::exec(q, error))
        return false;
    while (q.next()) {
        const AuditEntry entry = AuditRepository::entryFromRow(q);
        entries->insert(entry.entityId, entry);
    }
    return true;
}

// Per group key of the incident: how many recipients, and how many still have a redacted field filled.
struct GroupNow
{
    qint64 recipients = 0;
    qint64 identifiable = 0;
};

bool groupsNow(Database& db, qint64 incidentId, QHash<QString, GroupNow>* groups, StorageError* error)
{
    QStringList filled;
    for (const QString& field : RedactionRepository::redactedFields())
        filled.append(field + QStringLiteral(" <> ''"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT g.key, count(r.id), coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0) "
                             "FROM recipient_group g LEFT JOIN recipient r ON r.group_id = g.id "
                             "WHERE g.incident_id = ? GROUP BY g.id")
                  .arg(filled.join(QStringLiteral(" OR "))));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return false;
    while (q.next())
        groups->insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return true;
}

} // namespace

bool checkRedactions(Database& db, const std::function<void(IntegrityProblem)>& report, StorageError* error)
{
    if (db.schemaVersion() < 10)
        return true; // no redaction table yet (a workspace opened read-only, without its migrations)
    QHash<qint64, AuditEntry> recorded;
    if (!recordedRedactions(db, &recorded, error))
        return false;
    const QList<RedactionRecord> redactions = RedactionRepository(db).all(error);
    if (*error)
        return false;
    const auto problem = [](IntegrityProblem::Kind kind, const RedactionRecord& r) {
        IntegrityProblem p;
        p.kind = kind;
        p.redactionId = r.id;
        p.chain = r.incidentId;
        p.chainName = r.incidentCode;
        return p;
    };
    for (const RedactionRecord& r : redactions) {
        const AuditEntry entry = recorded.take(r.id);
        QString why;
        const std::optional<RedactionStatement> statement = RedactionStatement::fromJson(r.statement, &why);
        if (Sha256::hexOf(r.statement) != r.statementSha256 || !statement ||
            statement->incidentId != r.incidentId) {
            report(problem(IntegrityProblem::RedactionAltered, r));
            continue;
        }
        const SignatureFile::Check signature =
            SignatureFile::check(r.signature, r.statement, QString::fromLatin1(RedactionStatementName));
        if (!signature.valid() || signature.fingerprint != r.signer) {
            report(problem(IntegrityProblem::RedactionSignatureInvalid, r));
            continue;
        }
        // Its audit entry names this statement and this signer, and follows the head the statement names.
        if (entry.id == 0 || entry.incidentId != r.incidentId ||
            entry.after != redactionAuditText(statement->recipients(), r.signer, r.statementSha256) ||
            entry.prevHash != statement->chainBefore.hash) {
            IntegrityProblem p = problem(IntegrityProblem::RedactionUnrecorded, r);
            p.entryId = entry.id;
            report(p);
            continue;
        }
        QHash<QString, GroupNow> now;
        if (!groupsNow(db, r.incidentId, &now, error))
            return false;
        for (const RedactionGroup& group : statement->groups) {
            const GroupNow found = now.value(group.key);
            if (found.identifiable > 0 || found.recipients != group.recipients) {
                IntegrityProblem p = problem(found.identifiable > 0 ? IntegrityProblem::RedactionUndone
                                                                    : IntegrityProblem::RedactionCountDiffers,
                                             r);
                p.name = group.key;
                p.expected = group.recipients;
                p.found = found.identifiable > 0 ? found.identifiable : found.recipients;
                report(p);
            }
        }
    }
    for (const AuditEntry& entry : std::as_const(recorded)) {
        IntegrityProblem p;
        p.kind = IntegrityProblem::RedactionMissing;
        p.redactionId = entry.entityId;
        p.entryId = entry.id;
        p.chain = entry.incidentId;
        p.chainName = entry.incidentCode;
        report(p);
    }
    return true;
}

} // namespace bd
