// Japanese and English dates (西暦, 和暦 with its era boundaries), weekdays, people counts and postcodes.
#include "japaneseformat.h"

#include <QtTest>

using namespace bd;

class TestJapaneseFormat : public QObject
{
    Q_OBJECT
private slots:
    void wareki_data();
    void wareki();
    void seireki_and_english();
    void eraYear_beforeGregorianCalendar_isNone();
    void range_data();
    void range();
    void weekday();
    void counts_data();
    void counts();
    void postcode_data();
    void postcode();
    void dateStyleKeys_roundTrip();
};

void TestJapaneseFormat::wareki_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reiwa 6") << QDate(2024, 12, 25) << QStringLiteral("令和6年12月25日");
    QTest::newRow("known on (domain §7)") << QDate(2024, 8, 29) << QStringLiteral("令和6年8月29日");
    QTest::newRow("last day of heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
    QTest::newRow("first day of reiwa") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
    QTest::newRow("reiwa 2") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
    QTest::newRow("last day of showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
    QTest::newRow("first day of heisei") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
    QTest::newRow("last day of taisho") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
    QTest::newRow("first day of showa") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
    QTest::newRow("last day of meiji") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日");
    QTest::newRow("first day of taisho") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
    QTest::newRow("gregorian adoption") << QDate(1873, 1, 1) << QStringLiteral("明治6年1月1日");
    QTest::newRow("before: western") << QDate(1872, 12, 31) << QStringLiteral("1872年12月31日");
}

void TestJapaneseFormat::wareki()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(formatJapaneseDate(date, DateStyle::Wareki), expected);
    QCOMPARE(formatDate(date, Lang::Ja, DateStyle::Wareki), expected);
}

void TestJapaneseFormat::seireki_and_english()
{
    QCOMPARE(formatJapaneseDate(QDate(2024, 12, 25), DateStyle::Seireki), QStringLiteral("2024年12月25日"));
    QCOMPARE(formatJapaneseDate(QDate(2019, 5, 1), DateStyle::Seireki), QStringLiteral("2019年5月1日"));
    QCOMPARE(formatEnglishDate(QDate(2024, 12, 25)), QStringLiteral("25 December 2024"));
    QCOMPARE(formatEnglishDate(QDate(2024, 8, 1)), QStringLiteral("1 August 2024"));
    QCOMPARE(formatDate(QDate(2024, 12, 25), Lang::En, DateStyle::Wareki),
             QStringLiteral("25 December 2024"));
    QVERIFY(formatJapaneseDate(QDate(), DateStyle::Wareki).isEmpty());
    QVERIFY(formatEnglishDate(QDate()).isEmpty());
}

void TestJapaneseFormat::eraYear_beforeGregorianCalendar_isNone()
{
    QVERIFY(!eraYear(QDate(1872, 12, 31)));
    QVERIFY(!eraYear(QDate()));
    const auto reiwa = eraYear(QDate(2019, 5, 1));
    QVERIFY(reiwa);
    QCOMPARE(reiwa->era, QStringLiteral("令和"));
    QCOMPARE(reiwa->year, 1);
}

void TestJapaneseFormat::range_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("lang");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    const int ja = int(Lang::Ja), en = int(Lang::En);
    const int seireki = int(DateStyle::Seireki), wareki = int(DateStyle::Wareki);
    const QDate a(2024, 8, 27), b(2024, 8, 29);
    QTest::newRow("ja same year") << a << b << ja << seireki << QStringLiteral("2024年8月27日～8月29日");
    QTest::newRow("ja wareki") << a << b << ja << wareki << QStringLiteral("令和6年8月27日～8月29日");
    QTest::newRow("ja across eras") << QDate(2019, 4, 30) << QDate(2019, 5, 1) << ja << wareki
                                    << QStringLiteral("平成31年4月30日～令和元年5月1日");
    QTest::newRow("ja single") << a << a << ja << seireki << QStringLiteral("2024年8月27日");
    QTest::newRow("ja open end") << a << QDate() << ja << seireki << QStringLiteral("2024年8月27日");
    QTest::newRow("en same month") << a << b << en << seireki << QStringLiteral("27–29 August 2024");
    QTest::newRow("en same year") << a << QDate(2024, 9, 2) << en << seireki
                                  << QStringLiteral("27 August – 2 September 2024");
    QTest::newRow("en across years") << QDate(2023, 12, 30) << QDate(2024, 1, 2) << en << seireki
                                     << QStringLiteral("30 December 2023 – 2 January 2024");
}

void TestJapaneseFormat::range()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, lang);
    QFETCH(int, style);
    QFETCH(QString, expected);
    QCOMPARE(formatDateRange(from, to, Lang(lang), DateStyle(style)), expected);
}

void TestJapaneseFormat::weekday()
{
    QCOMPARE(japaneseWeekday(QDate(2024, 8, 29)), QStringLiteral("木"));
    QCOMPARE(japaneseWeekday(QDate(2024, 12, 25)), QStringLiteral("水"));
    QCOMPARE(japaneseWeekday(QDate(2024, 9, 1)), QStringLiteral("日"));
    QCOMPARE(englishWeekday(QDate(2024, 8, 29)), QStringLiteral("Thursday"));
    QCOMPARE(formatWeekday(QDate(2024, 8, 31), Lang::Ja), QStringLiteral("土"));
}

void TestJapaneseFormat::counts_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<bool>("estimate");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    QTest::newRow("about 6,400") << qint64(6400) << true << QStringLiteral("約6,400名")
                                 << QStringLiteral("about 6,400 people");
    QTest::newRow("6,400") << qint64(6400) << false << QStringLiteral("6,400名")
                           << QStringLiteral("6,400 people");
    QTest::newRow("91") << qint64(91) << false << QStringLiteral("91名") << QStringLiteral("91 people");
    QTest::newRow("one") << qint64(1) << false << QStringLiteral("1名") << QStringLiteral("1 person");
    QTest::newRow("1,000") << qint64(1000) << false << QStringLiteral("1,000名")
                           << QStringLiteral("1,000 people");
    QTest::newRow("1,234,567") << qint64(1234567) << false << QStringLiteral("1,234,567名")
                               << QStringLiteral("1,234,567 people");
    QTest::newRow("zero") << qint64(0) << false << QStringLiteral("0名") << QStringLiteral("0 people");
}

void TestJapaneseFormat::counts()
{
    QFETCH(qint64, n);
    QFETCH(bool, estimate);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    QCOMPARE(formatPeopleCount(n, estimate, Lang::Ja), ja);
    QCOMPARE(formatPeopleCount(n, estimate, Lang::En), en);
}

void TestJapaneseFormat::postcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    QTest::newRow("digits") << QStringLiteral("1080099") << QStringLiteral("〒108-0099")
                            << QStringLiteral("108-0099");
    QTest::newRow("hyphen") << QStringLiteral("108-0099") << QStringLiteral("〒108-0099")
                            << QStringLiteral("108-0099");
    QTest::newRow("full width with mark")
        << QStringLiteral("〒１０８－００９９") << QStringLiteral("〒108-0099") << QStringLiteral("108-0099");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("foreign") << QStringLiteral("SW1A 1AA") << QStringLiteral("SW1A 1AA")
                             << QStringLiteral("SW1A 1AA");
    QTest::newRow("six digits") << QStringLiteral("108009") << QStringLiteral("108009")
                                << QStringLiteral("108009");
}

void TestJapaneseFormat::postcode()
{
    QFETCH(QString, input);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    QCOMPARE(formatPostcode(input, Lang::Ja), ja);
    QCOMPARE(formatPostcode(input, Lang::En), en);
}

void TestJapaneseFormat::dateStyleKeys_roundTrip()
{
    for (const DateStyle style : {DateStyle::Seireki, DateStyle::Wareki}) {
        DateStyle back = style == DateStyle::Seireki ? DateStyle::Wareki : DateStyle::Seireki;
        QVERIFY(dateStyleFromKey(dateStyleKey(style), &back));
        QCOMPARE(back, style);
    }
    DateStyle unused = DateStyle::Seireki;
    QVERIFY(!dateStyleFromKey(QStringLiteral("heisei"), &unused));
}

QTEST_GUILESS_MAIN(TestJapaneseFormat)
#include "tst_japaneseformat.moc"
