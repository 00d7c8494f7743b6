#include "obligationservice.h"

#include "incidentrepository.h"
#include "obligationrepository.h"
#include "workspace.h"

namespace bd {

std::optional<ObligationReport> ObligationService::evaluate(const Incident& incident,
                                                            StorageError* error) const
{
    return ObligationRepository(m_workspace.database()).evaluate(incident, m_workspace.now(), error);
}

std::optional<ObligationReport> ObligationService::evaluate(qint64 incidentId, StorageError* error) const
{
    return ObligationRepository(m_workspace.database()).evaluate(incidentId, m_workspace.now(), error);
}

QHash<QString, RuleOverrideInfo> ObligationService::ruleOverrideOutcomes(const Incident& incident,
                                                                         const ObligationReport& report,
                                                                         StorageError* error) const
{
    QHash<QString, RuleOverrideInfo> result;
    const ObligationRepository repository(m_workspace.database());
    const QList<Override> overrides = repository.overrides(incident.id, error);
    QList<Decision> decisions;
    QList<DataItem> custom;
    bool loaded = false;
    for (const Override& o : overrides) {
        const RuleResult* rule = report.rule(o.key);
        if (!rule || !rule->overridden)
            continue;
        if (!loaded) {
            decisions = repository.decisions(incident.id, error);
            custom = IncidentRepository(m_workspace.database()).customItems(error);
            loaded = true;
        }
        QList<Override> others = overrides;
        others.removeIf([&o](const Override& other) { return other.key == o.key; });
        const ObligationReport without = bd::evaluate(incident, decisions, others, m_workspace.now(), custom);
        const RuleResult* computed = without.rule(o.key);
        result.insert(o.key, RuleOverrideInfo{o, computed ? computed->state : rule->state});
    }
    return result;
}

QList<Decision> ObligationService::decisions(qint64 incidentId, StorageError* error) const
{
    return ObligationRepository(m_workspace.database()).decisions(incidentId, error);
}

QList<Override> ObligationService::overrides(qint64 incidentId, StorageError* error) const
{
    return ObligationRepository(m_workspace.database()).overrides(incidentId, error);
}

QList<FilingRecord> ObligationService::filingRecords(qint64 incidentId, StorageError* error) const
{
    return ObligationRepository(m_workspace.database()).filings(incidentId, error);
}

QSet<QString> ObligationService::filedKeys(qint64 incidentId, StorageError* error) const
{
    return ObligationRepository(m_workspace.database()).filedKeys(incidentId, error);
}

bool ObligationService::addDecision(qint64 incidentId, const Decision& decision, StorageError* error)
{
    if (!ObligationRepository(m_workspace.database()).addDecision(incidentId, decision, error))
        return false;
    m_workspace.announce(incidentId, Change::Obligations);
    return true;
}

bool ObligationService::addOverride(qint64 incidentId, const Override& override, StorageError* error)
{
    if (!ObligationRepository(m_workspace.database()).addOverride(incidentId, override, error))
        return false;
    m_workspace.announce(incidentId, Change::Obligations);
    return true;
}

bool ObligationService::withdrawOverride(qint64 incidentId, const QString& key, const QString& reason,
                                         StorageError* error)
{
    if (!ObligationRepository(m_workspace.database()).withdrawOverride(incidentId, key, reason, error))
        return false;
    m_workspace.announce(incidentId, Change::Obligations);
    return true;
}

} // namespace bd
