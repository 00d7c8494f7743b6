#include "incidentservice.h"

#include "companyprofileservice.h"
#include "signingkey.h"
#include "workspace.h"

#include <QCoreApplication>

namespace bd {

QList<IncidentSummary> IncidentService::list(bool includeArchived, StorageError* error) const
{
    return IncidentRepository(m_workspace.database()).list(includeArchived, error);
}

std::optional<Incident> IncidentService::load(qint64 id, StorageError* error) const
{
    return IncidentRepository(m_workspace.database()).load(id, error);
}

std::optional<qint64> IncidentService::findByCode(const QString& code, StorageError* error) const
{
    return IncidentRepository(m_workspace.database()).findByCode(code, error);
}

std::optional<qint64> IncidentService::createEmpty(const QString& titleJa, const QString& titleEn,
                                                   StorageError* error)
{
    IncidentRepository repo(m_workspace.database());
    Incident incident;
    // A new incident starts from the company's details, with every date unknown.
    const std::optional<CompanyProfile> profile = m_workspace.profile().profile(error);
    if (!profile)
        return std::nullopt;
    profile->applyTo(incident);
    incident.code = repo.nextCode(m_workspace.today().year(), error);
    if (incident.code.isEmpty())
        return std::nullopt;
    incident.titleJa = titleJa;
    incident.titleEn = titleEn;
    for (NarrativeSection s : allNarrativeSections())
        incident.narratives.append(Narrative{s, {}, {}, {}, {}, {}, {}, false});
    if (!repo.create(incident, error))
        return std::nullopt;
    m_workspace.announce(incident.id, Change::IncidentList);
    return incident.id;
}

std::optional<IncidentSummary> IncidentService::duplicate(qint64 id, StorageError* error)
{
    IncidentRepository repo(m_workspace.database());
    IncidentSummary copy;
    copy.code = repo.nextCode(m_workspace.today().year(), error);
    if (copy.code.isEmpty())
        return std::nullopt;
    const std::optional<qint64> newId = repo.duplicate(id, copy.code, error);
    if (!newId)
        return std::nullopt;
    copy.id = *newId;
    m_workspace.announce(copy.id, Change::IncidentList);
    return copy;
}

bool IncidentService::remove(qint64 id, StorageError* error)
{
    if (!IncidentRepository(m_workspace.database()).remove(id, error))
        return false;
    m_workspace.announce(id, Change::Everything);
    return true;
}

IncidentTransfer::ImportResult IncidentService::importJson(const QByteArray& bytes,
                                                           IncidentTransfer::CodeConflict onConflict)
{
    IncidentTransfer::ImportResult result =
        IncidentTransfer(m_workspace.database()).importJson(bytes, onConflict);
    if (result.ok())
        m_workspace.announce(result.incidentId, Change::IncidentList);
    return result;
}

std::optional<QByteArray> IncidentService::exportJson(qint64 id, StorageError* error) const
{
    return IncidentTransfer(m_workspace.database()).exportJson(id, error);
}

QList<DataItem> IncidentService::customItems(StorageError* error) const
{
    return IncidentRepository(m_workspace.database()).customItems(error);
}

QList<DataItem> IncidentService::allItems(StorageError* error) const
{
    return IncidentRepository(m_workspace.database()).allItems(error);
}

bool IncidentService::addCustomItem(const DataItem& item, StorageError* error)
{
    if (!IncidentRepository(m_workspace.database()).addCustomItem(item, error))
        return false;
    m_workspace.announce(0, Change::Incident); // every incident may use it
    return true;
}

QList<AuditEntry> IncidentService::history(qint64 id, StorageError* error) const
{
    return AuditRepository(m_workspace.database()).forIncident(id, error);
}

std::optional<RedactionRecord> IncidentService::redaction(qint64 id, StorageError* error) const
{
    return RedactionRepository(m_workspace.database()).forIncident(id, error);
}

RedactionRepository::Plan IncidentService::redactionPlan(qint64 id, StorageError* error) const
{
    const QDate today = m_workspace.today();
    return RedactionRepository(m_workspace.database()).plan(id, today, today, error);
}

bool IncidentService::redact(qint64 id, const QDate& retentionEnded, const QString& reason,
                             StorageError* error)
{
    const SigningKey::Loaded loaded = SigningKey::loadOrCreate(m_workspace.path());
    if (!loaded.key) {
        if (error)
            *error = StorageError::make(
                StorageError::Invalid,
                QCoreApplication::translate("bd::IncidentService", "Your signing key could not be used."),
                loaded.error);
        return false;
    }
    if (!RedactionRepository(m_workspace.database())
             .redact(id, retentionEnded, reason, *loaded.key, m_workspace.now(), nullptr, error))
        return false;
    m_workspace.announce(id, Change::Everything);
    return true;
}

WorkspaceIntegrity IncidentService::verifyIntegrity() const
{
    return WorkspaceVerifier::verify(m_workspace.database());
}

} // namespace bd
