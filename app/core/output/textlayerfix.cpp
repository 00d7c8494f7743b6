#include "textlayerfix.h"

#include "fontregistry.h"
#include "glyphreference.h"
#include "ideographs.h"
#include "sfnt.h"
#include "tounicodecmap.h"

#include <QCryptographicHash>
#include <QHash>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

namespace bd::textlayerfix {
namespace {

QByteArray bytesOf(const std::shared_ptr<Buffer>& buffer)
{
    return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

char32_t singleCodePoint(const QString& text)
{
    if (text.size() == 1 && !text.at(0).isSurrogate())
        return text.at(0).unicode();
    if (text.size() == 2 && text.at(0).isHighSurrogate() && text.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(0), text.at(1));
    return 0;
}

QString textOf(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

// "ABCDEF+Name" → "Name"
QString withoutSubsetTag(const QString& name)
{
    if (name.size() > 7 && name.at(6) == QLatin1Char('+')) {
        bool tagged = true;
        for (int i = 0; i < 6; ++i)
            tagged = tagged && name.at(i) >= QLatin1Char('A') && name.at(i) <= QLatin1Char('Z');
        if (tagged)
            return name.mid(7);
    }
    return name;
}

QByteArray subsetTag(const QByteArray& fontData)
{
    const QByteArray hash = QCryptographicHash::hash(fontData, QCryptographicHash::Md5);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag.append(char('A' + uchar(hash.at(i)) % 26));
    return tag;
}

QByteArray deflate(const QByteArray& data)
{
    return qCompress(data, 9).mid(4); // qCompress prefixes the zlib stream with its length
}

quint32 glyphOf(const QRawFont& font, char32_t codePoint)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(textOf(codePoint));
    return glyphs.size() == 1 ? glyphs.first() : 0;
}

// Drawn characters by their glyph in `font`, preferring ideographs over radicals, then the lowest code point.
QHash<quint32, char32_t> drawnByGlyph(const QRawFont& font, const QList<char32_t>& used)
{
    QHash<quint32, char32_t> byGlyph;
    for (char32_t c : used) {
        const quint32 glyph = glyphOf(font, c);
        if (!glyph)
            continue;
        auto it = byGlyph.find(glyph);
        if (it == byGlyph.end())
            byGlyph.insert(glyph, c);
        else if (ideographs::isRadical(*it) && !ideographs::isRadical(c))
            *it = c;
    }
    return byGlyph;
}

struct FontParts
{
    QPDFObjectHandle type0;
    QPDFObjectHandle cidFont;
    QPDFObjectHandle descriptor;
    QPDFObjectHandle fontFile;
    QPDFObjectHandle toUnicode;
};

FontParts partsOf(QPDFObjectHandle font)
{
    FontParts parts;
    parts.type0 = font;
    parts.toUnicode = font.getKey("/ToUnicode");
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (descendants.isArray() && descendants.getArrayNItems() > 0)
        parts.cidFont = descendants.getArrayItem(0);
    if (parts.cidFont.isDictionary())
        parts.descriptor = parts.cidFont.getKey("/FontDescriptor");
    if (parts.descriptor.isDictionary())
        parts.fontFile = parts.descriptor.getKey("/FontFile2");
    return parts;
}

class Repair
{
public:
    Repair(const TextLayerHints& hints, TextLayerReport& report) : m_hints(hints), m_report(report) {}

    void font(QPDFObjectHandle type0)
    {
        ++m_report.fonts;
        FontParts parts = partsOf(type0);
        // getName() includes the leading slash.
        const QString baseName =
            withoutSubsetTag(QString::fromStdString(type0.getKey("/BaseFont").getName()).mid(1));
        if (parts.toUnicode.isStream()) {
            tounicode::Map map =
                tounicode::parse(bytesOf(parts.toUnicode.getStreamData(qpdf_dl_generalized)));
            const QList<GlyphHint> glyphs = glyphHintsFor(baseName);
            remap(map, baseName, glyphs);
            if (parts.fontFile.isStream())
                addMissing(map, bytesOf(parts.fontFile.getStreamData(qpdf_dl_generalized)), glyphs);
            parts.toUnicode.replaceStreamData(deflate(tounicode::write(map)).toStdString(),
                                              QPDFObjectHandle::newName("/FlateDecode"),
                                              QPDFObjectHandle::newNull());
        }
        if (parts.fontFile.isStream())
            tag(parts, baseName, bytesOf(parts.fontFile.getRawStreamData()));
    }

private:
    // The hints drawn with this font; all hints if none can be attributed (outlines still tell them apart).
    QList<GlyphHint> glyphHintsFor(const QString& baseName)
    {
        QList<GlyphHint> mine;
        for (const GlyphHint& hint : m_hints.glyphs()) {
            const QString name =
                sfnt::postscriptName(hint.font.fontTable("name")).replace(QLatin1Char(' '), QLatin1Char('_'));
            if (name == baseName)
                mine.append(hint);
        }
        return mine.isEmpty() ? m_hints.glyphs() : mine;
    }

    void remap(tounicode::Map& map, const QString& baseName, const QList<GlyphHint>& glyphs)
    {
        QRawFont raw;
        QHash<quint32, char32_t> drawn;
        QHash<quint32, QString> shaped;
        bool looked = false;
        for (auto& [code, text] : map) {
            const char32_t written = singleCodePoint(text);
            if (!written)
                continue;
            const bool used = m_hints.isUsed(written);
            if (used && glyphs.isEmpty())
                continue;
            if (!looked && !m_hints.isEmpty()) {
                looked = true;
                raw = fontregistry::rawFont(baseName);
                if (raw.isValid()) {
                    drawn = drawnByGlyph(raw, usedCharacters());
                    for (const GlyphHint& hint : glyphs)
                        shaped.insert(hint.glyph, hint.text);
                }
            }
            const quint32 glyph = raw.isValid() ? glyphOf(raw, written) : 0;
            QString better;
            if (glyph && shaped.contains(glyph))
                better = shaped.value(glyph); // a ligature: the characters it was made from
            else if (used)
                continue;
            else if (const char32_t c = glyph ? drawn.value(glyph) : 0)
                better = textOf(c);
            else if (ideographs::isRadical(written))
                better = textOf(ideographs::unified(written));
            if (!better.isEmpty() && better != text) {
                text = better;
                ++m_report.remapped;
            }
        }
    }

    void addMissing(tounicode::Map& map, const QByteArray& fontData, const QList<GlyphHint>& glyphs)
    {
        const QList<QByteArray> records = sfnt::glyphRecords(fontData);
        for (int code = 1; code < records.size() && code <= 0xFFFF; ++code) {
            if (map.count(quint16(code)))
                continue;
            const QString match = matchGlyph(records.at(code), glyphs);
            if (!match.isEmpty()) {
                map[quint16(code)] = match;
                ++m_report.added;
            } else if (!records.at(code).isEmpty()) { // an empty outline draws nothing: nothing to extract
                m_report.unmappedCodes.append(code);
            }
        }
    }

    // The text of the hinted glyph whose outline Qt embedded as `record`, or nothing.
    static QString matchGlyph(const QByteArray& record, const QList<GlyphHint>& glyphs)
    {
        if (record.isEmpty())
            return {};
        QString found;
        for (const GlyphHint& hint : glyphs) {
            if (glyphreference::record(hint.font, hint.glyph) != record)
                continue;
            if (!found.isEmpty() && found != hint.text)
                return {}; // two different texts drawn with the same outline: leave it
            found = hint.text;
        }
        return found;
    }

    void tag(FontParts& parts, const QString& baseName, const QByteArray& fontData)
    {
        // Built as a QString: GCC 12 at -O3 warns (-Wrestrict, a false positive) on "/" + std::string&&.
        const std::string name =
            (QLatin1Char('/') + subsetTag(fontData) + QLatin1Char('+') + baseName).toStdString();
        parts.type0.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
        if (parts.cidFont.isDictionary())
            parts.cidFont.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
        if (parts.descriptor.isDictionary())
            parts.descriptor.replaceKey("/FontName", QPDFObjectHandle::newName(name));
    }

    const QList<char32_t>& usedCharacters()
    {
        if (!m_usedReady) {
            m_used = m_hints.usedCharacters();
            m_usedReady = true;
        }
        return m_used;
    }

    const TextLayerHints& m_hints;
    TextLayerReport& m_report;
    QList<char32_t> m_used;
    bool m_usedReady = false;
};

} // namespace

TextLayerReport apply(QPDF& pdf, const TextLayerHints& hints)
{
    TextLayerReport report;
    Repair repair(hints, report);
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
        if (object.isDictionary() && object.getKey("/Type").isNameAndEquals("/Font") &&
            object.getKey("/Subtype").isNameAndEquals("/Type0") && object.getKey("/BaseFont").isName())
            repair.font(object);
    }
    return report;
}

QByteArray apply(const QByteArray& pdf, const TextLayerHints& hints, QString* error, TextLayerReport* report)
{
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("letter", pdf.constData(), size_t(pdf.size()));
        const TextLayerReport result = apply(doc, hints);
        if (report)
            *report = result;
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none); // keep Qt's compressed streams as they are
        writer.write();
        return bytesOf(writer.getBufferSharedPointer());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return {};
    }
}

} // namespace bd::textlayerfix
