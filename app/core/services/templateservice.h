// The incident's copies of the letter templates and their date styles: read with the built-ins behind them,
// saved, reset. Every write is audited (templaterepository.h) and announced as Change::Templates.
#pragma once

#include "templaterepository.h"

namespace bd {

class Workspace;

class TemplateService
{
public:
    explicit TemplateService(Workspace& workspace) : m_workspace(workspace) {}

    std::optional<TemplateDraft> load(qint64 incidentId, const TemplateKey& key, StorageError* error) const;
    bool save(qint64 incidentId, const TemplateKey& key, const QString& body, StorageError* error);
    bool reset(qint64 incidentId, const TemplateKey& key, StorageError* error);
    QString dateStyle(qint64 incidentId, const QString& kind, const QString& groupKey,
                      StorageError* error) const;
    bool setDateStyle(qint64 incidentId, const QString& kind, const QString& groupKey, const QString& style,
                      StorageError* error);

private:
    TemplateRepository repository() const;
    Workspace& m_workspace;
};

} // namespace bd
