#include "letterlayout.h"

#include "draftmark.h"
#include "mergefields.h"
#include "textlayerhints.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextLayout>

#include <algorithm>
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

// Qt breaks lines at word boundaries or, when a word does not fit on a line of its own, anywhere
// (QTextOption::WrapAtWordBoundaryOrAnywhere). It finds out that a word does not fit by measuring the word to
// its end, once for every line the word fills (QTextLine::layout_helper): a run of N characters without a
// line-break opportunity (a pasted key or token, a long URL, "xxxx…") costs about N² / (characters per line),
// and a 20,000-character run took longer to lay out than 60 pages of prose. Such runs get a zero-width space
// (U+200B, a break opportunity under UAX #14 rule LB8) every `unbrokenRunStep` characters, so that each line
// measures at most that far ahead. Lines still break anywhere inside the run where they fill up, as before;
// only the line on which a zero-width space falls ends there, a little short. Qt does not draw format
// characters (category Cf) such as U+200B: neither the paper nor the PDF's text layer shows them.
// The step is longer than any recipient field may be (textlimits.h): merge templates get their values patched
// in after this ran (setFieldValues()), and must still lay out exactly as the same letter given to setHtml().
constexpr qsizetype unbrokenRunStep = 600;
constexpr char16_t ZeroWidthSpace = 0x200B;

void breakLongRuns(QTextDocument& doc)
{
    QTextCursor cursor(&doc);
    bool editing = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.length() <= unbrokenRunStep)
            continue;
        const QString text = block.text();
        // Prose has a break opportunity at least at every space and between CJK characters: a quick look for
        // a long stretch without either spares most blocks the full analysis below.
        qsizetype stretch = 0, longest = 0;
        for (const QChar c : text) {
            stretch = c.isSpace() || c.unicode() >= 0x2E80 ? 0 : stretch + 1;
            longest = std::max(longest, stretch);
        }
        if (longest <= unbrokenRunStep)
            continue;
        // Where a zero-width space goes (before that character), in order.
        std::vector<qsizetype> breaks;
        QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
        qsizetype previous = 0;
        for (qsizetype next = lines.toNextBoundary(); next >= 0; next = lines.toNextBoundary()) {
            if (next - previous > unbrokenRunStep) {
                QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
                graphemes.setPosition(previous + unbrokenRunStep);
                if (!graphemes.isAtBoundary())
                    graphemes.toNextBoundary();
                for (qsizetype g = graphemes.position(); g > previous && g < next;) {
                    breaks.push_back(g);
                    graphemes.setPosition(g + unbrokenRunStep);
                    g = graphemes.isAtBoundary() ? graphemes.position() : graphemes.toNextBoundary();
                }
            }
            previous = next;
        }
        if (breaks.empty())
            continue;
        if (!editing) {
            cursor.beginEditBlock(); // laid out once, at the end
            editing = true;
        }
        // Qt justifies a line that ends at one of these breaks by spreading its letters over the whole width,
        // and a PDF reader then takes the gaps for spaces: such a paragraph is aligned left instead.
        if (block.blockFormat().alignment() & Qt::AlignJustify) {
            QTextBlockFormat format = block.blockFormat();
            format.setAlignment((format.alignment() & ~Qt::AlignHorizontal_Mask) | Qt::AlignLeft);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
        // One replacement per fragment that holds breaks, in the fragment's format, from the end so that the
        // positions before stay where they are: a few large edits rather than one per character.
        struct Piece
        {
            qsizetype begin, end;
            QTextCharFormat format;
        };
        std::vector<Piece> pieces;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const qsizetype begin = fragment.position() - block.position();
            pieces.push_back({begin, begin + fragment.length(), fragment.charFormat()});
        }
        auto next = breaks.crbegin();
        for (auto piece = pieces.crbegin(); piece != pieces.crend(); ++piece) {
            while (next != breaks.crend() && *next >= piece->end)
                ++next;
            if (next == breaks.crend() || *next < piece->begin)
                continue;
            QString replaced;
            replaced.reserve(2 * (piece->end - piece->begin));
            auto from = std::lower_bound(breaks.cbegin(), breaks.cend(), piece->begin);
            for (qsizetype i = piece->begin; i < piece->end; ++i) {
                if (from != breaks.cend() && *from == i) {
                    replaced += QChar(ZeroWidthSpace);
                    ++from;
                }
                replaced += text.at(i);
            }
            cursor.setPosition(block.position() + int(piece->begin));
            cursor.setPosition(block.position() + int(piece->end), QTextCursor::KeepAnchor);
            cursor.insertText(replaced, piece->format);
        }
    }
    if (editing)
        cursor.endEditBlock();
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
    m_window = AddressWindow(); // its formats were the old document's
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
    breakLongRuns(doc);
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
    AddressWindow::moveToTop(*m_doc, m_page, m_addressValues);
    m_windowFit = m_window.place(*m_doc, m_page, m_addressValues);
    keepWithNext();
}

int LetterLayout::setTemplateHtml(const QString& html)
{
    parse(html);
    if (!m_page.addressWindowMm.isNull()) {
        QStringList markers;
        for (const int field : std::as_const(m_addressFields))
            markers.append(mergefields::marker(field));
        AddressWindow::moveToTop(*m_doc, m_page, markers);
    }
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
    m_windowFit = m_window.place(*m_doc, m_page, m_addressValues);
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
    m_windowFit = m_window.place(*m_doc, m_page, m_addressValues);
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
    if (parts & Footer) {
        drawFooter(painter, page);
        // With the footer: a page whose body is shared (ChunkRenderer) still gets its own mark.
        DraftMark::draw(painter, m_page, m_draftMark);
    }
}

void LetterLayout::drawBody(QPainter& painter, int page)
{
    const QRectF content = m_page.contentRectPx();
    painter.save();
    painter.translate(content.left(), content.top() - page * content.height());
    const qreal top = page * content.height();
    const qreal bottom = top + content.height();
    const QRectF pageArea(0, top, content.width(), content.height());
    painter.setClipRect(pageArea);
    // Qt 6.4's QTextLayout::draw() draws, besides the lines inside the clip, the last line above it: a
    // paragraph that runs over from the previous page would have that page's last line drawn here too —
    // invisible (clipped), but in the text layer twice. So the lines of such a paragraph that are on this
    // page are drawn one by one, and the document layout draws what follows it.
    QAbstractTextDocumentLayout* layout = m_doc->documentLayout();
    qreal from = top;
    for (auto it = m_doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (it.currentFrame() || !block.isValid())
            continue;
        const QRectF r = layout->blockBoundingRect(block);
        if (r.top() >= top)
            break;
        if (r.bottom() <= top)
            continue;
        const QTextLayout* lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal y = lines->position().y() + line.y();
            if (y + 0.5 >= top && y + 0.5 < bottom)
                line.draw(&painter, lines->position());
        }
        from = r.bottom() + 0.01; // the block no longer meets the clip below
        break;
    }
    // QTextLayout also draws a line whose top is exactly at the clip's bottom edge: a line moved to the next
    // page would be drawn (invisibly, clipped) at the bottom of this one too, and be in its text layer twice.
    if (from < bottom - 0.5) {
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, from, content.width(), bottom - 0.5 - from);
        layout->draw(&painter, context);
    }
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

    // Glyphs that are not the cmap glyph of any character of their line were made by shaping (ligatures,
    // contextual forms); a character outside the BMP has a glyph no BMP code point reaches. Qt can map
    // neither. Line by line, so that the work grows with the block's length and not with its square.
    QTextLayout* layout = block.layout();
    QList<GlyphHint> hints;
    // The text of each such glyph: the characters of its first cluster (a ligature's characters all give the
    // glyph at the same position).
    struct Cluster
    {
        QPointF position;
        int end = 0;
        bool open = true;
    };
    QList<Cluster> clusters;
    for (int l = 0; l < layout->lineCount(); ++l) {
        const QTextLine line = layout->lineAt(l);
        const int start = line.textStart();
        const int end = std::min<int>(start + line.textLength(), int(text.size()));
        const QStringView lineText = QStringView(text).mid(start, end - start);
        bool shaped = false;
        for (const QGlyphRun& run : line.glyphRuns()) {
            const QList<quint32> cmap = run.rawFont().glyphIndexesForString(lineText.toString());
            const QSet<quint32> mapped(cmap.cbegin(), cmap.cend());
            const QList<quint32> glyphs = run.glyphIndexes();
            shaped = shaped || std::any_of(glyphs.cbegin(), glyphs.cend(),
                                           [&](quint32 g) { return g && !mapped.contains(g); });
        }
        for (int i = start; i < end; ++i) {
            const bool astral =
                text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            const int length = astral ? 2 : 1;
            // Format characters (the zero-width spaces of breakLongRuns()) are not printed.
            if ((astral || shaped) && text.at(i).category() != QChar::Other_Format) {
                for (const QGlyphRun& run : line.glyphRuns(i, length)) {
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
    hints.addText(m_draftMark);
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
