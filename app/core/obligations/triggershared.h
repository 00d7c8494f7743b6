// Shared by the trigger rules (triggers.cpp, itemtriggers.cpp); not part of the library's interface.
#pragma once

#include "rulecontext.h"
#include "ruleresult.h"

namespace bd::detail {

RuleResult trigger(const char* id, const char* source, const QString& requirement);
// The checks every trigger shares: no data sets, nothing in scope, the encryption exclusion (a reason for
// each data set it protects; settled when it protects them all). True when they settled the result.
bool settledBeforeItems(const Incident& incident, const RuleContext& context, RuleResult& r, bool needsData);
// "420" or "about 4,800", in the default locale.
QString formatCount(int n, bool about);

} // namespace bd::detail
