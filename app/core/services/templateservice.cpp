#include "templateservice.h"

#include "builtintemplates.h"
#include "workspace.h"

namespace bd {

TemplateRepository TemplateService::repository() const
{
    return TemplateRepository(m_workspace.database(), BuiltinTemplates::lookup());
}

std::optional<TemplateDraft> TemplateService::load(qint64 incidentId, const TemplateKey& key,
                                                   StorageError* error) const
{
    return repository().load(incidentId, key, error);
}

bool TemplateService::save(qint64 incidentId, const TemplateKey& key, const QString& body,
                           StorageError* error)
{
    if (!repository().save(incidentId, key, body, error))
        return false;
    m_workspace.announce(incidentId, Change::Templates);
    return true;
}

bool TemplateService::reset(qint64 incidentId, const TemplateKey& key, StorageError* error)
{
    if (!repository().reset(incidentId, key, error))
        return false;
    m_workspace.announce(incidentId, Change::Templates);
    return true;
}

QString TemplateService::dateStyle(qint64 incidentId, const QString& kind, const QString& groupKey,
                                   StorageError* error) const
{
    return repository().dateStyle(incidentId, kind, groupKey, error);
}

bool TemplateService::setDateStyle(qint64 incidentId, const QString& kind, const QString& groupKey,
                                   const QString& style, StorageError* error)
{
    if (!repository().setDateStyle(incidentId, kind, groupKey, style, error))
        return false;
    m_workspace.announce(incidentId, Change::Templates);
    return true;
}

} // namespace bd
