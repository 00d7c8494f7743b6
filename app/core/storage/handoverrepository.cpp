#include "handoverrepository.h"

#include "auditrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

bool HandoverRepository::add(HandoverRecord& record, StorageError* error)
{
    if (!record.at.isValid())
        record.at = QDateTime::currentDateTime();
    if (record.who.isEmpty())
        record.who = AuditRepository::currentUser();
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO handover (incident_id, consignor, group_key, format, "
                                     "key_fingerprint, row_count, "
                                     "sha256, at, who) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(record.incidentId);
            q.addBindValue(notNull(record.consignor));
            q.addBindValue(notNull(record.groupKey));
            q.addBindValue(notNull(record.format));
            q.addBindValue(QString::fromLatin1(record.keyFingerprint));
            q.addBindValue(record.rows);
            q.addBindValue(QString::fromLatin1(record.sha256));
            q.addBindValue(record.at.toOffsetFromUtc(record.at.offsetFromUtc()).toString(Qt::ISODateWithMs));
            q.addBindValue(record.who);
            if (!Database::exec(q, err))
                return false;
            record.id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
}

QList<HandoverRecord> HandoverRepository::list(qint64 incidentId, StorageError* error) const
{
    QList<HandoverRecord> result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, consignor, group_key, format, key_fingerprint, row_count, sha256, at, "
                       "who FROM handover WHERE incident_id = ? ORDER BY id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next()) {
        HandoverRecord h;
        h.id = q.value(0).toLongLong();
        h.incidentId = incidentId;
        h.consignor = q.value(1).toString();
        h.groupKey = q.value(2).toString();
        h.format = q.value(3).toString();
        h.keyFingerprint = q.value(4).toString().toLatin1();
        h.rows = q.value(5).toLongLong();
        h.sha256 = q.value(6).toString().toLatin1();
        h.at = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        h.who = q.value(8).toString();
        result.append(h);
    }
    return result;
}

} // namespace bd
