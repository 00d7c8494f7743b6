#include "letterlayout.h"
#include "outputtestsupport.h"
#include "pdfrenderer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class TestPdfRenderer : public QObject
{
    Q_OBJECT

private slots:
    void oneLetterIsOneA4Page();
    void eachLetterStartsOnANewPage();
    void hostileNamesPrintLiterally();
    void overflowingLetterHasPageNumbers();
    void renderToFileLeavesNoTemporaryFile();
    void emptyInputIsAnError();
};

void TestPdfRenderer::oneLetterIsOneA4Page()
{
    QString error;
    const QByteArray pdf = PdfRenderer().render(test::japaneseLetter({QStringLiteral("山田 太郎")}), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const auto doc = test::loadPdf(pdf);
    QVERIFY(doc);
    QCOMPARE(doc->numPages(), 1);
    const QSizeF size = doc->page(0)->pageSizeF(); // points
    QVERIFY(qAbs(size.width() - 595.3) < 1.0 && qAbs(size.height() - 841.9) < 1.0);
    const QString text = test::pageText(*doc, 0);
    QVERIFY(text.contains(QStringLiteral("山田 太郎 様")));
    QVERIFY(text.contains(QStringLiteral("以上")));
    QVERIFY(!text.contains(QStringLiteral(" / "))); // no page number on a one-page letter
}

void TestPdfRenderer::eachLetterStartsOnANewPage()
{
    const QStringList names = test::sampleNames();
    QStringList letters;
    for (const QString& name : names)
        letters.append(test::japaneseLetter({name}));
    const auto doc = test::loadPdf(PdfRenderer().render(letters));
    QCOMPARE(doc->numPages(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString text = test::pageText(*doc, i).trimmed();
        QVERIFY2(text.startsWith(QStringLiteral("2024年10月25日")), qPrintable(text.left(40)));
        QVERIFY2(text.contains(names.at(i) + QStringLiteral(" 様")), qPrintable(names.at(i)));
    }
}

void TestPdfRenderer::hostileNamesPrintLiterally()
{
    const QString hostile =
        QStringLiteral("<script>alert('x')</script> <b>太字</b> {{incident.title}} &amp;");
    const auto doc = test::loadPdf(PdfRenderer().render(test::japaneseLetter({hostile})));
    QVERIFY(test::pageText(*doc, 0).contains(hostile + QStringLiteral(" 様")));
}

void TestPdfRenderer::overflowingLetterHasPageNumbers()
{
    const QString html = test::japaneseLetter({QStringLiteral("佐藤 花子")}, 14);
    LetterLayout layout;
    layout.setHtml(html);
    const int pages = layout.pageCount();
    QVERIFY(pages >= 2);
    const auto doc = test::loadPdf(PdfRenderer().render(html));
    QCOMPARE(doc->numPages(), pages);
    for (int i = 0; i < pages; ++i)
        QCOMPARE(test::withoutFooter(test::pageText(*doc, i)).second,
                 QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
    QVERIFY(test::pageText(*doc, pages - 1).contains(QStringLiteral("以上")));
}

void TestPdfRenderer::renderToFileLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("通知.pdf"));
    QString error;
    QVERIFY2(PdfRenderer().renderToFile({test::englishLetter({QStringLiteral("Jane Doe")})}, path, &error),
             qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("通知.pdf")});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto doc = test::loadPdf(file.readAll());
    QVERIFY(test::pageText(*doc, 0).contains(QStringLiteral("What Information Was Involved")));
}

void TestPdfRenderer::emptyInputIsAnError()
{
    QString error;
    QVERIFY(PdfRenderer().render(QStringList(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPdfRenderer)
#include "tst_pdfrenderer.moc"
