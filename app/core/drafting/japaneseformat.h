// Dates, counts and postcodes written the way Japanese and English business letters write them (domain.md
// §7). These are document texts in the document's language, not user-interface strings: they are not
// translated.
#pragma once

#include "narrative.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bd {

// 西暦 (2024年12月25日) or 和暦 (令和6年12月25日); a per-document setting.
enum class DateStyle
{
    Seireki,
    Wareki
};
QString dateStyleKey(DateStyle style); // "seireki" / "wareki"
bool dateStyleFromKey(const QString& key, DateStyle* out);

struct EraYear
{
    QString era;  // 令和
    int year = 0; // 1 for the first year (written 元年)
};

// The Japanese era of `date`. Boundaries: 明治 → 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08,
// 令和 2019-05-01 (平成31年政令第143号). Dates before 1873-01-01 (明治6年, when Japan adopted the Gregorian
// calendar) have no exact era date in the Gregorian month and day and give nullopt, as does an invalid date.
std::optional<EraYear> eraYear(const QDate& date);

// 2024年12月25日 / 令和6年12月25日 / 令和元年5月1日. 和暦 falls back to 西暦 where eraYear() has no answer.
QString formatJapaneseDate(const QDate& date, DateStyle style);
// 25 December 2024
QString formatEnglishDate(const QDate& date);
QString formatDate(const QDate& date, Lang lang, DateStyle style);
// "2024年8月27日～8月29日" / "27–29 August 2024"; a single date when `to` is null or equal to `from`.
QString formatDateRange(const QDate& from, const QDate& to, Lang lang, DateStyle style);

QString japaneseWeekday(const QDate& date); // 木
QString englishWeekday(const QDate& date);  // Thursday
QString formatWeekday(const QDate& date, Lang lang);

// 6,400 (independent of the process locale).
QString groupDigits(qint64 n);
// 6,400名 / 約6,400名 / 6,400 people / about 6,400 people / 1 person.
QString formatPeopleCount(qint64 n, bool estimate, Lang lang);

// A Japanese postcode as 〒108-0099 (English: 108-0099), from 1080099, 108-0099, 〒１０８－００９９ …;
// anything that is not seven digits is returned trimmed and unchanged.
QString formatPostcode(const QString& postcode, Lang lang);

} // namespace bd
