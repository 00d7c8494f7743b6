// Prints a group's letters through the system's printer (QPrinter): each letter laid out exactly as for the
// PDF (LetterLayout at 96 dpi), scaled to the printer's resolution, each starting on a new sheet.
#pragma once

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace bd {

class Database;
class LetterSession;

class LetterPrinting
{
    Q_DECLARE_TR_FUNCTIONS(bd::LetterPrinting)
public:
    // Prints the first `count` recipients of the session's group, with a cancellable progress dialog.
    // Returns the number of letters printed.
    static int print(QPrinter& printer, const LetterSession& session, Database& db, int count,
                     QWidget* parent);
};

} // namespace bd
