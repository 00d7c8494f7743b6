#include "boundedzip.h"

#include <QLocale>

#include <quazip.h>
#include <unzip.h>

#include <limits>
#include <string_view>

namespace bd {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

// Unix file type bits in the high half of the external attributes (APPNOTE.TXT 4.4.15; the values are
// those of POSIX <sys/stat.h>: S_IFMT 0170000, S_IFLNK 0120000).
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixSymlink = 0120000;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(bytes / (1024 * 1024));
}

bool exceedsRatio(qint64 expanded, qint64 compressed, const ZipLimits& limits)
{
    return double(expanded) > double(limits.maxRatio) * double(qMax<qint64>(compressed, 1));
}

} // namespace

qint64 ZipLimits::totalAllowed() const
{
    if (zipFileSize <= 0 || maxRatio <= 0)
        return maxTotalSize;
    const double byRatio = qMax(double(ratioGrace), double(maxRatio) * double(zipFileSize));
    return byRatio < double(maxTotalSize) ? qint64(byRatio) : maxTotalSize;
}

bool ZipEntryHeader::isSymlink() const
{
    return ((externalAttributes >> 16) & UnixTypeMask) == UnixSymlink;
}

bool ZipEntryHeader::isEncrypted() const
{
    return (flags & 0x1) != 0;
}

bool currentZipEntryHeader(QuaZip& zip, ZipEntryHeader* header)
{
    unz_file_info64 info{};
    if (!zip.getUnzFile() ||
        unzGetCurrentFileInfo64(zip.getUnzFile(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    header->name = zip.getCurrentFileName();
    header->compressedSize = qint64(info.compressed_size);
    header->uncompressedSize = qint64(info.uncompressed_size);
    header->externalAttributes = quint32(info.external_fa);
    header->versionMadeBy = quint16(info.version);
    header->flags = quint16(info.flag);
    header->method = quint16(info.compression_method);
    // Sizes beyond qint64 come out negative: treat them as the largest, which every cap refuses.
    if (header->compressedSize < 0)
        header->compressedSize = std::numeric_limits<qint64>::max();
    if (header->uncompressedSize < 0)
        header->uncompressedSize = std::numeric_limits<qint64>::max();
    return true;
}

QString printableZipEntryName(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool hidden = u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) ||
                            (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (hidden)
            out += QStringLiteral("\\u{%1}").arg(int(u), 0, 16);
        else
            out += c;
    }
    return out;
}

QString unsafeZipEntryName(const QString& name)
{
    const QString shown = printableZipEntryName(name);
    if (name.isEmpty())
        return ZipEntryDevice::tr("The archive has an entry without a name.");
    if (name.startsWith(u'/') || (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter()))
        return ZipEntryDevice::tr("%1 is an absolute path: refused.").arg(shown);
    if (name.contains(u'\\'))
        return ZipEntryDevice::tr("%1 contains a backslash: refused.").arg(shown);
    for (QStringView segment : QStringView(name).split(u'/')) {
        if (segment == u"..")
            return ZipEntryDevice::tr("%1 contains a .. component: refused.").arg(shown);
    }
    if (shown != name)
        return ZipEntryDevice::tr("%1 contains control characters: refused.").arg(shown);
    return {};
}

ZipEntryDevice::ZipEntryDevice(QuaZip& zip, const ZipLimits& limits, ZipBudget* budget)
    : m_zip(zip), m_limits(limits), m_budget(budget ? budget : &m_ownBudget)
{
}

ZipEntryDevice::~ZipEntryDevice()
{
    close();
}

QString ZipEntryDevice::failureText(ZipFailure failure, const QString& name, const ZipLimits& limits)
{
    const QString shown = printableZipEntryName(name);
    switch (failure) {
    case ZipFailure::None:
        return {};
    case ZipFailure::Unreadable:
        return tr("%1 is damaged (the zip file is truncated or its headers are wrong).").arg(shown);
    case ZipFailure::Corrupt:
        return tr("%1 is damaged (the compressed data is corrupt).").arg(shown);
    case ZipFailure::Checksum:
        return tr("%1 is damaged (its content does not match its CRC-32 checksum).").arg(shown);
    case ZipFailure::TooLarge:
        return tr("%1 is larger than %2 MB when expanded: refused.")
            .arg(shown, megabytes(limits.maxEntrySize));
    case ZipFailure::TotalTooLarge:
        return tr("The files in the zip expand to more than %1 MB together (at %2): refused.")
            .arg(megabytes(limits.maxTotalSize), shown);
    case ZipFailure::TotalRatio:
        return tr("The files in the zip expand more than %1 times its size together (at %2): refused as a "
                  "possible zip bomb.")
            .arg(QLocale().toString(limits.maxRatio), shown);
    case ZipFailure::Ratio:
        return tr("%1 expands more than %2 times: refused as a possible zip bomb.")
            .arg(shown, QLocale().toString(limits.maxRatio));
    case ZipFailure::NotMarkup:
        return tr("%1 has a text of more than %2 MB without markup: refused.")
            .arg(shown, megabytes(limits.maxMarkupFreeRun));
    case ZipFailure::Encrypted:
        return tr("%1 is encrypted: BreachDesk cannot read it.").arg(shown);
    case ZipFailure::Unsupported:
        return tr("%1 uses a compression method BreachDesk cannot read (only stored and deflate).")
            .arg(shown);
    case ZipFailure::Cancelled:
        return tr("Reading %1 was cancelled.").arg(shown);
    }
    return {};
}

void ZipEntryDevice::fail(ZipFailure failure)
{
    if (m_failure == ZipFailure::None) {
        m_failure = failure;
        setErrorString(failureText(failure, m_header.name, m_limits));
    }
    if (m_entryOpen) {
        unzCloseCurrentFile(m_zip.getUnzFile());
        m_entryOpen = false;
    }
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if ((mode & (ReadWrite | Append | Truncate)) != ReadOnly || isOpen())
        return false;
    m_failure = ZipFailure::None;
    m_finished = false;
    m_expanded = 0;
    m_sinceMarkup = 0;
    if (!currentZipEntryHeader(m_zip, &m_header)) {
        fail(ZipFailure::Unreadable);
        return false;
    }
    const ZipEntryHeader& h = m_header;
    if (h.isEncrypted())
        fail(ZipFailure::Encrypted);
    else if (h.method != 0 && h.method != Z_DEFLATED)
        fail(ZipFailure::Unsupported);
    else if (h.uncompressedSize > m_limits.ratioGrace &&
             exceedsRatio(h.uncompressedSize, h.compressedSize, m_limits))
        fail(ZipFailure::Ratio);
    else if (h.uncompressedSize > m_limits.maxEntrySize)
        fail(ZipFailure::TooLarge);
    else if (h.uncompressedSize > m_limits.totalAllowed() - m_budget->used)
        fail(m_limits.totalIsRatioBound() ? ZipFailure::TotalRatio : ZipFailure::TotalTooLarge);
    else if (unzOpenCurrentFile(m_zip.getUnzFile()) != UNZ_OK)
        fail(ZipFailure::Unreadable);
    else
        m_entryOpen = true;
    if (m_failure != ZipFailure::None)
        return false;
    return QIODevice::open(ReadOnly | Unbuffered);
}

void ZipEntryDevice::close()
{
    if (m_entryOpen) {
        unzCloseCurrentFile(m_zip.getUnzFile());
        m_entryOpen = false;
    }
    if (isOpen())
        QIODevice::close();
}

bool ZipEntryDevice::atEnd() const
{
    return !m_entryOpen;
}

// The end of the data minizip will give: complete only when the declared size was reached and the CRC-32
// (checked by unzCloseCurrentFile then) matches.
bool ZipEntryDevice::finish()
{
    if (unzeof(m_zip.getUnzFile()) != 1) {
        fail(ZipFailure::Corrupt); // the stream ended before the size the header declares
        return false;
    }
    const int closed = unzCloseCurrentFile(m_zip.getUnzFile());
    m_entryOpen = false;
    if (closed == UNZ_CRCERROR) {
        fail(ZipFailure::Checksum);
        return false;
    }
    if (closed != UNZ_OK) {
        fail(ZipFailure::Unreadable);
        return false;
    }
    m_finished = true;
    return true;
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (!m_entryOpen)
        return -1;
    if (maxSize <= 0)
        return 0;
    if (m_cancelled && m_cancelled()) {
        fail(ZipFailure::Cancelled);
        return -1;
    }
    const int n = unzReadCurrentFile(m_zip.getUnzFile(), data, unsigned(qMin(maxSize, ChunkSize)));
    if (n < 0) {
        // UNZ_ERRNO: the file could not be read where the header points; zlib's codes (Z_DATA_ERROR,
        // Z_BUF_ERROR for data that ends early, Z_STREAM_ERROR, Z_MEM_ERROR): the deflate stream is bad.
        fail(n == UNZ_ERRNO || n == UNZ_BADZIPFILE || n == UNZ_PARAMERROR ? ZipFailure::Unreadable
                                                                          : ZipFailure::Corrupt);
        return -1;
    }
    if (n == 0) {
        finish(); // the end, or a failure found there: no more data either way
        return -1;
    }
    m_expanded += n;
    m_budget->used += n;
    if (m_expanded > m_limits.maxEntrySize) {
        fail(ZipFailure::TooLarge);
        return -1;
    }
    if (m_budget->used > m_limits.totalAllowed()) {
        fail(m_limits.totalIsRatioBound() ? ZipFailure::TotalRatio : ZipFailure::TotalTooLarge);
        return -1;
    }
    if (m_expanded > m_limits.ratioGrace && exceedsRatio(m_expanded, m_header.compressedSize, m_limits)) {
        fail(ZipFailure::Ratio);
        return -1;
    }
    if (m_limits.maxMarkupFreeRun > 0) {
        const size_t lastTag = std::string_view(data, size_t(n)).rfind('<');
        m_sinceMarkup = lastTag == std::string_view::npos ? m_sinceMarkup + n : n - 1 - qint64(lastTag);
        if (m_sinceMarkup > m_limits.maxMarkupFreeRun) {
            fail(ZipFailure::NotMarkup);
            return -1;
        }
    }
    return n;
}

} // namespace bd
