// The dates a text mentions (datementions.h): every written form a document uses, the year of a date written
// without one, the things that look like dates and are not, the "as of" phrases and their 「本日時点」
// wording, and bounded work on long and hostile input.
#include "datementions.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace bd;

namespace {

const QDate reportDay(2024, 9, 2); // the demo incident's 速報

QString written(const QString& text, const DateMention& m)
{
    return text.mid(m.position, m.length);
}

} // namespace

class TestDateMentions : public QObject
{
    Q_OBJECT
private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention"); // as written
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("yearWritten");
        const QDate oct18(2024, 10, 18);
        QTest::newRow("iso") << "確報は2024-10-18に提出"
                             << "2024-10-18" << oct18 << true;
        QTest::newRow("slashes") << "2024/10/18 提出"
                                 << "2024/10/18" << oct18 << true;
        QTest::newRow("dots") << "提出日 2024.10.18。"
                              << "2024.10.18" << oct18 << true;
        QTest::newRow("seireki") << "2024年10月18日に確報"
                                 << "2024年10月18日" << oct18 << true;
        QTest::newRow("spaced seireki") << "2024 年 10 月 18 日"
                                        << "2024 年 10 月 18 日" << oct18 << true;
        QTest::newRow("reiwa") << "令和6年10月18日に確報"
                               << "令和6年10月18日" << oct18 << true;
        QTest::newRow("reiwa gannen") << "令和元年5月1日"
                                      << "令和元年5月1日" << QDate(2019, 5, 1) << true;
        QTest::newRow("heisei") << "平成31年4月30日まで"
                                << "平成31年4月30日" << QDate(2019, 4, 30) << true;
        QTest::newRow("heisei kanji") << "平成三十年十二月一日"
                                      << "平成三十年十二月一日" << QDate(2018, 12, 1) << true;
        QTest::newRow("full-width") << "２０２４年１０月１８日に確報"
                                    << "２０２４年１０月１８日" << oct18 << true;
        QTest::newRow("full-width month day") << "１０月１８日に確報"
                                              << "１０月１８日" << oct18 << false;
        QTest::newRow("full-width iso") << "２０２４－１０－１８"
                                        << "２０２４－１０－１８" << oct18 << true;
        QTest::newRow("kanji") << "十月十八日に確報"
                               << "十月十八日" << oct18 << false;
        QTest::newRow("kanji with year") << "二〇二四年十月十八日"
                                         << "二〇二四年十月十八日" << oct18 << true;
        QTest::newRow("kanji reiwa") << "令和六年十月十八日"
                                     << "令和六年十月十八日" << oct18 << true;
        QTest::newRow("month day") << "10月18日に確報を提出"
                                   << "10月18日" << oct18 << false;
        QTest::newRow("month/day") << "10/18に確報"
                                   << "10/18" << oct18 << false;
        QTest::newRow("weekday ja") << "10月18日（金）に確報"
                                    << "10月18日（金）" << oct18 << false;
        QTest::newRow("weekday ja long") << "2024年10月18日(金曜日)"
                                         << "2024年10月18日(金曜日)" << oct18 << true;
        QTest::newRow("day month year") << "on 18 October 2024 we"
                                        << "18 October 2024" << oct18 << true;
        QTest::newRow("month day, year") << "On October 18, 2024, we"
                                         << "October 18, 2024" << oct18 << true;
        QTest::newRow("abbreviated") << "filed 18 Oct 2024."
                                     << "18 Oct 2024" << oct18 << true;
        QTest::newRow("abbreviated with dot") << "filed Oct. 18 with"
                                              << "Oct. 18" << oct18 << false;
        QTest::newRow("ordinal") << "the 18th October report"
                                 << "18th October" << oct18 << false;
        QTest::newRow("weekday en") << "Friday 18 October 2024 (Fri)"
                                    << "18 October 2024 (Fri)" << oct18 << true;
        QTest::newRow("us numeric") << "10/18/2024"
                                    << "10/18/2024" << oct18 << true;
        QTest::newRow("european numeric") << "18/10/2024"
                                          << "18/10/2024" << oct18 << true;
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        QFETCH(QDate, date);
        QFETCH(bool, yearWritten);
        const QList<DateMention> found = findDateMentions(text, reportDay);
        QCOMPARE(found.size(), 1);
        QCOMPARE(written(text, found.first()), mention);
        QCOMPARE(found.first().date, date);
        QCOMPARE(found.first().yearWritten, yearWritten);
        QCOMPARE(found.first().precision, DateMention::Precision::Day);
    }

    void monthPrecision()
    {
        for (const QString& text : {QStringLiteral("2024年10月に確報"), QStringLiteral("令和6年10月に確報"),
                                    QStringLiteral("in October 2024 we")}) {
            const QList<DateMention> found = findDateMentions(text, reportDay);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().precision, DateMention::Precision::Month);
            QCOMPARE(found.first().firstDay(), QDate(2024, 10, 1));
            QCOMPARE(found.first().lastDay(), QDate(2024, 10, 31));
        }
    }

    void notDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("phone") << "電話 03-1234-5678 まで";
        QTest::newRow("free dial") << "0120-000-123（通話料無料）";
        QTest::newRow("postcode") << "〒336-5167 さいたま市";
        QTest::newRow("postcode 2") << "〒108-0099 東京都港区";
        QTest::newRow("count") << "約1,800名の個人データ";
        QTest::newRow("time") << "受付時間 9:00～18:00、10:15に判明";
        QTest::newRow("percentage") << "10/18% of files";
        QTest::newRow("percent") << "50%、12.5%";
        QTest::newRow("version") << "UTM firmware v2024.10.18 and 1.2.3";
        QTest::newRow("longer version") << "build 2024.10.18.1";
        QTest::newRow("fraction") << "1/3 of the files";
        QTest::newRow("ambiguous numeric") << "10/11/2024";
        QTest::newRow("invalid month") << "2024/13/01 と 13月1日";
        QTest::newRow("invalid day") << "2024年2月30日";
        QTest::newRow("year alone") << "2024年度の監査";
        QTest::newRow("month alone") << "10月分の給与";
        QTest::newRow("lower-case month") << "you may 5 times";
        QTest::newRow("word") << "Mayor 5 and Marchers 3";
        QTest::newRow("kanji words") << "一部の二次被害、第三者、十分に";
        QTest::newRow("24/7") << "24/7 monitoring";
        QTest::newRow("long digits") << "ID 20241018 and 123456789/18";
        QTest::newRow("thousands") << "October 1,800 people";
    }
    void notDates()
    {
        QFETCH(QString, text);
        const QList<DateMention> found = findDateMentions(text, reportDay);
        QVERIFY2(found.isEmpty(), qPrintable(written(text, found.value(0))));
    }

    void yearInference()
    {
        // The year written once holds for its paragraph (the demo's narrative "other").
        const QString other =
            QStringLiteral("当社は、2024年9月3日に警察に相談し、同年9月2日に速報を、10月18日に確報"
                           "を、11月1日に続報をそれぞれ提出いたしました。");
        QList<DateMention> found = findDateMentions(other, QDate(2023, 1, 1));
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.at(1).date, QDate(2024, 9, 2));
        QCOMPARE(found.at(2).date, QDate(2024, 10, 18));
        QCOMPARE(found.at(3).date, QDate(2024, 11, 1));
        QVERIFY(found.at(0).yearWritten);
        QVERIFY(!found.at(2).yearWritten);

        // 翌年 moves the year on.
        found = findDateMentions(QStringLiteral("2024年12月27日に発覚し、翌年1月6日に公表"), reportDay);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).date, QDate(2025, 1, 6));

        // Without a year in the paragraph: the year nearest the document's date.
        QCOMPARE(findDateMentions(QStringLiteral("12月25日に発覚"), QDate(2025, 1, 10)).first().date,
                 QDate(2024, 12, 25));
        QCOMPARE(findDateMentions(QStringLiteral("10/18に確報"), reportDay).first().date,
                 QDate(2024, 10, 18));
        QCOMPARE(findDateMentions(QStringLiteral("1月6日に公表"), QDate(2024, 12, 27)).first().date,
                 QDate(2025, 1, 6));

        // A new paragraph starts without a year.
        found = findDateMentions(QStringLiteral("2023年4月1日に導入。\n10月18日に確報"), reportDay);
        QCOMPARE(found.at(1).date, QDate(2024, 10, 18));
    }

    void positions()
    {
        const QString text = QStringLiteral("速報 9/2、確報 2024年10月18日（金）、続報 Nov. 1");
        const QList<DateMention> found = findDateMentions(text, reportDay);
        QCOMPARE(found.size(), 3);
        QCOMPARE(written(text, found.at(0)), QStringLiteral("9/2"));
        QCOMPARE(found.at(0).position, 3);
        QCOMPARE(written(text, found.at(1)), QStringLiteral("2024年10月18日（金）"));
        QCOMPARE(written(text, found.at(2)), QStringLiteral("Nov. 1"));
        QCOMPARE(found.at(2).date, QDate(2024, 11, 1));
    }

    void asOfPhrases()
    {
        const QString text = QStringLiteral("2024年11月1日現在、二次被害はありません。As of 1 November 2024, "
                                            "none. 2024年10月1日時点で不明。");
        const QList<AsOfPhrase> phrases = findAsOfPhrases(text, QDate(2024, 11, 1));
        QCOMPARE(phrases.size(), 3);
        QCOMPARE(text.mid(phrases.at(0).position, phrases.at(0).length), QStringLiteral("2024年11月1日現在"));
        QCOMPARE(text.mid(phrases.at(1).position, phrases.at(1).length),
                 QStringLiteral("As of 1 November 2024"));
        QVERIFY(!phrases.at(1).japanese);
        QCOMPARE(phrases.at(2).mention.date, QDate(2024, 10, 1));
    }

    void asOfTheDocumentsOwnDate()
    {
        const QString text =
            QStringLiteral("2024年11月1日現在、二次被害はありません。2024年11月1日時点で不明。"
                           "As of 1 November 2024, none. 2024年10月1日現在、調査中。");
        QCOMPARE(
            speakAsOfDocumentDate(text, QDate(2024, 11, 1)),
            QStringLiteral("本日時点において、二次被害はありません。本日時点で不明。As of the date of this "
                           "document, none. 2024年10月1日現在、調査中。"));
        // Another day stays as written: whether it still holds is the writer's to say.
        QCOMPARE(speakAsOfDocumentDate(text, QDate(2024, 12, 25)), text);
    }

    void hostileInputIsLinear()
    {
        // Long runs of almost-dates: each must be looked at a bounded number of times.
        const QStringList pieces = {
            QStringLiteral("2024-10-"), QStringLiteral("10月"),     QStringLiteral("1/"),
            QStringLiteral("令和"),     QStringLiteral("October "), QStringLiteral("十"),
            QStringLiteral("9"),        QStringLiteral("同年"),     QStringLiteral("18 ")};
        QString hostile;
        for (int i = 0; hostile.size() < 2'000'000; ++i)
            hostile += pieces.at(i % pieces.size());
        QElapsedTimer timer;
        timer.start();
        const QList<DateMention> found = findDateMentions(hostile, reportDay);
        const qint64 ms = timer.elapsed();
        qInfo("2,000,000 characters of near-dates: %lld ms, %lld mentions", ms, qint64(found.size()));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        for (const DateMention& m : found)
            QVERIFY(m.position >= 0 && m.length > 0 && m.position + m.length <= hostile.size());
        const QString digits(1'000'000, QLatin1Char('1'));
        timer.restart();
        QVERIFY(findDateMentions(digits, reportDay).isEmpty());
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestDateMentions)
#include "tst_datementions.moc"
