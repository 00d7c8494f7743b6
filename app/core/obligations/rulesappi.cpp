// APPI rules around the triggers: JP-1, JP-P, JP-R and JP-N (domain.md §1.1, §1.4, §1.5, §4, §10.3).
#include "rules.h"

#include <QCoreApplication>

namespace bd {

namespace {
Reason incidentReason(const char* code, const QString& text)
{
    Reason r;
    r.code = QLatin1String(code);
    r.text = text;
    return r;
}

// "damage (毀損) happened; leak (漏えい) may have happened", translated.
QString eventStatesText(const EventStates& event)
{
    const auto kinds = [&](EventCertainty state) {
        QStringList parts;
        if (event.leak == state)
            parts.append(QCoreApplication::translate("bd::Obligations", "leak (漏えい)"));
        if (event.loss == state)
            parts.append(QCoreApplication::translate("bd::Obligations", "loss (滅失)"));
        if (event.damage == state)
            parts.append(QCoreApplication::translate("bd::Obligations", "damage (毀損)"));
        return parts.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (const QString occurred = kinds(EventCertainty::Occurred); !occurred.isEmpty())
        parts.append(QCoreApplication::translate("bd::Obligations", "%1 happened").arg(occurred));
    if (const QString possible = kinds(EventCertainty::Possible); !possible.isEmpty())
        parts.append(QCoreApplication::translate("bd::Obligations", "%1 may have happened").arg(possible));
    return parts.join(QStringLiteral("; "));
}
} // namespace

QString triggerNumbers(const QList<RuleResult>& triggers, RuleState state)
{
    QStringList numbers;
    for (const RuleResult& t : triggers)
        if (t.state == state)
            numbers.append(t.id.right(1));
    return numbers.join(QStringLiteral(", "));
}

// 法26条1項 and 規則7条 [R]: a 漏えい, 滅失 or 毀損 of 個人データ that happened or may have happened, unless
// 高度な暗号化 protects the data. Losing the exclusion when the key may have leaked too is [S].
RuleResult ruleJp1(const Incident& incident)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::Jp1);
    r.source = QStringLiteral("法26条1項, 規則7条");
    r.tag = QStringLiteral("R");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "Assess the four triggers of 規則7条 (APPI breach reporting).");
    if (!incident.event.any()) {
        r.state = RuleState::CannotDecide;
        r.reasons.append(incidentReason(
            "no_event_kind", QCoreApplication::translate(
                                 "bd::Obligations", "Record what happened: a leak (漏えい), loss (滅失) or "
                                                    "damage (毀損) that happened or may have happened.")));
        return r;
    }
    r.reasons.append(incidentReason(
        "event_kinds",
        QCoreApplication::translate("bd::Obligations", "Event: %1.").arg(eventStatesText(incident.event))));
    const RuleContext names = RuleContext::allData(incident, labelLanguage(), {});
    for (int idx = 0; idx < incident.dataSets.size(); ++idx) {
        const DataSet& ds = incident.dataSets[idx];
        if (encryptionProtects(ds))
            r.reasons.append(names.reason(
                incident, QStringLiteral("encryption_exclusion"), idx,
                QCoreApplication::translate("bd::Obligations",
                                            "%1 is protected by advanced encryption and the key is not known "
                                            "to have leaked: it does not count for the APPI.")
                    .arg(names.dataSetName(incident, idx))));
        else if (ds.encrypted)
            r.reasons.append(names.reason(
                incident, QStringLiteral("encryption_key_leaked"), idx,
                QCoreApplication::translate("bd::Obligations",
                                            "%1 was encrypted but the key may have leaked: the encryption "
                                            "exclusion is lost.")
                    .arg(names.dataSetName(incident, idx))));
    }
    if (encryptionProtectsAll(incident)) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(incidentReason(
            "encryption_exclusion",
            QCoreApplication::translate(
                "bd::Obligations", "Every data set is protected by advanced encryption and no key is known "
                                   "to have leaked: no APPI report is required.")));
        return r;
    }
    r.state = RuleState::Fires;
    return r;
}

// 法26条1項ただし書 and 規則9条 [R]: a processor that notified the consignor is exempt from the PPC report,
// and 法26条2項 exempts it from 本人通知, for that data.
RuleResult ruleJpP(const Incident& incident, const RuleContext& context)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::JpP);
    r.source = QStringLiteral("法26条1項ただし書, 法26条2項, 規則9条");
    r.tag = QStringLiteral("R");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "No PPC report and no notice to individuals from us for the data sets "
                           "whose consignor was notified.");
    r.state = RuleState::DoesNotFire;
    for (int idx = 0; idx < incident.dataSets.size(); ++idx) {
        const DataSet& ds = incident.dataSets[idx];
        if (ds.holder != Holder::Consignor)
            continue;
        const QString name = context.dataSetName(incident, idx);
        const QString client = ds.consignorName.isEmpty()
                                   ? QCoreApplication::translate("bd::Obligations", "an unnamed consignor")
                                   : ds.consignorName;
        if (processorNotified(ds)) {
            Reason reason = context.reason(
                incident, QStringLiteral("processor_notified"), idx,
                QCoreApplication::translate(
                    "bd::Obligations", "%1 is held for %2, notified under 規則9条 on %3: excluded from our "
                                       "PPC report and notices to individuals.")
                    .arg(name, client, ds.consignorNotifiedOn.toString(Qt::ISODate)));
            reason.date = ds.consignorNotifiedOn;
            r.reasons.append(reason);
            r.dataSets.append(idx);
            r.state = RuleState::Fires;
        } else {
            r.reasons.append(
                context.reason(incident, QStringLiteral("consignor_not_notified"), idx,
                               QCoreApplication::translate(
                                   "bd::Obligations",
                                   "%1 is held for %2; no 規則9条 notice to the consignor is recorded yet.")
                                   .arg(name, client)));
        }
    }
    if (r.reasons.isEmpty())
        r.reasons.append(incidentReason(
            "no_consignor_data",
            QCoreApplication::translate("bd::Obligations", "No data set is held for a consignor client.")));
    return r;
}

// 法26条1項, 2項 [R]: JP-1 and any trigger, over the data sets that count for our own report (JP-P).
RuleResult ruleJpR(const Incident& incident, const RuleContext& context, const RuleResult& jp1,
                   const QList<RuleResult>& triggers)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::JpR);
    r.source = QStringLiteral("法26条1項, 2項, 規則7条, 8条");
    r.tag = QStringLiteral("R");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "File a preliminary report (速報) and a final report (確報) with the "
                           "PPC, and notify the individuals.");
    if (jp1.state == RuleState::DoesNotFire) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(incidentReason(
            "not_applicable",
            QCoreApplication::translate("bd::Obligations", "The APPI assessment does not apply (JP-1).")));
        return r;
    }
    if (!incident.dataSets.isEmpty() && context.scope.isEmpty()) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(incidentReason(
            "all_data_notified",
            QCoreApplication::translate(
                "bd::Obligations", "Every data set is held for a consignor that received the 規則9条 notice "
                                   "(JP-P).")));
        return r;
    }
    QList<RuleState> states;
    for (const RuleResult& t : triggers)
        states.append(t.state);
    const RuleState triggerState = strongestState(states);
    r.state = jp1.fires() || triggerState == RuleState::DoesNotFire ? triggerState : jp1.state;
    if (!jp1.fires() && triggerState != RuleState::DoesNotFire)
        r.reasons.append(incidentReason(
            "event_undecided",
            QCoreApplication::translate("bd::Obligations", "The kind of event is not recorded yet (JP-1).")));
    const QString fired = triggerNumbers(triggers, RuleState::Fires);
    if (!fired.isEmpty())
        r.reasons.append(incidentReason(
            "triggers",
            QCoreApplication::translate("bd::Obligations", "Triggers that apply: %1.").arg(fired)));
    const QString judge = triggerNumbers(triggers, RuleState::NeedsJudgement);
    if (!judge.isEmpty())
        r.reasons.append(incidentReason(
            "triggers_need_judgement",
            QCoreApplication::translate("bd::Obligations", "Triggers that need your judgement: %1.")
                .arg(judge)));
    const QString open = triggerNumbers(triggers, RuleState::CannotDecide);
    if (!open.isEmpty())
        r.reasons.append(incidentReason(
            "triggers_missing_facts",
            QCoreApplication::translate("bd::Obligations", "Triggers that lack facts: %1.").arg(open)));
    if (triggerState == RuleState::DoesNotFire)
        r.reasons.append(incidentReason(
            "no_trigger",
            QCoreApplication::translate("bd::Obligations", "None of the four triggers of 規則7条 applies.")));
    r.dataSets = context.scope;
    return r;
}

// 法26条2項ただし書 [R] and GL 3-5-4-5 [G]: when the individuals cannot be reached, 公表 and a published
// inquiry desk may replace the notice; the reason must be recorded.
RuleResult ruleJpN(const Incident& incident, const RuleContext& context)
{
    RuleResult r;
    r.id = QLatin1String(RuleId::JpN);
    r.source = QStringLiteral("法26条2項ただし書, GL 3-5-4-5");
    r.tag = QStringLiteral("G");
    r.requirement = QCoreApplication::translate(
        "bd::Obligations", "A substitute (public notice and an inquiry desk) may replace the "
                           "notice to individuals; record why.");
    // Per data set: only the people who cannot be reached may be told by the substitute.
    for (int idx : context.scope) {
        const DataSet& ds = incident.dataSets[idx];
        if (!ds.contactsUnreachable)
            continue;
        const QString name = context.dataSetName(incident, idx);
        r.dataSets.append(idx);
        if (ds.contactsUnreachableReason.trimmed().isEmpty())
            r.reasons.append(context.reason(
                incident, QStringLiteral("missing_reason"), idx,
                QCoreApplication::translate("bd::Obligations",
                                            "%1: contact details are missing or stale; record why these "
                                            "individuals cannot be reached.")
                    .arg(name)));
        else
            r.reasons.append(
                context.reason(incident, QStringLiteral("contacts_unreachable"), idx,
                               QCoreApplication::translate("bd::Obligations",
                                                           "%1: contact details are missing or stale: %2.")
                                   .arg(name, withoutFinalStop(ds.contactsUnreachableReason.trimmed()))));
    }
    if (r.dataSets.isEmpty()) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(
            incidentReason("contacts_reachable",
                           QCoreApplication::translate(
                               "bd::Obligations", "The individuals can be reached: notify them directly.")));
        return r;
    }
    r.state = RuleState::Fires;
    return r;
}

} // namespace bd
