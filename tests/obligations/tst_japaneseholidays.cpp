// Japanese holidays computed from the law, checked against the Cabinet Office dates for 2019–2027 (an
// independent data set in ../shared/reference) and against older spot checks.
#include "japaneseholidays.h"

#include <QFile>
#include <QTest>

using namespace bd;

class TstJapaneseHolidays : public QObject
{
    Q_OBJECT

private:
    QMultiHash<int, QDate> m_reference; // year → dates from the CSV
    bool m_haveReference = false;

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void spotChecks_data();
    void spotChecks();
    void equinoxFormula_data();
    void equinoxFormula();
    void names();
    void yearsBeforeTheLaw();
    void holidaysAreSortedAndUnique();
};

void TstJapaneseHolidays::initTestCase()
{
    QFile file(QStringLiteral(BD_SHARED_DIR "/reference/jp-holidays-2019-2027.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("date,")))
            continue;
        const QDate date = QDate::fromString(line.section(QLatin1Char(','), 0, 0), Qt::ISODate);
        QVERIFY2(date.isValid(), qPrintable(line));
        m_reference.insert(date.year(), date);
    }
    m_haveReference = !m_reference.isEmpty();
}

void TstJapaneseHolidays::matchesReference_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2019; year <= 2027; ++year)
        QTest::addRow("%d", year) << year;
}

void TstJapaneseHolidays::matchesReference()
{
    QFETCH(int, year);
    if (!m_haveReference)
        QSKIP("../shared/reference/jp-holidays-2019-2027.csv is not available");
    QList<QDate> expected = m_reference.values(year);
    std::sort(expected.begin(), expected.end());
    QList<QDate> computed;
    for (const Holiday& h : holidaysIn(year))
        computed.append(h.date);
    QStringList missing, extra;
    for (const QDate& d : expected)
        if (!computed.contains(d))
            missing.append(d.toString(Qt::ISODate));
    for (const QDate& d : computed)
        if (!expected.contains(d))
            extra.append(d.toString(Qt::ISODate));
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(QStringLiteral("missing: %1; extra: %2").arg(missing.join(u' '), extra.join(u' '))));
    QCOMPARE(computed, expected);
    // isHoliday agrees with the list on every day of the year.
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        QVERIFY2(isHoliday(d) == expected.contains(d), qPrintable(d.toString(Qt::ISODate)));
}

void TstJapaneseHolidays::spotChecks_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("nameJa"); // empty: not a holiday

    QTest::newRow("1948-01-01 before the Act") << QDate(1948, 1, 1) << QString();
    QTest::newRow("1948 autumn equinox") << QDate(1948, 9, 23) << QStringLiteral("秋分の日");
    QTest::newRow("1959 royal wedding") << QDate(1959, 4, 10) << QStringLiteral("皇太子明仁親王の結婚の儀");
    QTest::newRow("1966-02-11 before 建国記念の日") << QDate(1966, 2, 11) << QString();
    QTest::newRow("1967 first 建国記念の日") << QDate(1967, 2, 11) << QStringLiteral("建国記念の日");
    QTest::newRow("1966 first 敬老の日") << QDate(1966, 9, 15) << QStringLiteral("敬老の日");
    QTest::newRow("1966 first 体育の日") << QDate(1966, 10, 10) << QStringLiteral("体育の日");
    QTest::newRow("1973-02-12 no substitute yet") << QDate(1973, 2, 12) << QString();
    QTest::newRow("1973-04-30 first substitute") << QDate(1973, 4, 30) << QStringLiteral("振替休日");
    QTest::newRow("1985-05-04 before 国民の休日") << QDate(1985, 5, 4) << QString();
    QTest::newRow("1988-05-04 国民の休日") << QDate(1988, 5, 4) << QStringLiteral("国民の休日");
    QTest::newRow("1988-04-29 天皇誕生日") << QDate(1988, 4, 29) << QStringLiteral("天皇誕生日");
    QTest::newRow("1989-02-24 大喪の礼") << QDate(1989, 2, 24) << QStringLiteral("昭和天皇の大喪の礼");
    QTest::newRow("1989-04-29 みどりの日") << QDate(1989, 4, 29) << QStringLiteral("みどりの日");
    QTest::newRow("1989-12-23 天皇誕生日") << QDate(1989, 12, 23) << QStringLiteral("天皇誕生日");
    QTest::newRow("1990-11-12 即位礼") << QDate(1990, 11, 12) << QStringLiteral("即位礼正殿の儀");
    QTest::newRow("1993-06-09 royal wedding")
        << QDate(1993, 6, 9) << QStringLiteral("皇太子徳仁親王の結婚の儀");
    QTest::newRow("1995-07-20 before 海の日") << QDate(1995, 7, 20) << QString();
    QTest::newRow("1996-07-20 first 海の日") << QDate(1996, 7, 20) << QStringLiteral("海の日");
    QTest::newRow("1999-01-15 成人の日 fixed") << QDate(1999, 1, 15) << QStringLiteral("成人の日");
    QTest::newRow("1999-10-11 substitute") << QDate(1999, 10, 11) << QStringLiteral("振替休日");
    QTest::newRow("2000-01-10 成人の日 Monday") << QDate(2000, 1, 10) << QStringLiteral("成人の日");
    QTest::newRow("2000-01-15 no longer") << QDate(2000, 1, 15) << QString();
    QTest::newRow("2002-09-16 substitute for 敬老の日") << QDate(2002, 9, 16) << QStringLiteral("振替休日");
    QTest::newRow("2003-07-21 海の日 Monday") << QDate(2003, 7, 21) << QStringLiteral("海の日");
    QTest::newRow("2003-09-15 敬老の日 Monday") << QDate(2003, 9, 15) << QStringLiteral("敬老の日");
    QTest::newRow("2006-05-04 国民の休日") << QDate(2006, 5, 4) << QStringLiteral("国民の休日");
    QTest::newRow("2007-04-29 昭和の日") << QDate(2007, 4, 29) << QStringLiteral("昭和の日");
    QTest::newRow("2007-04-30 substitute") << QDate(2007, 4, 30) << QStringLiteral("振替休日");
    QTest::newRow("2007-05-04 みどりの日") << QDate(2007, 5, 4) << QStringLiteral("みどりの日");
    QTest::newRow("2008-05-06 next free day") << QDate(2008, 5, 6) << QStringLiteral("振替休日");
    QTest::newRow("2009-09-22 silver week") << QDate(2009, 9, 22) << QStringLiteral("国民の休日");
    QTest::newRow("2015-08-11 before 山の日") << QDate(2015, 8, 11) << QString();
    QTest::newRow("2016-08-11 first 山の日") << QDate(2016, 8, 11) << QStringLiteral("山の日");
    QTest::newRow("2018-12-24 substitute") << QDate(2018, 12, 24) << QStringLiteral("振替休日");
    QTest::newRow("2019-02-23 no emperor's birthday") << QDate(2019, 2, 23) << QString();
    QTest::newRow("2019-12-23 no emperor's birthday") << QDate(2019, 12, 23) << QString();
    QTest::newRow("2019-05-01 即位の日") << QDate(2019, 5, 1) << QStringLiteral("天皇の即位の日");
    QTest::newRow("2019-04-30 sandwiched") << QDate(2019, 4, 30) << QStringLiteral("国民の休日");
    QTest::newRow("2020-07-24 スポーツの日 moved") << QDate(2020, 7, 24) << QStringLiteral("スポーツの日");
    QTest::newRow("2020-10-12 moved away") << QDate(2020, 10, 12) << QString();
    QTest::newRow("2021-08-09 substitute for 山の日") << QDate(2021, 8, 9) << QStringLiteral("振替休日");
    QTest::newRow("2021-10-11 moved away") << QDate(2021, 10, 11) << QString();
    QTest::newRow("2024-10-28 not a holiday (§5)") << QDate(2024, 10, 28) << QString();
    QTest::newRow("2030-03-20 春分の日") << QDate(2030, 3, 20) << QStringLiteral("春分の日");
}

void TstJapaneseHolidays::spotChecks()
{
    QFETCH(QDate, date);
    QFETCH(QString, nameJa);
    QCOMPARE(isHoliday(date), !nameJa.isEmpty());
    QCOMPARE(holidayName(date, Lang::Ja), nameJa);
}

void TstJapaneseHolidays::equinoxFormula_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("vernal");
    QTest::addColumn<int>("autumnal");
    QTest::newRow("1948") << 1948 << 21 << 23;
    QTest::newRow("1960") << 1960 << 20 << 23;
    QTest::newRow("1979") << 1979 << 21 << 24;
    QTest::newRow("1980") << 1980 << 20 << 23;
    QTest::newRow("2024") << 2024 << 20 << 22;
    QTest::newRow("2027") << 2027 << 21 << 23;
    QTest::newRow("2030") << 2030 << 20 << 23;
}

void TstJapaneseHolidays::equinoxFormula()
{
    QFETCH(int, year);
    QFETCH(int, vernal);
    QFETCH(int, autumnal);
    QCOMPARE(vernalEquinoxDay(year), vernal);
    QCOMPARE(autumnalEquinoxDay(year), autumnal);
}

void TstJapaneseHolidays::names()
{
    QCOMPARE(holidayName(QDate(2024, 11, 4), Lang::Ja), QStringLiteral("振替休日"));
    QCOMPARE(holidayName(QDate(2024, 11, 4), Lang::En), QStringLiteral("Substitute holiday"));
    QCOMPARE(holidayName(QDate(2026, 9, 22), Lang::En), QStringLiteral("Citizens' holiday"));
    QCOMPARE(holidayName(QDate(2024, 10, 14), Lang::En), QStringLiteral("Sports Day"));
    QCOMPARE(holidayName(QDate(2024, 10, 15), Lang::En), QString());
    QCOMPARE(holidayName(QDate(), Lang::En), QString());
    QVERIFY(!isHoliday(QDate()));
}

void TstJapaneseHolidays::yearsBeforeTheLaw()
{
    QVERIFY(holidaysIn(1947).isEmpty());
    const QList<Holiday> first = holidaysIn(1948);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.first().date, QDate(1948, 9, 23));
}

void TstJapaneseHolidays::holidaysAreSortedAndUnique()
{
    for (int year = 1948; year <= 2100; ++year) {
        const QList<Holiday> list = holidaysIn(year);
        for (int i = 1; i < list.size(); ++i)
            QVERIFY2(list[i - 1].date < list[i].date, qPrintable(list[i].date.toString(Qt::ISODate)));
        for (const Holiday& h : list)
            QCOMPARE(h.date.year(), year);
    }
}

QTEST_GUILESS_MAIN(TstJapaneseHolidays)
#include "tst_japaneseholidays.moc"
