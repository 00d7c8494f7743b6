#pragma once

#include "textlayerhints.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QPDF;

namespace bd {

struct TextLayerReport
{
    int fonts = 0;            // Type0 fonts examined
    int remapped = 0;         // ToUnicode entries changed (radicals, glyphs shared by several code points)
    int added = 0;            // entries added for glyphs Qt left out (characters outside the BMP)
    QList<int> unmappedCodes; // codes still without an entry after the repair (0 = .notdef not counted)
};

// Repairs the text layer of PDFs written by Qt 6.4's QPdfWriter, in place, with libqpdf.
//
// Qt builds each font's ToUnicode map by scanning U+0000–U+FFFF and keeping the lowest code point per glyph,
// so a glyph shared by several code points extracts as the lowest one: 月 as ⽉ U+2F49, 長 as ⻑ U+2ED1 (19
// common kanji), 　 U+3000 as U+2003, ～ U+FF5E as 〜 U+301C, – as ‒, a space as a tab; glyphs of characters
// outside the BMP (𠮷) get no entry at all. The repair:
//  1. For every entry whose code point was not drawn, picks the drawn character with the same glyph in that
//  font
//     (the font is found by its PostScript name among the installed fonts). Without hints, or when no drawn
//     character matches, radicals (U+2E80–U+2FDF) map to their unified ideograph
//     (EquivalentUnifiedIdeograph.txt).
//  2. Adds entries for codes without one by comparing their glyph outlines with the glyphs of the non-BMP
//     characters drawn (`hints.glyphs()`).
//  3. Gives each embedded subset the six-letter tag "ABCDEF+" in /BaseFont that marks a subset, derived from
//     the font data.
// Printing is unaffected: only the ToUnicode streams and font names change.
namespace textlayerfix {

TextLayerReport apply(QPDF& pdf, const TextLayerHints& hints);

// Convenience for a PDF in memory; returns the repaired PDF, or an empty array with `error` set.
QByteArray apply(const QByteArray& pdf, const TextLayerHints& hints, QString* error = nullptr,
                 TextLayerReport* report = nullptr);

} // namespace textlayerfix
} // namespace bd
