// Incidents as wholes: the list, new, imported, duplicated and deleted incidents, the custom data items, the
// history, redaction and the workspace's integrity. The facts of the open incident are edited through
// IncidentDocument (incidentdocument.h), which announces its writes the same way.
#pragma once

#include "auditrepository.h"
#include "catalogue.h"
#include "incident.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "recordedexport.h"
#include "redactionrepository.h"
#include "workspaceverifier.h"

#include <optional>

namespace bd {

class Workspace;

class IncidentService
{
public:
    explicit IncidentService(Workspace& workspace) : m_workspace(workspace) {}

    QList<IncidentSummary> list(bool includeArchived, StorageError* error) const;
    std::optional<Incident> load(qint64 id, StorageError* error) const;
    std::optional<qint64> findByCode(const QString& code, StorageError* error) const;

    // A new, empty incident under the next free code of this year; its id.
    std::optional<qint64> createEmpty(const QString& titleJa, const QString& titleEn, StorageError* error);
    // A copy under the next free code; its id and code.
    std::optional<IncidentSummary> duplicate(qint64 id, StorageError* error);
    bool remove(qint64 id, StorageError* error);
    IncidentTransfer::ImportResult importJson(const QByteArray& bytes,
                                              IncidentTransfer::CodeConflict onConflict);
    std::optional<QByteArray> exportJson(qint64 id, StorageError* error) const;

    QList<DataItem> customItems(StorageError* error) const;
    QList<DataItem> allItems(StorageError* error) const; // the catalogue and the custom items
    bool addCustomItem(const DataItem& item, StorageError* error);

    QList<AuditEntry> history(qint64 id, StorageError* error) const;

    std::optional<RedactionRecord> redaction(qint64 id, StorageError* error) const;
    RedactionRepository::Plan redactionPlan(qint64 id, StorageError* error) const;
    // Redacts with the user's signing key (made on first use), as of today.
    bool redact(qint64 id, const QDate& retentionEnded, const QString& reason, StorageError* error);

    WorkspaceIntegrity verifyIntegrity() const;

private:
    Workspace& m_workspace;
};

} // namespace bd
