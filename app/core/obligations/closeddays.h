// Days the government offices are closed (行政機関の休日に関する法律 1条1項 [R]): Saturdays, Sundays, the
// holidays of 国民の祝日に関する法律, and December 29 to January 3. A deadline that ends on such a day moves
// to the next day that is not one (同法2条, applied to the 確報 by GL 3-5-3-4 [G]).
#pragma once

#include "narrative.h"

#include <QDate>
#include <QString>

namespace bd {

bool isAdministrativeClosedDay(const QDate& date);
// `date` itself when it is a working day, else the next working day.
QDate rollForward(const QDate& date);
// Why `date` is closed ("Sunday", "holiday (文化の日)", "year-end closure"), translated, with the holiday's
// name in `holidayNameLang`; empty for a working day.
QString closedDayReason(const QDate& date, Lang holidayNameLang);

} // namespace bd
