// EU-1 … EU-3: GDPR Art. 33 and 34 (domain.md §4, §6).
#include "rules.h"

#include <QCoreApplication>

namespace bd {

namespace {
Reason gdprReason(const char* code, const QString& text)
{
    Reason r;
    r.code = QLatin1String(code);
    r.text = text;
    return r;
}

RuleResult gdprRule(const char* id, const char* source, const char* tag, const QString& requirement)
{
    RuleResult r;
    r.id = QLatin1String(id);
    r.source = QString::fromUtf8(source);
    r.tag = QLatin1String(tag);
    r.requirement = requirement;
    return r;
}

Reason notApplicable()
{
    return gdprReason("gdpr_not_applicable",
                      QCoreApplication::translate(
                          "bd::Obligations", "The GDPR is not recorded as applying (no EU establishment, no "
                                             "Art. 3(2) targeting or monitoring)."));
}
} // namespace

// GDPR Art. 33(1) [R]: notify the competent supervisory authority without undue delay and within 72 hours of
// awareness, unless the breach is unlikely to result in a risk. Whether the GDPR applies (Art. 3) is the
// officer's recorded fact.
RuleResult ruleEu1(const Incident& incident)
{
    RuleResult r = gdprRule(RuleId::Eu1, "GDPR Art. 33", "R",
                            QCoreApplication::translate("bd::Obligations",
                                                        "Notify the supervisory authority within 72 hours of "
                                                        "awareness; give reasons if later."));
    if (!incident.gdprApplies) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(notApplicable());
        return r;
    }
    switch (incident.gdprRisk) {
    case GdprRisk::Unlikely:
        r.state = RuleState::DoesNotFire;
        r.reasons.append(gdprReason(
            "risk_unlikely", QCoreApplication::translate("bd::Obligations",
                                                         "Assessed as unlikely to result in a risk: no "
                                                         "notification; document the breach (Art. 33(5)).")));
        break;
    case GdprRisk::Risk:
    case GdprRisk::HighRisk:
        r.state = RuleState::Fires;
        r.reasons.append(gdprReason(
            "risk", QCoreApplication::translate(
                        "bd::Obligations", "Assessed as a risk to the rights and freedoms of the people.")));
        break;
    case GdprRisk::Unassessed:
        r.state = RuleState::NeedsJudgement;
        r.reasons.append(gdprReason(
            "risk_unassessed",
            QCoreApplication::translate("bd::Obligations", "Assess the risk: notification is required unless "
                                                           "the breach is unlikely to result in a risk.")));
        break;
    }
    return r;
}

// GDPR Art. 34 [R]: communicate to the data subjects when the breach is likely to result in a high risk,
// unless 34(3)(a) the data was encrypted, (b) later measures removed the high risk, or (c) it would take
// disproportionate effort (then a public communication). The record holds (a) only.
RuleResult ruleEu2(const Incident& incident, const RuleResult& eu1)
{
    RuleResult r = gdprRule(RuleId::Eu2, "GDPR Art. 34", "R",
                            QCoreApplication::translate(
                                "bd::Obligations", "Tell the people concerned without undue delay, in clear "
                                                   "and plain language."));
    if (!incident.gdprApplies) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(notApplicable());
        return r;
    }
    if (incident.gdprRisk == GdprRisk::Unassessed) {
        r.state = RuleState::NeedsJudgement;
        r.reasons.append(gdprReason(
            "risk_unassessed", QCoreApplication::translate(
                                   "bd::Obligations", "Assess whether the breach is likely to result in a "
                                                      "high risk.")));
        return r;
    }
    if (incident.gdprRisk != GdprRisk::HighRisk || eu1.state == RuleState::DoesNotFire) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(gdprReason(
            "not_high_risk", QCoreApplication::translate("bd::Obligations", "Not assessed as a high risk.")));
        return r;
    }
    if (encryptionProtectsAll(incident)) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(gdprReason(
            "encrypted_34_3_a", QCoreApplication::translate(
                                    "bd::Obligations", "High risk, but the data is encrypted and the key is "
                                                       "safe: Art. 34(3)(a) exempts the communication.")));
        return r;
    }
    r.state = RuleState::Fires;
    r.reasons.append(gdprReason(
        "high_risk", QCoreApplication::translate("bd::Obligations",
                                                 "Assessed as a high risk and the data is not protected by "
                                                 "encryption.")));
    r.reasons.append(gdprReason(
        "check_34_3_bc",
        QCoreApplication::translate("bd::Obligations",
                                    "Not needed if later measures removed the high risk (Art. 34(3)(b)); if "
                                    "individual contact takes disproportionate effort, communicate publicly "
                                    "(Art. 34(3)(c)).")));
    return r;
}

// EDPB Guidelines 9/2022 §73 [S]: without an EU establishment (only an Art. 27 representative) there is no
// one-stop-shop, so every supervisory authority where affected people live is notified. The incident record
// has no fact for the establishment: the rule cannot decide until the officer records a decision.
RuleResult ruleEu3(const Incident& incident)
{
    RuleResult r = gdprRule(RuleId::Eu3, "EDPB Guidelines 9/2022 §73", "S",
                            QCoreApplication::translate(
                                "bd::Obligations", "Notify every supervisory authority where affected people "
                                                   "live."));
    if (!incident.gdprApplies) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(notApplicable());
        return r;
    }
    r.state = RuleState::CannotDecide;
    r.reasons.append(
        gdprReason("establishment_unknown",
                   QCoreApplication::translate("bd::Obligations",
                                               "Record whether the organisation has an establishment in "
                                               "the EU or only an Art. 27 representative (decide "
                                               "EU-3: yes = no EU establishment).")));
    return r;
}

} // namespace bd
