// Deadline arithmetic of domain.md §1.3, §2, §6 and §10.4, on plain dates: no rules, no incident.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace bd {

// APPI and P-mark deadlines count Japanese calendar days, whatever zone 知った日時 was recorded in. Japan has
// no daylight saving time, so a fixed UTC+9 is exact.
QTimeZone japanTime();
QDate japaneseDate(const QDateTime& at);
// The first instant after `day` ends in Japan: a filing due on `day` is late from then on.
QDateTime endOfJapaneseDay(const QDate& day);

struct DateWindow
{
    QDate from, to;
    bool operator==(const DateWindow&) const = default;
};

// 速報 target (GL 3-5-3-3 「概ね3～5日以内」 [G]): day 3 to day 5, day 1 being 知った日; no roll-forward.
DateWindow preliminaryWindow(const QDate& knownOn);

struct FinalDeadline
{
    int days = 30; // 30, or 60 under 規則7条3号
    QDate lastDay; // day `days`, counting 知った日 as day 1 (GL 3-5-3-4 [G])
    QDate due; // lastDay rolled forward past closed days (行政機関の休日に関する法律 2条 [R])
    bool rolled() const { return due != lastDay; }
};

// 確報 (規則8条2項 [R]): knownOn + (days − 1), rolled forward.
FinalDeadline finalReportDeadline(const QDate& knownOn, int days);
// Day `days` counting 知った日 as day 1, without roll-forward (the conservative reading for the P-mark
// report).
QDate lastDayOfPeriod(const QDate& knownOn, int days);

// GDPR Art. 33(1) [R]: 72 hours after awareness, a continuous clock with no roll-forward; the result keeps
// the time zone (or offset) of `awareAt`.
QDateTime gdprArt33Deadline(const QDateTime& awareAt);

} // namespace bd
