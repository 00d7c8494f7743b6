#include "auditchain.h"

#include "sha256.h"

#include <QHash>
#include <QSqlQuery>

namespace bd {

namespace {
constexpr char FormVersion[] = "breachdesk-audit-v1\n";

void appendField(QByteArray& out, const QString& text, bool isNull)
{
    if (isNull) {
        out.append("-\n");
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    out.append(QByteArray::number(utf8.size()));
    out.append(':');
    out.append(utf8);
    out.append('\n');
}

void appendId(QByteArray& out, qint64 id)
{
    appendField(out, QString::number(id), id == 0);
}
} // namespace

QByteArray AuditChain::genesis()
{
    return QByteArray(64, '0');
}

QByteArray AuditChain::canonicalForm(const AuditEntry& e, const QByteArray& prevHash)
{
    QByteArray out;
    out.reserve(256 + e.before.size() + e.after.size());
    out.append(FormVersion);
    out.append(prevHash);
    out.append('\n');
    appendField(out, e.atText, false);
    appendField(out, e.who, false);
    appendId(out, e.incidentId);
    appendField(out, e.incidentCode, false);
    appendField(out, e.entity, false);
    appendId(out, e.entityId);
    appendField(out, e.field, false);
    appendField(out, e.before, e.before.isNull());
    appendField(out, e.after, e.after.isNull());
    return out;
}

QByteArray AuditChain::entryHash(const AuditEntry& entry, const QByteArray& prevHash)
{
    return Sha256::hexOf(canonicalForm(entry, prevHash));
}

AuditChainWalker::Fault AuditChainWalker::add(const AuditEntry& entry)
{
    ++m_entries;
    const QByteArray previous = m_head;
    m_head = entry.hash;
    if (entry.hash.isEmpty() || entry.prevHash.isEmpty())
        return Fault::Unchained;
    if (AuditChain::entryHash(entry, entry.prevHash) != entry.hash)
        return Fault::Altered;
    if (entry.prevHash != previous)
        return Fault::Unlinked;
    return Fault::None;
}

QJsonObject AuditChain::toJson(const AuditEntry& e)
{
    const auto text = [](const QString& s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    const auto id = [](qint64 v) { return v ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("at"), e.atText},
                       {QStringLiteral("who"), e.who},
                       {QStringLiteral("incident_id"), id(e.incidentId)},
                       {QStringLiteral("incident_code"), e.incidentCode},
                       {QStringLiteral("entity"), e.entity},
                       {QStringLiteral("entity_id"), id(e.entityId)},
                       {QStringLiteral("field"), e.field},
                       {QStringLiteral("before"), text(e.before)},
                       {QStringLiteral("after"), text(e.after)},
                       {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash)},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash)}};
}

AuditEntry AuditChain::fromJson(const QJsonObject& o)
{
    const auto text = [&o](const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return QString();
        const QString s = v.toString();
        return s.isNull() ? QStringLiteral("") : s;
    };
    const auto id = [&o](const char* key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    AuditEntry e;
    e.id = id("id");
    e.atText = notNull(text("at"));
    e.at = QDateTime::fromString(e.atText, Qt::ISODateWithMs);
    e.who = notNull(text("who"));
    e.incidentId = id("incident_id");
    e.incidentCode = notNull(text("incident_code"));
    e.entity = notNull(text("entity"));
    e.entityId = id("entity_id");
    e.field = notNull(text("field"));
    e.before = text("before");
    e.after = text("after");
    e.prevHash = o.value(QLatin1String("prev_hash")).toString().toLatin1();
    e.hash = o.value(QLatin1String("hash")).toString().toLatin1();
    return e;
}

AuditChainHead AuditChain::recordedHead(Database& db, qint64 chain, StorageError* error)
{
    AuditChainHead head;
    head.incidentId = chain;
    head.hash = genesis();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT entries, head FROM audit_chain WHERE incident_id = ?"));
    q.addBindValue(chain);
    if (Database::exec(q, error) && q.next()) {
        head.entries = q.value(0).toLongLong();
        head.hash = q.value(1).toString().toLatin1();
    }
    return head;
}

bool AuditChain::advanceHead(Database& db, qint64 chain, const QByteArray& hash, StorageError* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_chain (incident_id, entries, head) VALUES (?, 1, ?) "
                             "ON CONFLICT (incident_id) DO UPDATE SET entries = entries + 1, "
                             "head = excluded.head"));
    q.addBindValue(chain);
    q.addBindValue(QString::fromLatin1(hash));
    return Database::exec(q, error);
}

bool chainUnchainedAuditEntries(Database& db, StorageError* error)
{
    // In batches: the rows of one batch are read completely before any of them is updated.
    constexpr int Batch = 2000;
    QHash<qint64, QByteArray> heads; // chain → hash of its newest entry
    qint64 after = 0;
    for (;;) {
        QList<AuditEntry> batch;
        {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE hash IS NULL AND id > ? ORDER BY id "
                                     "LIMIT %2")
                          .arg(AuditRepository::entryColumns())
                          .arg(Batch));
            q.addBindValue(after);
            if (!Database::exec(q, error))
                return false;
            while (q.next())
                batch.append(AuditRepository::entryFromRow(q));
        }
        if (batch.isEmpty())
            return true;
        QSqlQuery update(db.connection());
        update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
        for (const AuditEntry& e : std::as_const(batch)) {
            const qint64 chain = AuditChain::chainOf(e);
            if (!heads.contains(chain)) {
                const AuditChainHead recorded = AuditChain::recordedHead(db, chain, error);
                if (!error->ok())
                    return false;
                heads.insert(chain, recorded.hash);
            }
            QByteArray& head = heads[chain];
            const QByteArray hash = AuditChain::entryHash(e, head);
            update.addBindValue(QString::fromLatin1(head));
            update.addBindValue(QString::fromLatin1(hash));
            update.addBindValue(e.id);
            if (!Database::exec(update, error) || !AuditChain::advanceHead(db, chain, hash, error))
                return false;
            head = hash;
        }
        after = batch.constLast().id;
    }
}

} // namespace bd
