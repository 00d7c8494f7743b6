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

// One section in both languages. Each side keeps `basis`: a hash of the other side's text as it was when this
// side was last written or confirmed. A side "needs update" when the other side has text and has changed
// since.
struct Narrative
{
    NarrativeSection section = NarrativeSection::Summary;
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
