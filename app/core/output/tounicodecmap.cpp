#include "tounicodecmap.h"

#include <QList>

#include <cctype>

namespace bd::tounicode {
namespace {

struct Token
{
    enum Kind
    {
        Hex,
        Open,
        Close,
        Word
    } kind;
    QByteArray text;
};

QList<Token> tokenize(const QByteArray& data)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < data.size()) {
        const char c = data.at(i);
        if (c == '<' && i + 1 < data.size() && data.at(i + 1) != '<') {
            const qsizetype end = data.indexOf('>', i);
            if (end < 0)
                break;
            QByteArray hex;
            for (qsizetype j = i + 1; j < end; ++j) {
                if (std::isxdigit(uchar(data.at(j))))
                    hex.append(data.at(j));
            }
            tokens.append(Token{Token::Hex, hex});
            i = end + 1;
        } else if (c == '[' || c == ']') {
            tokens.append(Token{c == '[' ? Token::Open : Token::Close, QByteArray()});
            ++i;
        } else if (c == '%') {
            while (i < data.size() && data.at(i) != '\n' && data.at(i) != '\r')
                ++i;
        } else if (std::isspace(uchar(c))) {
            ++i;
        } else {
            const qsizetype from = i;
            while (i < data.size() && !std::isspace(uchar(data.at(i))) &&
                   !QByteArray("<>[]%").contains(data.at(i)))
                ++i;
            if (i == from)
                ++i; // a lone '>' or '<<'
            tokens.append(Token{Token::Word, data.mid(from, i - from)});
        }
    }
    return tokens;
}

quint32 codeOf(const QByteArray& hex)
{
    return hex.toUInt(nullptr, 16);
}

QString textOf(const QByteArray& hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text.append(QChar(char16_t(hex.mid(i, 4).toUShort(nullptr, 16))));
    if (hex.size() == 2) // a one-byte destination
        text.append(QChar(char16_t(hex.toUShort(nullptr, 16))));
    return text;
}

void appendHex(QByteArray& out, quint32 value, int digits)
{
    out.append(QByteArray::number(value, 16).rightJustified(digits, '0').toUpper());
}

} // namespace

Map parse(const QByteArray& cmap)
{
    Map map;
    const QList<Token> t = tokenize(cmap);
    enum
    {
        None,
        Char,
        Range
    } section = None;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].kind == Token::Word) {
            if (t[i].text == "beginbfchar")
                section = Char;
            else if (t[i].text == "beginbfrange")
                section = Range;
            else if (t[i].text.startsWith("end"))
                section = None;
            continue;
        }
        if (section == Char && t[i].kind == Token::Hex && i + 1 < t.size() && t[i + 1].kind == Token::Hex) {
            map[quint16(codeOf(t[i].text))] = textOf(t[i + 1].text);
            ++i;
        } else if (section == Range && t[i].kind == Token::Hex && i + 2 < t.size() &&
                   t[i + 1].kind == Token::Hex) {
            const quint32 lo = codeOf(t[i].text);
            const quint32 hi = codeOf(t[i + 1].text);
            if (hi > 0xFFFF || lo > hi)
                return {};
            if (t[i + 2].kind == Token::Hex) {
                QString text = textOf(t[i + 2].text);
                for (quint32 code = lo; code <= hi && !text.isEmpty(); ++code) {
                    map[quint16(code)] = text;
                    text.back() = QChar(char16_t(text.back().unicode() + 1));
                }
                i += 2;
            } else if (t[i + 2].kind == Token::Open) {
                qsizetype j = i + 3;
                for (quint32 code = lo; j < t.size() && t[j].kind == Token::Hex; ++code, ++j) {
                    if (code <= hi)
                        map[quint16(code)] = textOf(t[j].text);
                }
                i = j; // at the closing bracket
            }
        }
    }
    return map;
}

QByteArray write(const Map& map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    auto it = map.cbegin();
    while (it != map.cend()) {
        QByteArray section;
        int n = 0;
        for (; it != map.cend() && n < 100; ++it, ++n) {
            section.append('<');
            appendHex(section, it->first, 4);
            section.append("> <");
            for (QChar unit : it->second)
                appendHex(section, unit.unicode(), 4);
            section.append(">\n");
        }
        out.append(QByteArray::number(n) + " beginbfchar\n" + section + "endbfchar\n");
    }
    out.append("endcmap\n"
               "CMapName currentdict /CMap defineresource pop\n"
               "end\n"
               "end\n");
    return out;
}

} // namespace bd::tounicode
