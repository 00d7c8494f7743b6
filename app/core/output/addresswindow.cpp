#include "addresswindow.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>

#include <algorithm>

namespace bd {
namespace {

constexpr qreal insetMm = 3.0; // text keeps this far inside the window
constexpr qreal gapMm = 3.0;   // between the window and the text around it

QString normalised(QString text)
{
    for (QChar& c : text) {
        if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c == QLatin1Char('\r'))
            c = QLatin1Char('\n');
        else if (c == QChar(0x3000) || c == QChar::Nbsp)
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

// A line of the address block: one of the values, perhaps with 〒 before it, an honorific after it (様, 殿,
// 御中) or a title before it (Mr, Ms, Dr).
bool isAddressLine(QString line, const QStringList& values)
{
    line = normalised(line);
    if (line.startsWith(u'〒'))
        line = line.mid(1).trimmed();
    if (line.isEmpty())
        return true;
    for (const QString& value : values) {
        if (line == value || (line.startsWith(value) && line.size() - value.size() <= 4) ||
            (line.endsWith(value) && line.size() - value.size() <= 6))
            return true;
    }
    return false;
}

bool isAddressBlock(const QTextBlock& block, const QStringList& values)
{
    const QString text = block.text();
    if (text.trimmed().isEmpty())
        return false;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\\n\\x{2028}\\x{2029}]")));
    return std::all_of(lines.cbegin(), lines.cend(),
                       [&values](const QString& line) { return isAddressLine(line, values); });
}

qreal firstLineTop(const QTextBlock& block)
{
    const QTextLayout* l = block.layout();
    return l->lineCount() > 0 ? l->position().y() + l->lineAt(0).y() : l->position().y();
}

qreal lastLineBottom(const QTextBlock& block)
{
    const QTextLayout* l = block.layout();
    if (l->lineCount() == 0)
        return l->position().y();
    const QTextLine line = l->lineAt(l->lineCount() - 1);
    return l->position().y() + line.y() + line.height();
}

} // namespace

PageSetup withAddressWindow(PageSetup page, const QRectF& windowMm)
{
    page.addressWindowMm = windowMm;
    if (!windowMm.isNull()) {
        constexpr qreal lowestTopMm = 10.0; // clear of the draft mark's box (draftmark.cpp) and the edge
        page.marginsMm.setTop(std::clamp(windowMm.y() + insetMm, lowestTopMm, page.marginsMm.top()));
    }
    return page;
}

bool windowFromText(const QString& text, QRectF* windowMm)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    qreal v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || v[i] < 0)
            return false;
    }
    const QRectF rect(v[0], v[1], v[2], v[3]);
    const QRectF a4(0, 0, 210, 297);
    if (rect.width() < 2 * insetMm + 10 || rect.height() < 2 * insetMm + 5 || !a4.contains(rect))
        return false;
    *windowMm = rect;
    return true;
}

QString windowText(const QRectF& windowMm)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(windowMm.x())
        .arg(windowMm.y())
        .arg(windowMm.width())
        .arg(windowMm.height());
}

QString windowFitKey(WindowFit fit)
{
    switch (fit) {
    case WindowFit::None:
        break;
    case WindowFit::Inside:
        return QStringLiteral("inside");
    case WindowFit::Overflow:
        return QStringLiteral("overflow");
    case WindowFit::Missing:
        return QStringLiteral("missing");
    }
    return QString();
}

void AddressWindow::setFormat(QTextDocument& doc, int blockNumber, const QTextBlockFormat& format)
{
    const QTextBlock block = doc.findBlockByNumber(blockNumber);
    const bool saved = std::any_of(m_saved.cbegin(), m_saved.cend(),
                                   [blockNumber](const auto& s) { return s.first == blockNumber; });
    if (!saved)
        m_saved.emplace_back(blockNumber, block.blockFormat());
    QTextCursor(block).setBlockFormat(format);
}

void AddressWindow::restore(QTextDocument& doc)
{
    if (m_saved.empty())
        return;
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
        cursor.setPosition(doc.findBlockByNumber(it->first).position());
        cursor.setBlockFormat(it->second);
    }
    cursor.endEditBlock();
    m_saved.clear();
}

namespace {

QStringList addressLines(const QStringList& addressValues)
{
    QStringList values;
    for (const QString& value : addressValues) {
        for (const QString& line : normalised(value).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                values.append(line.trimmed());
        }
    }
    return values;
}

// The window in the document's coordinates (the first page's content area starts at 0, 0).
QRectF windowInDocument(const PageSetup& page)
{
    const QRectF content = page.contentRectPx();
    const QRectF& w = page.addressWindowMm;
    return {page.mmToPx(w.x()) - content.left(), page.mmToPx(w.y()) - content.top(), page.mmToPx(w.width()),
            page.mmToPx(w.height())};
}

// The root frame's blocks on the first page up to the first table, and the address block among them:
// blocks [first, end); first == blocks.size() when there is none.
struct Run
{
    std::vector<QTextBlock> blocks;
    size_t first = 0;
    size_t end = 0;
    bool found() const { return first < blocks.size(); }
};

Run findRun(QTextDocument& doc, const QStringList& values)
{
    doc.documentLayout()->documentSize();
    const qreal pageHeight = doc.pageSize().height();
    Run run;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() || firstLineTop(it.currentBlock()) >= pageHeight)
            break;
        run.blocks.push_back(it.currentBlock());
    }
    if (values.isEmpty()) {
        run.first = run.blocks.size();
        return run;
    }
    while (run.first < run.blocks.size() && !isAddressBlock(run.blocks[run.first], values))
        ++run.first;
    run.end = std::min(run.first + 1, run.blocks.size());
    while (run.end < run.blocks.size() && isAddressBlock(run.blocks[run.end], values))
        ++run.end;
    return run;
}

bool showsThrough(const QTextBlock& block, const QRectF& window)
{
    const QTextLayout* l = block.layout();
    for (int n = 0; n < l->lineCount(); ++n) {
        if (window.intersects(l->lineAt(n).naturalTextRect().translated(l->position())))
            return true;
    }
    return false;
}

} // namespace

bool AddressWindow::moveToTop(QTextDocument& doc, const PageSetup& page, const QStringList& addressValues)
{
    if (page.addressWindowMm.isNull())
        return false;
    const Run run = findRun(doc, addressLines(addressValues));
    if (!run.found() || run.first == 0)
        return false;
    const QRectF window = windowInDocument(page);
    const bool crowded = std::any_of(run.blocks.cbegin(), run.blocks.cbegin() + std::ptrdiff_t(run.first),
                                     [&window](const QTextBlock& b) { return showsThrough(b, window); });
    if (!crowded)
        return false;
    // Cut the blocks, paste them at the start, and give them back their block formats (the first pasted
    // block takes the format of the block it is pasted into).
    std::vector<QTextBlockFormat> formats;
    for (size_t i = run.first; i < run.end; ++i)
        formats.push_back(run.blocks[i].blockFormat());
    formats.front().setTopMargin(0); // now the letter's first block
    const QTextBlock last = run.blocks[run.end - 1];
    QTextCursor cut(&doc);
    cut.beginEditBlock();
    cut.setPosition(run.blocks[run.first].position());
    cut.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    const QTextDocumentFragment fragment = cut.selection();
    cut.removeSelectedText();
    cut.deleteChar(); // the emptied block
    QTextCursor paste(&doc);
    paste.movePosition(QTextCursor::Start);
    paste.insertBlock();
    paste.movePosition(QTextCursor::Start);
    paste.insertFragment(fragment);
    QTextBlock block = doc.begin();
    for (const QTextBlockFormat& format : formats) {
        QTextCursor(block).setBlockFormat(format);
        block = block.next();
    }
    cut.endEditBlock();
    doc.documentLayout()->documentSize();
    return true;
}

WindowFit AddressWindow::place(QTextDocument& doc, const PageSetup& page, const QStringList& addressValues)
{
    restore(doc);
    if (page.addressWindowMm.isNull())
        return WindowFit::None;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const QRectF content = page.contentRectPx();
    const QRectF window = windowInDocument(page);
    const qreal inset = page.mmToPx(insetMm);
    const QRectF inner = window.adjusted(inset, inset, -inset, -inset);
    const qreal pageHeight = doc.pageSize().height();
    const Run run = findRun(doc, addressLines(addressValues));
    if (!run.found())
        return WindowFit::Missing;
    const std::vector<QTextBlock>& blocks = run.blocks;
    const size_t first = run.first;
    const size_t end = run.end;

    // The block wraps inside the window.
    for (size_t i = first; i < end; ++i) {
        QTextBlockFormat format = blocks[i].blockFormat();
        format.setLeftMargin(std::max<qreal>(0, inner.left()));
        format.setRightMargin(std::max<qreal>(0, content.width() - inner.right()));
        format.setTextIndent(0);
        format.setAlignment(Qt::AlignLeft);
        setFormat(doc, blocks[i].blockNumber(), format);
    }
    layout->documentSize();
    // Text before it that would show through the window goes to the window's right.
    for (size_t i = 0; i < first; ++i) {
        if (!showsThrough(blocks[i], window))
            continue;
        QTextBlockFormat format = blocks[i].blockFormat();
        format.setLeftMargin(std::max(format.leftMargin(), window.right() + page.mmToPx(gapMm)));
        setFormat(doc, blocks[i].blockNumber(), format);
    }
    layout->documentSize();
    // Down to the window's top (margins collapse, so this may take a second step).
    for (int step = 0; step < 3; ++step) {
        const qreal top = firstLineTop(blocks[first]);
        if (top >= inner.top() - 0.5)
            break;
        QTextBlockFormat format = blocks[first].blockFormat();
        format.setTopMargin(format.topMargin() + inner.top() - top);
        setFormat(doc, blocks[first].blockNumber(), format);
        layout->documentSize();
    }
    // What follows starts below the window.
    const QTextBlock next = blocks[end - 1].next();
    if (next.isValid() && QTextCursor(next).currentFrame() == doc.rootFrame()) {
        for (int step = 0; step < 3; ++step) {
            const qreal top = firstLineTop(next);
            const qreal below = window.bottom() + page.mmToPx(gapMm);
            if (top >= below - 0.5)
                break;
            QTextBlockFormat format = next.blockFormat();
            format.setTopMargin(format.topMargin() + below - top);
            setFormat(doc, next.blockNumber(), format);
            layout->documentSize();
        }
    }
    const qreal top = firstLineTop(blocks[first]);
    const qreal bottom = lastLineBottom(blocks[end - 1]);
    bool inside = top >= window.top() && bottom <= window.bottom() && bottom <= pageHeight;
    for (size_t i = first; i < end && inside; ++i) {
        const QTextLayout* l = blocks[i].layout();
        for (int n = 0; n < l->lineCount(); ++n) {
            const QRectF line = l->lineAt(n).naturalTextRect().translated(l->position());
            inside = inside && line.left() >= window.left() - 0.5 && line.right() <= window.right() + 0.5;
        }
    }
    return inside ? WindowFit::Inside : WindowFit::Overflow;
}

} // namespace bd
