// Bilingual narrative sections and the rule that says which side of a pair needs updating.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

enum class NarrativeSection
{
    Summary,
    Cause,
    SecondaryHarm,
    IndividualResponse,
    Publication,
    Prevention,
    Other,
    ContactDesk
};
inline constexpr int NarrativeSectionCount = 8;
QList<NarrativeSection> allNarrativeSections();
QString narrativeSectionKey(NarrativeSection section); // "summary", "cause", … (JSON and database key)
bool narrativeSectionFromKey(const QString& key, NarrativeSection* out);

enum class Lang
{
    Ja,
    En
};
QString langKey(Lang lang); // "ja" / "en"
bool langFromKey(const QString& key, Lang* out);
inline Lang otherLang(Lang lang)
{
    return lang == Lang::Ja ? Lang::En : Lang::Ja;
}

// Who reads a document, for the narratives written for them. A narrative section may have a text for all
// readers (the empty audience) and texts for particular readers; a document takes the first text that is not
// empty along its audience's fallback chain (narrativeFallbackChain):
//   consignor:<name>  →  consignors  →  (all readers)
//   regulator         →  (all readers)     PPC report, Privacy Mark report, GDPR Art. 33
//   public            →  (all readers)     public notice
//   individuals       →  (all readers)     letters to the people affected, GDPR Art. 34
// so that what one consignor client may read about another is written only where it belongs (法26条,
// 規則9条: each client is told of its own data).
namespace Audience {
inline constexpr auto All = "";
inline constexpr auto Regulator = "regulator";
inline constexpr auto Public = "public";
inline constexpr auto Individuals = "individuals";
inline constexpr auto Consignors = "consignors";
inline constexpr auto ConsignorPrefix = "consignor:";
} // namespace Audience
QString consignorAudience(const QString& consignorName); // "consignor:<name>"
// True for "", regulator, public, individuals, consignors and "consignor:<name>" with a name.
bool isValidAudience(const QString& audience);
// The audiences a document for `audience` reads narratives from, most particular first, ending with "".
QStringList narrativeFallbackChain(const QString& audience);
// The consignor a "consignor:<name>" audience names; empty for any other audience.
QString consignorOfAudience(const QString& audience);

// One section in both languages. Each side keeps `basis`: a hash of the other side's text as it was when this
// side was last written or confirmed. A side "needs update" when the other side has text and has changed
// since.
struct Narrative
{
    NarrativeSection section = NarrativeSection::Summary;
    QString audience; // Audience::…; "" = all readers
    QString textJa, textEn;
    QByteArray basisJa, basisEn;
    // The side that was edited last, and whether that edit answered a "needs update" mark. While the same
    // side keeps being edited as an answer, the other side is not marked (debounced typing arrives in several
    // saves).
    QString lastEditedLang; // "", "ja", "en"
    bool lastEditWasAnswer = false;

    const QString& text(Lang lang) const { return lang == Lang::Ja ? textJa : textEn; }
    bool needsUpdate(Lang lang) const;

    // The narrative after `lang`'s text is set to `text` by a person: applies the staleness rule.
    Narrative edited(Lang lang, const QString& text) const;
    // The narrative after a person confirms `lang` is still right although the other side changed.
    Narrative confirmed(Lang lang) const;

    static QByteArray hashOf(const QString& text);
    bool operator==(const Narrative&) const = default;
};

} // namespace bd
