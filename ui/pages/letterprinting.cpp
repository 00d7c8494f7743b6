#include "letterprinting.h"

#include "letterlayout.h"
#include "lettersession.h"
#include "recipientcursor.h"

#include <QPainter>
#include <QPrinter>
#include <QProgressDialog>

namespace bd {

int LetterPrinting::print(QPrinter& printer, const LetterSession& session, Database& db, int count,
                          QWidget* parent)
{
    const PageSetup page;
    printer.setFullPage(true);
    printer.setPageLayout(page.pdfPageLayout());
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const qreal scale = printer.resolution() / qreal(page.resolution);
    QProgressDialog progress(tr("Printing letters…"), tr("Cancel"), 0, count, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    RecipientCursor cursor(db, session.group().id);
    LetterLayout layout(page);
    int printed = 0;
    bool first = true;
    while (printed < count) {
        const std::optional<Recipient> r = cursor.next();
        if (!r || progress.wasCanceled())
            break;
        layout.setHtml(session.printableHtml(session.render(*r)));
        layout.setFooterLabel(session.footerLabel(*r));
        for (int p = 0; p < layout.pageCount(); ++p) {
            if (!first)
                printer.newPage();
            first = false;
            painter.save();
            painter.scale(scale, scale);
            layout.drawPage(painter, p);
            painter.restore();
        }
        progress.setValue(++printed);
    }
    painter.end();
    return printed;
}

} // namespace bd
