#include "printlayout.h"

#include "addresswindow.h"

#include <QStringList>

namespace bd {

QString PrintLayout::key() const
{
    if (!marks)
        return QString();
    return QStringLiteral("pad=%1;window=%2")
        .arg(padEven ? QStringLiteral("even") : QStringLiteral("none"),
             windowMm.isNull() ? QStringLiteral("none") : windowText(windowMm));
}

std::optional<PrintLayout> PrintLayout::fromKey(const QString& key)
{
    PrintLayout layout;
    if (key.isEmpty()) {
        layout.marks = false;
        return layout;
    }
    const QStringList parts = key.split(QLatin1Char(';'));
    if (parts.size() != 2 || !parts.at(0).startsWith(QLatin1String("pad=")) ||
        !parts.at(1).startsWith(QLatin1String("window=")))
        return std::nullopt;
    const QString pad = parts.at(0).mid(4);
    const QString window = parts.at(1).mid(7);
    if (pad != QLatin1String("even") && pad != QLatin1String("none"))
        return std::nullopt;
    layout.padEven = pad == QLatin1String("even");
    if (window != QLatin1String("none") && !windowFromText(window, &layout.windowMm))
        return std::nullopt;
    return layout;
}

} // namespace bd
