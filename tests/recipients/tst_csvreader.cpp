#include "csvreader.h"
#include "procstatus.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

struct Read
{
    QList<SourceRecord> records;
    QString error;
};

Read readAll(const QByteArray& bytes, TextEncoding encoding = TextEncoding::Utf8, qint64 chunk = 64 * 1024)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    reader.setChunkSize(chunk);
    Read result;
    SourceRecord record;
    while (reader.readNext(&record))
        result.records.append(record);
    result.error = reader.errorString();
    return result;
}

using Rows = QList<QStringList>;

Rows cellsOf(const Read& read)
{
    Rows rows;
    for (const SourceRecord& r : read.records)
        rows.append(r.cells);
    return rows;
}

QList<int> rowsOf(const Read& read)
{
    QList<int> rows;
    for (const SourceRecord& r : read.records)
        rows.append(r.row);
    return rows;
}

} // namespace

class TstCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Rows>("cells");
        QTest::addColumn<QList<int>>("rows");

        QTest::newRow("simple crlf") << QByteArray("a,b\r\nc,d\r\n") << Rows{{"a", "b"}, {"c", "d"}}
                                     << QList<int>{1, 2};
        QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << Rows{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
        QTest::newRow("cr only") << QByteArray("a,b\rc,d\r") << Rows{{"a", "b"}, {"c", "d"}}
                                 << QList<int>{1, 2};
        QTest::newRow("mixed line ends")
            << QByteArray("a\r\nb\nc\rd") << Rows{{"a"}, {"b"}, {"c"}, {"d"}} << QList<int>{1, 2, 3, 4};
        QTest::newRow("no final newline")
            << QByteArray("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
        QTest::newRow("empty lines skipped, rows counted")
            << QByteArray("\r\na,b\r\n\r\n\nc,d\r\n\r\n") << Rows{{"a", "b"}, {"c", "d"}} << QList<int>{2, 5};
        QTest::newRow("empty fields") << QByteArray(",a,,\n") << Rows{{"", "a", "", ""}} << QList<int>{1};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}} << QList<int>{1};
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows{{"say \"hi\"", "x"}} << QList<int>{1};
        QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << Rows{{"", ""}} << QList<int>{1};
        QTest::newRow("line breaks in quotes")
            << QByteArray("\"1\r\n2\",x\r\n\"3\n4\r5\",y\r\nz,w\r\n")
            << Rows{{"1\n2", "x"}, {"3\n4\n5", "y"}, {"z", "w"}} << QList<int>{1, 2, 3}; // as Excel numbers
        // Excel shows an empty line as an empty row: it counts, line breaks inside quotes do not.
        QTest::newRow("empty line after a multi-line record")
            << QByteArray("h\n\"a\nb\nc\",x\n\ny,z\n") << Rows{{"h"}, {"a\nb\nc", "x"}, {"y", "z"}}
            << QList<int>{1, 2, 4};
        QTest::newRow("quoted last field without newline")
            << QByteArray("a,\"b\nc\"") << Rows{{"a", "b\nc"}} << QList<int>{1};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Rows{{" a ", " b "}} << QList<int>{1};
        QTest::newRow("padding after closing quote")
            << QByteArray("\"a\"  ,b\n") << Rows{{"a", "b"}} << QList<int>{1};
        QTest::newRow("japanese") << u"氏名,住所\n髙橋,\"東京都\n千代田区\"\n"_s.toUtf8()
                                  << Rows{{u"氏名"_s, u"住所"_s}, {u"髙橋"_s, u"東京都\n千代田区"_s}}
                                  << QList<int>{1, 2};
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, cells);
        QFETCH(QList<int>, rows);
        // Tiny chunks put every boundary in every position.
        for (qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(64 * 1024)}) {
            const Read read = readAll(input, TextEncoding::Utf8, chunk);
            QCOMPARE(cellsOf(read), cells);
            QCOMPARE(rowsOf(read), rows);
            for (const SourceRecord& r : read.records)
                QVERIFY(r.problems.isEmpty());
            QVERIFY(read.error.isEmpty());
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("problemRow");
        QTest::addColumn<int>("problemColumn");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("records");

        QTest::newRow("quote inside unquoted field")
            << QByteArray("h1,h2\nok,ok\nab\"c,d\ne,f\n") << 3 << 0 << int(ProblemKind::MalformedQuote) << 4;
        QTest::newRow("text after closing quote")
            << QByteArray("h1,h2\n\"ab\"c,d\n") << 2 << 0 << int(ProblemKind::MalformedQuote) << 2;
        QTest::newRow("unterminated quote at eof") << QByteArray("h1,h2\nx,y\nz,\"never closed\nmore\n") << 3
                                                   << 1 << int(ProblemKind::UnterminatedQuote) << 3;
        QTest::newRow("lone quote at eof")
            << QByteArray("a,b\n\"") << 2 << 0 << int(ProblemKind::UnterminatedQuote) << 2;
    }

    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, problemRow);
        QFETCH(int, problemColumn);
        QFETCH(int, kind);
        QFETCH(int, records);
        const Read read = readAll(input, TextEncoding::Utf8, 5);
        QCOMPARE(read.records.size(), records);
        QList<ImportProblem> problems;
        for (const SourceRecord& r : read.records)
            problems += r.problems;
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].row, problemRow);
        QCOMPARE(problems[0].column, problemColumn);
        QCOMPARE(int(problems[0].kind), kind);
        QVERIFY(!problems[0].message.isEmpty());
        QVERIFY(problems[0].isError());
    }

    void unterminatedQuoteStopsAtLimit()
    {
        // A quote never closed in a long file: reading stops at the size limit, with a row-numbered problem,
        // instead of pulling the rest of the file into one field.
        QByteArray input("name,note\nA,\"open\n");
        for (int i = 0; i < 5000; ++i)
            input += "line " + QByteArray::number(i) + ",more text\n";
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, TextEncoding::Utf8);
        reader.setMaxRecordLength(10000);
        reader.setChunkSize(1024);
        SourceRecord record;
        QVERIFY(reader.readNext(&record));
        QVERIFY(reader.readNext(&record));
        QCOMPARE(record.row, 2);
        QCOMPARE(record.problems.size(), 1);
        QCOMPARE(record.problems[0].kind, ProblemKind::RecordTooLong);
        QCOMPARE(record.problems[0].row, 2);
        QVERIFY(!reader.readNext(&record));
        QVERIFY(reader.peakBufferLength() < 4096);
    }

    void garbageNeverCrashes()
    {
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 200000; ++i) {
            x = x * 1103515245u + 12345u;
            const char alphabet[] = {'"', ',', '\r', '\n', 'a', '\xE3', '\x81', '\x82', '\0', '"'};
            noise.append(alphabet[(x >> 16) % sizeof(alphabet)]);
        }
        for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Cp932, TextEncoding::Utf16LE}) {
            const Read read = readAll(noise, e, 333);
            QVERIFY(!read.records.isEmpty());
            int previous = 0;
            for (const SourceRecord& r : read.records) {
                QVERIFY(r.row > previous);
                previous = r.row;
            }
        }
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = u"氏名,備考\r\n\"髙橋, 一郎\",①～－ＡＢＣ\r\n山﨑,\"改\r\n行\"\r\n"_s;
        QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-16le bom")
            << QByteArray(
                   QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom).encode(text))
            << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be") << QByteArray(QStringEncoder(QStringConverter::Utf16BE).encode(text))
                                  << int(TextEncoding::Utf16BE);
        QTest::newRow("cp932") << QByteArray(QStringEncoder("windows-31j").encode(text))
                               << int(TextEncoding::Cp932);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QCOMPARE(int(detectTextEncoding(bytes).encoding), encoding);
        const Rows expected{
            {u"氏名"_s, u"備考"_s}, {u"髙橋, 一郎"_s, u"①～－ＡＢＣ"_s}, {u"山﨑"_s, u"改\n行"_s}};
        for (qint64 chunk : {qint64(1), qint64(5), qint64(64 * 1024)}) {
            const Read read = readAll(bytes, static_cast<TextEncoding>(encoding), chunk);
            QCOMPARE(cellsOf(read), expected);
            QCOMPARE(rowsOf(read), (QList<int>{1, 2, 3}));
        }
    }

    void cp932Fixture()
    {
        // Made with iconv -t CP932 (tests/data/recipients/make_fixtures.sh); compared field by field.
        QFile file(QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Read read = readAll(file.readAll(), TextEncoding::Cp932, 16);
        const Rows expected{
            {u"氏名"_s, u"フリガナ"_s, u"会社名"_s, u"部署"_s, u"住所"_s, u"メールアドレス"_s, u"電話番号"_s,
             u"備考"_s},
            {u"髙橋 一郎"_s, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s, u"㈱山﨑商事"_s, u"第①営業部"_s, u"東京都千代田区１－２－３"_s,
             u"ichiro@example.jp"_s, u"03－1234－5678"_s, u"～テスト～"_s},
            {u"山﨑 花子"_s, u"ヤマザキ ハナコ"_s, u"ＡＢＣ株式会社"_s, u"総務部\n人事課"_s,
             u"大阪府大阪市北区梅田１丁目"_s, u"hanako@example.jp"_s, u"06-9876-5432"_s,
             u"引用\"符\",カンマ"_s},
            {u"Ｓｍｉｔｈ, Ｊｏｈｎ"_s, u"スミス ジョン"_s, u"№１ Ltd."_s, u"Ⅱ課"_s,
             u"神奈川県横浜市∥港北区"_s, u"JOHN@EXAMPLE.COM"_s, u"045-000-0000"_s, u"￢―㍻℡"_s},
        };
        const Rows cells = cellsOf(read);
        QCOMPARE(cells.size(), expected.size());
        for (int r = 0; r < expected.size(); ++r) {
            QCOMPARE(cells[r].size(), expected[r].size());
            for (int c = 0; c < expected[r].size(); ++c)
                QCOMPARE(cells[r][c], expected[r][c]);
        }
        QCOMPARE(rowsOf(read), (QList<int>{1, 2, 3, 4})); // row 3 holds a line break: still one row
    }

    void undecodableBytesAreMarked()
    {
        const Read read = readAll(QByteArray("name,note\nok,fine\nbad\x80\xFD,x\n"), TextEncoding::Cp932);
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records[2].row, 3);
        QVERIFY(firstUndecodable(read.records[2].cells[0]) >= 0);
        QVERIFY(firstUndecodable(read.records[1].cells[0]) < 0);
    }

    void guessDelimiter()
    {
        QCOMPARE(CsvReader::guessDelimiter(u"a,b,c\n"), u',');
        QCOMPARE(CsvReader::guessDelimiter(u"a\tb\tc\n1,2\t3"), u'\t');
        QCOMPARE(CsvReader::guessDelimiter(u"a;b;c"), u';');
        QCOMPARE(CsvReader::guessDelimiter(u"\"x\t\t\ty\",b\n"), u',');
        QCOMPARE(CsvReader::guessDelimiter(u""), u',');
    }

    void tabSeparatedUtf16()
    {
        // Excel's "Unicode text": UTF-16LE with BOM, tab-separated.
        const QByteArray bytes = QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)
                                     .encode(u"氏名\tメール\r\n髙橋\ta@b.jp\r\n"_s);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, TextEncoding::Utf16LE, u'\t');
        SourceRecord record;
        QVERIFY(reader.readNext(&record));
        QCOMPARE(record.cells, (QStringList{u"氏名"_s, u"メール"_s}));
        QVERIFY(reader.readNext(&record));
        QCOMPARE(record.cells, (QStringList{u"髙橋"_s, u"a@b.jp"_s}));
        QVERIFY(!reader.readNext(&record));
    }

    void hundredThousandRowsInBoundedMemory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"large.csv"_s);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray chunk;
            chunk += u"氏名,フリガナ,住所,メールアドレス,備考\r\n"_s.toUtf8();
            for (int i = 1; i <= 100000; ++i) {
                chunk += u"髙橋 太郎%1,タカハシ "
                         u"タロウ,\"東京都千代田区丸の内１－%1\r\nビル%1階\",taro%1@example.jp,"
                         "\"メモ \"\"%1\"\"、テスト用の長めのテキスト\"\r\n"_s.arg(i)
                             .toUtf8();
                if (chunk.size() > 1 << 20) {
                    QCOMPARE(out.write(chunk), chunk.size());
                    chunk.clear();
                }
            }
            QCOMPARE(out.write(chunk), chunk.size());
        }
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const qint64 fileSize = in.size();
        QVERIFY(fileSize > 15 * 1024 * 1024);

        const qint64 rssBefore = bdtest::currentRssKiB();
        CsvReader reader(&in, TextEncoding::Utf8);
        SourceRecord record;
        int count = 0;
        int lastRow = 0;
        qint64 maxRss = rssBefore;
        while (reader.readNext(&record)) {
            ++count;
            lastRow = record.row;
            QVERIFY(record.problems.isEmpty());
            if (count % 10000 == 0)
                maxRss = qMax(maxRss, bdtest::currentRssKiB());
        }
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(count, 100001);
        QCOMPARE(lastRow, 1 + 100000); // as Excel numbers records, though each spans two lines
        QCOMPARE(reader.currentLine(), 2 + 2 * 100000); // every line end consumed, plus one
        QCOMPARE(record.cells.value(2), u"東京都千代田区丸の内１－100000\nビル100000階"_s);
        QCOMPARE(record.cells.value(4), u"メモ \"100000\"、テスト用の長めのテキスト"_s);
        QCOMPARE(reader.progress(), 1.0);
        // The decoded buffer stays near one chunk (64 KiB of bytes) although the file is > 15 MiB ...
        QVERIFY2(reader.peakBufferLength() < 128 * 1024,
                 qPrintable(QString::number(reader.peakBufferLength())));
        // ... and so does the process: reading it all into a QString would take > 30 MiB.
        if (rssBefore > 0)
            QVERIFY2(maxRss - rssBefore < 8 * 1024, qPrintable(QString::number(maxRss - rssBefore)));
    }

    void notOpenDevice()
    {
        QBuffer buffer;
        CsvReader reader(&buffer, TextEncoding::Utf8);
        SourceRecord record;
        QVERIFY(!reader.readNext(&record));
        QVERIFY(!reader.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
