// A problem found while reading or checking an imported list, tied to its row (as Excel numbers it).
#pragma once

#include <QString>

namespace bd {

enum class ProblemKind
{
    MissingName,       // the name field is empty
    MissingValue,      // an e-mail (e-mail channel) or a postal address (post channel) the group requires
    BadEmail,          // the e-mail does not look like an address
    UnknownLanguage,   // the language is neither Japanese nor English (the group's default is used)
    TooManyColumns,    // non-empty cells beyond the header's columns
    TooFewColumns,     // fewer cells than the header has columns (the missing ones are empty)
    Unreadable,        // bytes that could not be decoded in the chosen encoding
    MalformedQuote,    // a quote inside an unquoted field, or text after a closing quote
    UnterminatedQuote, // a quoted field still open at the end of the file
    RecordTooLong,     // a record beyond the reader's size limits (reading stops there)
    ReadError,         // the file could not be read (I/O error, not a zip/xlsx, missing sheet …)
    LoneSurrogate,     // half of a UTF-16 surrogate pair (replaced by U+FFFD; the row is rejected)
    NulCharacter,      // a NUL character in a cell (the row is rejected)
    BidiControl,       // bidirectional controls that can make the text display as other text (kept)
    CjkRadical,        // CJK radicals that look like kanji (replaced by the kanji, or kept when none)
};

enum class ProblemSeverity
{
    Error,   // the row is rejected
    Warning, // the row is accepted as read; the user is told
};

struct ImportProblem
{
    int row = 0;        // 1-based row of the file as Excel numbers it (0 = the file as a whole)
    int column = -1;    // 0-based column, -1 when the whole row is concerned
    QString columnName; // the header of that column, when known
    QString field;      // the field key it maps to ("email", "custom:備考"), when known
    ProblemKind kind = ProblemKind::ReadError;
    ProblemSeverity severity = ProblemSeverity::Error;
    QString message; // translated, without personal data (no cell values)

    bool isError() const { return severity == ProblemSeverity::Error; }
};

// Stable key for the CLI and tests: "missing-name", "bad-email", …
QString problemKindKey(ProblemKind kind);

} // namespace bd
