// The decision rules of domain.md §4 as plain functions over the incident. Each returns its state, the
// reasons and the source; the officer's decisions and overrides are applied afterwards (settle.h), and
// evaluate() (obligationreport.h) chains them.
#pragma once

#include "incident.h"
#include "rulecontext.h"
#include "ruleresult.h"

namespace bd {

// APPI 法26条1項 and 規則7条 (triggers.cpp, rulesappi.cpp)
RuleResult ruleJp1(const Incident& incident);
RuleResult ruleJpT1(const Incident& incident, const RuleContext& context);
RuleResult ruleJpT2(const Incident& incident, const RuleContext& context);
RuleResult ruleJpT3(const Incident& incident, const RuleContext& context);
RuleResult ruleJpT4(const Incident& incident, const RuleContext& context);
RuleResult ruleJpP(const Incident& incident, const RuleContext& context);
// `triggers` = JP-T1 … JP-T4 in order, already settled.
RuleResult ruleJpR(const Incident& incident, const RuleContext& context, const RuleResult& jp1,
                   const QList<RuleResult>& triggers);
RuleResult ruleJpN(const Incident& incident, const RuleContext& context);

// Deadlines (rulesdeadlines.cpp)
int finalReportDays(const RuleResult& jpT3); // 60 when trigger 3 fires, else 30
// What decided the 60 days, for reasons: the malicious cause, the officer's reason, or a generic phrase.
QString trigger3Basis(const Incident& incident, const RuleResult& jpT3);
RuleResult ruleJpD1(const Incident& incident, const RuleResult& jpR);
RuleResult ruleJpD2(const Incident& incident, const RuleResult& jpR, const RuleResult& jpT3, Lang labelLang);

// Privacy Mark (rulespmark.cpp). `categories` = JP-T1 … JP-T4 evaluated over all data without the
// encryption exclusion.
RuleResult rulePm1(const Incident& incident, const QList<RuleResult>& categories);

// GDPR (rulesgdpr.cpp)
RuleResult ruleEu1(const Incident& incident);
RuleResult ruleEu2(const Incident& incident, const RuleResult& eu1);
RuleResult ruleEu3(const Incident& incident);

// "1, 3, 4": the numbers of the triggers in `triggers` whose state is `state`.
QString triggerNumbers(const QList<RuleResult>& triggers, RuleState state);

} // namespace bd
