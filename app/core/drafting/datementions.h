// The dates a text mentions, in the forms Japanese and English business documents write them, each with its
// position and the calendar date it means. A document speaks as of its own date (app/core/filings/asofcheck.h
// flags what it mentions after that date), so the finder has to see a date in any form it is written in.
//
// Recognised (ASCII or full-width digits, optional spaces around 年/月/日):
//   2024-10-18  2024/10/18  2024.10.18                  (four-digit year first; one separator throughout)
//   2024年10月18日  令和6年10月18日  令和元年5月1日  平成31年4月30日   (平成 and 令和 only: no document of
//   this application predates 1989-01-08)
//   二〇二四年十月十八日  十月十八日  令和六年十月十八日                 (kanji numerals)
//   10月18日  10/18                                      (month and day, year inferred: see below)
//   10/18/2024 (month first) and 18/10/2024 (day first) only when one part is over 12; 10/11/2024 is
//   ambiguous and not reported 18 October 2024  October 18, 2024  18 Oct 2024  Oct. 18  18th October
//   (capitalised month names) 2024年10月  令和6年10月  October 2024                 (month precision)
// A weekday after a day, 10月18日（金） or 18 October 2024 (Fri), belongs to the mention.
//
// Not dates: times (10:15), counts (1,800名), percentages, phone numbers, postcodes (〒336-5167), version
// numbers (v2024.10.18, 1.2.3), fractions written "1/3 of".
//
// A date written without its year takes, in this order:
//   1. the year a prefix gives: 同年 = the year of the last date before it in the same paragraph, 翌年 / 前年
//      one more or less than that, 本年 / 今年 / 昨年 / 来年 relative to the reference date;
//   2. the year of the last date written with a year before it in the same paragraph (Japanese prose writes
//      the year once: 「2024年8月29日…9月2日…」);
//   3. the year that puts it closest to the reference date (the document's date), so that 12月25日 in a
//      letter dated 2025-01-10 is 2024-12-25 and 10月18日 in a report dated 2024-09-02 is 2024-10-18.
//
// One pass over the text; each position is looked at a bounded number of times whatever the input (no regular
// expressions).
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

namespace bd {

struct DateMention
{
    enum class Precision
    {
        Day,
        Month // 2024年10月, October 2024: `date` is the month's first day
    };
    qsizetype position = 0; // in UTF-16 code units of the text
    qsizetype length = 0;
    QDate date;
    Precision precision = Precision::Day;
    bool yearWritten = true; // false: the year was inferred (see above)
    bool yearFromText =
        true; // the year was written, or given by the text (rules 1 and 2 above); false: rule 3

    // The first and the last day the mention can mean.
    QDate firstDay() const { return date; }
    QDate lastDay() const { return precision == Precision::Day ? date : date.addMonths(1).addDays(-1); }
};

// Every date `text` mentions, in order of position. `reference`: the document's date (for dates written
// without a year); the current date when null.
QList<DateMention> findDateMentions(QStringView text, QDate reference = {});

// A mention said "as of" it: 2024年11月1日現在 / 2024年11月1日時点 / as of 1 November 2024. The phrase's
// range in the text, and the range of its date part (what 「本日」 replaces).
struct AsOfPhrase
{
    DateMention mention;
    qsizetype position = 0, length = 0; // the whole phrase: "2024年11月1日現在", "As of 1 November 2024"
    bool japanese = true;               // 現在/時点 after the date, else "as of" before it
};
QList<AsOfPhrase> findAsOfPhrases(QStringView text, QDate reference = {});

// `text` with each "as of" phrase whose day is `documentDate` said as of the document's own date:
// 「2024年12月25日現在、」 → 「本日時点において、」, "As of 25 December 2024" → "As of the date of this
// document". Other dates stay as written: whether what held then still holds is the writer's statement to
// make (app/core/filings/asofcheck.h warns about them).
QString speakAsOfDocumentDate(const QString& text, const QDate& documentDate);

} // namespace bd
