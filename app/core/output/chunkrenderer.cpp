#include "chunkrenderer.h"

#include "controlmark.h"
#include "draftmark.h"
#include "letterlayout.h"
#include "textlayerhints.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDF.hh>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace bd {
namespace {

// Pages marked Scratch hold a body drawn once for the chunk (LetterLayout::bodyKey); every page listing a
// scratch page's index had only its footer drawn. The scratch page's content stream becomes a form XObject
// that those pages draw under their footer, and the scratch pages leave the document. A body appears once
// in the file, and is drawn and compressed once rather than once per letter.
constexpr int Scratch = -2;
constexpr int OwnBody = -1;

void shareBodies(QPDF& pdf, const QList<int>& bodyOf)
{
    if (std::none_of(bodyOf.cbegin(), bodyOf.cend(), [](int b) { return b >= 0; }))
        return;
    pdf.pushInheritedAttributesToPage();
    std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
    if (pages.size() != size_t(bodyOf.size()))
        throw std::runtime_error("unexpected page count in the chunk");
    std::map<int, QPDFObjectHandle> drawBody; // by scratch page: "q /Body Do Q"
    for (qsizetype i = 0; i < bodyOf.size(); ++i) {
        const int scratch = bodyOf.at(i);
        if (scratch < 0)
            continue;
        const std::string name = "/BreachDeskBody" + std::to_string(scratch);
        auto it = drawBody.find(scratch);
        if (it == drawBody.end()) {
            QPDFObjectHandle source = pages.at(size_t(scratch));
            QPDFObjectHandle form = source.getKey("/Contents");
            if (!form.isStream())
                throw std::runtime_error("page contents are not a single stream");
            QPDFObjectHandle dict = form.getDict();
            dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
            dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
            dict.replaceKey("/BBox", source.getKey("/MediaBox").shallowCopy());
            dict.replaceKey("/Resources", source.getKey("/Resources"));
            it = drawBody.emplace(scratch, QPDFObjectHandle::newStream(&pdf, "q " + name + " Do Q\n")).first;
        }
        QPDFObjectHandle page = pages.at(size_t(i));
        QPDFObjectHandle resources = page.getKey("/Resources").shallowCopy();
        QPDFObjectHandle forms = resources.getKey("/XObject");
        forms = forms.isDictionary() ? forms.shallowCopy() : QPDFObjectHandle::newDictionary();
        forms.replaceKey(name, pages.at(size_t(scratch)).getKey("/Contents"));
        resources.replaceKey("/XObject", forms);
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", QPDFObjectHandle::newArray({it->second, page.getKey("/Contents")}));
    }
    for (qsizetype i = bodyOf.size() - 1; i >= 0; --i) {
        if (bodyOf.at(i) == Scratch)
            pdf.removePage(pages.at(size_t(i)));
    }
}

} // namespace

RenderedChunk::RenderedChunk() = default;
RenderedChunk::RenderedChunk(RenderedChunk&&) noexcept = default;
RenderedChunk& RenderedChunk::operator=(RenderedChunk&&) noexcept = default;
RenderedChunk::~RenderedChunk() = default; // `pdf` before `qtPdf`: members are destroyed in reverse order

ChunkRenderer::ChunkRenderer(const PageSetup& page, const QStringList& templates, bool padEven,
                             const QList<int>& addressFields)
    : m_page(page), m_templates(templates), m_padEven(padEven), m_addressFields(addressFields)
{
}

RenderedChunk ChunkRenderer::render(const QList<LetterInput>& letters,
                                    const std::function<bool()>& stop) const
{
    RenderedChunk chunk;
    TextLayerHints hints;
    QList<int> bodyOfPage; // per page Qt writes: OwnBody, Scratch, or the scratch page whose body it shows
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
        std::map<std::pair<int, QByteArray>, int> bodies;       // scratch page by template and body key
        auto startPage = [&](int bodyOf) {
            if (!bodyOfPage.isEmpty())
                writer.newPage();
            bodyOfPage.append(bodyOf);
        };
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
                    slot->setAddressFields(m_addressFields);
                    slot->setTemplateHtml(m_templates.at(letter.templateIndex));
                }
                layout = slot.get();
                layout->setAddressValues(letter.addressValues);
                layout->setFieldValues(letter.fields);
            } else {
                html.setAddressValues(letter.addressValues);
                html.setHtml(letter.html);
            }
            layout->setFooterLabel(letter.footerLabel);
            layout->setDraftMark(letter.draftMark);
            const int pages = layout->pageCount();
            const int printed = ControlMark::paddedPages(pages, m_padEven);
            auto control = [&](int page) {
                if (!letter.control.isEmpty())
                    ControlMark::draw(painter, m_page,
                                      ControlMark::pageControl(letter.control, page + 1, printed));
            };
            for (int page = 0; page < pages; ++page) {
                const QByteArray key = letter.templateIndex >= 0 ? layout->bodyKey(page) : QByteArray();
                if (key.isEmpty()) {
                    startPage(OwnBody);
                    layout->drawPage(painter, page);
                    control(page);
                    continue;
                }
                auto [body, added] = bodies.try_emplace({letter.templateIndex, key}, int(bodyOfPage.size()));
                if (added) {
                    startPage(Scratch);
                    layout->drawPage(painter, page, LetterLayout::Body);
                }
                startPage(body->second);
                layout->drawPage(painter, page, LetterLayout::Footer);
                control(page);
            }
            for (int page = pages; page < printed; ++page) {
                startPage(OwnBody);
                ControlMark::drawBlankPage(painter, m_page, letter.english);
                DraftMark::draw(painter, m_page, letter.draftMark);
                control(page);
            }
            layout->addTextHints(hints);
            if (!letter.control.isEmpty() || printed > pages)
                hints.addText(ControlMark::characters() + letter.control);
            chunk.pagesPerLetter.append(printed);
            chunk.windowFit.append(layout->windowFit());
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
        shareBodies(*chunk.pdf, bodyOfPage);
        chunk.report = textlayerfix::apply(*chunk.pdf, hints);
    } catch (const std::exception& e) {
        chunk.pdf.reset();
        chunk.error = QString::fromLocal8Bit(e.what());
    }
    return chunk;
}

} // namespace bd
