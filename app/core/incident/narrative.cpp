#include "narrative.h"

#include <QCryptographicHash>

namespace bd {

namespace {
constexpr const char* sectionKeys[NarrativeSectionCount] = {
    "summary",     "cause",      "secondary_harm", "individual_response",
    "publication", "prevention", "other",          "contact_desk"};

QByteArray& basisOf(Narrative& n, Lang lang)
{
    return lang == Lang::Ja ? n.basisJa : n.basisEn;
}
QString& textOf(Narrative& n, Lang lang)
{
    return lang == Lang::Ja ? n.textJa : n.textEn;
}
} // namespace

QList<NarrativeSection> allNarrativeSections()
{
    QList<NarrativeSection> sections;
    for (int i = 0; i < NarrativeSectionCount; ++i)
        sections.append(static_cast<NarrativeSection>(i));
    return sections;
}

QString narrativeSectionKey(NarrativeSection section)
{
    return QString::fromLatin1(sectionKeys[static_cast<int>(section)]);
}

bool narrativeSectionFromKey(const QString& key, NarrativeSection* out)
{
    for (int i = 0; i < NarrativeSectionCount; ++i) {
        if (key == QLatin1String(sectionKeys[i])) {
            *out = static_cast<NarrativeSection>(i);
            return true;
        }
    }
    return false;
}

QString consignorAudience(const QString& consignorName)
{
    return QLatin1String(Audience::ConsignorPrefix) + consignorName.trimmed();
}

QString consignorOfAudience(const QString& audience)
{
    return audience.startsWith(QLatin1String(Audience::ConsignorPrefix))
               ? audience.mid(int(qstrlen(Audience::ConsignorPrefix))).trimmed()
               : QString();
}

bool isValidAudience(const QString& audience)
{
    for (const char* fixed :
         {Audience::All, Audience::Regulator, Audience::Public, Audience::Individuals, Audience::Consignors})
        if (audience == QLatin1String(fixed))
            return true;
    return !consignorOfAudience(audience).isEmpty();
}

QStringList narrativeFallbackChain(const QString& audience)
{
    QStringList chain;
    if (!audience.isEmpty())
        chain << audience;
    if (!consignorOfAudience(audience).isEmpty())
        chain << QString::fromLatin1(Audience::Consignors);
    chain << QString();
    return chain;
}

QString langKey(Lang lang)
{
    return lang == Lang::Ja ? QStringLiteral("ja") : QStringLiteral("en");
}

bool langFromKey(const QString& key, Lang* out)
{
    if (key == QLatin1String("ja"))
        *out = Lang::Ja;
    else if (key == QLatin1String("en"))
        *out = Lang::En;
    else
        return false;
    return true;
}

QByteArray Narrative::hashOf(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
}

bool Narrative::needsUpdate(Lang lang) const
{
    const QString& other = text(otherLang(lang));
    if (other.isEmpty())
        return false;
    const QByteArray& basis = lang == Lang::Ja ? basisJa : basisEn;
    return basis != hashOf(other);
}

Narrative Narrative::edited(Lang lang, const QString& newText) const
{
    Narrative n = *this;
    const Lang other = otherLang(lang);
    const bool answering = needsUpdate(lang) || (lastEditedLang == langKey(lang) && lastEditWasAnswer);
    textOf(n, lang) = newText;
    basisOf(n, lang) = hashOf(n.text(other));
    if (answering) // this side follows the other: both are in step now
        basisOf(n, other) = hashOf(newText);
    n.lastEditedLang = langKey(lang);
    n.lastEditWasAnswer = answering;
    return n;
}

Narrative Narrative::confirmed(Lang lang) const
{
    Narrative n = *this;
    basisOf(n, lang) = hashOf(n.text(otherLang(lang)));
    n.lastEditedLang.clear();
    n.lastEditWasAnswer = false;
    return n;
}

} // namespace bd
