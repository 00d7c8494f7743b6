// Incident JSON (app/core/incident/incidentjson.cpp), as `import-incident` reads it: parsed and validated;
// an accepted incident must be written back and read again to the same JSON (a round trip that fails is a
// finding: abort). The consignor names and confidential text it records are then looked for in its narratives
// as the confidentiality check does (textmatch.h), whatever the text.
#include "fuzzsupport.h"

#include "incidentjson.h"
#include "textmatch.h"

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
    QStringList terms;
    for (const ConsignorNames& c : std::as_const(document.incident.consignors))
        terms += c.all();
    for (const ConfidentialText& c : std::as_const(document.incident.confidentialTexts))
        terms << c.text;
    for (const Narrative& n : std::as_const(document.incident.narratives)) {
        const TextMatcher ja(n.textJa), en(n.textEn);
        for (const QString& term : std::as_const(terms)) {
            for (const TextMatcher* m : {&ja, &en}) {
                const std::optional<TextMatcher::Hit> hit = m->find(term);
                if (hit && (hit->from < 0 || hit->to < hit->from || hit->excerpt.isEmpty())) {
                    std::fprintf(stderr, "text match: a hit outside the text\n");
                    std::abort();
                }
            }
        }
    }
    return 0;
}
