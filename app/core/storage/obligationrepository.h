// The officer's decisions and overrides on the obligations, and each filing's state. Every change is audited.
#pragma once

#include "database.h"
#include "decision.h"
#include "filingrecords.h"
#include "obligationreport.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace bd {

class ObligationRepository
{
public:
    explicit ObligationRepository(Database& db) : m_db(db) {}

    // Every decision, oldest first (the engine lets the latest per rule count).
    QList<Decision> decisions(qint64 incidentId, StorageError* error) const;
    bool addDecision(qint64 incidentId, Decision decision, StorageError* error);

    // The overrides in force: the latest per key, leaving out withdrawn ones.
    QList<Override> overrides(qint64 incidentId, StorageError* error) const;
    bool addOverride(qint64 incidentId, Override override, StorageError* error);
    bool withdrawOverride(qint64 incidentId, const QString& key, const QString& reason, StorageError* error);

    QList<FilingRecord> filings(qint64 incidentId, StorageError* error) const;
    // Records the filing's state (audited). A 規則9条 notice to a consignor client
    // (consignor_notice:<client>) recorded as submitted or acknowledged also records the notice as given on
    // that day on the client's data sets that record none yet (DataSet::consignorNotifiedOn, which the
    // obligations, the register and the PPC report read), so that the two records of the one notice never
    // disagree.
    bool setFiling(qint64 incidentId, const FilingRecord& filing, StorageError* error);
    // The keys of the filings recorded as submitted or acknowledged.
    QSet<QString> filedKeys(qint64 incidentId, StorageError* error) const;

    // The incident's obligations at `now`, with the officer's decisions and overrides and the workspace's
    // custom data items (the incident itself is passed in, as the editor holds it).
    std::optional<ObligationReport> evaluate(const Incident& incident, const QDateTime& now,
                                             StorageError* error) const;
    // The same for a stored incident, loaded by id.
    std::optional<ObligationReport> evaluate(qint64 incidentId, const QDateTime& now,
                                             StorageError* error) const;

private:
    bool recordConsignorNotice(qint64 incidentId, const FilingRecord& filing, StorageError* error);
    Database& m_db;
};

} // namespace bd
