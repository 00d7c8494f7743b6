// The parts of incident JSON that say who may read what (docs/incident-json.md "Readers"): the narrative
// sections written for particular readers (`narratives_for`), the consignor clients' names
// (`consignors`) and the text marked confidential (`confidential`). Also the reading of one narrative
// section, which the sections for all readers (`narratives`) share.
#pragma once

#include "incident.h"
#include "incidentjson.h"

#include <QJsonObject>

namespace bd {

// Adds the three blocks to `inc` (an incident object); blocks with nothing to say are left out.
void writeReaderBlocks(const Incident& incident, QJsonObject* inc);

// Reads the three blocks of `inc` into `incident` (whose data sets are already read: a consignor named here
// must be one of theirs). Every problem is appended to `errors` with its path.
void readReaderBlocks(const QJsonObject& inc, Incident* incident, QList<IncidentJsonError>* errors);

// One section object {"ja": …, "en": …, "needs_update": [...]} at `where` into `n` (its texts and bases).
void readNarrativeSection(const QJsonValue& value, const QString& where, Narrative* n,
                          QList<IncidentJsonError>* errors);
// The same section as JSON.
QJsonObject narrativeSectionJson(const Narrative& n);

} // namespace bd
