#include "xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {
const QString kFixture = QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients.xlsx");
}

class TstXlsxReader : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TstXlsxReader)
#include "tst_xlsxreader.moc"
