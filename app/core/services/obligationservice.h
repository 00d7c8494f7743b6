// The officer's decisions and overrides on the obligations, and the obligations they lead to at the
// workspace's "now". Every write is audited (obligationrepository.h) and announced as Change::Obligations.
#pragma once

#include "decision.h"
#include "filingrecords.h"
#include "obligationreport.h"
#include "storageerror.h"

#include <QList>
#include <QSet>

#include <optional>

namespace bd {

struct Incident;
class Workspace;

// An overridden rule and what the engine computes for it without that override.
struct RuleOverrideInfo
{
    Override override;
    RuleState computed = RuleState::CannotDecide;
};

class ObligationService
{
public:
    explicit ObligationService(Workspace& workspace) : m_workspace(workspace) {}

    // The incident's obligations now, with the officer's decisions and overrides and the custom data items.
    // `incident` is as the editor holds it (edits still waiting to be written included).
    std::optional<ObligationReport> evaluate(const Incident& incident, StorageError* error) const;
    std::optional<ObligationReport> evaluate(qint64 incidentId, StorageError* error) const;
    // For each rule override in force, the outcome the rule has without it (with every other override and
    // decision).
    QHash<QString, RuleOverrideInfo>
    ruleOverrideOutcomes(const Incident& incident, const ObligationReport& report, StorageError* error) const;

    QList<Decision> decisions(qint64 incidentId, StorageError* error) const;
    QList<Override> overrides(qint64 incidentId, StorageError* error) const;
    QList<FilingRecord> filingRecords(qint64 incidentId, StorageError* error) const;
    QSet<QString> filedKeys(qint64 incidentId, StorageError* error) const;

    bool addDecision(qint64 incidentId, const Decision& decision, StorageError* error);
    bool addOverride(qint64 incidentId, const Override& override, StorageError* error);
    bool withdrawOverride(qint64 incidentId, const QString& key, const QString& reason, StorageError* error);

private:
    Workspace& m_workspace;
};

} // namespace bd
