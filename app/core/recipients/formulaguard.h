// Formula ("CSV") injection guard for spreadsheet exports. A cell whose text starts with = + - @, a tab or a
// carriage return — or the full-width ＝ ＋ － ＠, which Japanese Excel also accepts to start a formula —
// could be run by the spreadsheet that opens the file (e.g. =HYPERLINK(...), DDE). Such cells are written
// with a leading apostrophe ', the convention of OWASP's guidance and of spreadsheet users: it is visible in
// the cell, so the value is plainly text, and it survives every spreadsheet and CSV round trip. (XLSX string
// cells are never evaluated on open, but are guarded the same way so both formats carry the same text;
// re-editing such a cell in Excel would otherwise turn it into a formula.) Two kinds of harmless value are
// left alone: plain numbers (-12, -3.5) and cells made only of dashes ("-", "－", used for "none"). On
// import, restoreFormulaGuard() strips an apostrophe that we would have added, so an export re-imports as the
// original value.
#pragma once

#include <QString>

namespace bd {

bool needsFormulaGuard(QStringView cell);
// `cell`, prefixed with ' when needsFormulaGuard().
QString neutraliseFormula(const QString& cell);
// Inverse of neutraliseFormula(): "'=SUM(A1)" → "=SUM(A1)"; anything else is returned unchanged.
QString restoreFormulaGuard(const QString& cell);

} // namespace bd
