#include "fontregistry.h"

#include "sfnt.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>

#include <optional>

namespace bd::fontregistry {
namespace {

struct Face
{
    QString family;
    QString style;
};

QString compact(const QString& name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString postscriptNameOf(const QRawFont& font)
{
    // Qt writes the name with spaces replaced by underscores.
    return sfnt::postscriptName(font.fontTable("name")).replace(QLatin1Char(' '), QLatin1Char('_'));
}

std::optional<Face> search(const QString& postscriptName)
{
    const QString key = compact(postscriptName);
    const QStringList families = QFontDatabase::families();
    for (const QString& family : families) {
        if (!key.startsWith(compact(family)))
            continue;
        const QStringList styles = QFontDatabase::styles(family);
        for (const QString& style : styles) {
            const QRawFont raw = QRawFont::fromFont(QFontDatabase::font(family, style, 12));
            if (raw.isValid() && postscriptNameOf(raw) == postscriptName)
                return Face{family, style};
        }
    }
    return std::nullopt;
}

} // namespace

QRawFont rawFont(const QString& postscriptName)
{
    static QMutex mutex;
    static QHash<QString, std::optional<Face>> faces;
    std::optional<Face> face;
    {
        QMutexLocker lock(&mutex);
        auto it = faces.constFind(postscriptName);
        if (it == faces.cend())
            it = faces.insert(postscriptName, search(postscriptName));
        face = *it;
    }
    if (!face)
        return {};
    return QRawFont::fromFont(QFontDatabase::font(face->family, face->style, 12));
}

} // namespace bd::fontregistry
