// The incident exchange format: one JSON document per incident, documented in docs/incident-json.md.
#pragma once

#include "catalogue.h"
#include "filingrecords.h"
#include "incident.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bd {

inline constexpr auto IncidentJsonFormat = "breachdesk-incident";
// Version 2: each event kind has its own certainty; encryption and the substitute-notice reason are per data
// set. Version 1 files are still read (incidentjsonv1.h). Later additions (a company profile, deadline data)
// are new optional blocks within version 2, see docs/incident-json.md "Versions".
inline constexpr int IncidentJsonVersion = 2;

struct IncidentJsonError
{
    QString path;    // e.g. "incident.data_sets[2].people"
    QString message; // translated: why the value is wrong
    QString text() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

struct IncidentDocumentData
{
    Incident incident;
    QList<DataItem> customItems; // officer-defined items the data sets refer to
    IncidentFilings filings;     // the top-level "filings" block: what was filed and published
};

class IncidentJson
{
    Q_DECLARE_TR_FUNCTIONS(bd::IncidentJson)
public:
    // The "filings" block is written when anything is recorded in `filings`.
    static QJsonObject toJson(const Incident& incident, const QList<DataItem>& customItems,
                              const IncidentFilings& filings = {});
    static QByteArray toBytes(const Incident& incident, const QList<DataItem>& customItems,
                              const IncidentFilings& filings = {});

    // Parses and validates the whole document. On any error returns false and lists every problem found, each
    // naming its field; nothing of a failed document should be imported.
    static bool fromBytes(const QByteArray& bytes, IncidentDocumentData* out,
                          QList<IncidentJsonError>* errors);
    static bool fromJson(const QJsonObject& root, IncidentDocumentData* out,
                         QList<IncidentJsonError>* errors);
};

} // namespace bd
