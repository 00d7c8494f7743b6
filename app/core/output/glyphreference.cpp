#include "glyphreference.h"

#include "sfnt.h"

#include <QBuffer>
#include <QGlyphRun>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDF.hh>

namespace bd::glyphreference {
namespace {

QByteArray renderGlyph(const QRawFont& font, quint32 glyph)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        QPainter painter(&writer);
        QGlyphRun run;
        run.setRawFont(font);
        run.setGlyphIndexes({glyph});
        run.setPositions({QPointF(0, 0)});
        painter.drawGlyphRun(QPointF(50, 50), run);
    }
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("glyph", pdf.constData(), size_t(pdf.size()));
        for (QPDFObjectHandle object : doc.getAllObjects()) {
            if (!object.isDictionary() || !object.getKey("/FontFile2").isStream())
                continue;
            const auto data = object.getKey("/FontFile2").getStreamData(qpdf_dl_generalized);
            const QByteArray font(reinterpret_cast<const char*>(data->getBuffer()),
                                  qsizetype(data->getSize()));
            const QList<QByteArray> records = sfnt::glyphRecords(font);
            // Glyph 0 of every subset is .notdef; the drawn glyph follows.
            return records.size() == 2 ? records.at(1) : QByteArray();
        }
    } catch (const std::exception&) {
    }
    return {};
}

} // namespace

QByteArray record(const QRawFont& font, quint32 glyph)
{
    if (!font.isValid())
        return {};
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(font.familyName(), font.styleName())
                            .arg(font.weight())
                            .arg(int(font.style()))
                            .arg(glyph);
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(key);
        if (it != cache.cend())
            return *it;
    }
    const QByteArray bytes = renderGlyph(font, glyph);
    QMutexLocker lock(&mutex);
    cache.insert(key, bytes);
    return bytes;
}

} // namespace bd::glyphreference
