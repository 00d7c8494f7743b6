// Reading zip files that come from outside (an .xlsx to import, an archive to verify) without trusting them:
// one entry at a time as a stream, with caps on its expanded size, on the whole file's expanded size and on
// the compression ratio, and an end at the first error of the zip layer or of zlib instead of a retry.
//
// minizip (inside QuaZip) already stops an entry at the uncompressed size its header declares and checks the
// CRC-32 at the end; a lying header therefore shows up as a checksum error, and the caps below bound what an
// honest-looking header may ask for. Zip entry names are checked as PKWARE's APPNOTE.TXT 4.4.17 asks
// ("relative path … MUST NOT contain a drive or device letter, or a leading slash … forward slashes '/'").
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>

class QuaZip;

namespace bd {

struct ZipLimits
{
    qint64 maxEntrySize = 0; // expanded bytes of one entry
    qint64 maxTotalSize = 0; // expanded bytes of all entries read through one ZipBudget
    int maxRatio = 0;        // expanded ÷ compressed, enforced once an entry has expanded past ratioGrace
    qint64 ratioGrace = 0;
    // Longest stretch without a '<' (for XML parts), 0 for none: a text node that long is not a cell value
    // and would be held in memory whole by the XML reader.
    qint64 maxMarkupFreeRun = 0;
    // The size of the whole zip file, 0 when unknown: then all entries read through one ZipBudget may expand
    // to at most maxRatio times it (past ratioGrace), so that many small entries, each under ratioGrace,
    // cannot add up to a bomb.
    qint64 zipFileSize = 0;

    // What all entries together may expand to: maxTotalSize, or less for a small zip file.
    qint64 totalAllowed() const;
    bool totalIsRatioBound() const { return totalAllowed() < maxTotalSize; }
};

// Shared by the entries of one zip file, so that many entries cannot add up to more than maxTotalSize.
struct ZipBudget
{
    qint64 used = 0;
};

// What the central directory says about the current entry.
struct ZipEntryHeader
{
    QString name;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    quint32 externalAttributes = 0;
    quint16 versionMadeBy = 0;
    quint16 flags = 0;
    quint16 method = 0;

    bool isSymlink() const;   // Unix mode S_IFLNK in the high 16 bits of the external attributes
    bool isEncrypted() const; // general purpose bit 0
    bool isDirectory() const { return name.endsWith(u'/'); }
};

// The header of the entry `zip` is on; false when the central directory cannot be read there.
bool currentZipEntryHeader(QuaZip& zip, ZipEntryHeader* header);

// Why a name is not a safe relative path (translated, naming the entry), or empty when it is: absolute
// (leading / or a drive letter), a .. component, a backslash, a control character.
QString unsafeZipEntryName(const QString& name);

// A zip entry name as it may be printed: control and bidirectional-override characters shown as \u{…}.
QString printableZipEntryName(const QString& name);

enum class ZipFailure
{
    None,
    Unreadable,    // the zip layer could not read the entry (I/O error, truncated file, bad local header)
    Corrupt,       // zlib rejected the compressed data, or it ended before the declared size
    Checksum,      // the expanded data does not match the CRC-32 of the header
    TooLarge,      // more than maxEntrySize
    TotalTooLarge, // more than maxTotalSize over the file
    TotalRatio,    // all entries together expand more than maxRatio times the zip file
    Ratio,         // expands more than maxRatio times
    NotMarkup,     // a stretch longer than maxMarkupFreeRun without markup
    Encrypted,
    Unsupported, // a compression method other than stored and deflate
    Cancelled,
};

// One entry of an open QuaZip (the current one when opened) as a sequential read-only device. Reading ends
// at the first failure: read() then returns -1 and atEnd() is true, so a reader on top (QXmlStreamReader)
// stops instead of waiting for more; failure() and errorString() tell why. Nothing is read twice and
// nothing is kept: memory is the caller's buffer.
class ZipEntryDevice final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(bd::SafeZip)
public:
    ZipEntryDevice(QuaZip& zip, const ZipLimits& limits, ZipBudget* budget = nullptr);
    ~ZipEntryDevice() override;

    // Checks the declared sizes against the limits before anything is expanded, then opens the entry.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;

    const ZipEntryHeader& header() const { return m_header; }
    qint64 expanded() const { return m_expanded; } // bytes produced so far
    bool finished() const { return m_finished; }   // the whole entry was read and its CRC-32 matched
    ZipFailure failure() const { return m_failure; }
    // Polled before each chunk; returning true ends reading with ZipFailure::Cancelled.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    // The translated sentence for a failure of the entry `name`, e.g. "xl/sharedStrings.xml is damaged (the
    // compressed data is corrupt)."
    static QString failureText(ZipFailure failure, const QString& name, const ZipLimits& limits);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void fail(ZipFailure failure);
    bool finish();

    QuaZip& m_zip;
    ZipLimits m_limits;
    ZipBudget* m_budget;
    ZipBudget m_ownBudget;
    ZipEntryHeader m_header;
    std::function<bool()> m_cancelled;
    qint64 m_expanded = 0;
    qint64 m_sinceMarkup = 0;
    bool m_entryOpen = false;
    bool m_finished = false;
    ZipFailure m_failure = ZipFailure::None;
};

} // namespace bd
