// Applies the officer's decisions and overrides to computed rule results (domain.md: "let the officer
// override the computed value with a recorded reason").
#pragma once

#include "decision.h"
#include "ruleresult.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace bd {

// The latest entry for the rule or key: by decidedAt / at, ties going to the later one in the list.
std::optional<Decision> latestDecision(const QList<Decision>& decisions, const QString& ruleId);
std::optional<Override> latestOverride(const QList<Override>& overrides, const QString& key);

// An override's value read as one of the types it may hold; ISO strings and "true"/"false" are accepted.
struct OverrideValue
{
    enum Kind
    {
        Invalid,
        Bool,
        Date,
        DateTime
    };
    Kind kind = Invalid;
    bool flag = false;
    QDate date;
    QDateTime dateTime;
};
OverrideValue readOverrideValue(const QVariant& value);

// A decision settles a NeedsJudgement or CannotDecide result (a stale one is noted, not applied); a boolean
// override for the rule id replaces the state whatever it was. Each adds a reason.
void settleRule(RuleResult& result, const QList<Decision>& decisions, const QList<Override>& overrides);

// "Decided by %1 on %2: %3." style phrases shared with the filings.
QString byWhomText(const QString& who, const QDateTime& at);

} // namespace bd
