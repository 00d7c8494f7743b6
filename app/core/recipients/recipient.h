// A person (or organisation) to be notified, as imported into a recipient group, and the fields a file's
// columns can be mapped to. Names, addresses and e-mails are personal data: never log them.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bd {

// Why two recipients look like one person (recipientmatch.h).
enum class DuplicateKind
{
    Email,       // same e-mail address (case-insensitive)
    NameAddress, // same name and address (NFKC, whitespace removed, case-insensitive)
    Identical,   // every compared field the same: one person, imported once
};

struct Recipient
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    QString kana;
    QString organisation;
    QString department;
    QString title;
    QString postcode;
    QString address;
    QString email;
    QString phone;
    QString language;              // "ja", "en" or empty (= the group's default)
    QMap<QString, QString> custom; // header -> value, for columns mapped to "custom:<header>"
    QString sourceFile;            // file name the row was imported from
    int sourceRow = 0;             // 1-based row in that file as Excel numbers it (the header is row 1)
    bool excluded = false;
    // Set on import when the group has someone with the same e-mail, or the same name and address, who
    // differs in another field: maybe the same person, maybe not, until the officer decides.
    std::optional<DuplicateKind> possibleDuplicate; // why: Email or NameAddress
    qint64 possibleDuplicateOf = 0; // that recipient's id (0: not saved yet, or deleted since)
    int possibleDuplicateOfRow = 0; // before saving: that recipient's row in the same file (0: in the group)

    bool operator==(const Recipient&) const = default;
};

// The fixed fields a column can be mapped to; any other column maps to "custom:<header>".
enum class RecipientField
{
    Name,
    Kana,
    Organisation,
    Department,
    Title,
    Postcode,
    Address,
    Email,
    Phone,
    Language,
};

// All fixed fields in display order.
const QList<RecipientField>& recipientFields();

// Stable keys: "name", "kana", "organisation", "department", "title", "postcode", "address", "email",
// "phone", "language". Used in mappings, JSON and the CLI.
QString recipientFieldKey(RecipientField field);
std::optional<RecipientField> recipientFieldFromKey(QStringView key);
// Display name in "ja" or "en" (anything else falls back to English).
QString recipientFieldLabel(RecipientField field, QStringView language);

// Field keys in general: a fixed field's key, or "custom:<header>".
inline constexpr QStringView kCustomFieldPrefix = u"custom:";
bool isCustomFieldKey(QStringView key);
QString customFieldKey(const QString& header); // "custom:" + header
QString customFieldName(QStringView key);      // the header part of "custom:<header>"
bool isValidFieldKey(QStringView key);         // a fixed key or "custom:<non-empty>"
// Display name of any field key ("custom:部署コード" shows as "部署コード").
QString fieldKeyLabel(QStringView key, QStringView language);

QString recipientField(const Recipient& recipient, RecipientField field);
void setRecipientField(Recipient& recipient, RecipientField field, const QString& value);

// Reading and writing a field of a recipient by key (fixed or custom).
QString recipientValue(const Recipient& recipient, QStringView key);
void setRecipientValue(Recipient& recipient, QStringView key, const QString& value);

// "ja"/"en" for the usual spellings (ja, jp, japanese, 日本語, 和文; en, english, 英語, 英文), empty for an
// empty value, std::nullopt when not recognised.
std::optional<QString> normaliseLanguage(const QString& value);

} // namespace bd

// Every member is relocatable: lists of 100,000 recipients grow without moving each one.
Q_DECLARE_TYPEINFO(bd::Recipient, Q_RELOCATABLE_TYPE);
