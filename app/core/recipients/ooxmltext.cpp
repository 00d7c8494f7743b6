#include "ooxmltext.h"

namespace bd {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// True when text[i..] is "_xHHHH_".
bool isEscapeAt(QStringView text, qsizetype i)
{
    return i + 7 <= text.size() && text[i] == u'_' && text[i + 1] == u'x' && isHex(text[i + 2]) &&
           isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5]) && text[i + 6] == u'_';
}

bool isXmlChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u != 0xFFFE && u != 0xFFFF);
}

void appendEscape(QString& out, char16_t u)
{
    out.append(u"_x");
    out.append(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
    out.append(u'_');
}

} // namespace

QString escapeOoxmlText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool lonelySurrogate =
            (c.isHighSurrogate() && !(i + 1 < text.size() && text[i + 1].isLowSurrogate())) ||
            (c.isLowSurrogate() && !(i > 0 && text[i - 1].isHighSurrogate()));
        if (!isXmlChar(c) || lonelySurrogate || (c == u'_' && isEscapeAt(text, i)))
            appendEscape(out, c.unicode());
        else
            out.append(c);
    }
    return out;
}

QString unescapeOoxmlText(QStringView text)
{
    if (!text.contains(u"_x"))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isEscapeAt(text, i)) {
            out.append(QChar(char16_t(text.mid(i + 2, 4).toUInt(nullptr, 16))));
            i += 6;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

} // namespace bd
