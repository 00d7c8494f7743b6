#include "celltext.h"

#include "bidicontrols.h"
#include "cjkradicals.h"

namespace bd {

namespace {

// Whether a character needs a closer look; the common case (kanji, kana, Latin letters) is two compares.
bool needsCheck(char16_t u)
{
    if (u < 0x0600)
        return u == 0;
    if (u < 0x2E80)
        return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
               (u >= 0x2066 && u <= 0x2069);
    return u <= 0x2FD5 || (u >= 0xD800 && u <= 0xDFFF);
}

bool isLoneAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate())
        return !(i + 1 < text.size() && text[i + 1].isLowSurrogate());
    if (c.isLowSurrogate())
        return !(i > 0 && text[i - 1].isHighSurrogate());
    return false;
}

} // namespace

qsizetype firstLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSurrogate() && isLoneAt(text, i))
            return i;
    }
    return -1;
}

QString withoutLoneSurrogates(QStringView text)
{
    QString out = text.toString();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSurrogate() && isLoneAt(text, i))
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

CellTextFindings checkCellText(QString& text)
{
    CellTextFindings found;
    const QChar* data = text.constData();
    const qsizetype size = text.size();
    qsizetype first = 0;
    while (first < size && !needsCheck(data[first].unicode()))
        ++first;
    if (first == size)
        return found;

    bool radicals = false;
    for (qsizetype i = first; i < size; ++i) {
        const QChar c = data[i];
        if (c.unicode() == 0)
            ++found.nulCharacters;
        else if (c.isSurrogate())
            found.loneSurrogates += isLoneAt(text, i) ? 1 : 0;
        else if (isBidiControl(c))
            ++found.bidiControls;
        else if (isCjkRadical(c.unicode()))
            radicals = true;
    }
    if (found.loneSurrogates > 0)
        text = withoutLoneSurrogates(text);
    if (radicals) {
        const RadicalReplacement r = unifyCjkRadicals(text);
        found.radicalsReplaced = r.replaced;
        found.radicalsUnmapped = r.unmapped;
    }
    return found;
}

} // namespace bd
