#include "tounicodecmap.h"

#include <QTest>

using namespace bd;

class TestToUnicodeCMap : public QObject
{
    Q_OBJECT

private slots:
    void readsQtsRangesAndArrays();
    void writesWhatItReads();
    void writesSurrogatePairs();
    void splitsSectionsAtOneHundred();
};

void TestToUnicodeCMap::readsQtsRangesAndArrays()
{
    // As QFontSubset::createToUnicodeMap writes it.
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                            "3 beginbfrange\n<0000> <0000> <0000>\n"
                            "<0001> <0003> [<0032> <2F49> <0035> ]\n"
                            "<0010> <0019> <0041>\n"
                            "endbfrange\n1 beginbfchar\n<0020> <D842DFB7>\nendbfchar\nendcmap\n";
    const tounicode::Map map = tounicode::parse(cmap);
    QCOMPARE(map.size(), size_t(1 + 3 + 10 + 1));
    QCOMPARE(map.at(2), QString(QChar(0x2F49)));
    QCOMPARE(map.at(0x10), QStringLiteral("A"));
    QCOMPARE(map.at(0x19), QStringLiteral("J"));
    QCOMPARE(map.at(0x20), QString::fromUcs4(U"\U00020BB7", 1));
}

void TestToUnicodeCMap::writesWhatItReads()
{
    tounicode::Map map;
    map[1] = QStringLiteral("月");
    map[2] = QStringLiteral("ff"); // a ligature maps to two characters
    map[0xFFFF] = QStringLiteral("z");
    QCOMPARE(tounicode::parse(tounicode::write(map)), map);
}

void TestToUnicodeCMap::writesSurrogatePairs()
{
    tounicode::Map map;
    map[0x1A] = QString::fromUcs4(U"\U00020BB7", 1);
    const QByteArray cmap = tounicode::write(map);
    QVERIFY2(cmap.contains("<001A> <D842DFB7>"), cmap.constData());
}

void TestToUnicodeCMap::splitsSectionsAtOneHundred()
{
    tounicode::Map map;
    for (int i = 1; i <= 250; ++i)
        map[quint16(i)] = QString(QChar(0x4E00 + i));
    const QByteArray cmap = tounicode::write(map);
    QCOMPARE(cmap.count("beginbfchar"), 3);
    QVERIFY(cmap.contains("100 beginbfchar"));
    QVERIFY(cmap.contains("50 beginbfchar"));
    QCOMPARE(tounicode::parse(cmap), map);
}

QTEST_GUILESS_MAIN(TestToUnicodeCMap)
#include "tst_tounicodecmap.moc"
