// The incident JSON's "filings" block (docs/incident-json.md "Filings"): the filing records and the public
// notice's editions published outside BreachDesk. Read and written beside the incident by IncidentJson.
#pragma once

#include "filingrecords.h"
#include "incidentjson.h"

#include <QJsonObject>
#include <QJsonValue>

namespace bd {

class FilingsJson
{
    Q_DECLARE_TR_FUNCTIONS(bd::IncidentJson)
public:
    static QJsonObject toJson(const IncidentFilings& filings);

    // Reads the top-level "filings" value (absent: nothing recorded) of a document about `incident` (its
    // data sets name the consignor clients and people groups a notice's key may name). Appends every
    // problem with its path ("filings.records[2].submitted_on") and leaves `out` unusable when there is one.
    static void read(const QJsonValue& value, const Incident& incident, IncidentFilings* out,
                     QList<IncidentJsonError>* errors);
};

} // namespace bd
