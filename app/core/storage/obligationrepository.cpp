#include "obligationrepository.h"

#include "auditrepository.h"
#include "incidentrepository.h"

#include <QHash>
#include <QSqlQuery>

namespace bd {

namespace {
QString isoNow(const QDateTime& at)
{
    const QDateTime t = at.isValid() ? at : QDateTime::currentDateTime();
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

QString overrideText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime t = value.toDateTime();
        return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

QVariant overrideValue(const QString& text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    if (text.size() == 10)
        if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
            return d;
    if (const QDateTime t = QDateTime::fromString(text, Qt::ISODate); t.isValid())
        return t;
    return text;
}

bool auditChange(Database& db, qint64 incidentId, const QString& entity, const QString& field,
                 const QString& after, StorageError* err)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code FROM incident WHERE id = ?"));
    q.addBindValue(incidentId);
    AuditEntry e;
    if (Database::exec(q, err) && q.next())
        e.incidentCode = q.value(0).toString();
    e.incidentId = incidentId;
    e.entity = entity;
    e.field = field;
    e.after = after;
    return AuditRepository(db).append(e, err);
}
} // namespace

QList<Decision> ObligationRepository::decisions(qint64 incidentId, StorageError* error) const
{
    QList<Decision> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT rule_id, value, reason, decided_at, who FROM obligation_decision "
                             "WHERE incident_id = ? ORDER BY id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        result.append(Decision{q.value(0).toString(), q.value(1).toBool(), q.value(2).toString(),
                               QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                               q.value(4).toString()});
    return result;
}

bool ObligationRepository::addDecision(qint64 incidentId, Decision d, StorageError* error)
{
    if (d.reason.trimmed().isEmpty()) {
        *error = StorageError::make(StorageError::Invalid, StorageError::tr("A decision needs its reason."));
        return false;
    }
    if (d.who.isEmpty())
        d.who = AuditRepository::currentUser();
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO obligation_decision (incident_id, rule_id, value, reason, decided_at, "
                "who) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(incidentId);
            q.addBindValue(d.ruleId);
            q.addBindValue(d.value ? 1 : 0);
            q.addBindValue(d.reason.trimmed());
            q.addBindValue(isoNow(d.decidedAt));
            q.addBindValue(d.who);
            return Database::exec(q, err) &&
                   auditChange(m_db, incidentId, QStringLiteral("decision"), d.ruleId,
                               QStringLiteral("%1 — %2").arg(d.value ? QStringLiteral("fires")
                                                                     : QStringLiteral("does not fire"),
                                                             d.reason.trimmed()),
                               err);
        },
        error);
}

QList<Override> ObligationRepository::overrides(qint64 incidentId, StorageError* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT key, value, reason, at, who FROM obligation_override WHERE incident_id = ? "
                       "ORDER BY id"));
    q.addBindValue(incidentId);
    QHash<QString, Override> latest;
    QStringList order;
    if (!Database::exec(q, error))
        return {};
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!order.contains(key))
            order.append(key);
        if (q.value(1).isNull()) {
            latest.remove(key);
            continue;
        }
        latest.insert(key, Override{key, overrideValue(q.value(1).toString()), q.value(2).toString(),
                                    QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                                    q.value(4).toString()});
    }
    QList<Override> result;
    for (const QString& key : order)
        if (latest.contains(key))
            result.append(latest.value(key));
    return result;
}

bool ObligationRepository::addOverride(qint64 incidentId, Override o, StorageError* error)
{
    if (o.reason.trimmed().isEmpty()) {
        *error = StorageError::make(StorageError::Invalid, StorageError::tr("An override needs its reason."));
        return false;
    }
    if (o.who.isEmpty())
        o.who = AuditRepository::currentUser();
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO obligation_override (incident_id, key, value, reason, at, "
                                     "who) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(incidentId);
            q.addBindValue(o.key);
            q.addBindValue(overrideText(o.value));
            q.addBindValue(o.reason.trimmed());
            q.addBindValue(isoNow(o.at));
            q.addBindValue(o.who);
            return Database::exec(q, err) &&
                   auditChange(m_db, incidentId, QStringLiteral("override"), o.key,
                               QStringLiteral("%1 — %2").arg(overrideText(o.value), o.reason.trimmed()), err);
        },
        error);
}

bool ObligationRepository::withdrawOverride(qint64 incidentId, const QString& key, const QString& reason,
                                            StorageError* error)
{
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("INSERT INTO obligation_override (incident_id, key, value, reason, at, who) "
                               "VALUES (?, ?, NULL, ?, ?, ?)"));
            q.addBindValue(incidentId);
            q.addBindValue(key);
            q.addBindValue(notNull(reason.trimmed()));
            q.addBindValue(isoNow({}));
            q.addBindValue(AuditRepository::currentUser());
            return Database::exec(q, err) &&
                   auditChange(m_db, incidentId, QStringLiteral("override"), key,
                               QStringLiteral("withdrawn — %1").arg(reason.trimmed()), err);
        },
        error);
}

QList<FilingRecord> ObligationRepository::filings(qint64 incidentId, StorageError* error) const
{
    QList<FilingRecord> result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT key, state, submitted_on, receipt_no, note FROM filing WHERE incident_id = ? "
                       "ORDER BY id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return result;
    while (q.next())
        result.append(FilingRecord{q.value(0).toString(), q.value(1).toString(),
                                   QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                   q.value(3).toString(), q.value(4).toString()});
    return result;
}

bool ObligationRepository::setFiling(qint64 incidentId, const FilingRecord& f, StorageError* error)
{
    if (!filingRecordStates().contains(f.state)) {
        *error = StorageError::make(StorageError::Invalid,
                                    StorageError::tr("Unknown filing state %1.").arg(f.state));
        return false;
    }
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO filing (incident_id, key, state, submitted_on, receipt_no, note) VALUES (?, ?, "
                "?, ?, ?, ?) "
                "ON CONFLICT (incident_id, key) DO UPDATE SET state = excluded.state, submitted_on = "
                "excluded.submitted_on, receipt_no = excluded.receipt_no, note = excluded.note"));
            q.addBindValue(incidentId);
            q.addBindValue(f.key);
            q.addBindValue(f.state);
            q.addBindValue(f.submittedOn.isValid() ? QVariant(f.submittedOn.toString(Qt::ISODate))
                                                   : QVariant());
            q.addBindValue(notNull(f.receiptNo));
            q.addBindValue(notNull(f.note));
            return Database::exec(q, err) &&
                   auditChange(m_db, incidentId, QStringLiteral("filing"), f.key,
                               QStringLiteral("%1 %2 %3")
                                   .arg(f.state, f.submittedOn.toString(Qt::ISODate), f.receiptNo)
                                   .trimmed(),
                               err) &&
                   recordConsignorNotice(incidentId, f, err);
        },
        error);
}

bool ObligationRepository::recordConsignorNotice(qint64 incidentId, const FilingRecord& f,
                                                 StorageError* error)
{
    const QString prefix = QLatin1String(FilingKey::ConsignorNoticePrefix);
    if (!f.key.startsWith(prefix) || !f.isFiled() || !f.submittedOn.isValid())
        return true;
    const QString client = f.key.mid(prefix.size());
    IncidentRepository incidents(m_db);
    const std::optional<Incident> incident = incidents.load(incidentId, error);
    if (!incident)
        return false;
    for (const DataSet& ds : incident->dataSets)
        if (ds.holder == Holder::Consignor && ds.consignorName == client &&
            !ds.consignorNotifiedOn.isValid() &&
            !incidents.setDataSetField(ds.id, QStringLiteral("consignor_notified_on"), f.submittedOn, error))
            return false;
    return true;
}

QSet<QString> ObligationRepository::filedKeys(qint64 incidentId, StorageError* error) const
{
    QSet<QString> keys;
    for (const FilingRecord& f : filings(incidentId, error))
        if (f.isFiled())
            keys.insert(f.key);
    return keys;
}

std::optional<ObligationReport> ObligationRepository::evaluate(const Incident& incident, const QDateTime& now,
                                                               StorageError* error) const
{
    StorageError err;
    const QList<Decision> d = decisions(incident.id, &err);
    const QList<Override> o = err ? QList<Override>() : overrides(incident.id, &err);
    const QList<DataItem> custom = err ? QList<DataItem>() : IncidentRepository(m_db).customItems(&err);
    if (err) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    return bd::evaluate(incident, d, o, now, custom);
}

std::optional<ObligationReport> ObligationRepository::evaluate(qint64 incidentId, const QDateTime& now,
                                                               StorageError* error) const
{
    const std::optional<Incident> incident = IncidentRepository(m_db).load(incidentId, error);
    if (!incident)
        return std::nullopt;
    return evaluate(*incident, now, error);
}

} // namespace bd
