#pragma once

#include <QtGlobal>

namespace bd::ideographs {

// The unified ideograph a CJK Radicals Supplement, Kangxi Radical or CJK Stroke code point stands for
// (Unicode's EquivalentUnifiedIdeograph.txt, compiled into the library at build time), or 0 if none.
char32_t unified(char32_t codePoint);

// U+2E80–U+2FDF: the blocks whose code points Qt's PDF writer puts into the text layer instead of the
// ideographs that share their glyphs.
constexpr bool isRadical(char32_t codePoint)
{
    return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
}

// Number of entries in the compiled table (for tests).
int tableSize();

} // namespace bd::ideographs
