#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <cmath>

namespace bd {

// When the footer shows "n / m".
enum class PageNumbers
{
    Never,
    WhenSeveralPages,
    Always
};

// The page of a letter. Everything is laid out at `resolution` dots per inch (96: Qt's PDF writer defaults to
// 1200 dpi, where horizontal px indents and margins are not scaled but vertical ones are — design.md
// "Traps"). Coordinates handed to QPainter are device pixels of the whole page (the PDF page has no Qt-side
// margins).
struct PageSetup
{
    QPageSize pageSize{QPageSize::A4};
    // Left, top, right, bottom in millimetres: generous top and bottom for a Japanese business letter
    // (letterhead, date at the top right, binding) and 22 mm at the sides, which gives about 40 full-width
    // characters a line.
    QMarginsF marginsMm{22.0, 25.0, 22.0, 25.0};
    int resolution = 96;
    QString fontFamily = QStringLiteral("Noto Serif CJK JP");
    qreal fontPointSize = 10.5;
    qreal footerPointSize = 9.0;
    qreal footerBaselineMm = 13.0; // distance of the page number's baseline from the bottom edge
    PageNumbers pageNumbers = PageNumbers::WhenSeveralPages;
    // The address window of a window envelope, in millimetres from the sheet's top left corner, as it lies
    // when the sheet is folded into the envelope; null: no window. The first page then places the letter's
    // address block inside it (addresswindow.h).
    QRectF addressWindowMm;

    static constexpr qreal mmPerInch = 25.4;

    qreal mmToPx(qreal mm) const { return mm * resolution / mmPerInch; }
    QRectF pageRectPx() const
    {
        const QSizeF mm = pageSize.size(QPageSize::Millimeter);
        return {0.0, 0.0, mmToPx(mm.width()), mmToPx(mm.height())};
    }
    // The area the letter body flows through on every page. Its size is whole pixels: Qt lays text out in
    // 1/64 px fixed point, and with a fractional page height a line can land a hair above a page break (drawn
    // on the first page, clipped) instead of moving to the next page.
    QRectF contentRectPx() const
    {
        const QRectF r = pageRectPx().adjusted(mmToPx(marginsMm.left()), mmToPx(marginsMm.top()),
                                               -mmToPx(marginsMm.right()), -mmToPx(marginsMm.bottom()));
        return {r.topLeft(), QSizeF(std::floor(r.width()), std::floor(r.height()))};
    }
    // Portrait, no margins on the Qt side: the layout places everything itself.
    QPageLayout pdfPageLayout() const
    {
        return QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    }
};

} // namespace bd
