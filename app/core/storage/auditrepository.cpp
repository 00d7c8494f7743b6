#include "auditrepository.h"

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

bool AuditRepository::append(const AuditEntry& e, StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO audit_log (at, who, incident_id, incident_code, entity, entity_id, "
                "field, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTime();
            q.addBindValue(at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs));
            q.addBindValue(e.who.isEmpty() ? currentUser() : e.who);
            q.addBindValue(e.incidentId ? QVariant(e.incidentId) : QVariant());
            q.addBindValue(notNull(e.incidentCode));
            q.addBindValue(notNull(e.entity));
            q.addBindValue(e.entityId ? QVariant(e.entityId) : QVariant());
            q.addBindValue(notNull(e.field));
            q.addBindValue(e.before);
            q.addBindValue(e.after);
            return Database::exec(q, err);
        },
        error);
}

QList<AuditEntry> AuditRepository::forIncident(qint64 incidentId, StorageError* error) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, at, who, incident_id, incident_code, entity, entity_id, field, before_value, "
        "after_value FROM audit_log WHERE incident_id = ? ORDER BY id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.incidentId = q.value(3).toLongLong();
        e.incidentCode = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.field = q.value(7).toString();
        e.before = q.value(8).toString();
        e.after = q.value(9).toString();
        entries.append(e);
    }
    return entries;
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

} // namespace bd
