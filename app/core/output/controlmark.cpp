#include "controlmark.h"

#include <QFontMetricsF>
#include <QPainter>

namespace bd {

namespace {
constexpr qreal controlPointSize = 7.0;
constexpr qreal controlBaselineMm = 7.0; // from the bottom edge: below the footer (PageSetup), above the
                                         // few millimetres printers cannot print
} // namespace

QString ControlMark::letterControl(const QString& batch, qsizetype sequence)
{
    return QStringLiteral("%1-%2").arg(batch).arg(sequence, 4, 10, QLatin1Char('0'));
}

QString ControlMark::pageControl(const QString& letterControl, int page, int pages)
{
    return QStringLiteral("%1 %2/%3").arg(letterControl).arg(page).arg(pages);
}

QString ControlMark::blankPageNote(bool english)
{
    // The letter's language, not the interface's: the note is part of the document.
    return english ? QStringLiteral("This page is intentionally left blank.")
                   : QStringLiteral("（このページは白紙です）");
}

QString ControlMark::characters()
{
    return QStringLiteral("BD-0123456789 /") + blankPageNote(false) + blankPageNote(true);
}

void ControlMark::draw(QPainter& painter, const PageSetup& page, const QString& text)
{
    if (text.isEmpty())
        return;
    // Monospaced: the digits line up, and Noto Sans CJK's proportional digits (contextual forms in Latin
    // text, which Qt cannot map back to their characters: textlayerhints.h) are not used.
    QFont font(QStringLiteral("Noto Sans Mono CJK JP"));
    font.setPointSizeF(controlPointSize);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF paper = page.pageRectPx();
    const QRectF content = page.contentRectPx();
    const QPointF at(content.right() - metrics.horizontalAdvance(text),
                     paper.bottom() - page.mmToPx(controlBaselineMm));
    painter.drawText(at, text);
    painter.restore();
}

void ControlMark::drawBlankPage(QPainter& painter, const PageSetup& page, bool english)
{
    QFont font(page.fontFamily);
    font.setPointSizeF(page.footerPointSize);
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(page.contentRectPx(), Qt::AlignCenter, blankPageNote(english));
    painter.restore();
}

} // namespace bd
