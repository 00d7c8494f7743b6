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

QString ruleTitle(const QString& id)
{
    using namespace RuleId;
    static const QList<std::pair<const char*, const char*>> titles = {
        {Jp1, QT_TRANSLATE_NOOP("bd::Obligations", "APPI assessment applies (漏えい等)")},
        {JpT1, QT_TRANSLATE_NOOP("bd::Obligations", "Trigger 1: sensitive data (要配慮)")},
        {JpT2, QT_TRANSLATE_NOOP("bd::Obligations", "Trigger 2: risk of financial loss")},
        {JpT3, QT_TRANSLATE_NOOP("bd::Obligations", "Trigger 3: possibly unlawful purpose")},
        {JpT4, QT_TRANSLATE_NOOP("bd::Obligations", "Trigger 4: more than 1,000 people")},
        {JpP, QT_TRANSLATE_NOOP("bd::Obligations", "Processor that notified its consignor")},
        {JpR, QT_TRANSLATE_NOOP("bd::Obligations", "Report to the PPC and notify individuals")},
        {JpD1, QT_TRANSLATE_NOOP("bd::Obligations", "Preliminary report (速報) window")},
        {JpD2, QT_TRANSLATE_NOOP("bd::Obligations", "Final report (確報) deadline")},
        {JpN, QT_TRANSLATE_NOOP("bd::Obligations", "Substitute for notifying individuals")},
        {Pm1, QT_TRANSLATE_NOOP("bd::Obligations", "Privacy Mark accident report")},
        {Eu1, QT_TRANSLATE_NOOP("bd::Obligations", "GDPR Art. 33: notify the supervisory authority")},
        {Eu2, QT_TRANSLATE_NOOP("bd::Obligations", "GDPR Art. 34: communicate to data subjects")},
        {Eu3, QT_TRANSLATE_NOOP("bd::Obligations", "GDPR: no EU establishment, notify every SA")},
    };
    for (const auto& [ruleId, title] : titles)
        if (id == QLatin1String(ruleId))
            return QCoreApplication::translate("bd::Obligations", title);
    return id;
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

QString withoutFinalStop(const QString& text)
{
    QString t = text.trimmed();
    while (t.endsWith(QChar(0x3002)) || t.endsWith(QChar(0xFF0E)) || t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t;
}

RuleState strongestState(const QList<RuleState>& states)
{
    for (RuleState s : {RuleState::Fires, RuleState::NeedsJudgement, RuleState::CannotDecide})
        if (states.contains(s))
            return s;
    return RuleState::DoesNotFire;
}

} // namespace bd
