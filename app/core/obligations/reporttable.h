// The obligation report as a plain-text table for the command line: rule or filing, state, due, reason.
#pragma once

#include "obligationreport.h"

#include <QSet>
#include <QString>

namespace bd {

// Columns are aligned by display width (CJK characters count as two). Filing states are computed at
// report.evaluatedAt; `filedKeys` are the filings the caller knows were filed.
QString obligationReportTable(const ObligationReport& report, const QSet<QString>& filedKeys = {});

} // namespace bd
