// Which column of an imported file feeds which recipient field. Guessed from the header (Japanese and
// English, tolerant of spaces, case, full-width and half-width forms), remembered per group as JSON (matched
// by header name next time), and given on the command line as "name=氏名,email=3".
#pragma once

#include "recipient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(int columnCount);

    // One field per header column: a fixed field it is known by, else "custom:<header>" (empty headers are
    // ignored). Several columns may feed name, kana and address (姓 + 名, 住所1 + 住所2: joined with a
    // space); any other fixed field goes to the first column that names it, later ones become custom.
    static ColumnMapping guess(const QStringList& header);
    // The fixed field a header names, if any.
    static std::optional<RecipientField> guessField(const QString& header);
    // What guessing compares: NFKC, case-folded, without spaces, brackets, punctuation, "※" marks and a
    // trailing number ("E-mail 2" → "email").
    static QString normaliseHeader(QStringView header);
    // name, kana and address may take several columns.
    static bool allowsSeveralColumns(QStringView fieldKey);

    int columnCount() const { return int(m_fields.size()); }
    // The field key of a 0-based column; empty when the column is ignored (or out of range).
    QString field(int column) const;
    // `fieldKey` empty to ignore the column. The mapping grows as needed.
    void setField(int column, const QString& fieldKey);
    // Columns that feed a field key, in column order.
    QList<int> columnsFor(QStringView fieldKey) const;
    bool isMapped(QStringView fieldKey) const { return !columnsFor(fieldKey).isEmpty(); }

    // Translated reasons this mapping cannot be used: no column for the name (unless `organisationsGroup` and
    // one for the organisation), a field that takes one column mapped to several, an invalid key.
    QStringList validate(bool organisationsGroup = false) const;

    // {"version":1,"columns":[{"column":1,"header":"氏名","field":"name"}, …]} (column is 1-based; "field" is
    // "" for an ignored column).
    QJsonObject toJson(const QStringList& header) const;
    // Applies a remembered mapping to a (possibly different) file: each header takes the field remembered for
    // the same (normalised) header name, else the guess.
    static ColumnMapping fromJson(const QJsonObject& json, const QStringList& header);
    // "field=column[+column…],…": a column is a 1-based number or a header name; field is a key
    // ("custom:社員番号" allowed) or "ignore". Starts from `base` (e.g. the guess); each named field replaces
    // the columns `base` gave it. std::nullopt with a translated `error` for an unknown field or column.
    static std::optional<ColumnMapping> fromSpec(const QString& spec, const QStringList& header,
                                                 const ColumnMapping& base, QString* error = nullptr);

    bool operator==(const ColumnMapping&) const = default;

private:
    QStringList m_fields;
};

} // namespace bd
