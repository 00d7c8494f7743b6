#include "sfnt.h"

#include <QtEndian>

namespace bd::sfnt {
namespace {

quint16 u16(const QByteArray& d, qsizetype at)
{
    return at >= 0 && at + 2 <= d.size() ? qFromBigEndian<quint16>(d.constData() + at) : 0;
}

quint32 u32(const QByteArray& d, qsizetype at)
{
    return at >= 0 && at + 4 <= d.size() ? qFromBigEndian<quint32>(d.constData() + at) : 0;
}

} // namespace

QByteArray table(const QByteArray& font, quint32 tableTag)
{
    const int count = u16(font, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * qsizetype(i);
        if (u32(font, record) != tableTag)
            continue;
        const qsizetype offset = u32(font, record + 8);
        const qsizetype length = u32(font, record + 12);
        if (offset + length > font.size())
            return {};
        return font.mid(offset, length);
    }
    return {};
}

QList<QByteArray> glyphRecords(const QByteArray& font)
{
    const QByteArray head = table(font, tag("head"));
    const QByteArray maxp = table(font, tag("maxp"));
    const QByteArray loca = table(font, tag("loca"));
    const QByteArray glyf = table(font, tag("glyf"));
    if (head.size() < 54 || maxp.size() < 6 || glyf.isEmpty())
        return {};
    const bool longOffsets = u16(head, 50) != 0;
    const int glyphs = u16(maxp, 4);
    auto offset = [&](int i) -> qsizetype {
        return longOffsets ? u32(loca, 4 * i) : 2 * qsizetype(u16(loca, 2 * i));
    };
    if (loca.size() < (longOffsets ? 4 : 2) * (glyphs + 1))
        return {};
    QList<QByteArray> records;
    records.reserve(glyphs);
    for (int i = 0; i < glyphs; ++i) {
        const qsizetype from = offset(i);
        const qsizetype to = offset(i + 1);
        records.append(from <= to && to <= glyf.size() ? glyf.mid(from, to - from) : QByteArray());
    }
    return records;
}

QString postscriptName(const QByteArray& nameTable)
{
    const int count = u16(nameTable, 2);
    const qsizetype strings = u16(nameTable, 4);
    QString mac;
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        const quint16 platform = u16(nameTable, record);
        const quint16 encoding = u16(nameTable, record + 2);
        const quint16 nameId = u16(nameTable, record + 6);
        const qsizetype length = u16(nameTable, record + 8);
        const qsizetype offset = strings + u16(nameTable, record + 10);
        if (nameId != 6 || offset + length > nameTable.size())
            continue;
        if (platform == 3 && (encoding == 1 || encoding == 10)) {
            QString name;
            for (qsizetype at = offset; at + 1 < offset + length; at += 2)
                name.append(QChar(u16(nameTable, at)));
            return name;
        }
        if (platform == 1 && encoding == 0 && mac.isEmpty())
            mac = QString::fromLatin1(nameTable.constData() + offset, length);
    }
    return mac;
}

} // namespace bd::sfnt
