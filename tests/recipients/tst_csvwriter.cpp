#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> readBack(const QByteArray& bytes, TextEncoding encoding)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    QList<QStringList> rows;
    SourceRecord record;
    while (reader.readNext(&record))
        rows.append(record.cells);
    return rows;
}

} // namespace

class TstCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotingAndLineEnds()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, TextEncoding::Utf8);
            QVERIFY(writer.writeRow(
                {u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u" pad"_s, QString()}));
            QVERIFY(writer.writeRow({u"髙橋"_s}));
        }
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n") +
                                    u"髙橋\r\n"_s.toUtf8());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8 bom") << int(TextEncoding::Utf8);
        QTest::newRow("cp932") << int(TextEncoding::Cp932);
    }

    void roundTrip()
    {
        QFETCH(int, encoding);
        const auto e = static_cast<TextEncoding>(encoding);
        const QList<QStringList> rows{
            {u"氏名"_s, u"住所"_s, u"備考"_s},
            {u"髙橋 一郎"_s, u"東京都千代田区１－２－３\nビル①"_s, u"～ＡＢＣ㈱"_s},
            {u"山﨑"_s, u"\"quoted\", comma"_s, QString()},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, e);
            for (const QStringList& row : rows)
                QVERIFY(writer.writeRow(row));
            QVERIFY(writer.flush());
            QVERIFY(writer.unwritable().isEmpty());
        }
        QCOMPARE(detectTextEncoding(buffer.data()).encoding, e);
        QCOMPARE(buffer.data().startsWith("\xEF\xBB\xBF"), e == TextEncoding::Utf8);
        QCOMPARE(readBack(buffer.data(), e), rows);
    }

    void cp932MapsAndReports()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, TextEncoding::Cp932);
        QVERIFY(writer.writeRow({u"name"_s, u"note"_s}));
        QVERIFY(writer.writeRow({u"〜テスト−"_s, u"ok"_s}));
        QVERIFY(writer.writeRow({u"𠮷野家"_s, u"😀"_s}));
        QVERIFY(writer.flush());
        const QList<QStringList> back = readBack(buffer.data(), TextEncoding::Cp932);
        QCOMPARE(back.value(1), (QStringList{u"～テスト－"_s, u"ok"_s}));
        QCOMPARE(back.value(2), (QStringList{u"?野家"_s, u"?"_s}));
        QCOMPARE(writer.unwritable().size(), 2);
        QCOMPARE(writer.unwritable()[0].row, 3);
        QCOMPARE(writer.unwritable()[0].column, 0);
        QCOMPARE(writer.unwritable()[0].codePoint, char32_t(0x20BB7));
        QCOMPARE(writer.unwritable()[1].row, 3);
        QCOMPARE(writer.unwritable()[1].column, 1);
    }

    void formulasNeutralised()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, TextEncoding::Utf8);
            writer.setWriteByteOrderMark(false);
            QVERIFY(writer.writeRow({u"=1+1"_s, u"+81-3"_s, u"-12"_s, u"@x"_s, u"＝A1"_s, u"=a,b"_s}));
        }
        QCOMPARE(buffer.data(), u"'=1+1,'+81-3,-12,'@x,'＝A1,\"'=a,b\"\r\n"_s.toUtf8());

        QBuffer raw;
        raw.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&raw, TextEncoding::Utf8);
            writer.setWriteByteOrderMark(false);
            writer.setNeutraliseFormulas(false);
            QVERIFY(writer.writeRow({u"=1+1"_s}));
        }
        QCOMPARE(raw.data(), QByteArray("=1+1\r\n"));
    }

    void writeErrorReported()
    {
        QBuffer buffer; // not open
        CsvWriter writer(&buffer, TextEncoding::Utf8);
        QVERIFY(writer.writeRow({u"a"_s}));
        QVERIFY(!writer.flush());
        QVERIFY(!writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
