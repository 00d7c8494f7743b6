#include "confidentialitycheck.h"

#include "textmatch.h"

#include <QSet>

namespace bd {

namespace {

QStringList consignorsOf(const Incident& incident)
{
    QStringList names;
    QSet<QString> keys;
    for (const DataSet& ds : incident.dataSets) {
        if (ds.holder != Holder::Consignor || ds.consignorName.trimmed().isEmpty())
            continue;
        const QString key = consignorKey(ds.consignorName);
        if (!keys.contains(key)) {
            keys.insert(key);
            names << ds.consignorName.trimmed();
        }
    }
    return names;
}

// Whether a document for `audience` may contain what was marked for `owner`.
bool mayRead(const QString& audience, const QString& owner)
{
    if (sameAudience(audience, owner))
        return true;
    // Text for every consignor client may go to each of them.
    return owner == QLatin1String(Audience::Consignors) && !consignorOfAudience(audience).isEmpty();
}

} // namespace

QString ConfidentialityCheck::audienceText(const QString& audience)
{
    if (audience == QLatin1String(Audience::Regulator))
        return tr("the regulator");
    if (audience == QLatin1String(Audience::Public))
        return tr("the public");
    if (audience == QLatin1String(Audience::Individuals))
        return tr("the people affected");
    if (audience == QLatin1String(Audience::Consignors))
        return tr("every consignor client");
    if (const QString c = consignorOfAudience(audience); !c.isEmpty())
        return tr("the consignor client %1").arg(c);
    return tr("all readers");
}

QList<ConfidentialityCheck::Term> ConfidentialityCheck::forbiddenFor(const Incident& incident,
                                                                     const QString& audience)
{
    QList<Term> terms;
    // The regulator is told of every client (規則8条: the report covers all the data concerned).
    if (audience != QLatin1String(Audience::Regulator)) {
        for (const QString& client : consignorsOf(incident)) {
            if (sameAudience(audience, consignorAudience(client)))
                continue;
            for (const QString& name : incident.consignorNames(client).all())
                if (TextMatcher::problem(name).isEmpty())
                    terms.append({name, tr("a name of the consignor client %1").arg(client), client});
        }
    }
    for (const ConfidentialText& c : incident.confidentialTexts)
        if (!mayRead(audience, c.audience) && TextMatcher::problem(c.text).isEmpty())
            terms.append({c.text, tr("text marked confidential for %1").arg(audienceText(c.audience)), {}});
    return terms;
}

QStringList ConfidentialityCheck::check(const Incident& incident, const QString& audience,
                                        const DocumentSurfaces& surfaces)
{
    QStringList out;
    const QList<Term> terms = forbiddenFor(incident, audience);
    if (terms.isEmpty())
        return out;
    const struct
    {
        QString where;
        QString text;
    } places[] = {
        {tr("its text"), surfaces.text},
        {tr("its PDF metadata"), surfaces.metadata.join(QLatin1Char('\n'))},
        {tr("its file name"), surfaces.fileName},
        {tr("its e-mail subject"), surfaces.emailSubject},
    };
    QSet<QString> reported; // one error per client or text and place
    for (const auto& place : places) {
        if (place.text.isEmpty())
            continue;
        const TextMatcher matcher(place.text);
        for (const Term& term : terms) {
            const QString key = (term.consignor.isEmpty() ? term.text : term.consignor) + place.where;
            if (reported.contains(key))
                continue;
            const std::optional<TextMatcher::Hit> hit = matcher.find(term.text);
            if (!hit)
                continue;
            reported.insert(key);
            out << tr("Confidential: %1 contains “%2”, %3, but this document is for %4: \"%5\". Write "
                      "this reader's own text for the section (or leave the name out); it cannot be "
                      "issued as it is.")
                       .arg(place.where, term.text, term.whose, audienceText(audience), hit->excerpt);
        }
    }
    return out;
}

} // namespace bd
