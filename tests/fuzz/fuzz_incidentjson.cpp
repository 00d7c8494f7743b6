// Incident JSON (app/core/incident/incidentjson.cpp), as `import-incident` reads it: parsed and validated;
// an accepted incident must be written back and read again to the same JSON (a round trip that fails is a
// finding: abort).
#include "fuzzsupport.h"

#include "incidentjson.h"

#include <cstdio>
#include <cstdlib>

using namespace bd;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    IncidentDocumentData document;
    QList<IncidentJsonError> errors;
    if (!IncidentJson::fromBytes(fuzz::bytes(data, size), &document, &errors))
        return 0;
    const QByteArray written = IncidentJson::toBytes(document.incident, document.customItems);
    IncidentDocumentData again;
    QList<IncidentJsonError> againErrors;
    if (!IncidentJson::fromBytes(written, &again, &againErrors)) {
        for (const IncidentJsonError& e : std::as_const(againErrors))
            std::fprintf(stderr, "round trip: %s\n", qPrintable(e.text()));
        std::abort();
    }
    if (IncidentJson::toBytes(again.incident, again.customItems) != written) {
        std::fprintf(stderr, "round trip: the JSON written twice differs\n");
        std::abort();
    }
    return 0;
}
