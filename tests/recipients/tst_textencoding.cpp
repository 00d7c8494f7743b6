#include "textencoding.h"

#include <QFile>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {
const QString kSample = u"氏名,住所\r\n髙橋 一郎,東京都千代田区１－２－３ ①～\r\n"_s;

QByteArray encoded(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}
} // namespace

class TstTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bomLength");
        QTest::addColumn<bool>("certain");

        QTest::newRow("utf-8") << kSample.toUtf8() << int(TextEncoding::Utf8) << 0 << true;
        QTest::newRow("utf-8 bom") << encoded(kSample, QStringConverter::Utf8, true)
                                   << int(TextEncoding::Utf8) << 3 << true;
        QTest::newRow("utf-16le bom")
            << encoded(kSample, QStringConverter::Utf16LE, true) << int(TextEncoding::Utf16LE) << 2 << true;
        QTest::newRow("utf-16be bom")
            << encoded(kSample, QStringConverter::Utf16BE, true) << int(TextEncoding::Utf16BE) << 2 << true;
        QTest::newRow("utf-16le no bom")
            << encoded(kSample, QStringConverter::Utf16LE, false) << int(TextEncoding::Utf16LE) << 0 << true;
        QTest::newRow("utf-16be no bom")
            << encoded(kSample, QStringConverter::Utf16BE, false) << int(TextEncoding::Utf16BE) << 0 << true;
        QTest::newRow("cp932") << QByteArray(QStringEncoder("windows-31j").encode(kSample))
                               << int(TextEncoding::Cp932) << 0 << true;
        QTest::newRow("ascii") << QByteArray("name,email\r\nA,a@b.jp\r\n") << int(TextEncoding::Utf8) << 0
                               << true;
        // A multi-byte character cut by the end of the sample does not make UTF-8 look invalid.
        QByteArray cut = kSample.toUtf8();
        cut.chop(4); // inside "～"? the last characters are "～\r\n": drop \r\n and one byte of ～
        QTest::newRow("utf-8 cut") << cut << int(TextEncoding::Utf8) << 0 << true;
        QByteArray cutSjis = QStringEncoder("windows-31j").encode(u"氏名,髙橋"_s);
        cutSjis.chop(1);
        QTest::newRow("cp932 cut") << cutSjis << int(TextEncoding::Cp932) << 0 << true;
        // A stray NUL is not UTF-16: that takes a BOM or NULs in one half of most code units.
        QByteArray nulUtf8 = kSample.toUtf8();
        nulUtf8.insert(nulUtf8.indexOf("\xE4\xB8\x80"), '\0'); // before 一
        QTest::newRow("utf-8 with a NUL") << nulUtf8 << int(TextEncoding::Utf8) << 0 << true;
        QTest::newRow("short utf-8 with a NUL")
            << QByteArray("name\0,x\n", 8) << int(TextEncoding::Utf8) << 0 << true;
        QByteArray nulSjis = QStringEncoder("windows-31j").encode(kSample);
        nulSjis.insert(11, '\0'); // before 髙
        QTest::newRow("cp932 with a NUL") << nulSjis << int(TextEncoding::Cp932) << 0 << true;
        QTest::newRow("utf-16le no bom, kanji only")
            << encoded(u"山田太郎,東京都\r\n一二三,大阪\r\n"_s, QStringConverter::Utf16LE, false)
            << int(TextEncoding::Utf16LE) << 0 << true;
    }

    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(int, bomLength);
        QFETCH(bool, certain);
        const EncodingDetection d = detectTextEncoding(bytes);
        QCOMPARE(int(d.encoding), encoding);
        QCOMPARE(d.bomLength, bomLength);
        QCOMPARE(d.certain, certain);
    }

    void detectFixture()
    {
        QFile file(QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const EncodingDetection d = detectTextEncoding(&file);
        QCOMPARE(d.encoding, TextEncoding::Cp932);
        QVERIFY(d.certain);
        QCOMPARE(file.pos(), 0); // peeked, not consumed
    }

    void decodeInChunks_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf-8 bom") << int(TextEncoding::Utf8)
                                   << encoded(kSample, QStringConverter::Utf8, true);
        QTest::newRow("utf-16le bom")
            << int(TextEncoding::Utf16LE) << encoded(kSample, QStringConverter::Utf16LE, true);
        QTest::newRow("utf-16be") << int(TextEncoding::Utf16BE)
                                  << encoded(kSample, QStringConverter::Utf16BE, false);
        QTest::newRow("cp932") << int(TextEncoding::Cp932)
                               << QByteArray(QStringEncoder("windows-31j").encode(kSample));
    }

    void decodeInChunks()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, bytes);
        // One byte at a time: every multi-byte character is split.
        TextDecoder decoder(static_cast<TextEncoding>(encoding));
        QString text;
        for (char b : bytes)
            text += decoder.decode(QByteArrayView(&b, 1));
        text += decoder.finish();
        QCOMPARE(text, kSample);
        QVERIFY(!decoder.hasError());
    }

    void cp932VendorCharacters()
    {
        // NEC special, NEC-selected IBM and IBM extensions, full-width forms: all decode through windows-31j.
        const QString chars = u"髙﨑①②⑳㈱№℡Ⅰⅱ∥～－￢―㍻ＡＢＣｶﾅ"_s;
        const QByteArray bytes = QStringEncoder("windows-31j").encode(chars);
        TextDecoder decoder(TextEncoding::Cp932);
        QCOMPARE(decoder.decode(bytes), chars);
        QVERIFY(!decoder.hasError());
        QCOMPARE(bytes.left(2), QByteArray("\xFB\xFC")); // 髙 in the IBM extension block
    }

    void undecodableBytes_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf-8") << int(TextEncoding::Utf8)
                               << QByteArray("ab\xFF\xFE"
                                             "cd");
        QTest::newRow("cp932") << int(TextEncoding::Cp932)
                               << QByteArray("ab\x80\xA0\xFD"
                                             "cd");
        QTest::newRow("utf-8 dangling at end") << int(TextEncoding::Utf8) << QByteArray("abcd\xE3\x81");
        QTest::newRow("cp932 dangling at end") << int(TextEncoding::Cp932) << QByteArray("abcd\x82");
        QTest::newRow("utf-16 odd byte") << int(TextEncoding::Utf16LE) << QByteArray("a\0b\0c", 5);
    }

    void undecodableBytes()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, bytes);
        TextDecoder decoder(static_cast<TextEncoding>(encoding));
        QString text = decoder.decode(bytes);
        text += decoder.finish();
        QVERIFY2(firstUndecodable(text) >= 0, qPrintable(text));
        QVERIFY(text.startsWith(u"a"));
    }

    void cp932Export()
    {
        TextEncoder encoder(TextEncoding::Cp932);
        // 〜 and − are not in CP932: written as ～ and －, and nothing is reported.
        const QByteArray bytes = encoder.encode(u"〜−‖—¢£¬¥ 髙"_s, 3, 1);
        QVERIFY(encoder.unwritable().isEmpty());
        QCOMPARE(QStringDecoder("windows-31j").decode(bytes), u"～－∥―￠￡￢￥ 髙"_s);

        // Characters CP932 has no code for: '?' and a report with row, column and code point.
        const QByteArray lossy = encoder.encode(u"a😀b𠮷é"_s, 7, 2);
        QCOMPARE(lossy, QByteArray("a?b??"));
        QCOMPARE(encoder.unwritable().size(), 3);
        QCOMPARE(encoder.unwritable()[0].row, 7);
        QCOMPARE(encoder.unwritable()[0].column, 2);
        QCOMPARE(encoder.unwritable()[0].codePoint, char32_t(0x1F600));
        QCOMPARE(encoder.unwritable()[1].codePoint, char32_t(0x20BB7));
        QCOMPARE(encoder.unwritable()[2].codePoint, char32_t(0xE9));
        QVERIFY(describeCodePoint(0x20BB7).contains(u"U+20BB7"));

        // The encoder recovers after an error.
        QCOMPARE(encoder.encode(u"ok"_s), QByteArray("ok"));
    }

    void keys()
    {
        QCOMPARE(textEncodingFromKey(u"Shift_JIS"), TextEncoding::Cp932);
        QCOMPARE(textEncodingFromKey(u"windows-31j"), TextEncoding::Cp932);
        QCOMPARE(textEncodingFromKey(u"utf-8"), TextEncoding::Utf8);
        QCOMPARE(textEncodingFromKey(u"UTF-16BE"), TextEncoding::Utf16BE);
        QVERIFY(!textEncodingFromKey(u"latin1").has_value());
        for (TextEncoding e :
             {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Cp932})
            QCOMPARE(textEncodingFromKey(textEncodingKey(e)), e);
    }
};

QTEST_GUILESS_MAIN(TstTextEncoding)
#include "tst_textencoding.moc"
