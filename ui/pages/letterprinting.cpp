#include "letterprinting.h"

#include "draftmark.h"
#include "letterlayout.h"
#include "lettersession.h"
#include "recipientcursor.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace bd {

namespace {

QString& nextOutputFile()
{
    static QString path;
    return path;
}

std::unique_ptr<Poppler::Document> loadPdf(const QByteArray& pdf, QString* error)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked() || doc->numPages() < 1) {
        if (error)
            *error = LetterPrinting::tr("The PDF could not be read.");
        return nullptr;
    }
    // Vectors: the printer gets the PDF's lines and glyph outlines at its own resolution, not a bitmap.
    doc->setRenderBackend(Poppler::Document::QPainterBackend);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return doc;
}

int printPages(QPrinter& printer, Poppler::Document& doc, QWidget* parent, QString* error)
{
    QList<int> pages;
    for (int p = 0; p < doc.numPages(); ++p)
        if (printer.printRange() != QPrinter::PageRange || printer.pageRanges().contains(p + 1))
            pages << p;
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = LetterPrinting::tr("The printer could not be started.");
        return -1;
    }
    const QSizeF sheet(printer.width(), printer.height()); // device pixels, the whole sheet
    QProgressDialog progress(LetterPrinting::tr("Printing…"), LetterPrinting::tr("Cancel"), 0,
                             int(pages.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int printed = 0;
    for (const int p : pages) {
        const std::unique_ptr<Poppler::Page> page = doc.page(p);
        if (!page || progress.wasCanceled())
            break;
        if (printed > 0)
            printer.newPage();
        const QSizeF size = page->pageSizeF(); // points
        const qreal scale = std::min(sheet.width() / size.width(), sheet.height() / size.height());
        // Poppler sets the painter's transformation itself: the scale goes in as the resolution.
        painter.save();
        painter.translate((sheet.width() - size.width() * scale) / 2,
                          (sheet.height() - size.height() * scale) / 2);
        page->renderToPainter(&painter, 72.0 * scale, 72.0 * scale);
        painter.restore();
        progress.setValue(++printed);
    }
    painter.end();
    return printed;
}

} // namespace

int LetterPrinting::print(QPrinter& printer, const LetterSession& session, Database& db, int count,
                          QWidget* parent, bool draft)
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
        layout.setDraftMark(draft ? DraftMark::forLetterLanguage(session.languageOf(*r) == Lang::En)
                                  : QString());
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

bool LetterPrinting::choosePrinter(QPrinter& printer, const QString& title, int pageCount, QWidget* parent)
{
    if (!nextOutputFile().isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(std::exchange(nextOutputFile(), QString()));
        return true;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (pageCount > 0)
        dialog.setMinMax(1, pageCount);
    return dialog.exec() == QDialog::Accepted;
}

void LetterPrinting::setNextOutputFile(const QString& path)
{
    nextOutputFile() = path;
}

int LetterPrinting::printPdf(const QByteArray& pdf, const QString& title, const QString& docName,
                             QWidget* parent, QString* error)
{
    const std::unique_ptr<Poppler::Document> doc = loadPdf(pdf, error);
    if (!doc)
        return -1;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(docName);
    printer.setFullPage(true);
    if (const std::unique_ptr<Poppler::Page> first = doc->page(0)) {
        const QSizeF size = first->pageSizeF();
        const bool landscape = size.width() > size.height();
        printer.setPageLayout(QPageLayout(QPageSize(landscape ? size.transposed() : size, QPageSize::Point),
                                          landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                          QMarginsF()));
    }
    if (!choosePrinter(printer, title, doc->numPages(), parent))
        return 0;
    return printPages(printer, *doc, parent, error);
}

int LetterPrinting::printPdf(QPrinter& printer, const QByteArray& pdf, QWidget* parent, QString* error)
{
    const std::unique_ptr<Poppler::Document> doc = loadPdf(pdf, error);
    return doc ? printPages(printer, *doc, parent, error) : -1;
}

} // namespace bd
