// The bilingual staleness rule: which side of a narrative is marked "needs update" after a sequence of edits.
#include "narrative.h"

#include <QtTest>

using namespace bd;

namespace {

// Applies a script of steps to a narrative: "ja=text" / "en=text" edit one side, "confirm:ja" / "confirm:en"
// confirm.
Narrative run(const QStringList& steps)
{
    Narrative n;
    for (const QString& step : steps) {
        if (step.startsWith(QLatin1String("confirm:"))) {
            Lang lang;
            if (!langFromKey(step.mid(8), &lang))
                qFatal("bad step %s", qPrintable(step));
            n = n.confirmed(lang);
            continue;
        }
        const qsizetype eq = step.indexOf(QLatin1Char('='));
        Lang lang;
        if (eq < 0 || !langFromKey(step.left(eq), &lang))
            qFatal("bad step %s", qPrintable(step));
        n = n.edited(lang, step.mid(eq + 1));
    }
    return n;
}

} // namespace

class TestNarrative : public QObject
{
    Q_OBJECT
private slots:
    void staleness_data();
    void staleness();

    void emptyOtherSide_neverMarksThisSide_data();
    void emptyOtherSide_neverMarksThisSide();

    void editingOneSide_keepsTheOtherSidesText();
    void confirm_onlyClearsTheConfirmedSide();
    void hashOf_emptyTextIsEmptyAndOthersAreStable();
    void sectionAndLanguageKeys_roundTrip();
};

void TestNarrative::staleness_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("jaNeedsUpdate");
    QTest::addColumn<bool>("enNeedsUpdate");

    // Both sides written and in step: ja first, en as the answer.
    const QStringList inStep{QStringLiteral("ja=漏えいのおそれ"), QStringLiteral("en=Possible leak")};
    // The same, written the other way round: en first, ja as the answer (so the last edit was of ja).
    const QStringList inStepJaLast{QStringLiteral("en=Possible leak"), QStringLiteral("ja=漏えいのおそれ")};

    QTest::newRow("new narrative: nothing stale") << QStringList() << false << false;
    QTest::newRow("first ja text: en needs writing")
        << QStringList{QStringLiteral("ja=漏えい")} << false << true;
    QTest::newRow("first en text: ja needs writing")
        << QStringList{QStringLiteral("en=Leak")} << true << false;
    QTest::newRow("ja then en (answer): both fine") << inStep << false << false;
    QTest::newRow("edit ja after both written: en needs update")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生")}) << false << true;
    QTest::newRow("edit en answering the ja change: both fine")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("en=A leak occurred")})
        << false << false;
    QTest::newRow("continued typing in en stays an answer")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("en=A leak"),
                                 QStringLiteral("en=A leak occ"), QStringLiteral("en=A leak occurred.")})
        << false << false;
    QTest::newRow("a later ja edit marks en again")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("en=A leak occurred"),
                                 QStringLiteral("en=A leak occurred."),
                                 QStringLiteral("ja=漏えいが発生した")})
        << false << true;
    QTest::newRow("edit en on its own (not an answer) marks ja")
        << (inStepJaLast + QStringList{QStringLiteral("en=Possible leak of data")}) << true << false;
    QTest::newRow("typing on in en without a ja change keeps ja marked")
        << (inStepJaLast +
            QStringList{QStringLiteral("en=Possible leak of"), QStringLiteral("en=Possible leak of data")})
        << true << false;
    QTest::newRow("confirm en clears the mark")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("confirm:en")}) << false
        << false;
    QTest::newRow("after confirm, an en edit is new news for ja")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("confirm:en"),
                                 QStringLiteral("en=Possible leak!")})
        << true << false;
    QTest::newRow("after confirm, a ja edit marks en again")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("confirm:en"),
                                 QStringLiteral("ja=漏えいが発生した")})
        << false << true;
    QTest::newRow("confirm ja answers an en change")
        << (inStepJaLast +
            QStringList{QStringLiteral("en=Possible leak of data"), QStringLiteral("confirm:ja")})
        << false << false;
    QTest::newRow("restoring the old ja text needs no update")
        << (inStep + QStringList{QStringLiteral("ja=漏えいが発生"), QStringLiteral("ja=漏えいのおそれ")})
        << false << false;
}

void TestNarrative::staleness()
{
    QFETCH(QStringList, steps);
    QFETCH(bool, jaNeedsUpdate);
    QFETCH(bool, enNeedsUpdate);
    const Narrative n = run(steps);
    QCOMPARE(n.needsUpdate(Lang::Ja), jaNeedsUpdate);
    QCOMPARE(n.needsUpdate(Lang::En), enNeedsUpdate);
}

void TestNarrative::emptyOtherSide_neverMarksThisSide_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("emptySide");

    QTest::newRow("only ja written") << QStringList{QStringLiteral("ja=漏えい"),
                                                    QStringLiteral("ja=漏えいが発生")}
                                     << QStringLiteral("en");
    QTest::newRow("only en written") << QStringList{QStringLiteral("en=Leak"),
                                                    QStringLiteral("en=Leak occurred")}
                                     << QStringLiteral("ja");
    QTest::newRow("en emptied after both were written")
        << QStringList{QStringLiteral("ja=漏えい"), QStringLiteral("en=Leak"), QStringLiteral("en="),
                       QStringLiteral("ja=漏えいが発生")}
        << QStringLiteral("en");
    QTest::newRow("ja emptied after both were written")
        << QStringList{QStringLiteral("ja=漏えい"), QStringLiteral("en=Leak"), QStringLiteral("ja=")}
        << QStringLiteral("ja");
}

void TestNarrative::emptyOtherSide_neverMarksThisSide()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, emptySide);
    Lang empty;
    QVERIFY(langFromKey(emptySide, &empty));
    const Narrative n = run(steps);
    QVERIFY(n.text(empty).isEmpty());
    QVERIFY2(!n.needsUpdate(otherLang(empty)), "a side is never stale against an empty other side");
}

void TestNarrative::editingOneSide_keepsTheOtherSidesText()
{
    const Narrative n =
        run({QStringLiteral("ja=漏えい"), QStringLiteral("en=Leak"), QStringLiteral("ja=滅失")});
    QCOMPARE(n.textJa, QStringLiteral("滅失"));
    QCOMPARE(n.textEn, QStringLiteral("Leak"));
    QCOMPARE(n.lastEditedLang, QStringLiteral("ja"));
}

void TestNarrative::confirm_onlyClearsTheConfirmedSide()
{
    // Both sides stale at once can only come from a file; confirming one leaves the other marked.
    Narrative n;
    n.textJa = QStringLiteral("漏えい");
    n.textEn = QStringLiteral("Leak");
    QVERIFY(n.needsUpdate(Lang::Ja));
    QVERIFY(n.needsUpdate(Lang::En));
    const Narrative c = n.confirmed(Lang::En);
    QVERIFY(!c.needsUpdate(Lang::En));
    QVERIFY(c.needsUpdate(Lang::Ja));
    QCOMPARE(c.textJa, n.textJa);
    QCOMPARE(c.textEn, n.textEn);
}

void TestNarrative::hashOf_emptyTextIsEmptyAndOthersAreStable()
{
    QVERIFY(Narrative::hashOf(QString()).isEmpty());
    QVERIFY(Narrative::hashOf(QStringLiteral("")).isEmpty());
    QCOMPARE(Narrative::hashOf(QStringLiteral("漏えい")), Narrative::hashOf(QStringLiteral("漏えい")));
    QVERIFY(Narrative::hashOf(QStringLiteral("漏えい")) != Narrative::hashOf(QStringLiteral("漏えい ")));
    QVERIFY(!Narrative::hashOf(QStringLiteral("a")).isEmpty());
}

void TestNarrative::sectionAndLanguageKeys_roundTrip()
{
    const QList<NarrativeSection> sections = allNarrativeSections();
    QCOMPARE(sections.size(), NarrativeSectionCount);
    QSet<QString> keys;
    for (NarrativeSection s : sections) {
        const QString key = narrativeSectionKey(s);
        keys.insert(key);
        NarrativeSection back;
        QVERIFY(narrativeSectionFromKey(key, &back));
        QCOMPARE(back, s);
    }
    QCOMPARE(keys.size(), NarrativeSectionCount);
    NarrativeSection s;
    QVERIFY(!narrativeSectionFromKey(QStringLiteral("summery"), &s));
    Lang l;
    QVERIFY(langFromKey(QStringLiteral("ja"), &l) && l == Lang::Ja);
    QVERIFY(langFromKey(QStringLiteral("en"), &l) && l == Lang::En);
    QVERIFY(!langFromKey(QStringLiteral("de"), &l));
}

QTEST_GUILESS_MAIN(TestNarrative)
#include "tst_narrative.moc"
