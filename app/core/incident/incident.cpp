#include "incident.h"

namespace bd {

QString consignorKey(const QString& name)
{
    QString key = name.normalized(QString::NormalizationForm_KC);
    key.removeIf([](QChar c) { return c.isSpace(); });
    static const QStringList honorifics = {QStringLiteral("御中"), QStringLiteral("様"), QStringLiteral("殿"),
                                           QStringLiteral("さま"), QStringLiteral("各位")};
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString& h : honorifics)
            if (key.size() > h.size() && key.endsWith(h)) {
                key.chop(h.size());
                stripped = true;
            }
    }
    return key;
}

bool sameAudience(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QString ca = consignorOfAudience(a), cb = consignorOfAudience(b);
    return !ca.isEmpty() && !cb.isEmpty() && consignorKey(ca) == consignorKey(cb);
}

QStringList ConsignorNames::all() const
{
    QStringList names;
    for (const QString& n : QStringList{name, nameEn} + aliases)
        if (!n.trimmed().isEmpty() && !names.contains(n.trimmed()))
            names << n.trimmed();
    return names;
}

const Narrative* Incident::narrative(NarrativeSection section) const
{
    return narrative(section, QString());
}

const Narrative* Incident::narrative(NarrativeSection section, const QString& audience) const
{
    for (const Narrative& n : narratives)
        if (n.section == section && sameAudience(n.audience, audience))
            return &n;
    return nullptr;
}

Narrative Incident::narrativeFor(NarrativeSection section, const QString& audience) const
{
    Narrative out;
    out.section = section;
    out.audience = audience;
    bool foundJa = false, foundEn = false;
    for (const QString& a : narrativeFallbackChain(audience)) {
        const Narrative* n = narrative(section, a);
        if (!n)
            continue;
        if (!foundJa && !n->textJa.trimmed().isEmpty()) {
            out.textJa = n->textJa;
            foundJa = true;
        }
        if (!foundEn && !n->textEn.trimmed().isEmpty()) {
            out.textEn = n->textEn;
            foundEn = true;
        }
    }
    return out;
}

ConsignorNames Incident::consignorNames(const QString& consignorName) const
{
    const QString wanted = consignorKey(consignorName);
    for (const ConsignorNames& c : consignors)
        if (consignorKey(c.name) == wanted)
            return c;
    return ConsignorNames{consignorName.trimmed(), {}, {}};
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
