// The APPI deadlines as rules: JP-D1 (速報 window) and JP-D2 (確報 date), domain.md §1.3, §4, §5, §10.4.
#include "closeddays.h"
#include "deadlines.h"
#include "rules.h"

#include <QCoreApplication>

namespace bd {

namespace {
Reason dateReason(const char* code, const QString& text, const QDate& date = {})
{
    Reason r;
    r.code = QLatin1String(code);
    r.text = text;
    r.date = date;
    return r;
}

// Shared by both deadline rules: no date without 知った日, and no deadline when no report is required.
bool settledWithoutDate(const Incident& incident, const RuleResult& jpR, RuleResult& r)
{
    if (!incident.knownAt.isValid()) {
        r.state = RuleState::CannotDecide;
        r.reasons.append(dateReason(
            "missing_known_at", QCoreApplication::translate(
                                    "bd::Obligations", "Record when the organisation learned of the breach "
                                                       "(知った日).")));
        return true;
    }
    r.state = jpR.state;
    if (jpR.state == RuleState::DoesNotFire) {
        r.reasons.append(
            dateReason("no_report",
                       QCoreApplication::translate("bd::Obligations", "No PPC report is required (JP-R).")));
        return true;
    }
    return false;
}
} // namespace

int finalReportDays(const RuleResult& jpT3)
{
    return jpT3.fires() ? 60 : 30;
}

QString trigger3Basis(const Incident& incident, const RuleResult& jpT3)
{
    for (const Reason& r : jpT3.reasons)
        if (r.code == QLatin1String("malicious_cause") && r.cause)
            return causeText(*r.cause);
    if (incident.malicious && !incident.maliciousReason.isEmpty())
        return incident.maliciousReason;
    if (jpT3.decision || jpT3.overridden)
        return QCoreApplication::translate("bd::Obligations", "decided by the officer");
    return QCoreApplication::translate("bd::Obligations", "an act that may have had an unlawful purpose");
}

// GL 3-5-3-3 [G]: the 速報 「速やかに」, target 「概ね3～5日以内」 counting 知った日 as day 1; a target, not
// a statutory date, so no roll-forward.
RuleResult ruleJpD1(const Incident& incident, const RuleResult& jpR)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::JpD1);
    r.source = QStringLiteral("規則8条1項, GL 3-5-3-3");
    r.tag = QStringLiteral("G");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "File the preliminary report (速報) promptly, about 3–5 days after "
                           "learning of the breach.");
    if (settledWithoutDate(incident, jpR, r))
        return r;
    const QDate knownOn = japaneseDate(incident.knownAt);
    const DateWindow w = preliminaryWindow(knownOn);
    r.reasons.append(dateReason(
        "window",
        QCoreApplication::translate("bd::Obligations", "Target %1 – %2: days 3 to 5, counting 知った日 %3 as "
                                                       "day 1 (GL 3-5-3-3); no roll-forward.")
            .arg(w.from.toString(Qt::ISODate), w.to.toString(Qt::ISODate), knownOn.toString(Qt::ISODate)),
        w.to));
    return r;
}

// 規則8条2項 [R]: 30 days from 知った日, 60 when 規則7条3号 applies, even alongside 1号, 2号 or 4号 (GL
// 3-5-3-4 [G]). Day 1 = 知った日; a last day on a closed day moves to 「その翌日」
// (行政機関の休日に関する法律2条 [R], applied by GL 3-5-3-4 [G]).
RuleResult ruleJpD2(const Incident& incident, const RuleResult& jpR, const RuleResult& jpT3, Lang labelLang)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::JpD2);
    r.source = QStringLiteral("規則8条2項, GL 3-5-3-4");
    r.tag = QStringLiteral("R");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "File the final report (確報) within 30 days (60 under trigger 3).");
    if (settledWithoutDate(incident, jpR, r))
        return r;
    const QDate knownOn = japaneseDate(incident.knownAt);
    const FinalDeadline d = finalReportDeadline(knownOn, finalReportDays(jpT3));
    Reason days;
    if (jpT3.fires()) {
        days = dateReason("sixty_days_t3", QCoreApplication::translate(
                                               "bd::Obligations", "60 days because trigger 3 applies: %1.")
                                               .arg(trigger3Basis(incident, jpT3)));
        days.cause = incident.cause;
    } else if (jpT3.undecided()) {
        days = dateReason("thirty_days", QCoreApplication::translate(
                                             "bd::Obligations",
                                             "30 days: trigger 3 is still open (60 days if it applies)."));
    } else {
        days = dateReason("thirty_days", QCoreApplication::translate("bd::Obligations",
                                                                     "30 days: trigger 3 does not apply."));
    }
    days.count = d.days;
    r.reasons.append(days);
    r.reasons.append(dateReason(
        "last_day",
        QCoreApplication::translate("bd::Obligations", "Day %1, counting 知った日 %2 as day 1, is %3.")
            .arg(QString::number(d.days), knownOn.toString(Qt::ISODate), d.lastDay.toString(Qt::ISODate)),
        d.lastDay));
    if (d.rolled())
        r.reasons.append(
            dateReason("rolled_forward",
                       QCoreApplication::translate("bd::Obligations",
                                                   "%1 is a closed day (%2): the deadline moves to the "
                                                   "next working day, %3.")
                           .arg(d.lastDay.toString(Qt::ISODate), closedDayReason(d.lastDay, labelLang),
                                d.due.toString(Qt::ISODate)),
                       d.due));
    return r;
}

} // namespace bd
