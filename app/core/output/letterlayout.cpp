#include "letterlayout.h"

#include "mergefields.h"
#include "textlayerhints.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextLayout>

#include <cmath>

namespace bd {
namespace {

// Pins the layout's resolution to the PDF's, whatever the screen: fonts are scaled for the document
// layout's paint device, which would otherwise be the screen.
class FixedResolutionDevice final : public QPaintDevice
{
public:
    explicit FixedResolutionDevice(int dpi, QSizeF size) : m_dpi(dpi), m_size(size.toSize()) {}
    QPaintEngine* paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / m_dpi);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / m_dpi);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    int m_dpi;
    QSize m_size;
};

QString printable(QString value)
{
    value.remove(QLatin1Char('\r'));
    for (QChar& c : value) {
        if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator)
            c = QChar::LineSeparator;
        else if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return value;
}

// A heading: marked as one (<h1>…<h6>), or a paragraph of one or two lines whose text is all bold.
bool isHeading(const QTextBlock& block)
{
    if (block.blockFormat().headingLevel() > 0)
        return true;
    if (block.length() <= 1 || block.layout()->lineCount() > 2)
        return false;
    bool bold = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.text().trimmed().isEmpty())
            continue;
        if (fragment.charFormat().fontWeight() < QFont::DemiBold)
            return false;
        bold = true;
    }
    return bold;
}

// A heading, or the 記 that opens a 記 … 以上 block: kept with the block that follows.
bool keepsWithNext(const QTextBlock& block)
{
    return isHeading(block) || block.text().trimmed() == u"記";
}

// 以上, which closes a 記 block, or the complimentary close of an English letter: neither should start a page
// alone.
bool isClosing(const QTextBlock& block)
{
    QString text = block.text().trimmed();
    if (text == u"以上")
        return true;
    if (text.size() > 20)
        return false;
    if (text.endsWith(QLatin1Char(',')))
        text.chop(1);
    static const QStringList closes = {QStringLiteral("sincerely"),       QStringLiteral("yours sincerely"),
                                       QStringLiteral("sincerely yours"), QStringLiteral("yours faithfully"),
                                       QStringLiteral("yours truly"),     QStringLiteral("respectfully"),
                                       QStringLiteral("kind regards"),    QStringLiteral("best regards"),
                                       QStringLiteral("regards")};
    return closes.contains(text.toLower());
}

// A block or a frame (a table) of the root frame, in the order they flow.
struct FlowItem
{
    QTextBlock block;
    QTextFrame* frame = nullptr;
};

// Breaks keepWithNext() adds to one letter at most: each is laid out again from there on.
constexpr int maxKeptBreaks = 64;

} // namespace

LetterLayout::LetterLayout(const PageSetup& page)
    : m_page(page),
      m_device(std::make_unique<FixedResolutionDevice>(page.resolution, page.pageRectPx().size()))
{
}

LetterLayout::~LetterLayout() = default;

void LetterLayout::parse(const QString& html)
{
    // A fresh document each time: clearing one keeps its formats and resources around.
    m_doc = std::make_unique<QTextDocument>();
    m_fields.clear();
    m_fieldBlocks.clear();
    m_fieldsInRootFrame = true;
    m_keptBreaks.clear();
    m_keptFlow.clear();
    m_hinted = 0;
    QTextDocument& doc = *m_doc;
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(m_device.get());
    QFont font(m_page.fontFamily);
    font.setPointSizeF(m_page.fontPointSize);
    doc.setDefaultFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setPageSize(m_page.contentRectPx().size());
    // QTextLayout drops its shaped glyphs after layout unless told to keep them; drawing would then shape
    // (and justify) every line again — a third of the drawing time.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    // Qt lays out the first thousand characters now and the rest lazily, from a timer that a worker thread
    // never runs. Field edits on a partly laid-out template then leave later blocks without lines: finish
    // now.
    doc.documentLayout()->documentSize();
}

void LetterLayout::setHtml(const QString& html)
{
    parse(html);
    keepWithNext();
}

int LetterLayout::setTemplateHtml(const QString& html)
{
    parse(html);
    int fields = 0;
    for (QTextBlock block = m_doc->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (int i = 0; i < text.size(); ++i) {
            const int field = mergefields::fieldOf(text.at(i));
            if (field < 0)
                continue;
            QTextCursor cursor(m_doc.get());
            cursor.setPosition(block.position() + i + 1);
            m_fields.push_back({block.position() + i, 1, field, cursor.charFormat()});
            fields = std::max(fields, field + 1);
            if (m_fieldBlocks.empty() || m_fieldBlocks.back() != block.blockNumber()) {
                m_fieldBlocks.push_back(block.blockNumber());
                m_fieldsInRootFrame =
                    m_fieldsInRootFrame && QTextCursor(block).currentFrame() == m_doc->rootFrame();
            }
        }
    }
    keepWithNext();
    return fields;
}

void LetterLayout::setFieldValues(const QStringList& values)
{
    QTextCursor cursor(m_doc.get());
    // One edit block: the document is laid out again once, not after each field.
    cursor.beginEditBlock();
    int shift = 0;
    for (Field& field : m_fields) {
        const QString value = printable(values.value(field.index));
        field.position += shift;
        cursor.setPosition(field.position);
        cursor.setPosition(field.position + field.length, QTextCursor::KeepAnchor);
        if (value.isEmpty())
            cursor.removeSelectedText();
        else
            cursor.insertText(value, field.format);
        shift += int(value.size()) - field.length;
        field.length = int(value.size());
    }
    cursor.endEditBlock();
    keepWithNext();
}

// What the page flow of a merge letter depends on besides the template: the lines of the blocks holding
// fields (how many, how tall) and whether these blocks are empty, headings or 以上. Every other block is the
// same in every letter, and block positions follow from line heights and block formats alone; so two letters
// with the same signature break their pages at the same places and need the same kept breaks. Empty when
// unknown (a field in a table, whose column widths follow the text).
QByteArray LetterLayout::flowSignature() const
{
    if (m_fields.empty() || !m_fieldsInRootFrame)
        return {};
    QByteArray key;
    auto add = [&key](qreal value) {
        const qint32 v = qRound(value * 64); // Qt lays out in 1/64 px
        key.append(reinterpret_cast<const char*>(&v), sizeof v);
    };
    for (const int number : m_fieldBlocks) {
        const QTextBlock block = m_doc->findBlockByNumber(number);
        const QTextLayout* layout = block.layout();
        add(number);
        add(block.length() > 1);
        add(keepsWithNext(block));
        add(isClosing(block));
        add(layout->lineCount());
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            add(line.ascent());
            add(line.descent());
            add(line.leading());
            add(line.height());
        }
    }
    return key;
}

// Keeps headings with what follows (see the class comment). From the letter as written, top down: a run of
// headings whose next block starts on a later page than the run gets a page break before it, unless it starts
// its page already; later runs are then judged on the layout with that break. A merge letter whose page flow
// is that of the previous one (flowSignature()) keeps the breaks worked out for it.
void LetterLayout::keepWithNext()
{
    QTextDocument& doc = *m_doc;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    layout->documentSize(); // finishes the layout
    QByteArray flow = flowSignature();
    if (!flow.isEmpty() && flow == m_keptFlow)
        return;
    if (!m_keptBreaks.empty()) {
        QTextCursor cursor(&doc);
        cursor.beginEditBlock();
        for (const KeptBreak& kept : m_keptBreaks) {
            cursor.setPosition(doc.findBlockByNumber(kept.block).position());
            cursor.setBlockFormat(kept.format);
        }
        cursor.endEditBlock();
        m_keptBreaks.clear();
        layout->documentSize();
    }
    m_keptFlow = std::move(flow);

    std::vector<FlowItem> items;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            items.push_back({{}, it.currentFrame()});
        else if (it.currentBlock().layout()->lineCount() > 0)
            items.push_back({it.currentBlock(), nullptr});
    }
    const qreal pageHeight = doc.pageSize().height();
    auto pageOf = [pageHeight](qreal y) { return int(std::floor((y + 0.5) / pageHeight)); };
    // Where an item's first and last lines start.
    auto firstTop = [layout](const FlowItem& item) {
        if (item.frame)
            return layout->frameBoundingRect(item.frame).top();
        return item.block.layout()->position().y() + item.block.layout()->lineAt(0).y();
    };
    auto lastTop = [layout](const FlowItem& item) {
        if (item.frame)
            return layout->frameBoundingRect(item.frame).bottom() - 1;
        const QTextLayout* l = item.block.layout();
        return l->position().y() + l->lineAt(l->lineCount() - 1).y();
    };
    auto keeps = [&items](size_t i) {
        const QTextBlock& block = items[i].block;
        if (items[i].frame)
            return false;
        if (keepsWithNext(block))
            return true;
        return i + 1 < items.size() && !items[i + 1].frame && isClosing(items[i + 1].block) &&
               block.layout()->lineCount() <= 3;
    };
    int added = 0;
    for (size_t i = 0; i < items.size() && added < maxKeptBreaks;) {
        if (!keeps(i)) {
            ++i;
            continue;
        }
        const size_t first = i;
        while (i < items.size() && keeps(i))
            ++i;
        const size_t next = i;
        if (first == 0 || next == items.size())
            continue;
        const int page = pageOf(firstTop(items[first]));
        if (pageOf(firstTop(items[next])) == page || pageOf(lastTop(items[first - 1])) < page)
            continue;
        QTextBlockFormat format = items[first].block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        m_keptBreaks.push_back({items[first].block.blockNumber(), format});
        // At the top of the next page, as a line moved there by the layout would be.
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);
        QTextCursor(items[first].block).setBlockFormat(format);
        layout->documentSize();
        ++added;
    }
}

int LetterLayout::pageCount()
{
    return m_doc ? m_doc->pageCount() : 0;
}

QString LetterLayout::footerText(int page, int pages) const
{
    const bool show = m_page.pageNumbers == PageNumbers::Always ||
                      (m_page.pageNumbers == PageNumbers::WhenSeveralPages && pages > 1);
    return show ? QStringLiteral("%1 / %2").arg(page + 1).arg(pages) : QString();
}

void LetterLayout::drawPage(QPainter& painter, int page, int parts)
{
    if (!m_doc)
        return;
    if (parts & Body)
        drawBody(painter, page);
    if (parts & Footer)
        drawFooter(painter, page);
}

void LetterLayout::drawBody(QPainter& painter, int page)
{
    const QRectF content = m_page.contentRectPx();
    painter.save();
    painter.translate(content.left(), content.top() - page * content.height());
    const QRectF pageArea(0, page * content.height(), content.width(), content.height());
    painter.setClipRect(pageArea);
    // QTextLayout draws a line whose top is exactly at the clip's bottom edge: a line moved to the next page
    // would be drawn (invisibly, clipped) at the bottom of this one too, and be in its text layer twice.
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = pageArea.adjusted(0, 0, 0, -0.5);
    m_doc->documentLayout()->draw(&painter, context);
    painter.restore();
}

QByteArray LetterLayout::bodyKey(int page) const
{
    if (!m_doc || m_fields.empty())
        return {};
    const qreal height = m_page.contentRectPx().height();
    const qreal top = page * height;
    const qreal bottom = top + height;
    QByteArray key;
    auto add = [&key](qreal value) {
        const qint32 v = qRound(value * 64);
        key.append(reinterpret_cast<const char*>(&v), sizeof v);
    };
    // Generous edges: a block that might touch the page counts.
    auto onPage = [&](const QRectF& r) { return r.bottom() >= top - 1 && r.top() <= bottom + 1; };
    const QAbstractTextDocumentLayout* layout = m_doc->documentLayout();
    for (QTextBlock block = m_doc->begin(); block.isValid(); block = block.next()) {
        const QRectF r = layout->blockBoundingRect(block);
        if (!onPage(r))
            continue;
        if (std::binary_search(m_fieldBlocks.cbegin(), m_fieldBlocks.cend(), block.blockNumber()))
            return {};
        add(block.blockNumber());
        add(r.top() - top);
        add(r.height());
    }
    // Tables draw borders and backgrounds of their own.
    QList<QTextFrame*> frames = m_doc->rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame* frame = frames.takeFirst();
        frames += frame->childFrames();
        const QRectF r = layout->frameBoundingRect(frame);
        if (!onPage(r))
            continue;
        add(-1);
        add(r.top() - top);
        add(r.height());
    }
    return key;
}

void LetterLayout::drawFooter(QPainter& painter, int page)
{
    const QRectF content = m_page.contentRectPx();
    const QString footer = footerText(page, pageCount());
    if (footer.isEmpty())
        return;
    QFont font(m_page.fontFamily);
    font.setPointSizeF(m_page.footerPointSize);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF paper = m_page.pageRectPx();
    const qreal baseline = paper.bottom() - m_page.mmToPx(m_page.footerBaselineMm);
    const QFontMetricsF metrics(font, painter.device());
    if (!m_footerLabel.isEmpty()) {
        const QString label = metrics.elidedText(m_footerLabel, Qt::ElideRight, content.width() / 2 - 30);
        painter.drawText(QPointF(content.left(), baseline), label);
    }
    painter.drawText(QPointF(paper.center().x() - metrics.horizontalAdvance(footer) / 2, baseline), footer);
    painter.restore();
}

const QList<GlyphHint>& LetterLayout::glyphHints(const QTextBlock& block)
{
    const QString text = block.text();
    QString key = text;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        key += QChar(0x1F) + it.fragment().charFormat().font().key();
    auto cached = m_glyphHints.constFind(key);
    if (cached != m_glyphHints.cend())
        return *cached;
    if (m_glyphHints.size() > 4096)
        m_glyphHints.clear();

    // Glyphs that are not the cmap glyph of any character of the block were made by shaping (ligatures,
    // contextual forms); a character outside the BMP has a glyph no BMP code point reaches. Qt can map
    // neither.
    QTextLayout* layout = block.layout();
    QList<GlyphHint> hints;
    bool shaped = false;
    for (const QGlyphRun& run : layout->glyphRuns(0, int(text.size()))) {
        const QList<quint32> cmap = run.rawFont().glyphIndexesForString(text);
        const QList<quint32> glyphs = run.glyphIndexes();
        shaped = shaped || std::any_of(glyphs.cbegin(), glyphs.cend(),
                                       [&](quint32 g) { return g && !cmap.contains(g); });
    }
    // The text of each such glyph: the characters of its first cluster (a ligature's characters all give the
    // glyph at the same position).
    struct Cluster
    {
        QPointF position;
        int end = 0;
        bool open = true;
    };
    QList<Cluster> clusters;
    for (int i = 0; i < text.size(); ++i) {
        const bool astral =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const int length = astral ? 2 : 1;
        if (astral || shaped) {
            for (const QGlyphRun& run : layout->glyphRuns(i, length)) {
                const QList<quint32> cmap = run.rawFont().glyphIndexesForString(text.mid(i, length));
                const QList<quint32> glyphs = run.glyphIndexes();
                const QList<QPointF> positions = run.positions();
                for (qsizetype k = 0; k < glyphs.size(); ++k) {
                    if (!glyphs[k] || (!astral && cmap.contains(glyphs[k])))
                        continue;
                    const auto same = std::find_if(hints.cbegin(), hints.cend(), [&](const GlyphHint& h) {
                        return h.glyph == glyphs[k] && sameFace(h.font, run.rawFont());
                    });
                    if (same == hints.cend()) {
                        hints.append({run.rawFont(), glyphs[k], text.mid(i, length)});
                        clusters.append({positions.value(k), i + length});
                        continue;
                    }
                    Cluster& cluster = clusters[same - hints.cbegin()];
                    if (cluster.open && cluster.end == i && cluster.position == positions.value(k)) {
                        hints[same - hints.cbegin()].text += text.mid(i, length);
                        cluster.end = i + length;
                    } else {
                        cluster.open = false;
                    }
                }
            }
        }
        i += length - 1;
    }
    return *m_glyphHints.insert(key, hints);
}

void LetterLayout::addTextHints(TextLayerHints& hints)
{
    if (!m_doc)
        return;
    auto add = [&](const QTextBlock& block) {
        hints.addText(block.text());
        for (const GlyphHint& hint : glyphHints(block))
            hints.addGlyph(hint);
    };
    hints.addText(m_footerLabel);
    if (!m_fields.empty() && m_hinted == hints.generation()) {
        for (int number : m_fieldBlocks)
            add(m_doc->findBlockByNumber(number));
        return;
    }
    hints.addText(u"0123456789 /\u2026"); // the footer
    for (QTextBlock block = m_doc->begin(); block.isValid(); block = block.next())
        add(block);
    m_hinted = hints.generation();
}

QString LetterLayout::toPlainText() const
{
    return m_doc ? m_doc->toPlainText() : QString();
}

} // namespace bd
