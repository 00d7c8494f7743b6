#include "xlsxreader.h"
#include "xlsxwriter.h"

#include "hostileworkbook.h"
#include "procstatus.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <quazipfileinfo.h>

#include <sys/resource.h>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {
const QString kFixture = QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients.xlsx");

// Hostile workbooks must be answered within this (loosely: CI machines are shared), and in this much memory.
constexpr qint64 kQuickMs = 20000;
constexpr qint64 kMaxPeakKiB = 300 * 1024;

QString tempPath(const QTemporaryDir& dir, const QString& name)
{
    return dir.filePath(name);
}

// Reads every row; the error, or empty.
QString readAll(XlsxReader& reader, int* rows = nullptr)
{
    SourceRecord record;
    int n = 0;
    while (reader.readNext(&record))
        ++n;
    if (rows)
        *rows = n;
    return reader.errorString();
}

} // namespace

class TstXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A regression must fail here, not take the machine's memory: 4 GiB of address space at most.
        const rlimit limit{rlim_t(4) << 30, rlim_t(4) << 30};
        QCOMPARE(setrlimit(RLIMIT_AS, &limit), 0);
    }

    void columnIndex_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<int>("index");
        QTest::newRow("A") << u"A"_s << 0;
        QTest::newRow("Z") << u"Z"_s << 25;
        QTest::newRow("AA") << u"AA"_s << 26;
        QTest::newRow("AZ") << u"AZ"_s << 51;
        QTest::newRow("BA") << u"BA"_s << 52;
        QTest::newRow("lower") << u"ab"_s << 27;
        QTest::newRow("XFD") << u"XFD"_s << 16383;
        QTest::newRow("beyond XFD") << u"XFE"_s << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("digit") << u"A1"_s << -1;
    }

    void columnIndex()
    {
        QFETCH(QString, letters);
        QFETCH(int, index);
        QCOMPARE(XlsxReader::columnIndex(letters), index);
    }

    void fixtureFirstSheet()
    {
        XlsxReader reader(kFixture);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(), (QStringList{u"社員一覧"_s, u"Notes"_s}));
        QCOMPARE(reader.currentSheet(), 0);

        QList<SourceRecord> records;
        SourceRecord record;
        while (reader.readNext(&record))
            records.append(record);
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(reader.progress(), 1.0);
        QCOMPARE(records.size(), 5); // row 3 has only an empty styled cell

        // Shared strings, and an inline string for the last header.
        QCOMPARE(records[0].row, 1);
        QCOMPARE(records[0].cells,
                 (QStringList{u"氏名"_s, u"メールアドレス"_s, u"郵便番号"_s, u"在籍"_s, u"備考"_s}));
        // Rich-text runs joined, the furigana run (rPh) left out; inline string; number; boolean; _x000D_.
        QCOMPARE(records[1].row, 2);
        QCOMPARE(records[1].cells, (QStringList{u"髙橋 一郎"_s, u"ichiro@example.jp"_s, u"1000001"_s,
                                                u"TRUE"_s, u"line1\r\nline2"_s}));
        // Rich inline string, a gap (B4 missing), a formula's cached text, FALSE.
        QCOMPARE(records[2].row, 4);
        QCOMPARE(records[2].cells,
                 (QStringList{u"山﨑 花子"_s, QString(), u"0123"_s, u"FALSE"_s, u"=1+1"_s}));
        // A row and cells without references follow on; padded to the header's width.
        QCOMPARE(records[3].row, 5);
        QCOMPARE(records[3].cells, (QStringList{u"Ｓｍｉｔｈ"_s, u"3.5"_s, QString(), QString(), QString()}));
        // A far cell: the gap is filled with empty cells.
        QCOMPARE(records[4].row, 7);
        QCOMPARE(records[4].cells.size(), 27);
        QCOMPARE(records[4].cells.value(26), u"far"_s);
        QVERIFY(records[4].cells.value(0).isEmpty());
        for (const SourceRecord& r : records)
            QVERIFY(r.problems.isEmpty());
    }

    void chooseSheet()
    {
        XlsxReader reader(kFixture);
        QVERIFY(reader.open());
        SourceRecord record;
        QVERIFY(reader.readNext(&record));       // partly through the first sheet ...
        QVERIFY(reader.selectSheet(u"notes"_s)); // ... then another, by name (case-insensitive)
        QCOMPARE(reader.currentSheet(), 1);
        QVERIFY(reader.readNext(&record));
        QCOMPARE(record.row, 2);
        QCOMPARE(record.cells, (QStringList{QString(), u"note"_s}));
        QVERIFY(!reader.readNext(&record));

        QVERIFY(reader.selectSheet(0)); // back to the first, by index, from its start
        QVERIFY(reader.readNext(&record));
        QCOMPARE(record.row, 1);

        QVERIFY(!reader.selectSheet(5));
        QVERIFY(!reader.errorString().isEmpty());
        QVERIFY(!reader.selectSheet(u"missing"_s));
    }

    void notAWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fake.xlsx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,email\n");
        f.close();
        XlsxReader reader(path);
        QVERIFY(!reader.open());
        QVERIFY(!reader.errorString().isEmpty());
        SourceRecord record;
        QVERIFY(!reader.readNext(&record));

        XlsxReader missing(dir.filePath(u"missing.xlsx"_s));
        QVERIFY(!missing.open());
    }

    // A broken deflate stream in the sheet or in the shared strings ends reading with an error that names
    // the part (it used to loop forever at 100 % CPU: QXmlStreamReader waited for data that never came).
    void corruptDeflate_endsWithError_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<double>("where");
        QTest::addColumn<bool>("atOpen");
        QTest::addColumn<QString>("expected");
        const QString corrupt = u"is damaged (the compressed data is corrupt)"_s;
        QTest::newRow("sheet, first block") << u"xl/worksheets/sheet1.xml"_s << 0.0 << false << corrupt;
        QTest::newRow("sheet, middle") << u"xl/worksheets/sheet1.xml"_s << 0.5 << false << u"is damaged"_s;
        QTest::newRow("shared strings, first block") << u"xl/sharedStrings.xml"_s << 0.0 << true << corrupt;
        QTest::newRow("shared strings, middle")
            << u"xl/sharedStrings.xml"_s << 0.5 << true << u"is damaged"_s;
    }

    void corruptDeflate_endsWithError()
    {
        QFETCH(QString, part);
        QFETCH(double, where);
        QFETCH(bool, atOpen);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = tempPath(dir, u"corrupt.xlsx"_s);
        QVERIFY(test::writeZip(path, test::excelStyleWorkbook(3000)));
        QVERIFY(test::corruptEntry(path, part, where, 64));

        QElapsedTimer timer;
        timer.start();
        XlsxReader reader(path);
        const bool opened = reader.open();
        QCOMPARE(opened, !atOpen);
        const QString error = opened ? readAll(reader) : reader.errorString();
        QVERIFY2(error.startsWith(part + u' ') && error.contains(expected), qPrintable(error));
        QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
    }

    // 5 GiB of spaces in 5 MB: refused from the sizes in the zip's directory before anything is expanded
    // (it used to take 10 GB of memory).
    void spacesBomb_refused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("shared strings") << u"xl/sharedStrings.xml"_s;
        QTest::newRow("sheet") << u"xl/worksheets/sheet1.xml"_s;
    }

    void spacesBomb_refused()
    {
        QFETCH(QString, part);
        QTemporaryDir dir;
        const QString path = tempPath(dir, u"bomb.xlsx"_s);
        QList<test::ZipPart> parts = test::excelStyleWorkbook(10);
        const bool sheet = part.contains(u"sheet1"_s);
        const test::Bomb bomb =
            sheet ? test::spacesBomb(
                        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                        R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>)",
                        5120, "</t></is></c></row></sheetData></worksheet>")
                  : test::spacesBomb(
                        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)",
                        5120, "</t></si></sst>");
        for (test::ZipPart& p : parts) {
            if (p.name == part)
                p = test::bombPart(part, bomb);
        }
        QVERIFY(test::writeZip(path, parts));
        QVERIFY(QFileInfo(path).size() < 8 * 1024 * 1024);

        QElapsedTimer timer;
        timer.start();
        XlsxReader reader(path);
        QVERIFY(!reader.open());
        QCOMPARE(reader.errorString(),
                 part + u" expands more than 100 times: refused as a possible zip bomb."_s);
        QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(bdtest::peakRssKiB() < kMaxPeakKiB, qPrintable(QString::number(bdtest::peakRssKiB())));
    }

    // The same bomb with a header that lies about its size: minizip stops at the declared size, so the text
    // ends early and its CRC-32 does not match; at a larger declared size the text without markup is
    // refused first.
    void lyingHeaderBomb_refused_data()
    {
        QTest::addColumn<quint64>("declared");
        QTest::addColumn<QString>("expected");
        QTest::newRow("small")
            << quint64(512 * 1024)
            << u"xl/sharedStrings.xml is damaged (its content does not match its CRC-32 checksum)."_s;
        QTest::newRow("large")
            << quint64(100) * 1024 * 1024
            << u"xl/sharedStrings.xml has a text of more than 1 MB without markup: refused."_s;
    }

    void lyingHeaderBomb_refused()
    {
        QFETCH(quint64, declared);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = tempPath(dir, u"liar.xlsx"_s);
        QList<test::ZipPart> parts = test::excelStyleWorkbook(10);
        test::ZipPart bomb = test::bombPart(u"xl/sharedStrings.xml"_s,
                                            test::spacesBomb("<sst><si><t>", 5120, "</t></si></sst>"));
        bomb.declaredSize = declared;
        parts[3] = bomb;
        QVERIFY(test::writeZip(path, parts));

        QElapsedTimer timer;
        timer.start();
        XlsxReader reader(path);
        QVERIFY(!reader.open());
        QCOMPARE(reader.errorString(), expected);
        QVERIFY2(timer.elapsed() < kQuickMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(bdtest::peakRssKiB() < kMaxPeakKiB, qPrintable(QString::number(bdtest::peakRssKiB())));
    }

    // A header cell at XFD pads every row to 16,384 cells: millions of one-cell rows would keep the reader
    // busy for hours, so the cells handed out are capped (at 100 columns × Excel's 1,048,576 rows).
    void cellCap_endsAFarHeaderFlood()
    {
        QTemporaryDir dir;
        const QString path = tempPath(dir, u"wide.xlsx"_s);
        QByteArray rows = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c>)"
                          R"(<c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>)";
        for (int i = 2; i < 7000; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) +
                    "\"><v>1</v></c></row>";
        QVERIFY(test::writeZip(path, test::workbookParts(rows, {})));
        XlsxReader reader(path);
        QVERIFY(reader.open());
        int read = 0;
        const QString error = readAll(reader, &read);
        QCOMPARE(error,
                 u"xl/worksheets/sheet1.xml has more than 104,857,600 cells (rows × columns): refused."_s);
        QCOMPARE(read, 104857600 / 16384);
    }

    // Real workbooks stay well inside the caps: 100,000 rows as Excel stores them, and as our own writer
    // does, read completely; the compression ratios measured are printed.
    void realWorkbookWithinTheCaps()
    {
        constexpr int Rows = 100000;
        QTemporaryDir dir;
        const QString excel = tempPath(dir, u"excel.xlsx"_s);
        QVERIFY(test::writeZip(excel, test::excelStyleWorkbook(Rows)));
        const QString ours = tempPath(dir, u"ours.xlsx"_s);
        {
            XlsxWriter writer(ours);
            QVERIFY(writer.open());
            QVERIFY(writer.writeRow({u"氏名"_s, u"メールアドレス"_s, u"郵便番号"_s, u"住所"_s}));
            for (int i = 0; i < Rows; ++i)
                QVERIFY(writer.writeRow({u"髙橋 太郎%1"_s.arg(i), u"taro%1@example.jp"_s.arg(i),
                                         u"%1"_s.arg(1000000 + i, 7, 10, QChar(u'0')),
                                         u"東京都千代田区丸の内１－%1"_s.arg(i)}));
            QVERIFY(writer.close());
        }
        for (const QString& path : {excel, ours}) {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdUnzip));
            for (const QuaZipFileInfo64& info : zip.getFileInfoList64()) {
                if (info.uncompressedSize > 100000)
                    qInfo("%s %s: %llu bytes, %.1f times", qPrintable(QFileInfo(path).fileName()),
                          qPrintable(info.name), info.uncompressedSize,
                          double(info.uncompressedSize) / double(qMax<quint64>(info.compressedSize, 1)));
            }
            QElapsedTimer timer;
            timer.start();
            XlsxReader reader(path);
            QVERIFY2(reader.open(), qPrintable(reader.errorString()));
            int read = 0;
            QCOMPARE(readAll(reader, &read), QString());
            QCOMPARE(read, Rows + 1);
            qInfo("%s: %d rows read in %lld ms", qPrintable(QFileInfo(path).fileName()), read,
                  timer.elapsed());
        }
    }

    // A workbook from memory (how the fuzz target reads), and a cancelled read.
    void fromDeviceAndCancelled()
    {
        QFile file(kFixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer buffer;
        buffer.setData(file.readAll());
        XlsxReader reader(&buffer);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        int rows = 0;
        QCOMPARE(readAll(reader, &rows), QString());
        QCOMPARE(rows, 5);

        XlsxReader cancelled(kFixture);
        cancelled.setCancelCheck([] { return true; });
        QVERIFY(!cancelled.open());
        QVERIFY2(cancelled.errorString().contains(u"cancelled"_s), qPrintable(cancelled.errorString()));
    }
};

QTEST_GUILESS_MAIN(TstXlsxReader)
#include "tst_xlsxreader.moc"
