// Recipients and their groups: read, edited, included or excluded, imported and exported. Every write is
// audited (recipientrepository.h) and announced as Change::Recipients.
#pragma once

#include "recipientrepository.h"

namespace bd {

class Workspace;

class RecipientService
{
public:
    explicit RecipientService(Workspace& workspace) : m_workspace(workspace) {}

    QList<RecipientGroup> groups(qint64 incidentId, StorageError* error) const;

private:
    Workspace& m_workspace;
};

} // namespace bd
