#include "recipientundo.h"

#include "recipientservice.h"

namespace bd {

void RecipientStep::run(const Write& write)
{
    StorageError error;
    const bool ok = write(&error);
    if (!ok)
        setObsolete(true); // QUndoStack deletes it: the history matches the workspace
    m_service.announceGroup(m_groupId);
    if (!ok)
        m_service.reportFailure(error);
}

} // namespace bd
