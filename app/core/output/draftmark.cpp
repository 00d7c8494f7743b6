#include "draftmark.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace bd {

void DraftMark::draw(QPainter& painter, const PageSetup& page, const QString& mark)
{
    if (mark.isEmpty())
        return;
    const QRectF paper = page.pageRectPx();
    const QRectF content = page.contentRectPx();
    const QColor red(0xC0, 0x10, 0x10);
    painter.save();

    // The diagonal outline, under nothing and over everything, pale enough to read the letter through.
    QFont big(page.fontFamily);
    big.setPixelSize(int(paper.width() / (mark.size() <= 3 ? 4.2 : 6.0)));
    big.setWeight(QFont::Bold);
    QPainterPath path;
    path.addText(QPointF(0, 0), big, mark);
    const QRectF bounds = path.boundingRect();
    painter.translate(paper.center());
    painter.rotate(-45.0);
    painter.translate(-bounds.center());
    painter.setPen(QPen(QColor(red.red(), red.green(), red.blue(), 90), 2.0));
    painter.setBrush(QColor(red.red(), red.green(), red.blue(), 28));
    painter.drawPath(path);
    painter.resetTransform();

    // The text in a box at the right of the top margin.
    QFont small(page.fontFamily);
    small.setPointSizeF(14.0);
    small.setWeight(QFont::Bold);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    const qreal padding = page.mmToPx(2.0);
    const QSizeF box(metrics.horizontalAdvance(mark) + 2 * padding, metrics.height() + padding);
    // 9 mm from the top, or higher when the top margin is narrow (a window envelope's letter,
    // addresswindow.h).
    const qreal top = std::min(page.mmToPx(9.0), content.top() - box.height() - page.mmToPx(1.0));
    const QRectF frame(content.right() - box.width(), top, box.width(), box.height());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(red, 1.5));
    painter.drawRect(frame);
    painter.drawText(frame, Qt::AlignCenter, mark);
    painter.restore();
}

} // namespace bd
