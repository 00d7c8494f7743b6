#include "formulaguard.h"

namespace bd {

namespace {

bool isTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0xFF0D);
}

// -12, -3.5, +0.25: a number a spreadsheet reads as a number, nothing more.
bool isPlainNumber(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        ++i;
    bool digits = false;
    bool dot = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= u'0' && s[i] <= u'9')
            digits = true;
        else if (s[i] == u'.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits && !s.endsWith(u'.');
}

bool onlyDashes(QStringView s)
{
    for (QChar c : s) {
        if (!isDash(c))
            return false;
    }
    return true;
}

} // namespace

bool needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty() || !isTrigger(cell.front()))
        return false;
    return !isPlainNumber(cell) && !onlyDashes(cell);
}

QString neutraliseFormula(const QString& cell)
{
    return needsFormulaGuard(cell) ? u'\'' + cell : cell;
}

QString restoreFormulaGuard(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && needsFormulaGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace bd
