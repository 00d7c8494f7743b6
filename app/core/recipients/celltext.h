// Checks of one imported cell for text that lies: characters that are not text (a lone UTF-16 surrogate,
// NUL), bidirectional controls that make it display as something else (bidicontrols.h), and CJK radicals
// that look like kanji (cjkradicals.h). What can be repaired is repaired in place; the import planner
// turns the findings into problems on that row and column.
#pragma once

#include <QString>

namespace bd {

struct CellTextFindings
{
    int loneSurrogates = 0;   // replaced by U+FFFD: never joined to a neighbour into another character
    int nulCharacters = 0;    // kept (the row is rejected)
    int bidiControls = 0;     // kept (the row is accepted with a warning)
    int radicalsReplaced = 0; // replaced by the ideograph they stand for
    int radicalsUnmapped = 0; // radicals that stand for no ideograph, kept

    bool any() const
    {
        return loneSurrogates || nulCharacters || bidiControls || radicalsReplaced || radicalsUnmapped;
    }
};

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
qsizetype firstLoneSurrogate(QStringView text);
// `text` with each lone surrogate replaced by U+FFFD; well-formed pairs stay.
QString withoutLoneSurrogates(QStringView text);

// Checks `text` and repairs it (lone surrogates, radicals). Text without any of these characters — nearly
// every cell — is only scanned once.
CellTextFindings checkCellText(QString& text);

} // namespace bd
