// The demo incident's fictional recipient lists (resources/demo/recipients/*.csv), imported into its groups
// through the same path as a user's import, so the demo shows a realistic letter run out of the box.
#pragma once

#include "database.h"

namespace bd {

class DemoRecipients
{
    Q_DECLARE_TR_FUNCTIONS(bd::DemoRecipients)
public:
    // Fills the built-in groups of `incidentId` from the shipped lists, all in one transaction per group.
    static bool import(Database& db, qint64 incidentId, StorageError* error);
};

} // namespace bd
