#include "formulaguard.h"

#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TstFormulaGuard : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");

        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                   << u"'=HYPERLINK(\"http://x\",\"y\")"_s;
        QTest::newRow("plus") << u"+81 3 1234 5678"_s << u"'+81 3 1234 5678"_s;
        QTest::newRow("minus formula") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("full-width equals") << u"＝1+1"_s << u"'＝1+1"_s;
        QTest::newRow("full-width plus") << u"＋1"_s << u"'＋1"_s;
        QTest::newRow("full-width minus") << u"－1－2"_s << u"'－1－2"_s;
        QTest::newRow("full-width at") << u"＠x"_s << u"'＠x"_s;
        QTest::newRow("dde") << u"-cmd|' /C calc'!A0"_s << u"'-cmd|' /C calc'!A0"_s;
        QTest::newRow("plain text") << u"髙橋"_s << u"髙橋"_s;
        QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("negative number") << u"-12"_s << u"-12"_s;
        QTest::newRow("negative decimal") << u"-3.5"_s << u"-3.5"_s;
        QTest::newRow("dash placeholder") << u"-"_s << u"-"_s;
        QTest::newRow("full-width dash placeholder") << u"－－"_s << u"－－"_s;
        QTest::newRow("apostrophe already") << u"'=1"_s << u"'=1"_s;
    }

    void neutralise()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(neutraliseFormula(cell), written);
        // What we write reads back as the original.
        QCOMPARE(restoreFormulaGuard(written), cell == u"'=1" ? u"=1"_s : cell);
    }

    void restoreLeavesOtherApostrophes()
    {
        QCOMPARE(restoreFormulaGuard(u"'quoted'"_s), u"'quoted'"_s);
        QCOMPARE(restoreFormulaGuard(u"'"_s), u"'"_s);
        QCOMPARE(restoreFormulaGuard(u"'-12"_s), u"'-12"_s);
    }
};

QTEST_GUILESS_MAIN(TstFormulaGuard)
#include "tst_formulaguard.moc"
