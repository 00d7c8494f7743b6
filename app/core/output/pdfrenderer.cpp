#include "pdfrenderer.h"

#include "chunkrenderer.h"

#include <QBuffer>
#include <QSaveFile>

#include <qpdf/QPDF.hh>

namespace bd {

PdfRenderer::PdfRenderer(const PageSetup& page, const PdfInfo& info) : m_page(page), m_info(info) {}

QByteArray PdfRenderer::render(const QString& html, QString* error) const
{
    return render(QStringList{html}, error);
}

QByteArray PdfRenderer::render(const QStringList& htmlLetters, QString* error) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    return write(htmlLetters, &buffer, error) ? pdf : QByteArray();
}

bool PdfRenderer::renderToFile(const QStringList& htmlLetters, const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(htmlLetters, &file, error))
        return false; // QSaveFile discards the temporary file
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PdfRenderer::write(const QStringList& htmlLetters, QIODevice* out, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (htmlLetters.isEmpty())
        return fail(tr("There is no letter to render."));
    QList<LetterInput> letters;
    for (const QString& html : htmlLetters)
        letters.append({html, -1, {}, {}, {}});
    RenderedChunk chunk = ChunkRenderer(m_page, {}).render(letters);
    if (!chunk.pdf)
        return fail(chunk.error);
    PdfAssembler assembler(out, m_info);
    if (!assembler.appendPages(*chunk.pdf, 0, int(chunk.pdf->getAllPages().size())) || !assembler.finish())
        return fail(tr("Could not write the PDF: %1").arg(assembler.errorString()));
    return true;
}

} // namespace bd
