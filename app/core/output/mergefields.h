#pragma once

#include <QChar>
#include <QString>

namespace bd {

// A merge template is the letter's HTML with one marker character in place of each recipient-specific value.
// A Mustache renderer makes one by rendering the template with a context whose recipient fields are
// fieldMarker(0), fieldMarker(1), … (escaping leaves these private-use characters alone). The template is
// then parsed and laid out once per worker, and each recipient only patches the marked text and re-lays out
// the blocks it touched — instead of re-parsing the whole HTML for every letter.
//
// Markers may only stand where text is printed (not inside attributes or tags), and each field prints as
// plain text with the character format of its marker; a field value of "\n" becomes a line break inside the
// paragraph.
namespace mergefields {

inline constexpr char16_t firstMarker = 0xE000; // start of the Private Use Area
inline constexpr int maxFields = 0x1000;

inline QString marker(int field)
{
    Q_ASSERT(field >= 0 && field < maxFields);
    return QString(QChar(char16_t(firstMarker + field)));
}

inline int fieldOf(QChar c)
{
    const int v = c.unicode() - firstMarker;
    return v >= 0 && v < maxFields ? v : -1;
}

} // namespace mergefields
} // namespace bd
