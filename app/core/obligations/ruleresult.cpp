#include "ruleresult.h"

#include <QCoreApplication>

namespace bd {

QStringList allRuleIds()
{
    using namespace RuleId;
    return {QLatin1String(Jp1),  QLatin1String(JpT1), QLatin1String(JpT2), QLatin1String(JpT3),
            QLatin1String(JpT4), QLatin1String(JpP),  QLatin1String(JpR),  QLatin1String(JpD1),
            QLatin1String(JpD2), QLatin1String(JpN),  QLatin1String(Pm1),  QLatin1String(Eu1),
            QLatin1String(Eu2),  QLatin1String(Eu3)};
}

QString ruleStateKey(RuleState state)
{
    switch (state) {
    case RuleState::Fires:
        return QStringLiteral("fires");
    case RuleState::DoesNotFire:
        return QStringLiteral("does_not_fire");
    case RuleState::NeedsJudgement:
        return QStringLiteral("needs_judgement");
    case RuleState::CannotDecide:
        return QStringLiteral("cannot_decide");
    }
    return {};
}

QString ruleStateText(RuleState state)
{
    switch (state) {
    case RuleState::Fires:
        return QCoreApplication::translate("bd::Obligations", "applies");
    case RuleState::DoesNotFire:
        return QCoreApplication::translate("bd::Obligations", "does not apply");
    case RuleState::NeedsJudgement:
        return QCoreApplication::translate("bd::Obligations", "needs judgement");
    case RuleState::CannotDecide:
        return QCoreApplication::translate("bd::Obligations", "cannot decide");
    }
    return {};
}

QString RuleResult::reasonText(const QString& separator) const
{
    QStringList texts;
    for (const Reason& r : reasons)
        texts.append(r.text);
    return texts.join(separator);
}

RuleState strongestState(const QList<RuleState>& states)
{
    for (RuleState s : {RuleState::Fires, RuleState::NeedsJudgement, RuleState::CannotDecide})
        if (states.contains(s))
            return s;
    return RuleState::DoesNotFire;
}

} // namespace bd
