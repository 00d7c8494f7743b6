// Japanese public holidays computed from the rules of 国民の祝日に関する法律 (Act on National Holidays, in
// force 1948-07-20) and its amendments, plus the one-off holidays set by special laws. No table of dates: any
// year from 1948 can be computed. The equinox days follow the standard approximation formula, which matches
// the dates the National Astronomical Observatory announces for 1900–2099; 2100–2150 uses the formula's next
// period, and later years extend it (unverified). Holidays before 1948 are not computed (holidaysIn returns
// an empty list).
#pragma once

#include "narrative.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bd {

enum class HolidayKind
{
    National,   // 国民の祝日 (法2条)
    Special,    // one-off holiday set by a special law (e.g. 1989-02-24 大喪の礼)
    Substitute, // 振替休日 (法3条2項)
    Citizens    // 国民の休日: a day between two 国民の祝日 (法3条3項)
};

struct Holiday
{
    QDate date;
    QString nameJa, nameEn;
    HolidayKind kind = HolidayKind::National;

    const QString& name(Lang lang) const { return lang == Lang::Ja ? nameJa : nameEn; }
    bool operator==(const Holiday&) const = default;
};

// All holidays of `year`, in date order.
QList<Holiday> holidaysIn(int year);
bool isHoliday(const QDate& date);
// The holiday's name, or an empty string when `date` is not a holiday.
QString holidayName(const QDate& date, Lang lang);

// Day of March (春分日) and of September (秋分日) by the approximation formula; see the file comment for its
// range.
int vernalEquinoxDay(int year);
int autumnalEquinoxDay(int year);

} // namespace bd
