// Triggers 3 and 4 of 規則7条: the cause and the number of people (domain.md §1.1 and §4, JP-T3 and JP-T4).
#include "rules.h"
#include "triggershared.h"

#include <QCoreApplication>

#include <limits>

namespace bd {

using detail::formatCount;
using detail::settledBeforeItems;
using detail::trigger;

// 規則7条3号 [R]: an act that may have had an unlawful purpose (不正の目的をもって行われたおそれ):
// unauthorised access, malware or ransomware, insider theft, physical theft. Since 2024-04-01
// (令和5年個人情報保護委員会規則第5号) it also covers information being acquired; the incident record has no
// separate fact for that, the officer records it through `malicious`.
RuleResult ruleJpT3(const Incident& incident, const RuleContext& context)
{
    RuleResult r =
        trigger(RuleId::JpT3, "規則7条3号",
                QCoreApplication::translate("bd::Obligations",
                                            "Trigger 3: report to the PPC and notify the individuals; the "
                                            "final report is due within 60 days."));
    if (settledBeforeItems(incident, context, r, false))
        return r;
    r.dataSets = context.counted(incident);
    const qsizetype excluded = r.reasons.size(); // the data sets the encryption exclusion protects
    const CauseKind cause = incident.cause;
    const bool maliciousCause = cause == CauseKind::UnauthorisedAccess || cause == CauseKind::Ransomware ||
                                cause == CauseKind::Insider;
    if (maliciousCause) {
        Reason reason = context.reason(
            incident, QStringLiteral("malicious_cause"), -1,
            QCoreApplication::translate("bd::Obligations",
                                        "The cause, %1, is an act that may have had an unlawful purpose.")
                .arg(causeText(cause)));
        reason.cause = cause;
        r.reasons.append(reason);
    }
    if (incident.malicious) {
        const QString why = incident.maliciousReason.isEmpty()
                                ? QCoreApplication::translate("bd::Obligations", "no reason recorded")
                                : withoutFinalStop(incident.maliciousReason);
        r.reasons.append(context.reason(
            incident, QStringLiteral("malicious_flag"), -1,
            QCoreApplication::translate("bd::Obligations",
                                        "Recorded as an act that may have had an unlawful purpose: %1.")
                .arg(why)));
    }
    if (r.reasons.size() > excluded) {
        r.state = RuleState::Fires;
        return r;
    }
    Reason reason;
    if (cause == CauseKind::LossOrTheft) {
        r.state = RuleState::NeedsJudgement;
        reason = context.reason(incident, QStringLiteral("cause_needs_judgement"), -1,
                                QCoreApplication::translate(
                                    "bd::Obligations", "Loss or theft: decide whether the data may have been "
                                                       "stolen; theft is an act with an unlawful purpose."));
    } else if (cause == CauseKind::Unknown) {
        r.state = RuleState::CannotDecide;
        reason = context.reason(incident, QStringLiteral("unknown_cause"), -1,
                                QCoreApplication::translate(
                                    "bd::Obligations", "Record the cause: whether the act may have had an "
                                                       "unlawful purpose decides trigger 3."));
    } else {
        r.state = RuleState::DoesNotFire;
        r.dataSets.clear();
        reason =
            context.reason(incident, QStringLiteral("not_malicious"), -1,
                           QCoreApplication::translate(
                               "bd::Obligations", "The cause, %1, is not recorded as an act that may have "
                                                  "had an unlawful purpose.")
                               .arg(causeText(cause)));
    }
    reason.cause = cause;
    r.reasons.append(reason);
    return r;
}

// 規則7条4号 [R]: 本人の数が千人を超える. The upper bound is the sum of the data sets' counts; an "about"
// count counts as it is. Exactly 1,000 does not fire.
RuleResult ruleJpT4(const Incident& incident, const RuleContext& context)
{
    RuleResult r =
        trigger(RuleId::JpT4, "規則7条4号",
                QCoreApplication::translate("bd::Obligations",
                                            "Trigger 4: report to the PPC and notify the individuals."));
    if (settledBeforeItems(incident, context, r, true))
        return r;
    qint64 total = 0;
    bool about = false;
    QList<Reason> counts, unknown;
    const QList<int> counted = context.counted(incident);
    for (int idx : counted) {
        const DataSet& ds = incident.dataSets[idx];
        const QString name = context.dataSetName(incident, idx);
        if (!ds.people) {
            unknown.append(context.reason(
                incident, QStringLiteral("unknown_count"), idx,
                QCoreApplication::translate("bd::Obligations", "Fill in the number of people for %1.")
                    .arg(name)));
            continue;
        }
        total += *ds.people;
        about = about || ds.peopleEstimate;
        Reason c = context.reason(incident, QStringLiteral("people_count"), idx,
                                  QCoreApplication::translate("bd::Obligations", "%1: %2 people.")
                                      .arg(name, formatCount(*ds.people, ds.peopleEstimate)));
        c.count = *ds.people;
        counts.append(c);
    }
    const int clamped = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
    Reason sum;
    if (total > 1000) {
        r.state = RuleState::Fires;
        sum = context.reason(incident, QStringLiteral("people_total"), -1,
                             QCoreApplication::translate(
                                 "bd::Obligations", "People in the data sets that count (upper bound): %1, "
                                                    "more than 1,000.")
                                 .arg(formatCount(clamped, about)));
    } else if (!unknown.isEmpty()) {
        r.state = RuleState::CannotDecide;
        sum =
            context.reason(incident, QStringLiteral("people_total"), -1,
                           QCoreApplication::translate(
                               "bd::Obligations", "People known so far: %1; trigger 4 needs more than 1,000.")
                               .arg(formatCount(clamped, about)));
    } else {
        r.state = RuleState::DoesNotFire;
        sum = context.reason(incident, QStringLiteral("people_total"), -1,
                             QCoreApplication::translate(
                                 "bd::Obligations", "People in the data sets that count (upper bound): %1, "
                                                    "not more than 1,000.")
                                 .arg(formatCount(clamped, about)));
    }
    sum.count = clamped;
    r.reasons = QList<Reason>{sum} + unknown + counts + r.reasons; // last: the sets encryption excludes
    if (r.state == RuleState::Fires)
        r.dataSets = counted;
    return r;
}

} // namespace bd
