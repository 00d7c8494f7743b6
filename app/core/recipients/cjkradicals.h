// CJK radical characters typed or converted in place of the kanji they look like: ⽥ (U+2F65, KANGXI
// RADICAL FIELD) for 田, ⻑ (U+2ED1, CJK RADICAL LONG ONE) for 長. They print the same but are other
// characters: a search, a sort or a duplicate check does not find the name. An import replaces them by the
// unified ideograph; nothing else in the text changes (full-width letters typed on purpose stay).
#pragma once

#include <QString>

namespace bd {

// Kangxi Radicals U+2F00–U+2FD5 and CJK Radicals Supplement U+2E80–U+2EF3.
constexpr bool isCjkRadical(char16_t u)
{
    return (u >= 0x2F00 && u <= 0x2FD5) || (u >= 0x2E80 && u <= 0x2EF3);
}

// The ideograph a radical stands for: a Kangxi radical's compatibility decomposition (NFKC of that character
// alone), a Radicals Supplement character's entry in Unicode's EquivalentUnifiedIdeograph.txt (compiled in at
// build time). 0 when it stands for none (U+2E80 CJK RADICAL REPEAT, …) or is no radical.
char32_t unifiedIdeographOf(char16_t radical);

struct RadicalReplacement
{
    int replaced = 0; // radicals replaced by their ideograph
    int unmapped = 0; // radicals left as they are: they stand for no ideograph
};

// Replaces every radical in `text` that stands for an ideograph by that ideograph.
RadicalReplacement unifyCjkRadicals(QString& text);

} // namespace bd
