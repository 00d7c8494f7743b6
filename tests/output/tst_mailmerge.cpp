// Mail-merge safety in the output layer, read back with Poppler: padding to even pages, control numbers on
// every page (padding pages too), the recipient id in each single letter's document information, the CSV
// manifest (guarded against formula injection) and the address block placed in an envelope window — also
// when the address is one paragraph with line breaks, as hand-written letters have it.
#include "addresswindow.h"
#include "batchrunner.h"
#include "lettermanifest.h"
#include "outputtestsupport.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

constexpr qreal PointsPerMm = 72.0 / 25.4;

BatchJob job(int letters, const QString& directory)
{
    BatchJob job;
    job.count = letters;
    job.letter = [](qsizetype i) {
        const test::Addressee to{QStringLiteral("宛名%1").arg(i + 1)};
        LetterInput input{
            test::japaneseLetter(to, i == 1 ? 14 : 0), -1, {}, to.name + QStringLiteral(" 様"), {}};
        input.addressValues = {to.postcode, to.address, to.name};
        return input;
    };
    job.recordId = [](qsizetype i) { return qint64(100 + i); };
    job.perLetterDirectory = directory + QStringLiteral("/each");
    job.mergedPath = directory + QStringLiteral("/merged.pdf");
    job.manifestPath = directory + QStringLiteral("/merged.manifest.csv");
    job.controlBatch = QStringLiteral("B7");
    job.lettersPerChunk = 2;
    job.threads = 2;
    return job;
}

QStringList lines(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll())
                                             .remove(QChar(0xFEFF))
                                             .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                                       : QStringList();
}

} // namespace

class TestMailMerge : public QObject
{
    Q_OBJECT
private slots:
    void padded_everyLetterEven_controlOnEveryPage();
    void perLetterFiles_nameTheirRecipient();
    void window_placesTheAddressParagraph();
    void manifest_guardsFormulas();
    void windowText_roundTrips();
};

void TestMailMerge::padded_everyLetterEven_controlOnEveryPage()
{
    QTemporaryDir dir;
    BatchJob j = job(3, dir.path());
    j.padEven = true;
    const BatchResult result = BatchRunner::run(j);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QFile merged(j.mergedPath);
    QVERIFY(merged.open(QIODevice::ReadOnly));
    const auto doc = test::loadPdf(merged.readAll());
    QVERIFY(doc);
    const QStringList rows = lines(j.manifestPath);
    QCOMPARE(rows.size(), 4);
    int page = 0;
    for (int i = 1; i <= 3; ++i) {
        const QStringList cells = rows.at(i).split(QLatin1Char(','));
        QCOMPARE(cells.at(1), QString::number(100 + i - 1));
        const int pages = cells.at(2).toInt();
        QVERIFY(pages % 2 == 0);
        for (int p = 1; p <= pages; ++p, ++page) {
            const QString control =
                QStringLiteral("B7-%1 %2/%3").arg(i, 4, 10, QLatin1Char('0')).arg(p).arg(pages);
            QVERIFY2(test::pageText(*doc, page).contains(control), qPrintable(control));
        }
    }
    QCOMPARE(doc->numPages(), page);
    QCOMPARE(result.pages, page);
    // The folder's manifest is the same.
    QCOMPARE(lines(QDir(j.perLetterDirectory).filePath(QStringLiteral("manifest.csv"))).size(), 4);
}

void TestMailMerge::perLetterFiles_nameTheirRecipient()
{
    QTemporaryDir dir;
    const BatchJob j = job(3, dir.path());
    const BatchResult result = BatchRunner::run(j);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(result.letterFiles.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const auto doc = Poppler::Document::load(result.letterFiles.at(i));
        QVERIFY(doc);
        QCOMPARE(doc->info(QStringLiteral("BreachDeskRecipientId")), QString::number(100 + i));
        QCOMPARE(doc->info(QStringLiteral("BreachDeskControl")), QStringLiteral("B7-000%1").arg(i + 1));
        QCOMPARE(doc->numPages(), result.letterPages.at(i)); // not padded
    }
}

void TestMailMerge::window_placesTheAddressParagraph()
{
    // The test letter's address is one paragraph: 〒100-0001<br/>address<br/>name 様.
    QTemporaryDir dir;
    BatchJob j = job(2, dir.path());
    j.perLetterDirectory.clear();
    const QRectF windowMm = naga3WindowMm();
    j.page = withAddressWindow(j.page, windowMm);
    const BatchResult result = BatchRunner::run(j);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(result.windowOverflow + result.windowMissing, 0);
    QFile merged(j.mergedPath);
    QVERIFY(merged.open(QIODevice::ReadOnly));
    const auto doc = test::loadPdf(merged.readAll());
    const QRectF window(windowMm.topLeft() * PointsPerMm, windowMm.size() * PointsPerMm);
    int inside = 0;
    for (const auto& box : doc->page(0)->textList()) {
        const bool address = box->text().contains(QStringLiteral("100-0001")) ||
                             box->text().contains(QStringLiteral("千代田区")) ||
                             box->text().contains(QStringLiteral("宛名")) ||
                             box->text() == QStringLiteral("様");
        if (address && box->boundingBox().top() < window.bottom() + 20) {
            QVERIFY2(window.contains(box->boundingBox()), qPrintable(box->text()));
            ++inside;
        } else {
            QVERIFY2(!window.intersects(box->boundingBox()), qPrintable(box->text()));
        }
    }
    QVERIFY(inside >= 3);
    QVERIFY(lines(j.manifestPath).at(1).endsWith(QStringLiteral(",inside")));
}

void TestMailMerge::manifest_guardsFormulas()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        LetterManifestCsv csv(&buffer);
        QVERIFY(csv.add({1, 5, 2, 1, QStringLiteral("=HYPERLINK(\"x\")"), WindowFit::None}));
        QVERIFY(csv.flush());
    }
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark, for Excel
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(text.contains(QStringLiteral("'=HYPERLINK")), qPrintable(text));
}

void TestMailMerge::windowText_roundTrips()
{
    QRectF rect;
    QVERIFY(windowFromText(QStringLiteral("23,13,90,45"), &rect));
    QCOMPARE(rect, naga3WindowMm());
    QCOMPARE(windowText(rect), QStringLiteral("23,13,90,45"));
    QVERIFY(windowFromText(QStringLiteral(" 22.5, 12.5, 90, 45 "), &rect));
    QCOMPARE(windowText(rect), QStringLiteral("22.5,12.5,90,45"));
    QVERIFY(!windowFromText(QStringLiteral("200,13,90,45"), &rect)); // off the sheet
    QVERIFY(!windowFromText(QStringLiteral("23,13,5,5"), &rect));    // too small for any address
    QVERIFY(!windowFromText(QStringLiteral("23,13,90"), &rect));
    QVERIFY(!windowFromText(QStringLiteral("a,b,c,d"), &rect));
}

QTEST_MAIN(TestMailMerge)
#include "tst_mailmerge.moc"
