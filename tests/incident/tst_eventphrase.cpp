// What happened, said with each kind's own certainty (app/core/incident/eventphrase.h): the wording the PPC
// report, the public notice and the letters print, for every combination that makes sense.
#include "eventphrase.h"

#include <QtTest>

using namespace bd;

Q_DECLARE_METATYPE(bd::EventCertainty)

class TestEventPhrase : public QObject
{
    Q_OBJECT
private slots:
    void predicate_data();
    void predicate();
    void clause_namesTheData();
    void kindList();
};

void TestEventPhrase::predicate_data()
{
    QTest::addColumn<EventCertainty>("leak");
    QTest::addColumn<EventCertainty>("loss");
    QTest::addColumn<EventCertainty>("damage");
    QTest::addColumn<CauseKind>("cause");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    using C = EventCertainty;
    const CauseKind other = CauseKind::Misdelivery;
    QTest::newRow("nothing recorded") << C::No << C::No << C::No << other << QString() << QString();
    QTest::newRow("only leak possible")
        << C::Possible << C::No << C::No << other << QStringLiteral("漏えいが発生したおそれがある")
        << QStringLiteral("may have been leaked");
    QTest::newRow("leak occurred") << C::Occurred << C::No << C::No << other
                                   << QStringLiteral("漏えいが発生した") << QStringLiteral("was leaked");
    QTest::newRow("ransomware: damage occurred, leak possible")
        << C::Possible << C::No << C::Occurred << CauseKind::Ransomware
        << QStringLiteral("毀損が発生し、漏えいが発生したおそれがある")
        << QStringLiteral("was damaged (encrypted by ransomware) and may have been leaked");
    QTest::newRow("damage occurred, leak possible, other cause")
        << C::Possible << C::No << C::Occurred << other
        << QStringLiteral("毀損が発生し、漏えいが発生したおそれがある")
        << QStringLiteral("was damaged and may have been leaked");
    QTest::newRow("loss and damage occurred")
        << C::No << C::Occurred << C::Occurred << other << QStringLiteral("滅失及び毀損が発生した")
        << QStringLiteral("was lost and damaged");
    QTest::newRow("loss occurred, damage possible")
        << C::No << C::Occurred << C::Possible << other
        << QStringLiteral("滅失が発生し、毀損が発生したおそれがある")
        << QStringLiteral("was lost and may have been damaged");
    QTest::newRow("all three possible") << C::Possible << C::Possible << C::Possible << other
                                        << QStringLiteral("漏えい、滅失及び毀損が発生したおそれがある")
                                        << QStringLiteral("may have been leaked, lost and damaged");
    QTest::newRow("all three occurred, ransomware")
        << C::Occurred << C::Occurred << C::Occurred << CauseKind::Ransomware
        << QStringLiteral("漏えい、滅失及び毀損が発生した")
        << QStringLiteral("was leaked, lost and damaged (encrypted by ransomware)");
    QTest::newRow("leak occurred, loss and damage possible")
        << C::Occurred << C::Possible << C::Possible << other
        << QStringLiteral("漏えいが発生し、滅失及び毀損が発生したおそれがある")
        << QStringLiteral("was leaked and may have been lost and damaged");
    QTest::newRow("ransomware without damage: no encryption wording")
        << C::Possible << C::No << C::No << CauseKind::Ransomware
        << QStringLiteral("漏えいが発生したおそれがある") << QStringLiteral("may have been leaked");
}

void TestEventPhrase::predicate()
{
    QFETCH(EventCertainty, leak);
    QFETCH(EventCertainty, loss);
    QFETCH(EventCertainty, damage);
    QFETCH(CauseKind, cause);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    const EventStates states{leak, loss, damage};
    QCOMPARE(eventPredicate(states, Lang::Ja, cause), ja);
    QCOMPARE(eventPredicate(states, Lang::En, cause), en);
}

void TestEventPhrase::clause_namesTheData()
{
    const EventStates ransomware{EventCertainty::Possible, EventCertainty::No, EventCertainty::Occurred};
    // Filings use the legal term 個人データ.
    QCOMPARE(eventClause(ransomware, Lang::Ja),
             QStringLiteral("個人データの毀損が発生し、漏えいが発生したおそれがある"));
    QCOMPARE(eventClause(ransomware, Lang::En, CauseKind::Ransomware),
             QStringLiteral("personal data was damaged (encrypted by ransomware) and may have been leaked"));
    // Letters may name the data more plainly.
    QCOMPARE(eventClause(ransomware, Lang::Ja, CauseKind::Unknown, QStringLiteral("個人情報"),
                         QStringLiteral("personal information")),
             QStringLiteral("個人情報の毀損が発生し、漏えいが発生したおそれがある"));
    QCOMPARE(eventClause(ransomware, Lang::En, CauseKind::Unknown, QStringLiteral("個人情報"),
                         QStringLiteral("personal information")),
             QStringLiteral("personal information was damaged and may have been leaked"));
    QVERIFY(eventClause(EventStates{}, Lang::Ja).isEmpty());
    QVERIFY(eventClause(EventStates{}, Lang::En).isEmpty());
}

void TestEventPhrase::kindList()
{
    const EventStates ransomware{EventCertainty::Possible, EventCertainty::No, EventCertainty::Occurred};
    QCOMPARE(eventKindList(ransomware, Lang::Ja), QStringLiteral("漏えい及び毀損"));
    QCOMPARE(eventKindList(ransomware, Lang::En), QStringLiteral("leak and damage"));
    QVERIFY(ransomware.any());
    QVERIFY(ransomware.anyOccurred());
    QVERIFY(!ransomware.onlyPossible()); // a 毀損 happened: 漏えい等 is not just possible
    const EventStates possible{EventCertainty::Possible, EventCertainty::Possible, EventCertainty::No};
    QVERIFY(possible.onlyPossible());
    QVERIFY(!EventStates{}.any());
    QVERIFY(!EventStates{}.onlyPossible());
}

QTEST_GUILESS_MAIN(TestEventPhrase)
#include "tst_eventphrase.moc"
