// What the officer adds to the computed obligations: a decision where a rule needs judgement or lacks a fact,
// and an override that replaces a computed result or date. Both are kept with who, when and why.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace bd {

// Settles a rule that is NeedsJudgement or CannotDecide: value true = the rule fires. The latest one per rule
// (by decidedAt, then list order) counts.
struct Decision
{
    QString ruleId; // "JP-T2", "EU-3", …
    bool value = false;
    QString reason;
    QDateTime decidedAt;
    QString who;
    bool operator==(const Decision&) const = default;
};

// Replaces a computed value, whatever the facts say.
// key = a rule id: value is a bool (fires or not).
// key = a filing key: value is a QDate (due on that day), a QDateTime (due at that instant) or a bool
// (required or not). ISO strings ("2024-10-28", "2024-09-01T09:30:00+09:00", "true") are accepted too.
struct Override
{
    QString key;
    QVariant value;
    QString reason;
    QDateTime at;
    QString who;
    bool operator==(const Override&) const = default;
};

} // namespace bd
