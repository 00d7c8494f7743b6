#include "auditrepository.h"

#include "auditchain.h"

#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bd {

QString AuditRepository::currentUser()
{
    // The account the process runs as, not $USER, which anyone can set.
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

QString AuditRepository::entryColumns()
{
    return QStringLiteral("id, at, who, incident_id, incident_code, entity, entity_id, field, before_value, "
                          "after_value, prev_hash, hash");
}

AuditEntry AuditRepository::entryFromRow(const QSqlQuery& q)
{
    // SQL NULL stays a null QString, '' an empty one: the chain hashes them differently.
    const auto text = [&q](int column) {
        const QVariant v = q.value(column);
        if (v.isNull())
            return QString();
        const QString s = v.toString();
        return s.isNull() ? QStringLiteral("") : s;
    };
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.atText = text(1);
    e.at = QDateTime::fromString(e.atText, Qt::ISODateWithMs);
    e.who = text(2);
    e.incidentId = q.value(3).toLongLong();
    e.incidentCode = text(4);
    e.entity = text(5);
    e.entityId = q.value(6).toLongLong();
    e.field = text(7);
    e.before = text(8);
    e.after = text(9);
    e.prevHash = q.value(10).toString().toLatin1();
    e.hash = q.value(11).toString().toLatin1();
    return e;
}

bool AuditRepository::append(const AuditEntry& entry, StorageError* error)
{
    // What is stored is exactly what is hashed: NOT NULL columns get '' for a null text, ids 0 are NULL.
    AuditEntry e = entry;
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTime();
    e.atText = at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs);
    e.who = notNull(e.who.isEmpty() ? currentUser() : e.who);
    e.incidentCode = notNull(e.incidentCode);
    e.entity = notNull(e.entity);
    e.field = notNull(e.field);
    return m_db.transaction(
        [&](StorageError* err) {
            // The write lock is held (BEGIN IMMEDIATE): nobody else can extend the chain meanwhile.
            const qint64 chain = AuditChain::chainOf(e);
            const AuditChainHead head = AuditChain::recordedHead(m_db, chain, err);
            if (!err->ok())
                return false;
            e.prevHash = head.hash;
            e.hash = AuditChain::entryHash(e, e.prevHash);
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO audit_log (at, who, incident_id, incident_code, entity, entity_id, "
                "field, before_value, after_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?)"));
            q.addBindValue(e.atText);
            q.addBindValue(e.who);
            q.addBindValue(e.incidentId ? QVariant(e.incidentId) : QVariant());
            q.addBindValue(e.incidentCode);
            q.addBindValue(e.entity);
            q.addBindValue(e.entityId ? QVariant(e.entityId) : QVariant());
            q.addBindValue(e.field);
            q.addBindValue(e.before.isNull() ? QVariant() : QVariant(e.before));
            q.addBindValue(e.after.isNull() ? QVariant() : QVariant(e.after));
            q.addBindValue(QString::fromLatin1(e.prevHash));
            q.addBindValue(QString::fromLatin1(e.hash));
            return Database::exec(q, err) && AuditChain::advanceHead(m_db, chain, e.hash, err);
        },
        error);
}

QList<AuditEntry> AuditRepository::forIncident(qint64 incidentId, StorageError* error) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE incident_id = ? ORDER BY id").arg(entryColumns()));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return entries;
    while (q.next())
        entries.append(entryFromRow(q));
    return entries;
}

AuditChainHead AuditRepository::chainHead(qint64 incidentId, StorageError* error) const
{
    return AuditChain::recordedHead(m_db, incidentId, error);
}

bool AuditRepository::recordExport(const ExportRecord& record, StorageError* error)
{
    AuditEntry entry;
    entry.incidentId = record.incidentId;
    entry.incidentCode = record.incidentCode;
    entry.entity = QStringLiteral("export");
    entry.field = record.what;
    entry.after = QStringLiteral("%1%2 records, sha256:%3")
                      .arg(record.detail.isEmpty() ? QString() : record.detail + QStringLiteral(", "))
                      .arg(record.count)
                      .arg(QString::fromLatin1(record.sha256));
    return append(entry, error);
}

qint64 AuditRepository::lastEntryId(qint64 incidentId, const QStringList& entities, StorageError* error) const
{
    QStringList marks;
    for (qsizetype i = 0; i < entities.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log WHERE incident_id = ? AND entity IN (%1)")
            .arg(marks.join(QStringLiteral(", "))));
    q.addBindValue(incidentId);
    for (const QString& entity : entities)
        q.addBindValue(entity);
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 AuditRepository::lastId(StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!Database::exec(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<qint64> AuditRepository::incidentsChangedAfter(qint64 afterId, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT coalesce(incident_id, 0) FROM audit_log WHERE id > ?"));
    q.addBindValue(afterId);
    QList<qint64> ids;
    if (!Database::exec(q, error))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace bd
