#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace bd::sfnt {

// Just enough of the OpenType/TrueType container format to repair the text layer of Qt's PDFs: Qt embeds each
// font as a TrueType subset (glyf/loca, no cmap), so glyph outlines are compared byte for byte.

constexpr quint32 tag(const char (&t)[5])
{
    return quint32(uchar(t[0])) << 24 | quint32(uchar(t[1])) << 16 | quint32(uchar(t[2])) << 8 | uchar(t[3]);
}

// The table `tableTag` of a single font file (not a collection); empty when absent or malformed.
QByteArray table(const QByteArray& font, quint32 tableTag);

// Each glyph's 'glyf' record, indexed by glyph id; empty list when the font has no glyf/loca.
QList<QByteArray> glyphRecords(const QByteArray& font);

// Name ID 6 of a 'name' table (Windows Unicode record preferred, else Macintosh Roman).
QString postscriptName(const QByteArray& nameTable);

} // namespace bd::sfnt
