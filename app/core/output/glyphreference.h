#pragma once

#include <QByteArray>
#include <QRawFont>

namespace bd::glyphreference {

// The TrueType glyph record that Qt's PDF writer embeds for `glyph` of `font`. Qt converts each glyph outline
// into a 'glyf' record of its own making, the same bytes whichever document draws it; this renders the glyph
// alone into a small PDF once per process and glyph, and returns its record (empty if that fails).
// Used to find, in a subset font without a cmap, which glyph stands for a character outside the BMP.
QByteArray record(const QRawFont& font, quint32 glyph);

} // namespace bd::glyphreference
