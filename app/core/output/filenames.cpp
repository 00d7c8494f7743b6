#include "filenames.h"

#include <QRegularExpression>

namespace bd::filenames {
namespace {

constexpr qsizetype maxBaseBytes = 200;

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isDeviceName(const QString& base)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(base).hasMatch();
}

QString trimmed(QString s)
{
    while (!s.isEmpty() && (s.front() == QLatin1Char(' ') || s.front() == QLatin1Char('.')))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == QLatin1Char(' ') || s.back() == QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString clean(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            cp = QChar::surrogateToUcs4(c, name.at(i + 1));
        else if (c.isSurrogate())
            continue; // a lone surrogate cannot be encoded
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            if (!out.endsWith(QLatin1Char(' ')))
                out.append(QLatin1Char(' '));
        } else if (QStringLiteral("/\\:*?\"<>|").contains(c) || QChar::category(cp) == QChar::Other_Control ||
                   isBidiControl(cp)) {
            // dropped
        } else {
            out.append(QString::fromUcs4(&cp, 1));
        }
        if (cp > 0xFFFF)
            ++i;
    }
    return out;
}

QString limited(const QString& base)
{
    if (base.toUtf8().size() <= maxBaseBytes)
        return base;
    QString out;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < base.size(); ++i) {
        const qsizetype n = base.at(i).isHighSurrogate() ? 2 : 1;
        const qsizetype size = base.mid(i, n).toUtf8().size();
        if (bytes + size > maxBaseBytes)
            break;
        out.append(base.mid(i, n));
        bytes += size;
        i += n - 1;
    }
    return out;
}

} // namespace

QString safe(const QString& name, const QString& extension, const QString& fallback)
{
    QString base = trimmed(clean(name));
    if (!extension.isEmpty() && base.endsWith(extension, Qt::CaseInsensitive))
        base = trimmed(base.chopped(extension.size()));
    base = trimmed(limited(base));
    if (base.isEmpty())
        base = fallback;
    if (isDeviceName(base))
        base.prepend(QLatin1Char('_'));
    return base + extension;
}

QString UniqueNames::take(const QString& safeName)
{
    QString name = safeName;
    const qsizetype dot = safeName.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > 0 ? safeName.left(dot) : safeName;
    const QString extension = dot > 0 ? safeName.mid(dot) : QString();
    for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n)
        name = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension);
    m_taken.insert(name.toCaseFolded());
    return name;
}

} // namespace bd::filenames
