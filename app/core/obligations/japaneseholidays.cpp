#include "japaneseholidays.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

// Source: 国民の祝日に関する法律 (昭和23年法律第178号) and its amendments, and the special laws for the
// one-off holidays [R]. Checked against the Cabinet Office list for 2019–2027 (tests/obligations).

namespace bd {

namespace {

const QDate LawInForce(1948, 7, 20);           // the Act took effect on its promulgation
const QDate SubstituteFrom(1973, 4, 12);       // 振替休日 introduced (昭和48年法律第10号)
const QDate CitizensHolidayFrom(1985, 12, 27); // 国民の休日 introduced (昭和60年法律第103号)
constexpr int NextFreeDaySubstituteFrom = 2007; // 平成17年法律第43号: 振替 moves to the next non-祝日 day

void add(QList<Holiday>& list, const QDate& date, const char* ja, const char* en,
         HolidayKind kind = HolidayKind::National)
{
    list.append(Holiday{date, QString::fromUtf8(ja), QString::fromUtf8(en), kind});
}

QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toMonday = (Qt::Monday - first.dayOfWeek() + 7) % 7;
    return first.addDays(toMonday + 7 * (n - 1));
}

struct OneOff
{
    QDate date;
    const char* ja;
    const char* en;
};

// Holidays set once by special laws. 2019-05-01 and 10-22 are treated as 国民の祝日 (平成30年法律第99号), so
// the 国民の休日 rule turns 2019-04-30 and 05-02 into holidays; they are computed below, not listed here.
const OneOff oneOffs[] = {
    {QDate(1959, 4, 10), "皇太子明仁親王の結婚の儀", "Wedding of Crown Prince Akihito"},
    {QDate(1989, 2, 24), "昭和天皇の大喪の礼", "State Funeral of Emperor Showa"},
    {QDate(1990, 11, 12), "即位礼正殿の儀", "Enthronement Ceremony"},
    {QDate(1993, 6, 9), "皇太子徳仁親王の結婚の儀", "Wedding of Crown Prince Naruhito"},
    {QDate(2019, 5, 1), "天皇の即位の日", "Enthronement Day"},
    {QDate(2019, 10, 22), "即位礼正殿の儀", "Enthronement Ceremony"},
};

// 国民の祝日 (法2条) and the one-off holidays of `year`, unsorted.
QList<Holiday> nationalHolidays(int y)
{
    QList<Holiday> h;
    add(h, QDate(y, 1, 1), "元日", "New Year's Day");
    add(h, y <= 1999 ? QDate(y, 1, 15) : nthMonday(y, 1, 2), "成人の日", "Coming of Age Day");
    if (y >= 1967)
        add(h, QDate(y, 2, 11), "建国記念の日", "National Foundation Day");
    if (y >= 2020)
        add(h, QDate(y, 2, 23), "天皇誕生日", "The Emperor's Birthday");
    add(h, QDate(y, 3, vernalEquinoxDay(y)), "春分の日", "Vernal Equinox Day");
    if (y <= 1988)
        add(h, QDate(y, 4, 29), "天皇誕生日", "The Emperor's Birthday");
    else if (y <= 2006)
        add(h, QDate(y, 4, 29), "みどりの日", "Greenery Day");
    else
        add(h, QDate(y, 4, 29), "昭和の日", "Showa Day");
    add(h, QDate(y, 5, 3), "憲法記念日", "Constitution Memorial Day");
    if (y >= 2007)
        add(h, QDate(y, 5, 4), "みどりの日", "Greenery Day");
    add(h, QDate(y, 5, 5), "こどもの日", "Children's Day");

    // The Olympic years moved 海の日, スポーツの日 and 山の日 (平成30年法律第57号, 令和2年法律第68号).
    if (y == 2020)
        add(h, QDate(y, 7, 23), "海の日", "Marine Day");
    else if (y == 2021)
        add(h, QDate(y, 7, 22), "海の日", "Marine Day");
    else if (y >= 2003)
        add(h, nthMonday(y, 7, 3), "海の日", "Marine Day");
    else if (y >= 1996)
        add(h, QDate(y, 7, 20), "海の日", "Marine Day");

    if (y == 2020)
        add(h, QDate(y, 8, 10), "山の日", "Mountain Day");
    else if (y == 2021)
        add(h, QDate(y, 8, 8), "山の日", "Mountain Day");
    else if (y >= 2016)
        add(h, QDate(y, 8, 11), "山の日", "Mountain Day");

    if (y >= 2003)
        add(h, nthMonday(y, 9, 3), "敬老の日", "Respect for the Aged Day");
    else if (y >= 1966)
        add(h, QDate(y, 9, 15), "敬老の日", "Respect for the Aged Day");
    add(h, QDate(y, 9, autumnalEquinoxDay(y)), "秋分の日", "Autumnal Equinox Day");

    if (y == 2020)
        add(h, QDate(y, 7, 24), "スポーツの日", "Sports Day");
    else if (y == 2021)
        add(h, QDate(y, 7, 23), "スポーツの日", "Sports Day");
    else if (y >= 2020)
        add(h, nthMonday(y, 10, 2), "スポーツの日", "Sports Day");
    else if (y >= 2000)
        add(h, nthMonday(y, 10, 2), "体育の日", "Health and Sports Day");
    else if (y >= 1966)
        add(h, QDate(y, 10, 10), "体育の日", "Health and Sports Day");

    add(h, QDate(y, 11, 3), "文化の日", "Culture Day");
    add(h, QDate(y, 11, 23), "勤労感謝の日", "Labour Thanksgiving Day");
    if (y >= 1989 && y <= 2018)
        add(h, QDate(y, 12, 23), "天皇誕生日", "The Emperor's Birthday");

    for (const OneOff& o : oneOffs)
        if (o.date.year() == y)
            add(h, o.date, o.ja, o.en, HolidayKind::Special);
    return h;
}

bool containsDate(const QList<Holiday>& list, const QDate& date)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const Holiday& h) { return h.date == date; });
}

QList<Holiday> compute(int year)
{
    if (year < LawInForce.year())
        return {};
    QList<Holiday> national = nationalHolidays(year);
    national.removeIf([](const Holiday& h) { return h.date < LawInForce; });
    std::sort(national.begin(), national.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });

    QList<Holiday> all = national;
    // 振替休日 (法3条2項): a 祝日 on a Sunday gives the next day (from 2007, the next day that is not a
    // 祝日).
    for (const Holiday& h : national) {
        if (h.date.dayOfWeek() != Qt::Sunday || h.date < SubstituteFrom)
            continue;
        QDate day = h.date.addDays(1);
        if (year >= NextFreeDaySubstituteFrom) {
            while (containsDate(national, day))
                day = day.addDays(1);
        } else if (containsDate(national, day)) {
            continue;
        }
        add(all, day, "振替休日", "Substitute holiday", HolidayKind::Substitute);
    }
    // 国民の休日 (法3条3項): a day whose previous and next days are both 祝日. Until 2006 the law excluded
    // Sundays and 振替休日; from 2007 only days that are 祝日 themselves.
    for (const Holiday& h : national) {
        const QDate day = h.date.addDays(1);
        if (day < CitizensHolidayFrom || !containsDate(national, day.addDays(1)) || containsDate(all, day))
            continue;
        if (year < NextFreeDaySubstituteFrom && day.dayOfWeek() == Qt::Sunday)
            continue;
        add(all, day, "国民の休日", "Citizens' holiday", HolidayKind::Citizens);
    }
    std::sort(all.begin(), all.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return all;
}

} // namespace

int vernalEquinoxDay(int year)
{
    // (year - 1983) / 4 truncates toward zero on purpose: that is how the formula is defined for 1900–1979.
    const int d = year - 1980;
    if (year <= 1979)
        return static_cast<int>(20.8357 + 0.242194 * d - (year - 1983) / 4);
    if (year <= 2099)
        return static_cast<int>(20.8431 + 0.242194 * d - d / 4);
    return static_cast<int>(21.8510 + 0.242194 * d - d / 4);
}

int autumnalEquinoxDay(int year)
{
    const int d = year - 1980;
    if (year <= 1979)
        return static_cast<int>(23.2588 + 0.242194 * d - (year - 1983) / 4);
    if (year <= 2099)
        return static_cast<int>(23.2488 + 0.242194 * d - d / 4);
    return static_cast<int>(24.2488 + 0.242194 * d - d / 4);
}

QList<Holiday> holidaysIn(int year)
{
    static QMutex mutex;
    static QHash<int, QList<Holiday>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(year);
    if (it == cache.cend())
        it = cache.insert(year, compute(year));
    return *it;
}

bool isHoliday(const QDate& date)
{
    return date.isValid() && containsDate(holidaysIn(date.year()), date);
}

QString holidayName(const QDate& date, Lang lang)
{
    if (!date.isValid())
        return {};
    for (const Holiday& h : holidaysIn(date.year()))
        if (h.date == date)
            return h.name(lang);
    return {};
}

} // namespace bd
