#include "letterlayout.h"
#include "mergefields.h"
#include "outputtestsupport.h"
#include "textlayerhints.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace bd;

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
    void fieldValuesArePlainText();
    void hintsCoverEverythingDrawn();
    void hintsNameShapedGlyphs();
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

QTEST_MAIN(TestLetterLayout)
#include "tst_letterlayout.moc"
