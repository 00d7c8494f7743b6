// The incident's records of who may read what: the consignor clients' names and the text marked
// confidential (migration 0012). Loaded with the incident (IncidentRepository::load); each list is replaced
// whole in one transaction with one audit entry.
#pragma once

#include "auditrepository.h"
#include "database.h"
#include "incident.h"

namespace bd {

class ReaderRecords
{
public:
    explicit ReaderRecords(Database& db) : m_db(db), m_audit(db) {}

    bool load(qint64 incidentId, Incident* incident, StorageError* error) const;
    // Writes both lists of a new incident (within the caller's transaction; no audit entry).
    bool insert(qint64 incidentId, const Incident& incident, StorageError* error);

    bool setConsignorNames(qint64 incidentId, const QList<ConsignorNames>& names, StorageError* error);
    bool setConfidentialTexts(qint64 incidentId, const QList<ConfidentialText>& texts, StorageError* error);

private:
    bool writeConsignorNames(qint64 incidentId, const QList<ConsignorNames>& names, StorageError* err);
    bool writeConfidentialTexts(qint64 incidentId, const QList<ConfidentialText>& texts, StorageError* err);
    bool audit(qint64 incidentId, const QString& field, const QString& before, const QString& after,
               StorageError* err);
    Database& m_db;
    AuditRepository m_audit;
};

// The lists as one line each for the audit trail ("あおば損害保険株式会社 = Aoba Insurance / あおば損保").
QString consignorNamesText(const QList<ConsignorNames>& names);
QString confidentialTextsText(const QList<ConfidentialText>& texts);

} // namespace bd
