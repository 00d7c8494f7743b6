#include "redactionrepository.h"

#include "auditrepository.h"
#include "incidentrepository.h"
#include "sha256.h"
#include "signaturefile.h"
#include "signingkey.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

namespace {

// One value of the digest, as the audit chain writes its items: "<UTF-8 byte length>:<bytes>\n".
void addItem(Sha256& hash, const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    hash.add(QByteArray::number(bytes.size()));
    hash.add(":");
    hash.add(bytes);
    hash.add("\n");
}

QString isoText(const QDateTime& at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace

const QStringList& RedactionRepository::redactedFields()
{
    static const QStringList fields{
        QStringLiteral("name"),       QStringLiteral("kana"),        QStringLiteral("organisation"),
        QStringLiteral("department"), QStringLiteral("title"),       QStringLiteral("postcode"),
        QStringLiteral("address"),    QStringLiteral("email"),       QStringLiteral("phone"),
        QStringLiteral("custom"),     QStringLiteral("source_file"),
    };
    return fields;
}

QList<RedactionRecord> RedactionRepository::select(const QString& where, const QVariantList& values,
                                                   StorageError* error) const
{
    QList<RedactionRecord> result;
    // A workspace opened read-only is not migrated: before schema 10 it has no redactions (nor the table).
    if (m_db.schemaVersion() < 10)
        return result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, incident_id, incident_code, at, who, statement, statement_sha256, "
                             "signature, signer FROM redaction %1 ORDER BY id")
                  .arg(where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!Database::exec(q, error))
        return result;
    while (q.next()) {
        RedactionRecord r;
        r.id = q.value(0).toLongLong();
        r.incidentId = q.value(1).toLongLong();
        r.incidentCode = q.value(2).toString();
        r.at = q.value(3).toString();
        r.who = q.value(4).toString();
        r.statement = q.value(5).toString().toUtf8();
        r.statementSha256 = q.value(6).toString().toLatin1();
        r.signature = q.value(7).toString().toUtf8();
        r.signer = q.value(8).toString();
        result.append(r);
    }
    return result;
}

std::optional<RedactionRecord> RedactionRepository::forIncident(qint64 incidentId, StorageError* error) const
{
    const QList<RedactionRecord> found = select(QStringLiteral("WHERE incident_id = ?"), {incidentId}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<RedactionRecord> RedactionRepository::all(StorageError* error) const
{
    return select(QString(), {}, error);
}

bool RedactionRepository::checkNotRedacted(qint64 incidentId, StorageError* error) const
{
    const std::optional<RedactionRecord> redaction = forIncident(incidentId, error);
    if (error && *error)
        return false;
    if (!redaction)
        return true;
    if (error)
        *error = StorageError::make(
            StorageError::Invalid,
            tr("The personal data of incident %1 was redacted on %2: its letters and recipient lists can no "
               "longer be made.")
                .arg(redaction->incidentCode,
                     QDateTime::fromString(redaction->at, Qt::ISODateWithMs).date().toString(Qt::ISODate)));
    return false;
}

bool RedactionRepository::digestGroups(qint64 incidentId, QList<RedactionGroup>* groups, bool withHashes,
                                       StorageError* error) const
{
    QSqlQuery g(m_db.connection());
    g.prepare(
        QStringLiteral("SELECT id, key FROM recipient_group WHERE incident_id = ? ORDER BY position, id"));
    g.addBindValue(incidentId);
    if (!Database::exec(g, error))
        return false;
    QSqlQuery r(m_db.connection());
    r.prepare(QStringLiteral("SELECT id, %1 FROM recipient WHERE group_id = ? ORDER BY id")
                  .arg(redactedFields().join(QStringLiteral(", "))));
    while (g.next()) {
        RedactionGroup group;
        group.key = g.value(1).toString();
        Sha256 hash;
        r.addBindValue(g.value(0));
        if (!Database::exec(r, error))
            return false;
        while (r.next()) {
            ++group.recipients;
            if (!withHashes)
                continue;
            addItem(hash, r.value(0).toString());
            for (int i = 1; i <= redactedFields().size(); ++i)
                addItem(hash, r.value(i).toString());
        }
        group.sha256 = withHashes ? hash.hex() : QByteArray();
        groups->append(group);
    }
    return true;
}

QString RedactionRepository::describeCopy(const AuditEntry& copy)
{
    return QStringLiteral("%1  %2  %3, %4").arg(copy.atText.left(10), copy.who, copy.field, copy.after);
}

RedactionRepository::Plan RedactionRepository::plan(qint64 incidentId, const QDate& retentionEnded,
                                                    const QDate& today, StorageError* error) const
{
    Plan plan;
    const std::optional<Incident> incident = IncidentRepository(m_db).load(incidentId, error);
    if (!incident)
        return plan;
    plan.incidentCode = incident->code;
    if (!digestGroups(incidentId, &plan.groups, false, error))
        return plan;
    QSqlQuery q(m_db.connection());
    // Every file that may hold the incident's people: anything exported from it but the filings, the
    // archive (no recipients) and the incident JSON (no recipients), and every backup of the workspace.
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE entity = 'export' AND ((incident_id = ? AND "
                             "field NOT IN ('filing', 'archive', 'incident')) OR (incident_id IS NULL AND "
                             "field = 'backup')) ORDER BY id")
                  .arg(AuditRepository::entryColumns()));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return plan;
    while (q.next())
        plan.copiesOutside.append(AuditRepository::entryFromRow(q));
    if (const std::optional<RedactionRecord> done = forIncident(incidentId, error); done)
        plan.refusal =
            tr("The personal data of incident %1 was already redacted (%2).").arg(incident->code, done->at);
    else if (incident->status != IncidentStatus::Archived)
        plan.refusal = tr("Incident %1 is still open. Personal data is redacted only from an archived "
                          "incident whose retention period has ended: archive it first.")
                           .arg(incident->code);
    else if (!retentionEnded.isValid())
        plan.refusal = tr("Say when the retention period ended (a date, YYYY-MM-DD).");
    else if (retentionEnded > today)
        plan.refusal = tr("The retention period has not ended: %1 is after today (%2).")
                           .arg(retentionEnded.toString(Qt::ISODate), today.toString(Qt::ISODate));
    return plan;
}

bool RedactionRepository::redact(qint64 incidentId, const QDate& retentionEnded, const QString& reason,
                                 const SigningKey& key, const QDateTime& now, RedactionRecord* done,
                                 StorageError* error)
{
    if (!blankAndRecord(incidentId, retentionEnded, reason, key, now, done, error))
        return false;
    // The blanked pages are in the write-ahead log until a checkpoint copies them over the old ones in the
    // file (secure_delete zeroes what is freed). Best effort: a reader in another program may hold the log.
    QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool RedactionRepository::blankAndRecord(qint64 incidentId, const QDate& retentionEnded,
                                         const QString& reason, const SigningKey& key, const QDateTime& now,
                                         RedactionRecord* done, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            // Planned inside the write transaction: nobody can archive, reopen or redact meanwhile.
            const Plan checked = plan(incidentId, retentionEnded, now.date(), err);
            if (*err)
                return false;
            QString refusal = checked.refusal;
            if (refusal.isEmpty() && reason.trimmed().isEmpty())
                refusal = tr("Say why the personal data is redacted (for example the retention rule that "
                             "applies).");
            if (!refusal.isEmpty()) {
                *err = StorageError::make(StorageError::Invalid, refusal);
                return false;
            }
            RedactionStatement statement;
            statement.incidentId = incidentId;
            statement.incidentCode = checked.incidentCode;
            statement.at = isoText(now);
            statement.who = AuditRepository::currentUser();
            statement.retentionEnded = retentionEnded;
            statement.reason = reason.trimmed();
            statement.chainBefore = AuditRepository(m_db).chainHead(incidentId, err);
            statement.fields = redactedFields();
            if (*err || !digestGroups(incidentId, &statement.groups, true, err))
                return false;

            QStringList blanks;
            for (const QString& field : redactedFields())
                blanks.append(field + QStringLiteral(" = ''"));
            QSqlQuery blank(m_db.connection());
            blank.prepare(QStringLiteral("UPDATE recipient SET %1 WHERE group_id IN (SELECT id FROM "
                                         "recipient_group WHERE incident_id = ?)")
                              .arg(blanks.join(QStringLiteral(", "))));
            blank.addBindValue(incidentId);
            if (!Database::exec(blank, err))
                return false;

            RedactionRecord record;
            record.incidentId = incidentId;
            record.incidentCode = statement.incidentCode;
            record.at = statement.at;
            record.who = statement.who;
            record.statement = statement.toJson();
            record.statementSha256 = Sha256::hexOf(record.statement);
            record.signature =
                SignatureFile::make(key, record.statement, QString::fromLatin1(RedactionStatementName));
            record.signer = key.fingerprint();
            QSqlQuery insert(m_db.connection());
            insert.prepare(
                QStringLiteral("INSERT INTO redaction (incident_id, incident_code, at, who, statement, "
                               "statement_sha256, signature, signer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(record.incidentId);
            insert.addBindValue(record.incidentCode);
            insert.addBindValue(record.at);
            insert.addBindValue(record.who);
            insert.addBindValue(QString::fromUtf8(record.statement));
            insert.addBindValue(QString::fromLatin1(record.statementSha256));
            insert.addBindValue(QString::fromUtf8(record.signature));
            insert.addBindValue(record.signer);
            if (!Database::exec(insert, err))
                return false;
            record.id = insert.lastInsertId().toLongLong();

            AuditEntry entry;
            entry.at = now;
            entry.who = statement.who;
            entry.incidentId = incidentId;
            entry.incidentCode = statement.incidentCode;
            entry.entity = QStringLiteral("redaction");
            entry.entityId = record.id;
            entry.field = QStringLiteral("personal data redacted");
            entry.after = redactionAuditText(statement.recipients(), record.signer, record.statementSha256);
            if (!AuditRepository(m_db).append(entry, err))
                return false;
            if (done)
                *done = record;
            return true;
        },
        error);
}

QString redactionAuditText(qint64 recipients, const QString& signer, const QByteArray& statementSha256)
{
    return QStringLiteral("%1 recipients, signer:%2, sha256:%3")
        .arg(recipients)
        .arg(signer, QString::fromLatin1(statementSha256));
}

} // namespace bd
