// The result of one decision rule of domain.md §4: its state, the structured reasons behind it (with their
// translated text), what it requires and where the rule comes from.
#pragma once

#include "decision.h"
#include "incident.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

namespace RuleId {
inline constexpr auto Jp1 = "JP-1";
inline constexpr auto JpT1 = "JP-T1";
inline constexpr auto JpT2 = "JP-T2";
inline constexpr auto JpT3 = "JP-T3";
inline constexpr auto JpT4 = "JP-T4";
inline constexpr auto JpR = "JP-R";
inline constexpr auto JpP = "JP-P";
inline constexpr auto JpD1 = "JP-D1";
inline constexpr auto JpD2 = "JP-D2";
inline constexpr auto JpN = "JP-N";
inline constexpr auto Pm1 = "PM-1";
inline constexpr auto Eu1 = "EU-1";
inline constexpr auto Eu2 = "EU-2";
inline constexpr auto Eu3 = "EU-3";
} // namespace RuleId
QStringList allRuleIds(); // in report order
// A short translated name of the rule ("Sensitive data (trigger 1)"); the id itself for an unknown one.
QString ruleTitle(const QString& id);

enum class RuleState
{
    Fires,
    DoesNotFire,
    NeedsJudgement, // the facts are known but the law needs the officer's judgement (e.g. a bank account
                    // alone)
    CannotDecide    // a fact is missing (e.g. a people count, 知った日)
};
QString ruleStateKey(RuleState state);  // "fires", "does_not_fire", "needs_judgement", "cannot_decide"
QString ruleStateText(RuleState state); // translated

// One reason behind a result. `code` is stable (e.g. "sensitive_item", "unknown_count", "sixty_days_t3");
// the other fields are filled when they apply; `text` is the translated sentence.
struct Reason
{
    QString code;
    int dataSet = -1; // index into Incident::dataSets; -1 = the incident as a whole
    QString groupKey, groupLabel;
    QString itemKey, itemLabel;
    std::optional<int> count;
    std::optional<CauseKind> cause;
    QDate date;
    QString text;
    bool operator==(const Reason&) const = default;
};

struct RuleResult
{
    QString id;
    RuleState state = RuleState::CannotDecide;
    QList<Reason> reasons;
    QString requirement;              // what the rule requires when it fires, translated
    QString source;                   // citation, e.g. 規則7条1号
    QString tag;                      // R, G, S or ? (domain.md tags)
    QList<int> dataSets;              // the data sets the state rests on (e.g. those holding 要配慮 items)
    std::optional<Decision> decision; // the officer's decision that settled the state
    bool overridden = false;
    QString overrideReason;

    bool fires() const { return state == RuleState::Fires; }
    bool undecided() const { return state == RuleState::NeedsJudgement || state == RuleState::CannotDecide; }
    QString reasonText(const QString& separator = QStringLiteral(" ")) const; // the reasons' sentences
};

// The officer's free text without its final full stop (。 ． .), for quoting inside a sentence that ends
// with its own.
QString withoutFinalStop(const QString& text);

// Fires if any fires, else NeedsJudgement if any needs it, else CannotDecide if any cannot, else DoesNotFire.
RuleState strongestState(const QList<RuleState>& states);

} // namespace bd
