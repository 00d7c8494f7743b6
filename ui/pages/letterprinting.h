// Printing through the system's printer (QPrinter), in two forms:
// - a group's letters: each letter laid out exactly as for the PDF (LetterLayout at 96 dpi), scaled to the
//   printer's resolution, each starting on a new sheet;
// - a finished PDF (a filing draft, an issued document's frozen bytes): its pages drawn by Poppler, so that
//   what is printed is the PDF that is exported, never a second rendering of the source.
// The print dialog sits behind a seam so that GUI tests can print to a PDF file without it.
#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace bd {

class Database;
class LetterSession;

class LetterPrinting
{
    Q_DECLARE_TR_FUNCTIONS(bd::LetterPrinting)
public:
    // Prints the first `count` recipients of the session's group, with a cancellable progress dialog; with
    // `draft`, every page carries the draft mark (draftmark.h). Returns the number of letters printed.
    static int print(QPrinter& printer, const LetterSession& session, Database& db, int count,
                     QWidget* parent, bool draft);

    // Shows the system print dialog for `printer` (pages 1 to `pageCount` offered for a range when
    // `pageCount` > 0). Returns false when the user cancels. Test seam: setNextOutputFile().
    static bool choosePrinter(QPrinter& printer, const QString& title, int pageCount, QWidget* parent);
    // Test seam: the next choosePrinter() shows no dialog and makes the printer write a PDF to `path`.
    static void setNextOutputFile(const QString& path);

    // Asks for a printer (titled `title`; `docName` names the print job) and prints `pdf` on it. The paper
    // defaults to the PDF's page size. Returns the number of pages printed: 0 when the user cancels, -1 when
    // the PDF could not be read or the printer not started (`error` says why).
    static int printPdf(const QByteArray& pdf, const QString& title, const QString& docName, QWidget* parent,
                        QString* error = nullptr);
    // Prints the pages of `pdf` within the printer's page range, each scaled to fit the sheet and centred,
    // with a cancellable progress dialog. Returns the number of pages printed, or -1 (`error` says why).
    static int printPdf(QPrinter& printer, const QByteArray& pdf, QWidget* parent, QString* error = nullptr);
};

} // namespace bd
