// The append-only audit trail: every change to an incident, with when, who (the OS user), what, before and
// after.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace bd {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    qint64 incidentId = 0;
    QString incidentCode;
    QString entity; // "incident", "data_set", "timeline_event", "narrative", …
    qint64 entityId = 0;
    QString field; // the field key, or "created" / "deleted" / "imported" for whole records
    QString before, after;
};

// A file written out of the workspace (letters, a recipient list, the incident, an archive): what, how many
// records and the SHA-256 of the file, never its path or contents (they may name people).
struct ExportRecord
{
    qint64 incidentId = 0;
    QString incidentCode;
    QString what;   // "letters", "recipients", "incident", "archive", "backup"
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

    // The OS user name recorded as "who".
    static QString currentUser();

private:
    Database& m_db;
};

} // namespace bd
