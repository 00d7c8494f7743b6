#include "recipientservice.h"

#include "workspace.h"

namespace bd {

QList<RecipientGroup> RecipientService::groups(qint64 incidentId, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).groups(incidentId, error);
}

} // namespace bd
