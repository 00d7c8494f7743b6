#include "textmatch.h"

namespace bd {

namespace {

// One character with the combining marks after it (か + ゛, ｶ + ﾞ): normalised as a unit, so that the
// marks compose as NFKC composes them in whole text.
qsizetype unitEnd(const QString& text, qsizetype i)
{
    qsizetype end = i + ((text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1);
    while (end < text.size()) {
        const QChar c = text.at(end);
        const bool mark = c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing ||
                          c.category() == QChar::Mark_SpacingCombining || c.unicode() == 0xFF9E ||
                          c.unicode() == 0xFF9F;
        if (!mark)
            break;
        ++end;
    }
    return end;
}

QString fold(const QString& unit)
{
    return unit.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}

bool asciiOnly(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

} // namespace

TextMatcher::TextMatcher(const QString& text) : m_original(text)
{
    bool lastSpace = true;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype end = unitEnd(text, i);
        const QString folded = fold(text.mid(i, end - i));
        for (const QChar c : folded) {
            if (c.isSpace()) {
                if (!lastSpace) {
                    m_spaced += QLatin1Char(' ');
                    m_spacedAt << i;
                }
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            m_spaced += c;
            m_spacedAt << i;
            m_compact += c;
            m_compactAt << i;
        }
        i = end;
    }
}

QString TextMatcher::normalised(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype end = unitEnd(text, i);
        out += fold(text.mid(i, end - i));
        i = end;
    }
    return out.simplified();
}

std::optional<TextMatcher::Hit> TextMatcher::find(const QString& needle) const
{
    const QString n = normalised(needle);
    if (n.isEmpty())
        return std::nullopt;
    if (asciiOnly(n)) {
        // Whole words only, in the text with its spaces.
        for (qsizetype at = m_spaced.indexOf(n); at >= 0; at = m_spaced.indexOf(n, at + 1)) {
            const qsizetype end = at + n.size();
            const bool startOk = at == 0 || !isAsciiWordChar(m_spaced.at(at - 1));
            const bool endOk = end >= m_spaced.size() || !isAsciiWordChar(m_spaced.at(end));
            if (startOk && endOk)
                return hitAt(m_spacedAt, at, n.size());
        }
        return std::nullopt;
    }
    QString compact = n;
    compact.removeIf([](QChar c) { return c.isSpace(); });
    const qsizetype at = m_compact.indexOf(compact);
    if (at < 0)
        return std::nullopt;
    return hitAt(m_compactAt, at, compact.size());
}

TextMatcher::Hit TextMatcher::hitAt(const QList<qsizetype>& at, qsizetype from, qsizetype length) const
{
    Hit hit;
    hit.from = at.at(from);
    const qsizetype last = at.at(from + length - 1);
    hit.to = unitEnd(m_original, last);
    const qsizetype start = std::max<qsizetype>(0, hit.from - 20);
    const qsizetype end = std::min<qsizetype>(m_original.size(), hit.to + 20);
    hit.excerpt = (start > 0 ? QStringLiteral("…") : QString()) +
                  m_original.mid(start, end - start).simplified() +
                  (end < m_original.size() ? QStringLiteral("…") : QString());
    return hit;
}

QString TextMatcher::problem(const QString& text)
{
    const QString n = normalised(text);
    if (n.isEmpty())
        return tr("is empty");
    if (n.size() < 2)
        return tr("is a single character, which would be found everywhere: give at least two");
    if (n.size() > 200)
        return tr("is longer than 200 characters: mark a shorter, distinctive part");
    return {};
}

} // namespace bd
