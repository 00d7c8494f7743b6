// The longest text every field takes, and the one check that the incident JSON import, the incident editor
// and the recipient import all use. Lengths count characters (Unicode code points), not bytes, so a Japanese
// and an English text of the same length fit alike. The limits are documented in docs/incident-json.md
// ("Length limits") and docs/incident.schema.json; each is far above what the field needs, and low enough
// that a letter that prints every text field at its limit is still laid out in about a second.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace bd {

namespace TextLimit {
// Incident code ("INC-2024-003"): also part of suggested file names, so one short line without control
// characters or path separators.
inline constexpr int Code = 64;
// Keys (a custom group's or data item's key).
inline constexpr int Key = 64;
// Titles: the PPC report's 事案の概要 title and a letter's subject line — a sentence, not a page.
inline constexpr int Title = 500;
// Names of people, organisations, desks, consignors, review bodies; labels. The longest registered Japanese
// company names are well under 100 characters.
inline constexpr int Name = 200;
// Postal addresses, Japanese or foreign: a few lines.
inline constexpr int Address = 500;
// E-mail addresses: RFC 5321 §4.5.3.1.3 allows a path of 256 octets including the angle brackets.
inline constexpr int Email = 254;
// Phone numbers and postcodes, with any punctuation or extension.
inline constexpr int Phone = 50;
// Short free text: reasons, opening hours, a timeline entry.
inline constexpr int Note = 2000;
// A narrative section in one language (summary, cause, …): about 13 A4 pages of Japanese letter text.
inline constexpr int Narrative = 20000;
// A recipient's own columns (custom fields from the imported list).
inline constexpr int RecipientCustom = 1000;
} // namespace TextLimit

class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(bd::TextLimits)
public:
    // Characters (code points) in `text`: a surrogate pair counts once.
    static qsizetype characters(QStringView text);

    // Empty when `text` has at most `max` characters; else a translated message naming `field` (a label or
    // a key), the limit and the length found. Never quotes the text. With an empty `field` the message is
    // meant to follow a path ("incident.title.ja: is too long: …").
    static QString tooLong(const QString& field, QStringView text, int max);

    // An incident code: not blank, at most TextLimit::Code characters, no control characters (NUL, line
    // breaks …) and no / or \. Empty when valid, else a translated message naming `field` (or none, as
    // above).
    static QString codeProblem(const QString& field, QStringView code);

    // The limit of a recipient field by its key ("name", "address", "custom:備考" …; see recipient.h).
    static int recipientLimit(QStringView fieldKey);
    // Empty when a recipient field's value fits, else a translated message naming the field.
    static QString recipientTooLong(QStringView fieldKey, QStringView value);
};

} // namespace bd
