// Deadline arithmetic: the 速報 window, the 確報 day with roll-forward past closed days, the GDPR 72-hour
// clock.
#include "closeddays.h"
#include "deadlines.h"
#include "requiredfiling.h"

#include <QTest>
#include <QTimeZone>

using namespace bd;

class TstDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void closedDays_data();
    void closedDays();
    void rollForward_data();
    void rollForward();
    void preliminaryWindow_data();
    void preliminaryWindow();
    void finalReport_data();
    void finalReport();
    void gdpr72Hours_data();
    void gdpr72Hours();
    void gdprAcrossDaylightSaving();
    void japaneseDateOfUtcInstant();
    void invalidInputs();
};

void TstDeadlines::closedDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("closed");
    QTest::newRow("Saturday") << QDate(2024, 10, 26) << true;
    QTest::newRow("Sunday") << QDate(2024, 10, 27) << true;
    QTest::newRow("Monday") << QDate(2024, 10, 28) << false;
    QTest::newRow("holiday") << QDate(2024, 10, 14) << true;
    QTest::newRow("Dec 29 weekday") << QDate(2025, 12, 29) << true;
    QTest::newRow("Dec 31") << QDate(2025, 12, 31) << true;
    QTest::newRow("Jan 2") << QDate(2025, 1, 2) << true;
    QTest::newRow("Jan 3") << QDate(2025, 1, 3) << true;
    QTest::newRow("Dec 28 weekday") << QDate(2026, 12, 28) << false;
    QTest::newRow("Jan 4 weekday") << QDate(2027, 1, 4) << false;
}

void TstDeadlines::closedDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, closed);
    QCOMPARE(isAdministrativeClosedDay(date), closed);
    QCOMPARE(closedDayReason(date, Lang::En).isEmpty(), !closed);
}

void TstDeadlines::rollForward_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("working day stays") << QDate(2024, 10, 29) << QDate(2024, 10, 29);
    QTest::newRow("Sunday to Monday") << QDate(2024, 10, 27) << QDate(2024, 10, 28);
    QTest::newRow("year-end closure") << QDate(2024, 12, 29) << QDate(2025, 1, 6);
    QTest::newRow("Dec 31") << QDate(2024, 12, 31) << QDate(2025, 1, 6);
    QTest::newRow("closure ending on a weekday") << QDate(2025, 12, 29) << QDate(2026, 1, 5);
    QTest::newRow("Golden Week 2025") << QDate(2025, 5, 3) << QDate(2025, 5, 7);
    QTest::newRow("Silver Week 2026") << QDate(2026, 9, 19) << QDate(2026, 9, 24);
}

void TstDeadlines::rollForward()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(bd::rollForward(date), expected);
}

void TstDeadlines::preliminaryWindow_data()
{
    QTest::addColumn<QDate>("knownOn");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // domain.md §5: no roll-forward even though 08-31 is a Saturday.
    QTest::newRow("anchor 08-29") << QDate(2024, 8, 29) << QDate(2024, 8, 31) << QDate(2024, 9, 2);
    QTest::newRow("anchor 09-02") << QDate(2024, 9, 2) << QDate(2024, 9, 4) << QDate(2024, 9, 6);
    QTest::newRow("year end") << QDate(2024, 12, 30) << QDate(2025, 1, 1) << QDate(2025, 1, 3);
}

void TstDeadlines::preliminaryWindow()
{
    QFETCH(QDate, knownOn);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QCOMPARE(bd::preliminaryWindow(knownOn), (DateWindow{from, to}));
}

void TstDeadlines::finalReport_data()
{
    QTest::addColumn<QDate>("knownOn");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<QDate>("due");
    // domain.md §5 table.
    QTest::newRow("§5 60 days, anchor 08-29")
        << QDate(2024, 8, 29) << 60 << QDate(2024, 10, 27) << QDate(2024, 10, 28);
    QTest::newRow("§5 60 days, anchor 09-02")
        << QDate(2024, 9, 2) << 60 << QDate(2024, 10, 31) << QDate(2024, 10, 31);
    QTest::newRow("§5 30 days, anchor 08-29")
        << QDate(2024, 8, 29) << 30 << QDate(2024, 9, 27) << QDate(2024, 9, 27);
    QTest::newRow("§5 30 days, anchor 09-02")
        << QDate(2024, 9, 2) << 30 << QDate(2024, 10, 1) << QDate(2024, 10, 1);
    QTest::newRow("day 30 on Dec 29")
        << QDate(2024, 11, 30) << 30 << QDate(2024, 12, 29) << QDate(2025, 1, 6);
    QTest::newRow("day 30 on Dec 31") << QDate(2024, 12, 2) << 30 << QDate(2024, 12, 31) << QDate(2025, 1, 6);
    QTest::newRow("day 30 on Jan 3") << QDate(2025, 12, 5) << 30 << QDate(2026, 1, 3) << QDate(2026, 1, 5);
    QTest::newRow("Golden Week 2025") << QDate(2025, 4, 4) << 30 << QDate(2025, 5, 3) << QDate(2025, 5, 7);
    QTest::newRow("Golden Week 2026") << QDate(2026, 4, 4) << 30 << QDate(2026, 5, 3) << QDate(2026, 5, 7);
    QTest::newRow("equinox Sunday + substitute")
        << QDate(2024, 8, 24) << 30 << QDate(2024, 9, 22) << QDate(2024, 9, 24);
}

void TstDeadlines::finalReport()
{
    QFETCH(QDate, knownOn);
    QFETCH(int, days);
    QFETCH(QDate, lastDay);
    QFETCH(QDate, due);
    const FinalDeadline d = finalReportDeadline(knownOn, days);
    QCOMPARE(d.days, days);
    QCOMPARE(d.lastDay, lastDay);
    QCOMPARE(d.due, due);
    QCOMPARE(d.rolled(), lastDay != due);
    QCOMPARE(lastDayOfPeriod(knownOn, days), lastDay);
}

void TstDeadlines::gdpr72Hours_data()
{
    QTest::addColumn<QDateTime>("aware");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QString>("iso");
    const QTimeZone jst(9 * 3600);
    const QTimeZone cet(3600);
    QTest::newRow("§5 same clock time on Sunday")
        << QDateTime(QDate(2024, 8, 29), QTime(10, 15), jst)
        << QDateTime(QDate(2024, 9, 1), QTime(10, 15), jst) << QStringLiteral("2024-09-01T10:15:00+09:00");
    QTest::newRow("across January's end")
        << QDateTime(QDate(2024, 1, 30), QTime(23, 45), jst)
        << QDateTime(QDate(2024, 2, 2), QTime(23, 45), jst) << QStringLiteral("2024-02-02T23:45:00+09:00");
    QTest::newRow("across a leap February")
        << QDateTime(QDate(2024, 2, 27), QTime(8, 0), cet) << QDateTime(QDate(2024, 3, 1), QTime(8, 0), cet)
        << QStringLiteral("2024-03-01T08:00:00+01:00");
    QTest::newRow("across a common February")
        << QDateTime(QDate(2023, 2, 27), QTime(8, 0), cet) << QDateTime(QDate(2023, 3, 2), QTime(8, 0), cet)
        << QStringLiteral("2023-03-02T08:00:00+01:00");
    QTest::newRow("across the year's end")
        << QDateTime(QDate(2024, 12, 30), QTime(17, 59), jst)
        << QDateTime(QDate(2025, 1, 2), QTime(17, 59), jst) << QStringLiteral("2025-01-02T17:59:00+09:00");
}

void TstDeadlines::gdpr72Hours()
{
    QFETCH(QDateTime, aware);
    QFETCH(QDateTime, due);
    QFETCH(QString, iso);
    const QDateTime computed = gdprArt33Deadline(aware);
    QCOMPARE(computed, due);
    QCOMPARE(computed.offsetFromUtc(), aware.offsetFromUtc());
    QCOMPARE(aware.secsTo(computed), 72 * 3600);
    QCOMPARE(isoWithOffset(computed), iso);
}

void TstDeadlines::gdprAcrossDaylightSaving()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone data for Europe/Berlin");
    // Clocks go forward on 2024-03-31: 72 elapsed hours end at 13:00 local time, not 12:00.
    const QDateTime aware(QDate(2024, 3, 29), QTime(12, 0), berlin);
    const QDateTime due = gdprArt33Deadline(aware);
    QCOMPARE(aware.secsTo(due), 72 * 3600);
    QCOMPARE(due.toTimeZone(berlin).time(), QTime(13, 0));
    QCOMPARE(isoWithOffset(due), QStringLiteral("2024-04-01T13:00:00+02:00"));
}

void TstDeadlines::japaneseDateOfUtcInstant()
{
    // 2024-08-28 20:00 UTC is 2024-08-29 05:00 in Japan: 知った日 is the 29th.
    const QDateTime utc(QDate(2024, 8, 28), QTime(20, 0), QTimeZone::utc());
    QCOMPARE(japaneseDate(utc), QDate(2024, 8, 29));
    QCOMPARE(endOfJapaneseDay(QDate(2024, 10, 28)), QDateTime(QDate(2024, 10, 29), QTime(0, 0), japanTime()));
}

void TstDeadlines::invalidInputs()
{
    QCOMPARE(bd::preliminaryWindow(QDate()), DateWindow{});
    QVERIFY(!finalReportDeadline(QDate(), 30).due.isValid());
    QVERIFY(!gdprArt33Deadline(QDateTime()).isValid());
    QVERIFY(!japaneseDate(QDateTime()).isValid());
    QVERIFY(!bd::rollForward(QDate()).isValid());
}

QTEST_GUILESS_MAIN(TstDeadlines)
#include "tst_deadlines.moc"
