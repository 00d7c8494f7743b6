// Hostile zip files made inside the tests (nothing multi-megabyte is committed): a zip written entry by entry
// with QuaZip, an entry whose compressed data is overwritten, a "zip bomb" whose raw deflate stream of
// gigabytes of spaces is built from one flushed block repeated (about 1 KiB of stream per MiB of spaces),
// and entries with a chosen name or external attributes (duplicates, symbolic links, ../ paths).
// Needs QuaZip and zlib.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace test {

struct ZipPart
{
    QString name;
    QByteArray data; // the content, compressed by QuaZip (deflate) …
    // … or, when `raw` is set, `data` is a raw deflate stream written as is, with this declared size and CRC.
    bool raw = false;
    quint64 declaredSize = 0;
    quint32 crc = 0;
    quint32 externalAttributes = 0; // e.g. (0120777u << 16) for a symbolic link
};

inline bool writeZip(const QString& path, const QList<ZipPart>& parts)
{
    QuaZip zip(path);
    zip.setZip64Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipPart& part : parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(part.name);
        info.externalAttr = part.externalAttributes;
        info.uncompressedSize = part.declaredSize;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, part.crc, Z_DEFLATED, Z_DEFAULT_COMPRESSION,
                       part.raw))
            return false;
        if (file.write(part.data) != part.data.size())
            return false;
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

// Raw deflate (no zlib header) of `data`; Z_FULL_FLUSH ends on a byte boundary with no history kept, so
// such pieces can be concatenated, the last one made with Z_FINISH.
inline QByteArray rawDeflate(const QByteArray& data, int flush)
{
    z_stream s{};
    if (deflateInit2(&s, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 64, '\0');
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, flush);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

// A raw deflate stream of `prefix`, `mebibytes` MiB of spaces and `suffix`, and its CRC-32 and size.
struct Bomb
{
    QByteArray stream;
    quint32 crc = 0;
    quint64 size = 0;
};

inline Bomb spacesBomb(const QByteArray& prefix, int mebibytes, const QByteArray& suffix)
{
    const QByteArray mib(1024 * 1024, ' ');
    const QByteArray block = rawDeflate(mib, Z_FULL_FLUSH);
    Bomb b;
    b.stream = rawDeflate(prefix, Z_FULL_FLUSH);
    b.stream.reserve(b.stream.size() + qsizetype(block.size()) * mebibytes + 64);
    const uLong mibCrc = crc32(0, reinterpret_cast<const Bytef*>(mib.constData()), uInt(mib.size()));
    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(prefix.constData()), uInt(prefix.size()));
    for (int i = 0; i < mebibytes; ++i) {
        b.stream += block;
        crc = crc32_combine(crc, mibCrc, z_off_t(mib.size()));
    }
    b.stream += rawDeflate(suffix, Z_FINISH);
    const uLong suffixCrc = crc32(0, reinterpret_cast<const Bytef*>(suffix.constData()), uInt(suffix.size()));
    b.crc = quint32(crc32_combine(crc, suffixCrc, z_off_t(suffix.size())));
    b.size = quint64(prefix.size()) + quint64(mebibytes) * quint64(mib.size()) + quint64(suffix.size());
    return b;
}

inline ZipPart bombPart(const QString& name, const Bomb& bomb)
{
    ZipPart p;
    p.name = name;
    p.data = bomb.stream;
    p.raw = true;
    p.declaredSize = bomb.size;
    p.crc = bomb.crc;
    return p;
}

// Overwrites `count` bytes of the compressed data of entry `name`, starting at `fraction` (0..1) of it, with
// 0xFF; at the start of a deflate stream that is a final block of the reserved type 3, which zlib rejects
// ("invalid block type"). False when the entry is not found.
inline bool corruptEntry(const QString& path, const QString& name, double fraction, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    const QByteArray signature("PK\x03\x04", 4);
    for (qsizetype at = bytes.indexOf(signature); at >= 0 && at + 30 <= bytes.size();
         at = bytes.indexOf(signature, at + 4)) {
        const auto u16 = [&](qsizetype i) {
            return quint16(quint8(bytes.at(i)) | (quint8(bytes.at(i + 1)) << 8));
        };
        const auto u32 = [&](qsizetype i) { return quint32(u16(i) | (quint32(u16(i + 2)) << 16)); };
        const int nameLength = u16(at + 26);
        const int extraLength = u16(at + 28);
        if (bytes.mid(at + 30, nameLength) != name.toUtf8())
            continue;
        qint64 compressed = u32(at + 18);
        if (compressed == 0xFFFFFFFF || compressed == 0) // zip64 or data descriptor: use what follows
            compressed = bytes.size() - (at + 30 + nameLength + extraLength);
        const qsizetype data = at + 30 + nameLength + extraLength;
        const qsizetype start = data + qsizetype(double(compressed) * fraction);
        for (qsizetype i = start; i < start + count && i < data + compressed; ++i)
            bytes[i] = char(0xFF);
        return f.seek(0) && f.write(bytes) == bytes.size();
    }
    return false;
}

} // namespace test
