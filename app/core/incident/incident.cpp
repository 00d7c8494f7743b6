#include "incident.h"

namespace bd {

const Narrative* Incident::narrative(NarrativeSection section) const
{
    for (const Narrative& n : narratives)
        if (n.section == section)
            return &n;
    return nullptr;
}

std::optional<int> Incident::totalPeople(bool* estimate) const
{
    int total = 0;
    bool about = false;
    for (const DataSet& ds : dataSets) {
        if (!ds.people)
            return std::nullopt;
        total += *ds.people;
        about = about || ds.peopleEstimate;
    }
    if (estimate)
        *estimate = about;
    return total;
}

} // namespace bd
