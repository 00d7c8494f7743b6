#include "japaneseformat.h"

#include <array>

namespace bd {

namespace {

struct Era
{
    QDate start;
    const char* name;
};

// Newest first. 明治 counts its years from 1868 (明治元年); its Gregorian dates start in 明治6年.
const std::array<Era, 5>& eras()
{
    static const std::array<Era, 5> table = {{
        {QDate(2019, 5, 1), "令和"},
        {QDate(1989, 1, 8), "平成"},
        {QDate(1926, 12, 25), "昭和"},
        {QDate(1912, 7, 30), "大正"},
        {QDate(1868, 1, 1), "明治"},
    }};
    return table;
}

const QDate gregorianAdoption(1873, 1, 1);

const char* const englishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
const char* const englishWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};

// "令和6年" / "2024年": the part of a Japanese date before the month.
QString japaneseYear(const QDate& date, DateStyle style)
{
    if (style == DateStyle::Wareki) {
        if (const auto era = eraYear(date)) {
            const QString year = era->year == 1 ? QStringLiteral("元") : QString::number(era->year);
            return era->era + year + QStringLiteral("年");
        }
    }
    return QString::number(date.year()) + QStringLiteral("年");
}

QString monthDay(const QDate& date)
{
    return QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
}

} // namespace

QString dateStyleKey(DateStyle style)
{
    return style == DateStyle::Wareki ? QStringLiteral("wareki") : QStringLiteral("seireki");
}

bool dateStyleFromKey(const QString& key, DateStyle* out)
{
    if (key == QLatin1String("seireki"))
        *out = DateStyle::Seireki;
    else if (key == QLatin1String("wareki"))
        *out = DateStyle::Wareki;
    else
        return false;
    return true;
}

std::optional<EraYear> eraYear(const QDate& date)
{
    if (!date.isValid() || date < gregorianAdoption)
        return std::nullopt;
    for (const Era& era : eras()) {
        if (date >= era.start)
            return EraYear{QString::fromUtf8(era.name), date.year() - era.start.year() + 1};
    }
    return std::nullopt;
}

QString formatJapaneseDate(const QDate& date, DateStyle style)
{
    if (!date.isValid())
        return {};
    return japaneseYear(date, style) + monthDay(date);
}

QString formatEnglishDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(englishMonths[date.month() - 1]))
        .arg(date.year());
}

QString formatDate(const QDate& date, Lang lang, DateStyle style)
{
    return lang == Lang::Ja ? formatJapaneseDate(date, style) : formatEnglishDate(date);
}

QString formatDateRange(const QDate& from, const QDate& to, Lang lang, DateStyle style)
{
    if (!from.isValid())
        return formatDate(to, lang, style);
    if (!to.isValid() || to == from)
        return formatDate(from, lang, style);
    if (lang == Lang::Ja) {
        // The second date drops its year when it is written the same (same era year too).
        const QString toYear = japaneseYear(to, style);
        const QString second = toYear == japaneseYear(from, style) ? monthDay(to) : toYear + monthDay(to);
        return formatJapaneseDate(from, style) + QStringLiteral("～") + second;
    }
    const QString dash = QStringLiteral("–");
    if (from.year() == to.year() && from.month() == to.month())
        return QString::number(from.day()) + dash + formatEnglishDate(to);
    if (from.year() == to.year())
        return QStringLiteral("%1 %2 ").arg(from.day()).arg(QLatin1String(englishMonths[from.month() - 1])) +
               dash + QLatin1Char(' ') + formatEnglishDate(to);
    return formatEnglishDate(from) + QLatin1Char(' ') + dash + QLatin1Char(' ') + formatEnglishDate(to);
}

QString japaneseWeekday(const QDate& date)
{
    static const QString names = QStringLiteral("月火水木金土日");
    return date.isValid() ? QString(names.at(date.dayOfWeek() - 1)) : QString();
}

QString englishWeekday(const QDate& date)
{
    return date.isValid() ? QString::fromLatin1(englishWeekdays[date.dayOfWeek() - 1]) : QString();
}

QString formatWeekday(const QDate& date, Lang lang)
{
    return lang == Lang::Ja ? japaneseWeekday(date) : englishWeekday(date);
}

QString groupDigits(qint64 n)
{
    const QString digits = QString::number(n < 0 ? -n : n);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += digits.at(i);
    }
    return n < 0 ? QLatin1Char('-') + grouped : grouped;
}

QString formatPeopleCount(qint64 n, bool estimate, Lang lang)
{
    if (lang == Lang::Ja)
        return (estimate ? QStringLiteral("約") : QString()) + groupDigits(n) + QStringLiteral("名");
    return (estimate ? QStringLiteral("about ") : QString()) + groupDigits(n) +
           (n == 1 ? QStringLiteral(" person") : QStringLiteral(" people"));
}

QString formatPostcode(const QString& postcode, Lang lang)
{
    const QString text = postcode.trimmed();
    QString digits;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('-') && c != QChar(0x3012) && !c.isSpace() && c != QChar(0x2212) &&
                 c != QChar(0x30FC))
            return text; // letters or other marks: not a Japanese postcode
    }
    if (digits.size() != 7)
        return text;
    const QString formatted = digits.left(3) + QLatin1Char('-') + digits.mid(3);
    return lang == Lang::Ja ? QStringLiteral("〒") + formatted : formatted;
}

} // namespace bd
