#pragma once

#include "addresswindow.h"
#include "pagesetup.h"
#include "textlayerhints.h"

#include <QHash>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCharFormat>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;

namespace bd {

// One letter laid out on pages: a QTextDocument set up for Japanese business letters (PageSetup's font as the
// default, 96 dpi regardless of the screen, wrapping at word boundaries — which keeps 。、」） etc. off line
// starts — or anywhere inside a word too long for a line, such as a URL), paginated on the content area.
// A letter longer than a page continues on the next; the footer then shows "n / m", and the footer label (say
// "山田 太郎 様") at its left, so that every page of a print run can be told apart.
//
// A heading is kept with the text that follows it: a heading that would end a page while its text starts the
// next moves to the next page (with the other headings right above it, and a 記 that opens them), and so
// does the short paragraph before a closing 以上 or "Sincerely,", which then does not stand alone at the top
// of a page. Headings are blocks marked as such (<h1>…<h6>) and paragraphs of one or two lines whose text is
// all bold, as the built-in templates write their section headings. The moves are page breaks the layout adds
// (PageBreak_AlwaysBefore, without the top margin) and takes back when new field values no longer need them:
// a letter made from a merge template is laid out exactly as the same letter given to setHtml().
//
// Two ways in: setHtml() parses a whole letter; setTemplateHtml() parses a merge template once (see
// mergefields.h) and setFieldValues() then patches the recipient's values in and re-lays out only what
// changed. Works on any thread; one object must not be used by two threads at once.
class LetterLayout
{
public:
    explicit LetterLayout(const PageSetup& page = {});
    ~LetterLayout();
    LetterLayout(const LetterLayout&) = delete;
    LetterLayout& operator=(const LetterLayout&) = delete;

    void setHtml(const QString& html);
    // Returns the number of fields (highest marker + 1) found in the printed text.
    int setTemplateHtml(const QString& html);
    // Values for the template's fields; missing ones are empty. Line breaks become breaks inside the
    // paragraph.
    void setFieldValues(const QStringList& values);

    // Printed at the left of the footer of letters with several pages; plain text.
    void setFooterLabel(const QString& label) { m_footerLabel = label; }
    // Drawn on every page with the footer (see draftmark.h); empty: none (issued letters).
    void setDraftMark(const QString& mark) { m_draftMark = mark; }
    // With PageSetup::addressWindowMm: the recipient's address values (postal code, address, name, …), which
    // find the letter's address block to place in the window (addresswindow.h). Set before setHtml() or
    // setFieldValues().
    void setAddressValues(const QStringList& values) { m_addressValues = values; }
    // With a merge template and a window: the fields that make up the address block, which setTemplateHtml()
    // moves to the top when text before it would show through the window (AddressWindow::moveToTop()).
    void setAddressFields(const QList<int>& fields) { m_addressFields = fields; }
    // Where the address block ended up (WindowFit::None without a window).
    WindowFit windowFit() const { return m_windowFit; }

    int pageCount();

    enum PagePart
    {
        Body = 1,   // the document's text
        Footer = 2, // page number and footer label
        WholePage = Body | Footer
    };
    // Draws page `page` (0-based) in page pixel coordinates.
    void drawPage(QPainter& painter, int page, int parts = WholePage);
    // With a merge template: a key for what the body of page `page` looks like, empty when the page holds a
    // field. Two letters of the same template whose keys for a page are equal draw the same body there (the
    // same blocks at the same places), so a batch can draw it once (see ChunkRenderer).
    QByteArray bodyKey(int page) const;
    // Adds what is drawn (every character, and the glyphs Qt cannot map; see TextLayerHints) for the text
    // layer repair. With a template, later calls for the same hints only look at the paragraphs holding
    // fields.
    void addTextHints(TextLayerHints& hints);

    QString toPlainText() const;
    QTextDocument& document() { return *m_doc; }
    const PageSetup& pageSetup() const { return m_page; }

private:
    struct Field
    {
        int position;
        int length;
        int index;
        QTextCharFormat format;
    };

    void parse(const QString& html);
    void keepWithNext();
    QByteArray flowSignature() const;
    QString footerText(int page, int pages) const;
    void drawBody(QPainter& painter, int page);
    void drawFooter(QPainter& painter, int page);
    const QList<GlyphHint>& glyphHints(const QTextBlock& block);

    PageSetup m_page;
    std::unique_ptr<QPaintDevice> m_device; // the layout's resolution; outlives m_doc
    std::unique_ptr<QTextDocument> m_doc;
    QString m_footerLabel;
    QString m_draftMark;
    QStringList m_addressValues;
    QList<int> m_addressFields;
    AddressWindow m_window;
    WindowFit m_windowFit = WindowFit::None;
    std::vector<Field> m_fields;
    std::vector<int> m_fieldBlocks;  // block numbers holding fields
    bool m_fieldsInRootFrame = true; // no field in a table: the field blocks alone decide the page flow
    // The page breaks keepWithNext() added, with each block's format as written.
    struct KeptBreak
    {
        int block;
        QTextBlockFormat format;
    };
    std::vector<KeptBreak> m_keptBreaks;
    QByteArray m_keptFlow; // flowSignature() of the layout m_keptBreaks were worked out for
    quint64 m_hinted = 0;  // generation of the hints that already hold the whole document
    // Glyph hints by block text and fonts: most blocks of a batch are the same in every letter.
    QHash<QString, QList<GlyphHint>> m_glyphHints;
};

} // namespace bd
