// The append-only audit trail: every change to an incident, with when, who (the OS user), what, before and
// after. Each entry is a link of a hash chain (auditchain.h, docs/audit-chain.md).
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace bd {

// incidentId and entityId 0 are stored as NULL, and so are a null `before` or `after` (an empty one is '').
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString atText; // `at` as stored: what the chain hashes (filled by append and when read)
    QString who;
    qint64 incidentId = 0;
    QString incidentCode;
    QString entity; // "incident", "data_set", "timeline_event", "narrative", …
    qint64 entityId = 0;
    QString field; // the field key, or "created" / "deleted" / "imported" for whole records
    QString before, after;
    QByteArray prevHash; // hex: the hash of the entry before it in its chain
    QByteArray hash;     // hex: SHA-256 of its canonical form (docs/audit-chain.md)
};

// The newest link of a chain: how many entries it has and the last one's hash. Written into archive
// manifests ("auditChainHead") so that the trail they carry can be checked against it.
struct AuditChainHead
{
    qint64 incidentId = 0; // 0: the workspace's own chain (entries without an incident)
    qint64 entries = 0;
    QByteArray hash; // hex; 64 zeros while the chain has no entry
};

// A file written out of the workspace (letters, a recipient list, the incident, an archive): what, how many
// records and the SHA-256 of the file, never its path or contents (they may name people).
struct ExportRecord
{
    qint64 incidentId = 0;
    QString incidentCode;
    QString what;   // "letters", "recipients", "incident", "archive", "backup", "filing"
    QString detail; // e.g. the group key, the format
    qint64 count = 0;
    QByteArray sha256; // hex
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction (or its own).
    bool append(const AuditEntry& entry, StorageError* error);
    QList<AuditEntry> forIncident(qint64 incidentId, StorageError* error) const;
    // Appends the "export" entry for a file that is complete under its final name.
    bool recordExport(const ExportRecord& record, StorageError* error);
    // The id of the newest entry of the incident about one of `entities` (0 when there is none): it changes
    // whenever anyone changes those records, so a reader can tell whether they changed since it looked.
    qint64 lastEntryId(qint64 incidentId, const QStringList& entities, StorageError* error) const;
    // The id of the newest entry of the whole trail (0 when empty), and the incidents (0 for the workspace's
    // own entries) that entries after `afterId` are about: what another program changed since then.
    qint64 lastId(StorageError* error) const;
    QList<qint64> incidentsChangedAfter(qint64 afterId, StorageError* error) const;

    // The head of the incident's chain (0: the workspace's own chain) as recorded with the last entry.
    AuditChainHead chainHead(qint64 incidentId, StorageError* error) const;

    // The OS user name recorded as "who".
    static QString currentUser();
    // The columns entryFromRow() reads, in its order, for "SELECT <entryColumns()> FROM audit_log".
    static QString entryColumns();
    static AuditEntry entryFromRow(const class QSqlQuery& row);

private:
    Database& m_db;
};

} // namespace bd
