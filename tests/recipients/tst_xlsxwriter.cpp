#include "xlsxreader.h"
#include "xlsxwriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

QList<SourceRecord> readAll(const QString& path)
{
    XlsxReader reader(path);
    if (!reader.open())
        return {};
    QList<SourceRecord> records;
    SourceRecord record;
    while (reader.readNext(&record))
        records.append(record);
    return records;
}

QByteArray partOf(const QString& path, const QString& part)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TstXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void columnLetters()
    {
        QCOMPARE(XlsxWriter::columnLetters(0), u"A"_s);
        QCOMPARE(XlsxWriter::columnLetters(25), u"Z"_s);
        QCOMPARE(XlsxWriter::columnLetters(26), u"AA"_s);
        QCOMPARE(XlsxWriter::columnLetters(701), u"ZZ"_s);
        QCOMPARE(XlsxWriter::columnLetters(702), u"AAA"_s);
        for (int i = 0; i < 16384; i += 97)
            QCOMPARE(XlsxReader::columnIndex(XlsxWriter::columnLetters(i)), i);
    }

    void sheetName()
    {
        QCOMPARE(XlsxWriter::sanitiseSheetName(u"社員/一覧[2024]"_s), u"社員_一覧_2024_"_s);
        QCOMPARE(XlsxWriter::sanitiseSheetName(QString()), u"Sheet1"_s);
        QCOMPARE(XlsxWriter::sanitiseSheetName(QString(40, u'x')).size(), 31);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.xlsx"_s);
        const QList<QStringList> rows{
            {u"氏名"_s, u"郵便番号"_s, u"住所"_s, u"備考"_s},
            {u"髙橋 一郎"_s, u"0010001"_s, u"東京都\n千代田区 ①"_s, u"<b>&amp; \"x\"</b>"_s},
            {u"山﨑"_s, QString(), u" 先頭と末尾の空白 "_s, u"ctrl\u0001\u0008 and _x0041_ literal"_s},
            {u"𠮷野 ～－ＡＢＣ"_s, u"123"_s, QString(), u"TRUE"_s},
        };
        {
            XlsxWriter writer(path);
            writer.setSheetName(u"受信者"_s);
            QVERIFY2(writer.open(), qPrintable(writer.errorString()));
            for (const QStringList& row : rows)
                QVERIFY(writer.writeRow(row));
            QVERIFY2(writer.close(), qPrintable(writer.errorString()));
        }
        XlsxReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(), QStringList{u"受信者"_s});
        const QList<SourceRecord> records = readAll(path);
        QCOMPARE(records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(records[i].row, i + 1);
            QCOMPARE(records[i].cells, rows[i]);
        }

        // The parts Excel and LibreOffice need are there, with the right content types.
        const QByteArray types = partOf(path, u"[Content_Types].xml"_s);
        QVERIFY(types.contains("spreadsheetml.sheet.main+xml"));
        QVERIFY(types.contains("/xl/worksheets/sheet1.xml"));
        QVERIFY(partOf(path, u"_rels/.rels"_s).contains("xl/workbook.xml"));
        QVERIFY(partOf(path, u"xl/styles.xml"_s).contains("numFmtId=\"49\""));
        const QByteArray sheet = partOf(path, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(sheet.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        QVERIFY(sheet.contains("<c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t>"));
        QVERIFY(sheet.contains("_x0001__x0008_ and _x005F_x0041_ literal"));
    }

    void formulasNeutralised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f.xlsx"_s);
        {
            XlsxWriter writer(path);
            QVERIFY(writer.open());
            QVERIFY(writer.writeRow(
                {u"=HYPERLINK(\"http://x\")"_s, u"+81 3"_s, u"@A1"_s, u"－1"_s, u"-12"_s, u"ok"_s}));
            QVERIFY(writer.close());
        }
        const QList<SourceRecord> records = readAll(path);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].cells, (QStringList{u"'=HYPERLINK(\"http://x\")"_s, u"'+81 3"_s, u"'@A1"_s,
                                                u"'－1"_s, u"-12"_s, u"ok"_s}));
        // No cell is a formula.
        QVERIFY(!partOf(path, u"xl/worksheets/sheet1.xml"_s).contains("<f>"));
    }

    void manyRowsStream()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.xlsx"_s);
        {
            XlsxWriter writer(path);
            QVERIFY(writer.open());
            for (int i = 0; i < 20000; ++i)
                QVERIFY(writer.writeRow({u"名前%1"_s.arg(i), u"m%1@example.jp"_s.arg(i)}));
            // close() from the destructor
        }
        const QList<SourceRecord> records = readAll(path);
        QCOMPARE(records.size(), 20000);
        QCOMPARE(records.last().cells, (QStringList{u"名前19999"_s, u"m19999@example.jp"_s}));
        QCOMPARE(records.last().row, 20000);
    }

    void unwritablePath()
    {
        XlsxWriter writer(u"/nonexistent-dir/x.xlsx"_s);
        QVERIFY(!writer.open());
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.writeRow({u"a"_s}));
    }
};

QTEST_GUILESS_MAIN(TstXlsxWriter)
#include "tst_xlsxwriter.moc"
