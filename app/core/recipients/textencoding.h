// Text encodings of the lists offices really have: UTF-8 (with or without BOM), UTF-16 LE/BE (Excel's
// "Unicode text") and CP932 (Japanese Excel's "CSV"). Detection from the first bytes, stream decoding and
// CP932 encoding for export. CP932 goes through ICU's "windows-31j": on Qt 6.4
// QStringConverter::encodingForName("Shift_JIS") returns nothing (design.md, Traps).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

#include <optional>

class QIODevice;

namespace bd {

enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Cp932,
};

// "UTF-8", "UTF-16LE", "UTF-16BE", "CP932": for the CLI (--encoding) and settings.
QString textEncodingKey(TextEncoding encoding);
// Accepts the keys above and the usual aliases (utf8, utf-16, sjis, shift_jis, windows-31j, ms932 …).
std::optional<TextEncoding> textEncodingFromKey(QStringView key);
// Human-readable name for the import dialog, e.g. "Shift_JIS (CP932)".
QString textEncodingDisplayName(TextEncoding encoding);

struct EncodingDetection
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;      // bytes of byte-order mark at the start (0 when none)
    bool certain = false;   // a BOM was found, or the sample is valid in exactly the reported encoding
    bool asciiOnly = false; // nothing but 7-bit bytes in the sample: any of UTF-8/CP932 reads it the same
};

// Detects the encoding from the first bytes of a file (a few tens of KiB are plenty; a multi-byte character
// cut at the end of the sample is fine). Order: BOM; a consistent pattern of zero bytes in one half of the
// code units (UTF-16, by which half they fall in; a stray NUL is not UTF-16); valid UTF-8; text that
// decodes cleanly as windows-31j; else the one with fewer errors.
EncodingDetection detectTextEncoding(QByteArrayView head);
// Same, peeking (not consuming) up to `sampleSize` bytes of an open device.
EncodingDetection detectTextEncoding(QIODevice* device, qint64 sampleSize = 64 * 1024);

// A stateful decoder for one stream. Chunks may split multi-byte characters anywhere. A leading BOM of the
// chosen encoding is skipped. Bytes that cannot be decoded become U+FFFD (UTF-8/16) or U+001A (CP932, ICU's
// substitute); see isUndecodable().
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);
    Q_DISABLE_COPY_MOVE(TextDecoder) // a moved ICU-backed converter misbehaves on Qt 6.4
    QString decode(QByteArrayView bytes);
    // Call at end of input: a dangling partial character is reported as an error.
    QString finish();
    bool hasError() const { return m_decoder.hasError(); }
    bool isValid() const { return m_decoder.isValid(); }

private:
    QStringDecoder m_decoder;
    TextEncoding m_encoding;
    qint64 m_byteCount = 0;
};

// The characters a decoder puts in place of bytes it could not read.
inline bool isUndecodable(QChar c)
{
    return c == QChar::ReplacementCharacter || c == QChar(0x1A);
}
// Index of the first such character, or -1.
qsizetype firstUndecodable(QStringView text);

// A character that could not be written in the target encoding, and where it was.
struct UnwritableChar
{
    int row = 0;    // caller's row number (1-based), 0 when not applicable
    int column = 0; // 0-based column, -1 when not applicable
    char32_t codePoint = 0;
};

// Encodes text for export. For CP932 the usual non-round-trip characters are mapped first
// (cp932CompatibleText()), and anything still not representable is written as '?' and reported.
// UTF-8 and UTF-16 encode everything. No BOM is written here.
class TextEncoder
{
public:
    explicit TextEncoder(TextEncoding encoding);
    Q_DISABLE_COPY_MOVE(TextEncoder)
    // `row`/`column` are copied into the reported UnwritableChar entries.
    QByteArray encode(QStringView text, int row = 0, int column = -1);
    QByteArray byteOrderMark() const;
    const QList<UnwritableChar>& unwritable() const { return m_unwritable; }
    void clearUnwritable() { m_unwritable.clear(); }

private:
    QByteArray encodeCp932(QStringView text, int row, int column);

    TextEncoding m_encoding;
    std::optional<QStringEncoder> m_encoder; // see emplaceEncoder() in the .cpp
    QList<UnwritableChar> m_unwritable;
};

// Replaces characters CP932 cannot encode by the ones Japanese Windows uses for them:
// 〜 U+301C → ～ U+FF5E, − U+2212 → － U+FF0D, ‖ U+2016 → ∥ U+2225, — U+2014 → ― U+2015,
// ¢ U+00A2 → ￠ U+FFE0, £ U+00A3 → ￡ U+FFE1, ¬ U+00AC → ￢ U+FFE2, ¥ U+00A5 → ￥ U+FFE5,
// no-break space U+00A0 → space. (These are the JIS vs Microsoft mapping differences.)
QString cp932CompatibleText(QStringView text);
// Translated "U+301C 〜" style description of a code point, for problem lists.
QString describeCodePoint(char32_t codePoint);

} // namespace bd
