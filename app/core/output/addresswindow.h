// The address block of a letter for a window envelope. A 長形3号 (長3) window envelope takes an A4 sheet
// folded in three; its window, commonly about 90 × 45 mm, lies about 23 mm from the sheet's left edge and
// 12–15 mm from its top (envelope makers' specifications differ, hence PageSetup::addressWindowMm).
//
// The letter's own address block — the first run of paragraphs at the top of the letter whose every line is
// one of the recipient's address values (postal code with or without 〒, address, name with or without an
// honorific, organisation, department) — is moved into the window: indented to the window's left edge and
// wrapped at its right edge (less an inset, so that the text stays visible when the sheet shifts in the
// envelope), moved down to the window's top when it would start above it, and the paragraph after it moved
// below the window. Text before the block that would show through the window (a sender's address set to the
// right) moves to the right of the window. Only block formats change, so merge fields (mergefields.h) stay
// where they are; restore() puts the formats back before the next letter's values.
#pragma once

#include "pagesetup.h"

#include <QRectF>
#include <QStringList>
#include <QTextBlockFormat>

#include <vector>

class QTextDocument;

namespace bd {

// The 長3 window as most makers place it, in millimetres from the sheet's top left corner.
inline QRectF naga3WindowMm()
{
    return {23.0, 13.0, 90.0, 45.0};
}

// `page` for letters in a window envelope: the window set, and the top margin no lower than the window's
// top (plus the inset), so that the address block can start as high as the window does. (A document has one
// page height: later pages start as high too.)
PageSetup withAddressWindow(PageSetup page, const QRectF& windowMm);

// "23,13,90,45" (x, y, width, height in millimetres) both ways; false for anything else or a window that is
// not on an A4 sheet.
bool windowFromText(const QString& text, QRectF* windowMm);
QString windowText(const QRectF& windowMm);

enum class WindowFit
{
    None,     // no window
    Inside,   // the whole address block is inside the window
    Overflow, // some of it is not: too long an address, or a window too small
    Missing   // no address block was found at the top of the letter
};
// "", "inside", "overflow", "missing"
QString windowFitKey(WindowFit fit);

class AddressWindow
{
public:
    // When text before the address block would show through the window (a sender's address above it, set to
    // the right but wider than the space beside the window), moves the address block to the top of the
    // letter, before that text, which place() then sets below the window. Once per document, before any
    // merge fields are looked for: `addressValues` may be the field markers (mergefields.h). True when moved.
    static bool moveToTop(QTextDocument& doc, const PageSetup& page, const QStringList& addressValues);
    // Places the address block (see above) for `page.addressWindowMm`; the document is laid out after.
    WindowFit place(QTextDocument& doc, const PageSetup& page, const QStringList& addressValues);
    // Puts back the formats place() changed.
    void restore(QTextDocument& doc);

private:
    void setFormat(QTextDocument& doc, int blockNumber, const QTextBlockFormat& format);

    std::vector<std::pair<int, QTextBlockFormat>> m_saved; // block number, format as written
};

} // namespace bd
