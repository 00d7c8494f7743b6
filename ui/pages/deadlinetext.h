// How the obligations page and the deadline board show a filing's due date, the time left and its state.
#pragma once

#include "requiredfiling.h"
#include "ruleresult.h"

#include <QCoreApplication>
#include <QIcon>
#include <QVariant>

namespace bd {

class DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(bd::DeadlineText)
public:
    // The due date with weekdays: "2024-08-31 (Sat) – 2024-09-02 (Mon)", "2024-10-28 (Mon)",
    // "2024-09-01 (Sun) 10:15 +09:00"; "promptly" or "unknown" without a date.
    static QString due(const RequiredFiling& filing);
    // "59 days", "31 h", "45 min", "overdue by 3 days"; "—" when filed or not required.
    static QString remaining(const RequiredFiling& filing, FilingState state, const QDateTime& now);
    // The state, with "(provisional)" when its rule still needs a decision.
    static QString state(const RequiredFiling& filing, FilingState state);
    // Seconds to the deadline, for sorting; filings without a date sort after every dated one.
    static qint64 sortKey(const RequiredFiling& filing, const QDateTime& now);

    // Colours and icons shared by the tables: overdue red, due soon orange, filed and not required grey.
    static QVariant foreground(FilingState state);
    static QVariant background(FilingState state);
    static QIcon stateIcon(FilingState state);
    static QIcon overrideIcon();

    static QVariant ruleForeground(RuleState state);
    static QIcon ruleIcon(RuleState state);
};

} // namespace bd
