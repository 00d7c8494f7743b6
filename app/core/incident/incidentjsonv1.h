// Reading incident JSON version 1 (BreachDesk before the per-kind certainty, docs/incident-json.md "Version
// 1"): the document is rewritten into version 2 exactly as migration 0011_event_certainty converts a
// workspace, and then read like any version 2 file.
#pragma once

#include "incidentjson.h"

#include <QJsonObject>

namespace bd {

// Rewrites a version 1 `root` into version 2 in place:
// - incident.event.kinds.{leak,loss,damage} (true/false) and incident.event.state ("occurred"/"possible",
//   default "possible") become incident.event.{leak,loss,damage}: "no" for a kind not ticked, else the state;
// - incident.protection.{encrypted,key_may_have_leaked} and incident.notice.{contacts_unreachable,
//   contacts_unreachable_reason} are copied into every data set and removed from the incident.
// On a wrong value of one of those fields, or a version 2 field in a version 1 file, appends errors naming
// the version 1 path and returns false; `root` is then unusable.
bool upgradeIncidentJsonV1(QJsonObject* root, QList<IncidentJsonError>* errors);

} // namespace bd
