// The obligation report as JSON for `breachdesk obligations --json`: stable keys, ISO 8601 dates, every key
// always present (null when it does not apply).
#pragma once

#include "obligationreport.h"

#include <QJsonObject>
#include <QSet>

namespace bd {

// Filing states are computed at report.evaluatedAt; `filedKeys` are the filings the caller knows were filed.
QJsonObject obligationReportToJson(const ObligationReport& report, const QSet<QString>& filedKeys = {});

} // namespace bd
