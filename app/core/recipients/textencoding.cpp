#include "textencoding.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

using namespace Qt::StringLiterals;

namespace bd {

namespace {

constexpr const char* kCp932IcuName = "windows-31j";

QStringDecoder makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringDecoder(QStringConverter::Utf8);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Cp932:
        return QStringDecoder(kCp932IcuName);
    }
    return QStringDecoder(QStringConverter::Utf8);
}

// Constructs the encoder in place: on Qt 6.4 an ICU-backed QStringEncoder that has been moved no longer
// reports errors, and resetState() does not clear its error flag.
void emplaceEncoder(std::optional<QStringEncoder>& encoder, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        encoder.emplace(QStringConverter::Utf8);
        return;
    case TextEncoding::Utf16LE:
        encoder.emplace(QStringConverter::Utf16LE);
        return;
    case TextEncoding::Utf16BE:
        encoder.emplace(QStringConverter::Utf16BE);
        return;
    case TextEncoding::Cp932:
        encoder.emplace(kCp932IcuName);
        return;
    }
}

// Counts the characters a decoder could not read in `bytes`, decoding it as one chunk (a character cut at
// the end of the sample stays pending and is not counted).
qsizetype countErrors(TextEncoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder = makeDecoder(encoding);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return 0;
    qsizetype n = 0;
    for (QChar c : text)
        n += isUndecodable(c) ? 1 : 0;
    return qMax<qsizetype>(n, 1);
}

struct CharMapping
{
    char16_t from;
    char16_t to;
};

constexpr std::array<CharMapping, 9> kCp932Mappings{{
    {0x301C, 0xFF5E}, // WAVE DASH → FULLWIDTH TILDE
    {0x2212, 0xFF0D}, // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
    {0x2016, 0x2225}, // DOUBLE VERTICAL LINE → PARALLEL TO
    {0x2014, 0x2015}, // EM DASH → HORIZONTAL BAR
    {0x00A2, 0xFFE0}, // CENT SIGN → FULLWIDTH CENT SIGN
    {0x00A3, 0xFFE1}, // POUND SIGN → FULLWIDTH POUND SIGN
    {0x00AC, 0xFFE2}, // NOT SIGN → FULLWIDTH NOT SIGN
    {0x00A5, 0xFFE5}, // YEN SIGN → FULLWIDTH YEN SIGN
    {0x00A0, 0x0020}, // NO-BREAK SPACE → SPACE
}};

// UTF-16 without a BOM: NULs in one half of the bytes for at least one code unit in 16, and few in the
// other half (kanji such as 一 U+4E00 have a zero byte there). Anything less is a damaged 8-bit file.
std::optional<TextEncoding> utf16ByNulPattern(QByteArrayView head, qsizetype zerosEven, qsizetype zerosOdd)
{
    const qsizetype units = head.size() / 2;
    const qsizetype dominant = qMax(zerosEven, zerosOdd);
    const qsizetype other = qMin(zerosEven, zerosOdd);
    if (dominant < 2 || dominant * 16 < units || other * 4 > dominant)
        return std::nullopt;
    return zerosOdd >= zerosEven ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
}

} // namespace

QString textEncodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case TextEncoding::Cp932:
        return u"CP932"_s;
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromKey(QStringView key)
{
    QString k = key.trimmed().toString().toLower();
    k.remove(u'-');
    k.remove(u'_');
    if (k == u"utf8" || k == u"utf8bom" || k == u"utf8sig")
        return TextEncoding::Utf8;
    if (k == u"utf16le" || k == u"utf16" || k == u"unicode")
        return TextEncoding::Utf16LE;
    if (k == u"utf16be")
        return TextEncoding::Utf16BE;
    if (k == u"cp932" || k == u"sjis" || k == u"shiftjis" || k == u"windows31j" || k == u"ms932" ||
        k == u"mskanji")
        return TextEncoding::Cp932;
    return std::nullopt;
}

QString textEncodingDisplayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QCoreApplication::translate("bd::Recipients", "UTF-8");
    case TextEncoding::Utf16LE:
        return QCoreApplication::translate("bd::Recipients", "UTF-16 (little-endian)");
    case TextEncoding::Utf16BE:
        return QCoreApplication::translate("bd::Recipients", "UTF-16 (big-endian)");
    case TextEncoding::Cp932:
        return QCoreApplication::translate("bd::Recipients", "Shift_JIS (CP932)");
    }
    return {};
}

EncodingDetection detectTextEncoding(QByteArrayView head)
{
    EncodingDetection d;
    if (head.startsWith("\xEF\xBB\xBF")) {
        d.encoding = TextEncoding::Utf8;
        d.bomLength = 3;
        d.certain = true;
        return d;
    }
    if (head.startsWith("\xFF\xFE")) {
        d.encoding = TextEncoding::Utf16LE;
        d.bomLength = 2;
        d.certain = true;
        return d;
    }
    if (head.startsWith("\xFE\xFF")) {
        d.encoding = TextEncoding::Utf16BE;
        d.bomLength = 2;
        d.certain = true;
        return d;
    }

    // UTF-16 text with any ASCII in it (a CSV has commas and line ends) has NUL bytes in the high byte of
    // each ASCII character: odd offsets for little-endian, even ones for big-endian. Text in UTF-8 or CP932
    // has none, unless the file is damaged: a stray NUL is no reason to read a file as UTF-16 (the import
    // then reports it on its row and column), so only a consistent pattern counts.
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    bool ascii = true;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto b = static_cast<unsigned char>(head[i]);
        if (b == 0)
            ++((i % 2 == 0) ? zerosEven : zerosOdd);
        if (b >= 0x80)
            ascii = false;
    }
    if (const auto utf16 = utf16ByNulPattern(head, zerosEven, zerosOdd)) {
        d.encoding = *utf16;
        d.certain = countErrors(d.encoding, head) == 0;
        return d;
    }
    if (ascii) {
        d.encoding = TextEncoding::Utf8;
        d.certain = true;
        d.asciiOnly = true;
        return d;
    }
    const qsizetype utf8Errors = countErrors(TextEncoding::Utf8, head);
    if (utf8Errors == 0) {
        d.encoding = TextEncoding::Utf8;
        d.certain = true;
        return d;
    }
    const qsizetype cp932Errors = countErrors(TextEncoding::Cp932, head);
    d.encoding = cp932Errors <= utf8Errors ? TextEncoding::Cp932 : TextEncoding::Utf8;
    d.certain = cp932Errors == 0;
    return d;
}

EncodingDetection detectTextEncoding(QIODevice* device, qint64 sampleSize)
{
    if (!device || !device->isOpen())
        return {};
    return detectTextEncoding(device->peek(sampleSize));
}

TextDecoder::TextDecoder(TextEncoding encoding) : m_decoder(makeDecoder(encoding)), m_encoding(encoding) {}

QString TextDecoder::decode(QByteArrayView bytes)
{
    m_byteCount += bytes.size();
    return m_decoder.decode(bytes);
}

QString TextDecoder::finish()
{
    // QStringDecoder keeps a character cut at the end of a chunk pending and has no "flush". Feed one line
    // feed: a pending partial character then turns into a replacement character before it.
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE)
        return (m_byteCount % 2 != 0) ? QString(QChar::ReplacementCharacter) : QString();
    QString tail = m_decoder.decode(QByteArrayView("\n", 1));
    if (tail.endsWith(u'\n'))
        tail.chop(1);
    return tail;
}

qsizetype firstUndecodable(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isUndecodable(text[i]))
            return i;
    }
    return -1;
}

TextEncoder::TextEncoder(TextEncoding encoding) : m_encoding(encoding)
{
    emplaceEncoder(m_encoder, encoding);
}

QByteArray TextEncoder::byteOrderMark() const
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        return QByteArray("\xEF\xBB\xBF");
    case TextEncoding::Utf16LE:
        return QByteArray("\xFF\xFE");
    case TextEncoding::Utf16BE:
        return QByteArray("\xFE\xFF");
    case TextEncoding::Cp932:
        return {};
    }
    return {};
}

QByteArray TextEncoder::encode(QStringView text, int row, int column)
{
    if (m_encoding == TextEncoding::Cp932)
        return encodeCp932(text, row, column);
    return m_encoder->encode(text);
}

QByteArray TextEncoder::encodeCp932(QStringView text, int row, int column)
{
    const QString mapped = cp932CompatibleText(text);
    QByteArray bytes = m_encoder->encode(mapped);
    if (!m_encoder->hasError())
        return bytes;

    // Something is not representable (ICU then writes 0xFCFC, a user-defined character): redo it one code
    // point at a time, writing '?' for those and reporting them. The error flag is sticky (resetState() does
    // not clear it on Qt 6.4), so the encoder is replaced for the next call.
    emplaceEncoder(m_encoder, TextEncoding::Cp932);
    bytes.clear();
    qsizetype i = 0;
    while (i < mapped.size()) {
        qsizetype n = 1;
        char32_t cp = mapped[i].unicode();
        if (mapped[i].isHighSurrogate() && i + 1 < mapped.size() && mapped[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(mapped[i], mapped[i + 1]);
            n = 2;
        }
        QStringEncoder single(kCp932IcuName);
        const QByteArray one = single.encode(QStringView(mapped).mid(i, n));
        if (single.hasError() || one.isEmpty()) {
            bytes.append('?');
            m_unwritable.append({row, column, cp});
        } else {
            bytes.append(one);
        }
        i += n;
    }
    return bytes;
}

QString cp932CompatibleText(QStringView text)
{
    QString out = text.toString();
    for (QChar& c : out) {
        for (const CharMapping& m : kCp932Mappings) {
            if (c.unicode() == m.from) {
                c = QChar(m.to);
                break;
            }
        }
    }
    return out;
}

QString describeCodePoint(char32_t codePoint)
{
    const QString hex = QString::number(static_cast<uint>(codePoint), 16).toUpper().rightJustified(4, u'0');
    return QCoreApplication::translate("bd::Recipients", "U+%1 (%2)")
        .arg(hex, QString::fromUcs4(&codePoint, 1));
}

} // namespace bd
