#include "closeddays.h"

#include "japaneseholidays.h"

#include <QCoreApplication>

namespace bd {

namespace {
bool isYearEndClosure(const QDate& date)
{
    return (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
}
} // namespace

bool isAdministrativeClosedDay(const QDate& date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday || isYearEndClosure(date) ||
           isHoliday(date);
}

QDate rollForward(const QDate& date)
{
    if (!date.isValid())
        return date;
    QDate day = date;
    while (isAdministrativeClosedDay(day))
        day = day.addDays(1);
    return day;
}

QString closedDayReason(const QDate& date, Lang holidayNameLang)
{
    if (!date.isValid())
        return {};
    const QString holiday = holidayName(date, holidayNameLang);
    if (!holiday.isEmpty())
        return QCoreApplication::translate("bd::Obligations", "holiday (%1)").arg(holiday);
    if (isYearEndClosure(date))
        return QCoreApplication::translate("bd::Obligations", "year-end closure");
    if (date.dayOfWeek() == Qt::Saturday)
        return QCoreApplication::translate("bd::Obligations", "Saturday");
    if (date.dayOfWeek() == Qt::Sunday)
        return QCoreApplication::translate("bd::Obligations", "Sunday");
    return {};
}

} // namespace bd
