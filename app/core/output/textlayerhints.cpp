#include "textlayerhints.h"

#include <algorithm>
#include <atomic>

namespace bd {
namespace {

quint64 nextGeneration()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

TextLayerHints::TextLayerHints()
    : m_bmp(std::make_unique<std::bitset<0x10000>>()), m_generation(nextGeneration())
{
}

void TextLayerHints::addText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            m_astral.insert(QChar::surrogateToUcs4(c, text[++i]));
        else
            m_bmp->set(c.unicode());
    }
    m_count += text.size();
}

bool sameFace(const QRawFont& a, const QRawFont& b)
{
    return a == b || (a.familyName() == b.familyName() && a.styleName() == b.styleName() &&
                      a.weight() == b.weight() && a.style() == b.style());
}

void TextLayerHints::addGlyph(const GlyphHint& hint)
{
    const bool known = std::any_of(m_glyphs.cbegin(), m_glyphs.cend(), [&](const GlyphHint& g) {
        return g.glyph == hint.glyph && sameFace(g.font, hint.font);
    });
    if (!known)
        m_glyphs.append(hint);
}

void TextLayerHints::merge(const TextLayerHints& other)
{
    *m_bmp |= *other.m_bmp;
    m_astral.unite(other.m_astral);
    for (const GlyphHint& g : other.m_glyphs)
        addGlyph(g);
    m_count += other.m_count;
}

void TextLayerHints::clear()
{
    m_bmp->reset();
    m_astral.clear();
    m_glyphs.clear();
    m_count = 0;
    m_generation = nextGeneration();
}

bool TextLayerHints::isUsed(char32_t codePoint) const
{
    return codePoint < 0x10000 ? m_bmp->test(codePoint) : m_astral.contains(codePoint);
}

QList<char32_t> TextLayerHints::usedCharacters() const
{
    QList<char32_t> used;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (m_bmp->test(c))
            used.append(c);
    }
    QList<char32_t> astral(m_astral.cbegin(), m_astral.cend());
    std::sort(astral.begin(), astral.end());
    used.append(astral);
    return used;
}

} // namespace bd
