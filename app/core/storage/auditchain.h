// The audit trail as hash chains: one chain per incident, and one for the workspace's own entries (those
// without an incident). Each entry stores the SHA-256 of its canonical form, which includes the previous
// entry's hash; the table audit_chain keeps each chain's head (entry count and last hash), so that removing
// the newest entries shows too. The canonical form is documented in docs/audit-chain.md so that an auditor
// can recompute every hash with a short script.
#pragma once

#include "auditrepository.h"

#include <QJsonObject>

namespace bd {

namespace AuditChain {
// The prev_hash of a chain's first entry: 64 zeros.
QByteArray genesis();
// The bytes that are hashed (docs/audit-chain.md): a version line, the previous hash, then at, who,
// incident_id, incident_code, entity, entity_id, field, before_value and after_value, each as
// "<UTF-8 byte length>:<UTF-8 text>\n", or "-\n" for NULL. incidentId/entityId 0 and a null before/after
// are NULL.
QByteArray canonicalForm(const AuditEntry& entry, const QByteArray& prevHash);
// SHA-256 of canonicalForm(), lowercase hex.
QByteArray entryHash(const AuditEntry& entry, const QByteArray& prevHash);
// The chain an entry belongs to: its incident, or 0 for the workspace's own chain.
inline qint64 chainOf(const AuditEntry& entry)
{
    return entry.incidentId;
}
// An entry as the archive's audit.json holds it (docs/audit-chain.md): id, at (as stored), who,
// incident_id, incident_code, entity, entity_id, field, before, after, prev_hash, hash; NULL is JSON null.
QJsonObject toJson(const AuditEntry& entry);
AuditEntry fromJson(const QJsonObject& object);
// The head recorded for `chain` (0 entries and the genesis value when it has none yet).
AuditChainHead recordedHead(Database& db, qint64 chain, StorageError* error);
// Records `hash` as the new head of `chain`, one entry longer (audit_chain; a trigger refuses anything but
// one step forward).
bool advanceHead(Database& db, qint64 chain, const QByteArray& hash, StorageError* error);
} // namespace AuditChain

// Follows one chain entry by entry, in id order, and says what is wrong with each entry.
class AuditChainWalker
{
public:
    enum class Fault
    {
        None,
        Unchained, // no hash: written by something other than BreachDesk
        Altered,   // the content does not give the stored hash: changed after it was written
        Unlinked,  // its prev_hash is not the hash of the entry before it: an entry was removed, inserted or
                   // moved
    };
    Fault add(const AuditEntry& entry);
    qint64 entries() const { return m_entries; }
    // The last entry's stored hash (the genesis value before the first entry).
    QByteArray head() const { return m_head; }

private:
    qint64 m_entries = 0;
    QByteArray m_head = AuditChain::genesis();
};

// Chains every entry that has no hash yet, in id order, continuing the heads recorded in audit_chain: the
// entries a workspace had before the migration "audit_chain". Runs inside the migration's transaction.
bool chainUnchainedAuditEntries(Database& db, StorageError* error);

} // namespace bd
