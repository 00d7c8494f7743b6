// The obligations of one incident: every rule of domain.md §4 with its reasons, and the filings and notices
// they require with their due dates. evaluate() is a pure function of the facts, the officer's decisions and
// overrides, and "now".
#pragma once

#include "catalogue.h"
#include "clock.h"
#include "decision.h"
#include "incident.h"
#include "requiredfiling.h"
#include "ruleresult.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace bd {

struct ObligationReport
{
    QString incidentCode;
    QDateTime evaluatedAt;         // the `now` given to evaluate()
    QList<RuleResult> rules;       // in allRuleIds() order
    QList<RequiredFiling> filings; // PPC, consignor notices, individual notices, P-mark, GDPR
    QStringList warnings;          // decisions or overrides that could not be applied, translated

    const RuleResult* rule(const QString& id) const;
    const RequiredFiling* filing(const QString& key) const;
    // The filing's state at evaluatedAt; `filedKeys` are the keys the caller knows to be filed.
    FilingState state(const RequiredFiling& filing, const QSet<QString>& filedKeys = {}) const;
};

// Texts are translated (QCoreApplication::translate, context "bd::Obligations"); data labels (groups, items,
// holidays) follow the default QLocale, which bd::Localization sets to the interface language. `customItems`
// are the workspace's own data items (catalogue.h); unknown item keys need the officer's judgement.
ObligationReport evaluate(const Incident& incident, const QList<Decision>& decisions,
                          const QList<Override>& overrides, const QDateTime& now,
                          const QList<DataItem>& customItems = {});
// The same, with "now" from `clock` (SystemClock in the application, SettableClock in tests).
inline ObligationReport evaluate(const Incident& incident, const QList<Decision>& decisions,
                                 const QList<Override>& overrides, const Clock& clock,
                                 const QList<DataItem>& customItems = {})
{
    return evaluate(incident, decisions, overrides, clock.now(), customItems);
}

} // namespace bd
