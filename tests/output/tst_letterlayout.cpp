#include "bidicontrols.h"
#include "letterlayout.h"
#include "mergefields.h"
#include "outputtestsupport.h"
#include "pdfrenderer.h"
#include "textlayerhints.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace bd;

namespace {

// The page on which line `line` of `block` starts.
int pageOf(const QTextBlock& block, int line)
{
    const qreal height = block.document()->pageSize().height();
    const QTextLayout* layout = block.layout();
    return int((layout->position().y() + layout->lineAt(line).y() + 0.5) / height);
}

int firstPage(const QTextBlock& block)
{
    return pageOf(block, 0);
}

int lastPage(const QTextBlock& block)
{
    return pageOf(block, block.layout()->lineCount() - 1);
}

QTextBlock findBlock(QTextDocument& doc, const QString& text)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.text().trimmed() == text)
            return block;
    return {};
}

// The lines drawn on page `page`, each with its place on the page.
QStringList linesOnPage(QTextDocument& doc, int page)
{
    QStringList lines;
    const qreal height = doc.pageSize().height();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal y = layout->position().y() + line.y() - page * height;
            if (y >= -0.5 && y < height - 0.5)
                lines << QStringLiteral("%1,%2 %3")
                             .arg(layout->position().x() + line.x())
                             .arg(y)
                             .arg(block.text().mid(line.textStart(), line.textLength()));
        }
    }
    return lines;
}

bool movedToNextPage(const QTextBlock& block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// Draws every page as ChunkRenderer does, without its text-layer repair (pageTexts() undoes what Qt maps
// wrongly with NFKC).
QByteArray drawnPdf(LetterLayout& layout)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(layout.pageSetup().resolution);
    writer.setPageLayout(layout.pageSetup().pdfPageLayout());
    QPainter painter(&writer);
    for (int page = 0; page < layout.pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        layout.drawPage(painter, page);
    }
    painter.end();
    return pdf;
}

// Each page's text, without spaces and line breaks.
QStringList pageTexts(const QByteArray& pdf)
{
    const auto doc = test::loadPdf(pdf);
    QStringList pages;
    for (int i = 0; doc && i < doc->numPages(); ++i)
        pages << test::squeezed(test::pageText(*doc, i)).normalized(QString::NormalizationForm_KC);
    return pages;
}

// A letter with a heading pair (<h3>, then a bold paragraph) between paragraphs of one line, and 以上 after a
// short paragraph; `address` is a field (or a value whose lines are joined by <br/>) whose lines move
// everything below it down.
QString headingLetter(const QString& address)
{
    QString html =
        QStringLiteral("<html><body style=\"font-family:'Noto Serif CJK JP'; font-size:10.5pt;\">\n"
                       "<p style=\"margin-top:0; margin-bottom:0;\">%1</p>\n")
            .arg(address);
    const QString line =
        QStringLiteral("<p style=\"margin-top:0; margin-bottom:0;\">これは第%1段落です。</p>\n");
    for (int i = 0; i < 30; ++i)
        html += line.arg(i + 1);
    html += QStringLiteral(
        "<h3 style=\"font-family:'Noto Sans CJK JP'; font-size:10.5pt; margin-top:10px; margin-bottom:0;\">"
        "第2部</h3>\n"
        "<p style=\"font-family:'Noto Sans CJK JP'; font-weight:bold; margin-top:4px; margin-bottom:2px;\">"
        "3. 原因</p>\n"
        "<p align=\"justify\" style=\"margin-left:20px; margin-top:0; margin-bottom:0;\">ほんぶんの書き出し、"
        "攻撃者が当社のVPN装置の認証を突破した後、リモートデスクトップ接続により当社サーバに侵入し、"
        "ランサムウェアを実行してファイル及びドライブを暗号化したことによるものと考えられます。</p>\n");
    for (int i = 30; i < 40; ++i)
        html += line.arg(i + 1);
    html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:0;\">受付時間：平日 9:00～18:00</p>\n"
                           "<p align=\"right\" style=\"margin-top:12px; margin-bottom:0;\">以上</p>\n"
                           "</body></html>\n");
    return html;
}

} // namespace

class TestLetterLayout : public QObject
{
    Q_OBJECT

private slots:
    void aLetterFitsOnOnePage();
    void layoutIsAtTheConfiguredResolution();
    void longLetterContinuesOnNextPages();
    void kinsokuKeepsPunctuationOffLineStarts();
    void longUrlsWrap();
    void templateFieldsGiveTheSameLetterAsHtml();
    void headingsStayWithTheirText();
    void fieldValuesArePlainText();
    void isolatedFieldValueCannotReorderTheLine();
    void hintsCoverEverythingDrawn();
    void hintsNameShapedGlyphs();
    void longUnbrokenRunsWrapAndReadBackWhole();
};

void TestLetterLayout::aLetterFitsOnOnePage()
{
    LetterLayout layout;
    layout.setHtml(test::japaneseLetter({QStringLiteral("山田 太郎")}));
    QCOMPARE(layout.pageCount(), 1);
    QVERIFY(layout.toPlainText().contains(QStringLiteral("山田 太郎 様")));
}

void TestLetterLayout::layoutIsAtTheConfiguredResolution()
{
    // 10.5 pt is 14 px at 96 dpi and 28 px at 192 dpi, whatever the screen says.
    for (const int dpi : {96, 192}) {
        PageSetup page;
        page.resolution = dpi;
        LetterLayout layout(page);
        layout.setHtml(QStringLiteral("<p>月</p>"));
        layout.pageCount();
        const QTextLine line = layout.document().begin().layout()->lineAt(0);
        QVERIFY(line.isValid());
        QCOMPARE(qRound(line.naturalTextWidth()), 14 * dpi / 96);
        QCOMPARE(layout.document().pageSize(), page.contentRectPx().size());
    }
}

void TestLetterLayout::longLetterContinuesOnNextPages()
{
    LetterLayout layout;
    layout.setHtml(test::japaneseLetter({QStringLiteral("山田 太郎")}, 14));
    QVERIFY2(layout.pageCount() >= 2, qPrintable(QString::number(layout.pageCount())));
    // Every line lies wholly within one page's content area: nothing is cut at a page break.
    const qreal pageHeight = layout.document().pageSize().height();
    for (QTextBlock block = layout.document().begin(); block.isValid(); block = block.next()) {
        const QRectF blockRect = layout.document().documentLayout()->blockBoundingRect(block);
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const QRectF line = block.layout()->lineAt(i).rect().translated(blockRect.topLeft());
            QCOMPARE(int((line.top() + 0.01) / pageHeight), int((line.bottom() - 0.01) / pageHeight));
        }
    }
}

void TestLetterLayout::kinsokuKeepsPunctuationOffLineStarts()
{
    // Rule of Japanese typesetting (JIS X 4051 行頭禁則/行末禁則), checked at many line widths.
    const QString text = QStringLiteral("当社は、お客様の個人情報（氏名・住所）を「厳重に」管理しております。"
                                        "しかし、今回の事案では、ファイルサーバーへの"
                                        "アクセスが確認されました！　ご迷惑をおかけし、誠に申し訳ございません"
                                        "？　ちょっとしたミスが、大きなトラブルになり"
                                        "ました。「ご注意ください」（重要）。ショッピングサイトのパスワードを"
                                        "、ぜひ変更してください。ジャーナル『月刊"
                                        "セキュリティ』【速報】〔参考〕ウェブサイト・アプリ：メール；キャッシ"
                                        "ュカードの暗証番号ーーは、絶対に教えないで"
                                        "ください。");
    const QString noStart =
        QStringLiteral("、。，．）」』】〕〉》！？ーッャュョッァィゥェォっゃゅょぁぃぅぇぉ・：；");
    const QString noEnd = QStringLiteral("（「『【〔〈《");
    for (int width = 180; width <= 420; width += 3) {
        PageSetup page;
        page.marginsMm.setRight(page.marginsMm.right() +
                                (page.contentRectPx().width() - width) / page.mmToPx(1));
        LetterLayout layout(page);
        layout.setHtml(QStringLiteral("<p>%1</p>").arg(text));
        layout.pageCount();
        const QTextBlock block = layout.document().begin();
        for (int i = 1; i < block.layout()->lineCount(); ++i) {
            const int start = block.layout()->lineAt(i).textStart();
            QVERIFY2(
                !noStart.contains(text.at(start)),
                qPrintable(QStringLiteral("width %1: line starts with %2").arg(width).arg(text.at(start))));
            QVERIFY2(
                !noEnd.contains(text.at(start - 1)),
                qPrintable(QStringLiteral("width %1: line ends with %2").arg(width).arg(text.at(start - 1))));
        }
    }
}

void TestLetterLayout::longUrlsWrap()
{
    LetterLayout layout;
    layout.setHtml(QStringLiteral("<p>URL：https://www.example.co.jp/security/incident-notice/2024/"
                                  "a-very-long-path-segment-that-does-not-fit-on-one-line-at-all-really-"
                                  "not-even-close-to-fitting-on-a-single-line/faq.html</p>"));
    layout.pageCount();
    const QTextBlock block = layout.document().begin();
    QVERIFY(block.layout()->lineCount() >= 2);
    const qreal width = layout.document().pageSize().width();
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        QVERIFY(block.layout()->lineAt(i).naturalTextWidth() <= width + 0.5);
}

void TestLetterLayout::templateFieldsGiveTheSameLetterAsHtml()
{
    test::Addressee marked{mergefields::marker(0), mergefields::marker(1), mergefields::marker(2)};
    for (const int extraSections : {0, 14}) { // one page, several pages
        LetterLayout merged;
        QCOMPARE(merged.setTemplateHtml(test::japaneseLetter(marked, extraSections)), 3);
        const QStringList names = test::sampleNames();
        for (const QString& name : names) {
            const test::Addressee to{name, QStringLiteral("530-0001"),
                                     QStringLiteral("大阪府大阪市北区梅田一丁目2番3号")};
            merged.setFieldValues({to.name, to.postcode, to.address});
            LetterLayout parsed;
            parsed.setHtml(test::japaneseLetter(to, extraSections));
            QCOMPARE(merged.toPlainText(), parsed.toPlainText());
            QCOMPARE(merged.pageCount(), parsed.pageCount());
            QCOMPARE(merged.document().documentLayout()->documentSize(),
                     parsed.document().documentLayout()->documentSize());
        }
    }
}

void TestLetterLayout::headingsStayWithTheirText()
{
    // The address grows a line at a time, moving the headings down through two pages: wherever the headings
    // would end a page while their text starts the next, they move to the next page — from a whole letter
    // and from a merge template alike, and a break one recipient needed is gone for the next.
    LetterLayout merged;
    QCOMPARE(merged.setTemplateHtml(headingLetter(mergefields::marker(0))), 1);
    QList<int> order;
    for (int lines = 1; lines <= 70; ++lines)
        order << lines;
    for (int lines = 70; lines >= 1; lines -= 3)
        order << lines;
    int movedLines = 0;
    QSet<int> movedTo;                     // pages the headings moved to
    int closingMoved = 0;                  // letters where the line before 以上 moved with it
    QHash<QByteArray, QStringList> bodies; // ChunkRenderer's key of a page body, and what the page shows
    for (const int lines : order) {
        QStringList address;
        for (int i = 0; i < lines; ++i)
            address << QStringLiteral("住所の%1行目").arg(i + 1);
        LetterLayout parsed;
        parsed.setHtml(headingLetter(address.join(QStringLiteral("<br/>"))));
        merged.setFieldValues({address.join(QLatin1Char('\n'))});
        const QString where = QStringLiteral("%1 address lines").arg(lines);
        QCOMPARE(merged.toPlainText(), parsed.toPlainText());
        QCOMPARE(merged.pageCount(), parsed.pageCount());
        QCOMPARE(merged.document().documentLayout()->documentSize(),
                 parsed.document().documentLayout()->documentSize());
        QCOMPARE(movedToNextPage(findBlock(merged.document(), QStringLiteral("第2部"))),
                 movedToNextPage(findBlock(parsed.document(), QStringLiteral("第2部"))));
        for (LetterLayout* layout : {&parsed, &merged}) {
            QTextDocument& doc = layout->document();
            const QTextBlock part = findBlock(doc, QStringLiteral("第2部"));
            const QTextBlock heading = part.next();
            const QTextBlock text = heading.next();
            QCOMPARE(part.blockFormat().headingLevel(), 3);
            QCOMPARE(heading.text(), QStringLiteral("3. 原因"));
            QVERIFY2(firstPage(part) == firstPage(text) && firstPage(heading) == firstPage(text),
                     qPrintable(where));
            const QTextBlock closing = findBlock(doc, QStringLiteral("以上"));
            QVERIFY2(lastPage(closing.previous()) == firstPage(closing), qPrintable(where));
            // Only what needs to move does: the run of headings moves as one, from where it was not at the
            // top of a page already, to the very top of the next (without its margin).
            QVERIFY2(!movedToNextPage(heading), qPrintable(where));
            if (movedToNextPage(part)) {
                QVERIFY2(lastPage(part.previous()) < firstPage(part), qPrintable(where));
                QCOMPARE(doc.documentLayout()->blockBoundingRect(part).top(),
                         firstPage(part) * doc.pageSize().height());
            }
        }
        QTextDocument& doc = merged.document();
        closingMoved += movedToNextPage(findBlock(doc, QStringLiteral("以上")).previous()) ? 1 : 0;
        if (movedToNextPage(findBlock(doc, QStringLiteral("第2部")))) {
            movedTo.insert(firstPage(findBlock(doc, QStringLiteral("第2部"))));
            movedLines = lines;
        }
        // Pages that look alike to ChunkRenderer show the same lines at the same places.
        for (int page = 0; page < merged.pageCount(); ++page) {
            const QByteArray key = merged.bodyKey(page);
            if (key.isEmpty())
                continue;
            const QStringList shown = linesOnPage(doc, page);
            const auto seen = bodies.constFind(key);
            if (seen != bodies.cend())
                QCOMPARE(shown, *seen);
            else
                bodies.insert(key, shown);
        }
    }
    QCOMPARE(movedTo.size(), 2); // to the second page and to the third
    QVERIFY(closingMoved > 0);
    QVERIFY(bodies.size() > 1);

    // Read back: the page that shows the headings shows the start of their text, both ways.
    QStringList address;
    for (int i = 0; i < movedLines; ++i)
        address << QStringLiteral("住所の%1行目").arg(i + 1);
    merged.setFieldValues({address.join(QLatin1Char('\n'))});
    const QString html = headingLetter(address.join(QStringLiteral("<br/>")));
    QString error;
    const QByteArray rendered = PdfRenderer().render(html, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QStringList& pages : {pageTexts(rendered), pageTexts(drawnPdf(merged))}) {
        QCOMPARE(pages.size(), merged.pageCount());
        int shown = 0;
        for (const QString& page : pages) {
            if (!page.contains(QStringLiteral("3.原因")))
                continue;
            ++shown;
            QVERIFY(page.contains(QStringLiteral("第2部3.原因ほんぶんの書き出し")));
        }
        QCOMPARE(shown, 1);
    }
}

void TestLetterLayout::fieldValuesArePlainText()
{
    LetterLayout layout;
    QCOMPARE(layout.setTemplateHtml(QStringLiteral("<p><b>%1</b> 様</p>").arg(mergefields::marker(0))), 1);
    layout.setFieldValues({QStringLiteral("<i>x</i>\n{{y}}")});
    QCOMPARE(layout.toPlainText(), QStringLiteral("<i>x</i>\n{{y}} 様"));
    const QTextBlock block = layout.document().begin();
    QCOMPARE(block.text().at(8), QChar::LineSeparator); // a line break inside the paragraph, not a new one
    QVERIFY(block.begin().fragment().charFormat().font().bold()); // the marker's format
    layout.setFieldValues({});
    QCOMPARE(layout.toPlainText(), QStringLiteral(" 様"));
}

void TestLetterLayout::isolatedFieldValueCannotReorderTheLine()
{
    // A name holding RIGHT-TO-LEFT OVERRIDE (U+202E) turns the rest of its line around; printed isolated, as
    // DocumentContextBuilder prints such values (bidicontrols.h), the text after it stays where it belongs.
    const QString name = QStringLiteral("ABC\u202Edef");
    const auto xOf = [](LetterLayout& layout, const QString& text, QChar c) {
        const QTextBlock block = layout.document().begin();
        const QTextLine line = block.layout()->lineAt(0);
        return line.cursorToX(int(text.indexOf(c)));
    };
    LetterLayout layout;
    QCOMPARE(layout.setTemplateHtml(QStringLiteral("<p>%1 様 XYZ</p>").arg(mergefields::marker(0))), 1);

    layout.setFieldValues({name});
    QString text = layout.toPlainText();
    QVERIFY2(xOf(layout, text, u'X') < xOf(layout, text, u'f'), "the override should turn the line around");

    layout.setFieldValues({isolatedForPrinting(name)});
    text = layout.toPlainText();
    QVERIFY(xOf(layout, text, u'A') < xOf(layout, text, u'f'));
    QVERIFY(xOf(layout, text, u'f') < xOf(layout, text, u'様'));
    QVERIFY(xOf(layout, text, u'様') < xOf(layout, text, u'X'));
    QVERIFY(xOf(layout, text, u'X') < xOf(layout, text, u'Z'));
}

void TestLetterLayout::hintsCoverEverythingDrawn()
{
    LetterLayout layout;
    layout.setHtml(test::japaneseLetter({QStringLiteral("髙﨑 𠮷男")}));
    layout.pageCount();
    TextLayerHints hints;
    layout.addTextHints(hints);
    for (QChar c : test::trickyCharacters)
        QVERIFY(hints.isUsed(c.unicode()));
    QVERIFY(hints.isUsed(0x20BB7));
    QVERIFY(!hints.isUsed(0x2F49)); // ⽉ was not written
    // 𠮷, and the proportional digits of the URL (Latin text).
    int yoshi = 0;
    for (const GlyphHint& hint : hints.glyphs()) {
        QVERIFY(hint.glyph != 0);
        if (hint.text == QStringLiteral("𠮷"))
            ++yoshi;
        else
            QVERIFY2(hint.text.size() == 1 && hint.text.at(0).isDigit(), qPrintable(hint.text));
    }
    QCOMPARE(yoshi, 1);
}

void TestLetterLayout::hintsNameShapedGlyphs()
{
    // Noto CJK draws digits in Latin text with proportional forms and "fi" as a ligature: glyphs no character
    // of the cmap leads to.
    LetterLayout layout;
    layout.setHtml(QStringLiteral("<p>October 25, 2024: files</p><p>2024年10月25日</p>"));
    layout.pageCount();
    TextLayerHints hints;
    layout.addTextHints(hints);
    QStringList texts;
    for (const GlyphHint& hint : hints.glyphs())
        texts.append(hint.text);
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4"),
                                 QStringLiteral("5"), QStringLiteral("fi")}));
}

// A run of thousands of characters without a break opportunity (a pasted token) wraps at the line's width
// like any long word, and the letter's text layer reads back exactly as written: the zero-width spaces the
// layout adds to such runs (to keep it linear in their length) are neither printed nor in the text layer, and
// do not turn into spaces.
void TestLetterLayout::longUnbrokenRunsWrapAndReadBackWhole()
{
    QString token;
    while (token.size() < 5000)
        token += QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    token.truncate(5000);
    const QString text = QStringLiteral("Key: ") + token + QStringLiteral(" (files of 2024). 鍵：") +
                         token.left(700) + QStringLiteral("。以上");
    const QString html = QStringLiteral("<p align=\"justify\" style=\"white-space: pre-wrap;\">%1</p>")
                             .arg(text.toHtmlEscaped());
    LetterLayout layout;
    layout.setHtml(html);
    QVERIFY(layout.pageCount() >= 2);
    const QTextBlock block = layout.document().begin();
    const qreal width = layout.document().pageSize().width();
    int full = 0;
    for (int i = 0; i < block.layout()->lineCount(); ++i) {
        const qreal used = block.layout()->lineAt(i).naturalTextWidth();
        QVERIFY(used <= width + 0.5);
        full += used > width * 0.9 ? 1 : 0;
    }
    QVERIFY2(full >= block.layout()->lineCount() * 3 / 4, qPrintable(QString::number(full)));
    TextLayerHints hints;
    layout.addTextHints(hints);
    for (const GlyphHint& hint : hints.glyphs())
        QVERIFY2(!hint.text.contains(QChar(0x200B)), qPrintable(hint.text));

    QString error;
    const auto doc = test::loadPdf(PdfRenderer().render(html, &error));
    QVERIFY2(doc, qPrintable(error));
    QString all;
    for (int i = 0; i < doc->numPages(); ++i)
        all += test::withoutFooter(test::pageText(*doc, i)).first;
    QVERIFY(!all.contains(QChar(0x200B)));
    const QString got = test::squeezed(all), want = test::squeezed(text);
    qsizetype at = 0;
    while (at < got.size() && at < want.size() && got.at(at) == want.at(at))
        ++at;
    QVERIFY2(got == want, qPrintable(QStringLiteral("differs at %1 of %2: read \"%3\", wrote \"%4\"")
                                         .arg(at)
                                         .arg(want.size())
                                         .arg(got.mid(at - 10, 60), want.mid(at - 10, 60))));
    // The token has no space in it, wherever its lines broke.
    QVERIFY(all.simplified().remove(QLatin1Char(' ')).contains(token));
    // No gaps taken for spaces either (as when a justified line that ends early is spread out).
    QVERIFY2(all.count(QLatin1Char(' ')) <= text.count(QLatin1Char(' ')) + doc->numPages(),
             qPrintable(QString::number(all.count(QLatin1Char(' ')))));
}

QTEST_MAIN(TestLetterLayout)
#include "tst_letterlayout.moc"
