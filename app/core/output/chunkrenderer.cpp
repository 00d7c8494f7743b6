#include "chunkrenderer.h"

#include "letterlayout.h"
#include "textlayerhints.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDF.hh>

#include <map>

namespace bd {

RenderedChunk::RenderedChunk() = default;
RenderedChunk::RenderedChunk(RenderedChunk&&) noexcept = default;
RenderedChunk& RenderedChunk::operator=(RenderedChunk&&) noexcept = default;
RenderedChunk::~RenderedChunk() = default; // `pdf` before `qtPdf`: members are destroyed in reverse order

ChunkRenderer::ChunkRenderer(const PageSetup& page, const QStringList& templates)
    : m_page(page), m_templates(templates)
{
}

RenderedChunk ChunkRenderer::render(const QList<LetterInput>& letters,
                                    const std::function<bool()>& stop) const
{
    RenderedChunk chunk;
    TextLayerHints hints;
    {
        QBuffer buffer(&chunk.qtPdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(m_page.resolution);
        writer.setPageLayout(m_page.pdfPageLayout());
        writer.setCreator(QStringLiteral("BreachDesk"));
        QPainter painter(&writer);
        LetterLayout html(m_page);
        std::map<int, std::unique_ptr<LetterLayout>> templates; // parsed once per chunk
        bool firstPage = true;
        for (const LetterInput& letter : letters) {
            if (stop && stop()) {
                chunk.cancelled = true;
                return chunk;
            }
            LetterLayout* layout = &html;
            if (letter.templateIndex >= 0) {
                if (letter.templateIndex >= m_templates.size()) {
                    chunk.error =
                        QCoreApplication::translate("bd::ChunkRenderer", "A letter names template %1, "
                                                                         "but there are only %2.")
                            .arg(letter.templateIndex + 1)
                            .arg(m_templates.size());
                    return chunk;
                }
                auto& slot = templates[letter.templateIndex];
                if (!slot) {
                    slot = std::make_unique<LetterLayout>(m_page);
                    slot->setTemplateHtml(m_templates.at(letter.templateIndex));
                }
                layout = slot.get();
                layout->setFieldValues(letter.fields);
            } else {
                html.setHtml(letter.html);
            }
            layout->setFooterLabel(letter.footerLabel);
            const int pages = layout->pageCount();
            for (int page = 0; page < pages; ++page) {
                if (!firstPage)
                    writer.newPage();
                firstPage = false;
                layout->drawPage(painter, page);
            }
            layout->addTextHints(hints);
            chunk.pagesPerLetter.append(pages);
        }
        if (!painter.end()) {
            chunk.error = QCoreApplication::translate("bd::ChunkRenderer", "Qt could not write the PDF.");
            return chunk;
        }
    }
    try {
        chunk.pdf = std::make_unique<QPDF>();
        chunk.pdf->setSuppressWarnings(true);
        chunk.pdf->processMemoryFile("letters", chunk.qtPdf.constData(), size_t(chunk.qtPdf.size()));
        chunk.report = textlayerfix::apply(*chunk.pdf, hints);
    } catch (const std::exception& e) {
        chunk.pdf.reset();
        chunk.error = QString::fromLocal8Bit(e.what());
    }
    return chunk;
}

} // namespace bd
