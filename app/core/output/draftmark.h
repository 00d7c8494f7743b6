// The mark every page of a letter carries until the letters are issued: 「下書き」 on Japanese letters,
// "DRAFT" on English ones. It is drawn twice: as text in a box in the top margin (so that it is in the PDF's
// text layer, which a reader can search and a test can read), and as a large, pale, diagonal outline across
// the page (drawn as shapes, so that it is not in the text layer twice) which no photocopy or crop loses.
#pragma once

#include "pagesetup.h"

#include <QString>

class QPainter;

namespace bd {

namespace DraftMark {
// The mark in the letter's own language (not the interface's): it is part of the document, as its template
// text is.
inline QString forLetterLanguage(bool english)
{
    return english ? QStringLiteral("DRAFT") : QStringLiteral("下書き");
}

// Draws `mark` on the page in page pixel coordinates (see PageSetup); nothing for an empty mark.
void draw(QPainter& painter, const PageSetup& page, const QString& mark);
} // namespace DraftMark

} // namespace bd
