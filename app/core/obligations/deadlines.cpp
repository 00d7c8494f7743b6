#include "deadlines.h"

#include "closeddays.h"

namespace bd {

QTimeZone japanTime()
{
    return QTimeZone(9 * 3600);
}

QDate japaneseDate(const QDateTime& at)
{
    return at.isValid() ? at.toTimeZone(japanTime()).date() : QDate();
}

QDateTime endOfJapaneseDay(const QDate& day)
{
    return day.isValid() ? QDateTime(day.addDays(1), QTime(0, 0), japanTime()) : QDateTime();
}

DateWindow preliminaryWindow(const QDate& knownOn)
{
    if (!knownOn.isValid())
        return {};
    return {knownOn.addDays(2), knownOn.addDays(4)};
}

QDate lastDayOfPeriod(const QDate& knownOn, int days)
{
    return knownOn.isValid() ? knownOn.addDays(days - 1) : QDate();
}

FinalDeadline finalReportDeadline(const QDate& knownOn, int days)
{
    FinalDeadline d;
    d.days = days;
    d.lastDay = lastDayOfPeriod(knownOn, days);
    d.due = rollForward(d.lastDay);
    return d;
}

QDateTime gdprArt33Deadline(const QDateTime& awareAt)
{
    return awareAt.isValid() ? awareAt.addSecs(72 * 3600) : QDateTime();
}

} // namespace bd
