// Turns settled rule results into the filings and notices they require (domain.md §3 filing matrix).
#pragma once

#include "decision.h"
#include "incident.h"
#include "requiredfiling.h"
#include "rulecontext.h"
#include "ruleresult.h"

namespace bd {

// The settled results evaluate() hands to the planners.
struct FilingInputs
{
    RuleContext own;                   // the scope of our own PPC report
    QList<RuleResult> ownTriggers;     // JP-T1 … JP-T4 over `own`
    QList<RuleResult> allTriggers;     // JP-T1 … JP-T4 over every data set (consignor notices)
    QList<RuleResult> pmarkCategories; // over every data set, without the encryption exclusion
    RuleResult jp1, jpR, allR, jpD1, jpD2, jpN, pm1, eu1, eu2, eu3; // allR: JP-R over every data set
};

// ppc_preliminary, ppc_final (ppcfilings.cpp)
QList<RequiredFiling> ppcFilings(const Incident& incident, const FilingInputs& in);
// consignor_notice:<client>, individual_notice:<group> (noticefilings.cpp)
QList<RequiredFiling> noticeFilings(const Incident& incident, const FilingInputs& in);
// pmark_preliminary, pmark_final, gdpr_art33, gdpr_art34 (otherfilings.cpp)
QList<RequiredFiling> otherFilings(const Incident& incident, const FilingInputs& in);
// Date, date-time and required/not-required overrides by filing key (filingoverrides.cpp).
void applyFilingOverrides(QList<RequiredFiling>& filings, const QList<Override>& overrides);

// Helpers shared by the planners.
void setWindow(RequiredFiling& filing, const QDate& from, const QDate& to);
void setDate(RequiredFiling& filing, const QDate& due);
void setDateTime(RequiredFiling& filing, const QDateTime& due);
QString joinSentences(const QStringList& sentences);

} // namespace bd
