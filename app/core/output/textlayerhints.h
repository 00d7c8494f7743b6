#pragma once

#include <QList>
#include <QRawFont>
#include <QSet>
#include <QStringView>

#include <bitset>
#include <memory>

namespace bd {

// A glyph whose text Qt's PDF writer cannot know, because no single BMP code point maps to it in the font's
// cmap: a character outside the BMP (𠮷), a ligature (ﬁ for "fi"), or a contextual form (Noto CJK's
// proportional digits in Latin text). Qt leaves such glyphs out of the ToUnicode map or maps them to the
// wrong text.
struct GlyphHint
{
    QRawFont font;
    quint32 glyph = 0;
    QString text; // the characters the glyph stands for
};

// Whether two raw fonts are the same face (family, style, weight), whatever their size.
bool sameFace(const QRawFont& a, const QRawFont& b);

// What was drawn, as far as the text layer repair needs to know: every character (so that a glyph shared by
// several code points maps back to the one that was written) and the glyphs described above.
class TextLayerHints
{
public:
    TextLayerHints();

    void addText(QStringView text);
    void addGlyph(const GlyphHint& hint);
    void merge(const TextLayerHints& other);
    void clear();

    bool isEmpty() const { return m_count == 0; }
    // Changes whenever the hints are cleared: lets a layout add only what changed since its last call.
    quint64 generation() const { return m_generation; }
    bool isUsed(char32_t codePoint) const;
    QList<char32_t> usedCharacters() const; // ascending
    const QList<GlyphHint>& glyphs() const { return m_glyphs; }

private:
    std::unique_ptr<std::bitset<0x10000>> m_bmp;
    QSet<char32_t> m_astral;
    QList<GlyphHint> m_glyphs;
    qsizetype m_count = 0;
    quint64 m_generation;
};

} // namespace bd
