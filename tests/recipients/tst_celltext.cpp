// The checks an import makes on each cell's text: lone surrogates, NUL, bidirectional controls (and the
// isolation letters print values with), CJK radicals and the ideographs they stand for.
#include "bidicontrols.h"
#include "celltext.h"
#include "cjkradicals.h"

#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TstCellText : public QObject
{
    Q_OBJECT

private slots:
    void bidiControls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("has");
        QTest::newRow("plain") << u"山田 太郎 Smith"_s << false;
        QTest::newRow("arabic letters are not controls") << u"علي"_s << false;
        QTest::newRow("RLO") << u"abc\u202Edef"_s << true;
        QTest::newRow("LRE") << u"\u202Aabc"_s << true;
        QTest::newRow("PDF") << u"abc\u202C"_s << true;
        QTest::newRow("RLI") << u"\u2067x\u2069"_s << true;
        QTest::newRow("FSI") << u"\u2068x"_s << true;
        QTest::newRow("LRM") << u"x\u200E"_s << true;
        QTest::newRow("RLM") << u"x\u200F"_s << true;
        QTest::newRow("ALM") << u"x\u061C"_s << true;
        QTest::newRow("zero width joiner is not one") << u"x\u200Dy"_s << false;
    }

    void bidiControls()
    {
        QFETCH(QString, text);
        QFETCH(bool, has);
        QCOMPARE(hasBidiControls(text), has);
    }

    void isolatedForPrinting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("printed");
        QTest::newRow("plain") << u"山田"_s << u"\u2068山田\u2069"_s;
        QTest::newRow("empty") << QString() << u"\u2068\u2069"_s;
        QTest::newRow("override ends with the isolate") << u"a\u202Eb"_s << u"\u2068a\u202Eb\u2069"_s;
        QTest::newRow("a stray PDI cannot close the wrapper")
            << u"a\u2069\u202Eb"_s << u"\u2068a\u202Eb\u2069"_s;
        QTest::newRow("an open isolate is closed first") << u"a\u2067b"_s << u"\u2068a\u2067b\u2069\u2069"_s;
        QTest::newRow("matched isolates stay") << u"\u2066a\u2069b"_s << u"\u2068\u2066a\u2069b\u2069"_s;
    }

    void isolatedForPrinting()
    {
        QFETCH(QString, value);
        QFETCH(QString, printed);
        QCOMPARE(bd::isolatedForPrinting(value), printed);
    }

    void radicals_everyKangxiRadicalHasItsIdeograph()
    {
        for (char16_t u = 0x2F00; u <= 0x2FD5; ++u) {
            const char32_t ideograph = unifiedIdeographOf(u);
            QVERIFY2(ideograph >= 0x4E00 && ideograph <= 0x9FFF, qPrintable(QString::number(u, 16)));
        }
        QCOMPARE(uint(unifiedIdeographOf(0x2F65)), uint(U'田'));
        QCOMPARE(uint(unifiedIdeographOf(0x2ED1)),
                 uint(U'長')); // Radicals Supplement, from EquivalentUnifiedIdeograph
        QCOMPARE(uint(unifiedIdeographOf(0x2E9F)), uint(U'母'));
        QCOMPARE(uint(unifiedIdeographOf(0x2E80)), uint(U'\0')); // CJK RADICAL REPEAT stands for none
        QCOMPARE(uint(unifiedIdeographOf(u'田')), uint(U'\0'));
    }

    void radicals_replacedAndNothingElse()
    {
        QString text = u"\u2F65中 Ａ棟 ｶﾅ \u2ED1野 \u2E80"_s;
        const RadicalReplacement r = unifyCjkRadicals(text);
        QCOMPARE(r.replaced, 2);
        QCOMPARE(r.unmapped, 1);
        QCOMPARE(text, u"田中 Ａ棟 ｶﾅ 長野 \u2E80"_s); // full-width and half-width forms as typed
    }

    void loneSurrogates()
    {
        QString text = u"a😀b"_s;
        QCOMPARE(firstLoneSurrogate(text), -1);
        text.insert(1, QChar(0xD800)); // a high surrogate before a pair: it is alone
        QCOMPARE(firstLoneSurrogate(text), 1);
        QCOMPARE(withoutLoneSurrogates(text), u"a\uFFFD😀b"_s);
        QString low = u"x"_s + QChar(0xDC00) + u"y"_s;
        QCOMPARE(withoutLoneSurrogates(low), u"x\uFFFDy"_s);
        QString atEnd = u"x"_s + QChar(0xD83D);
        QCOMPARE(firstLoneSurrogate(atEnd), 1);
    }

    void checkCellText_findsAndRepairs()
    {
        QString clean =
            QString::fromUtf16(u"髙橋 一郎 taro@example.jp １－２－３"); // (allocated: can be shared)
        const QString before = clean;
        QVERIFY(!checkCellText(clean).any());
        QCOMPARE(clean, before);
        QVERIFY(clean.isSharedWith(before)); // nothing copied when there is nothing to repair

        QString text = u"\u2F65"_s + QChar(0xD800) + u"中\u202E"_s + QChar(0) + u"x"_s;
        const CellTextFindings found = checkCellText(text);
        QCOMPARE(found.loneSurrogates, 1);
        QCOMPARE(found.nulCharacters, 1);
        QCOMPARE(found.bidiControls, 1);
        QCOMPARE(found.radicalsReplaced, 1);
        QCOMPARE(text, u"田\uFFFD中\u202E"_s + QChar(0) + u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TstCellText)
#include "tst_celltext.moc"
