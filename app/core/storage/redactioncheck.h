// The part of the workspace check (WorkspaceVerifier) that concerns redactions (docs/redaction.md): each
// stored statement still has its SHA-256 and its author's valid signature, the audit trail records it right
// after the chain head it names, the personal data it removed has not come back and every recipient it
// counted is still there; and every redaction the trail records is still stored.
#pragma once

#include "database.h"
#include "workspaceverifier.h"

#include <functional>

namespace bd {

// Calls `report` for each problem found. False when the workspace could not be read (`error` says why).
bool checkRedactions(Database& db, const std::function<void(IntegrityProblem)>& report, StorageError* error);

} // namespace bd
