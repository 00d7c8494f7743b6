#include "ideographs.h"
#include "letterlayout.h"
#include "outputtestsupport.h"
#include "pdfrenderer.h"
#include "textlayerfix.h"
#include "textlayerhints.h"

#include "tounicodecmap.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace bd;

namespace {

// A PDF straight from QPdfWriter, without any repair.
QByteArray qtPdf(const QString& html, TextLayerHints* hints = nullptr)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setPageLayout(PageSetup().pdfPageLayout());
    QPainter painter(&writer);
    LetterLayout layout;
    layout.setHtml(html);
    for (int page = 0; page < layout.pageCount(); ++page) {
        if (page)
            writer.newPage();
        layout.drawPage(painter, page);
    }
    if (hints)
        layout.addTextHints(*hints);
    return pdf;
}

QString allText(const QByteArray& pdf)
{
    const auto doc = test::loadPdf(pdf);
    QString text;
    for (int i = 0; doc && i < doc->numPages(); ++i)
        text += test::pageText(*doc, i);
    return text;
}

// Every text the ToUnicode maps of `pdf` give.
QSet<QString> toUnicodeTexts(const QByteArray& pdf)
{
    QPDF doc;
    doc.processMemoryFile("test", pdf.constData(), size_t(pdf.size()));
    QSet<QString> texts;
    for (QPDFObjectHandle object : doc.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/ToUnicode").isStream())
            continue;
        const auto data = object.getKey("/ToUnicode").getStreamData(qpdf_dl_generalized);
        const tounicode::Map map = tounicode::parse(
            QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize())));
        for (const auto& [code, text] : map)
            texts.insert(text);
    }
    return texts;
}

bool hasRadicals(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return ideographs::isRadical(c.unicode()); });
}

QImage rendered(const QString& text)
{
    const QByteArray pdf =
        PdfRenderer().render(QStringLiteral("<p style=\"font-size:40pt\">%1</p>").arg(text));
    const auto doc = test::loadPdf(pdf);
    return doc ? doc->page(0)->renderToImage(72, 72, 60, 60, 120, 120) : QImage();
}

} // namespace

class TestTextLayerFix : public QObject
{
    Q_OBJECT

private slots:
    void tableCoversRadicalsAndMatchesNfkcForKangxi();
    void qtAloneGetsTheTrapsWrong();
    void extractedTextEqualsWrittenText_data();
    void extractedTextEqualsWrittenText();
    void sharedGlyphsMapToWhatWasWritten();
    void withoutHintsRadicalsAreStillRepaired();
    void characterOutsideTheBmpIsExtracted();
    void characterOutsideTheBmpRenders();
    void fontsAreEmbeddedSubsetsWithTags();
    void repairIsIdempotent();
};

void TestTextLayerFix::tableCoversRadicalsAndMatchesNfkcForKangxi()
{
    QVERIFY(ideographs::tableSize() >= 340);
    for (char32_t c = 0x2F00; c <= 0x2FD5; ++c) {
        const QString nfkc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        QCOMPARE(ideographs::unified(c), char32_t(nfkc.toUcs4().value(0)));
    }
    QCOMPARE(ideographs::unified(0x2ED1), char32_t(0x9577)); // ⻑ → 長 (Radicals Supplement: not NFKC)
    QCOMPARE(ideographs::unified(0x2EC4), char32_t(0x897F)); // ⻄ → 西
    QCOMPARE(ideographs::unified(0x6708), char32_t(0));
}

void TestTextLayerFix::qtAloneGetsTheTrapsWrong()
{
    // Documents the Qt 6.4 bug this repair exists for; if it starts failing, Qt was fixed.
    const QString text = allText(qtPdf(QStringLiteral("<p>%1 𠮷</p>").arg(test::trickyCharacters)));
    QVERIFY(text.contains(QChar(0x2F49))); // ⽉
    QVERIFY(!text.contains(QStringLiteral("𠮷")));
}

void TestTextLayerFix::extractedTextEqualsWrittenText_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("tricky characters")
        << QStringLiteral("<p>%1</p><p><b>%1</b></p><p style=\"font-family:'Noto Sans CJK JP'\">%1</p>")
               .arg(test::trickyCharacters);
    QTest::newRow("japanese letter") << test::japaneseLetter({QStringLiteral("髙﨑 𠮷男")});
    QTest::newRow("long letter") << test::japaneseLetter({QStringLiteral("西田 一心")}, 14);
    QTest::newRow("english letter") << test::englishLetter({QStringLiteral("Jane Doe")});
    QTest::newRow("shared glyphs") << QStringLiteral(
        "<p style=\"white-space:pre-wrap\">全角　スペース、9時～18時、〈山〉、– dash, ‘quote’, a&nbsp;b</p>");
}

void TestTextLayerFix::extractedTextEqualsWrittenText()
{
    QFETCH(QString, html);
    LetterLayout layout;
    layout.setHtml(html);
    const QByteArray pdf = PdfRenderer().render(html);
    const auto doc = test::loadPdf(pdf);
    QVERIFY(doc);
    QCOMPARE(doc->numPages(), layout.pageCount());
    QString body;
    for (int i = 0; i < doc->numPages(); ++i) {
        const auto [text, footer] = test::withoutFooter(test::pageText(*doc, i));
        body += text;
        if (doc->numPages() > 1)
            QCOMPARE(footer, QStringLiteral("%1 / %2").arg(i + 1).arg(doc->numPages()));
    }
    const QString written = test::squeezed(layout.toPlainText());
    const QString extracted = test::squeezed(body);
    if (extracted != written) {
        for (qsizetype i = 0; i < std::min(written.size(), extracted.size()); ++i) {
            if (written.at(i) != extracted.at(i))
                QFAIL(qPrintable(QStringLiteral("at %1: wrote U+%2 (%3), extracted U+%4 (%5)")
                                     .arg(i)
                                     .arg(written.at(i).unicode(), 4, 16, QLatin1Char('0'))
                                     .arg(written.mid(i, 12))
                                     .arg(extracted.at(i).unicode(), 4, 16, QLatin1Char('0'))
                                     .arg(extracted.mid(i, 12))));
        }
        QCOMPARE(extracted, written);
    }
}

void TestTextLayerFix::sharedGlyphsMapToWhatWasWritten()
{
    // Poppler's extraction turns U+3000 into a space, so look at the maps themselves.
    const QSet<QString> written = toUnicodeTexts(PdfRenderer().render(QStringLiteral(
        "<p style=\"white-space:pre-wrap\">全角　スペース 9時～18時 〈月〉 a–b ‘q’ files</p>")));
    for (const QString& text : {QStringLiteral("\u3000"), QStringLiteral("～"), QStringLiteral("〈"),
                                QStringLiteral("〉"), QStringLiteral("月"), QStringLiteral("–"),
                                QStringLiteral("‘"), QStringLiteral(" "), QStringLiteral("fi")})
        QVERIFY2(written.contains(text), qPrintable(text));
    for (const QString& text : {QStringLiteral("\u2003"), QStringLiteral("〜"), QStringLiteral("\u2329"),
                                QStringLiteral("\u232A"), QStringLiteral("⽉"), QStringLiteral("‒"),
                                QStringLiteral("\u02BB"), QStringLiteral("\t"), QStringLiteral("ﬁ")})
        QVERIFY2(!written.contains(text), qPrintable(text));
}

void TestTextLayerFix::withoutHintsRadicalsAreStillRepaired()
{
    QString error;
    const QByteArray pdf = textlayerfix::apply(qtPdf(QStringLiteral("<p>%1</p>").arg(test::trickyCharacters)),
                                               TextLayerHints(), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = test::squeezed(allText(pdf));
    QVERIFY(!hasRadicals(text));
    QCOMPARE(text, test::trickyCharacters);
}

void TestTextLayerFix::characterOutsideTheBmpIsExtracted()
{
    TextLayerHints hints;
    const QByteArray raw = qtPdf(QStringLiteral("<p>𠮷田 𠮷野家 吉田</p>"), &hints);
    TextLayerReport report;
    const QByteArray pdf = textlayerfix::apply(raw, hints, nullptr, &report);
    QCOMPARE(report.added, 1);
    QVERIFY(report.unmappedCodes.isEmpty());
    QCOMPARE(test::squeezed(allText(pdf)), QStringLiteral("𠮷田𠮷野家吉田"));
}

void TestTextLayerFix::characterOutsideTheBmpRenders()
{
    const QImage yoshi = rendered(QStringLiteral("𠮷"));
    const QImage kichi = rendered(QStringLiteral("吉"));
    const QImage blank = rendered(QStringLiteral(" "));
    QVERIFY(!yoshi.isNull());
    QVERIFY(yoshi != blank); // ink, not nothing
    QVERIFY(yoshi != kichi); // 土 on top, not 士: the real glyph, not a substitute
}

void TestTextLayerFix::fontsAreEmbeddedSubsetsWithTags()
{
    const auto doc = test::loadPdf(PdfRenderer().render(test::japaneseLetter({QStringLiteral("山田 太郎")})));
    const QList<Poppler::FontInfo> fonts = doc->fonts();
    QCOMPARE(fonts.size(), 2); // Noto Serif CJK JP and Noto Sans CJK JP Bold
    for (const Poppler::FontInfo& font : fonts) {
        QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        QVERIFY2(font.isSubset(), qPrintable(font.name()));
        QVERIFY2(font.name().contains(QLatin1String("CJKjp")), qPrintable(font.name()));
    }
}

void TestTextLayerFix::repairIsIdempotent()
{
    TextLayerHints hints;
    const QByteArray raw = qtPdf(test::japaneseLetter({QStringLiteral("髙﨑 𠮷男")}), &hints);
    const QByteArray once = textlayerfix::apply(raw, hints);
    TextLayerReport report;
    const QByteArray twice = textlayerfix::apply(once, hints, nullptr, &report);
    QCOMPARE(report.remapped, 0);
    QCOMPARE(report.added, 0);
    QCOMPARE(allText(twice), allText(once));
}

QTEST_MAIN(TestTextLayerFix)
#include "tst_textlayerfix.moc"
