// Mail-merge safety marks (known second incidents of breach notices: letters started on the back of another
// person's sheet in duplex printing, two people's letters in one envelope). Every page of a batch carries a
// small control number, "B12-0042 1/2": the batch (B and the issued batch's id; D for a draft), the letter's
// sequence in the batch and the page of the letter as printed. It stands at the bottom right, in the margin
// below the footer, so that whoever puts letters into envelopes can check that a sheet belongs to the letter
// before it. A letter padded to an even page count for duplex printing ends with a page that says it is blank
// on purpose, with the control number like every other page.
#pragma once

#include "pagesetup.h"

#include <QString>

class QPainter;

namespace bd {

namespace ControlMark {
// "B12-0042" (batch "B12", sequence 42, 1-based); at least four digits.
QString letterControl(const QString& batch, qsizetype sequence);
// "B12-0042 1/2": page `page` (1-based) of `pages`.
QString pageControl(const QString& letterControl, int page, int pages);
// The pages a letter of `pages` pages takes when padded to an even count.
inline int paddedPages(int pages, bool padEven)
{
    return padEven && pages % 2 != 0 ? pages + 1 : pages;
}
// The note on a padding page, in the letter's language.
QString blankPageNote(bool english);
// The characters the marks may draw, for the text layer repair (textlayerhints.h).
QString characters();

// Draws `text` at the bottom right of the page, in page pixel coordinates (see PageSetup); nothing for an
// empty text.
void draw(QPainter& painter, const PageSetup& page, const QString& text);
// Draws the blank page's note in the middle of the page.
void drawBlankPage(QPainter& painter, const PageSetup& page, bool english);
} // namespace ControlMark

} // namespace bd
