#include "decisiondialog.h"

namespace bd {

namespace {
std::optional<std::optional<Decision>> nextAnswer;
} // namespace

DecisionDialog::DecisionDialog(const RuleResult& rule, QWidget* parent) : RuleChoiceDialog(rule, parent)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decide %1").arg(rule.id));
    QStringList reasons;
    for (const Reason& r : rule.reasons)
        reasons.append(r.text);
    addRule(tr("Now: %1. Source: %2").arg(ruleStateText(rule.state), rule.source), reasons);
    if (!rule.requirement.isEmpty())
        addText(tr("If it applies: %1").arg(rule.requirement));
    addChoice(tr("Your decision"),
              rule.decision ? std::optional<bool>(rule.decision->value) : std::optional<bool>());
    addReason(rule.id == QLatin1String(RuleId::JpT2)
                  ? tr("e.g. Only account numbers leaked, no online-banking credentials or card numbers (PPC "
                       "FAQ Q14-8).")
                  : tr("What you checked, and why it settles the rule."));
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.ruleId = ruleId();
    d.value = applies();
    d.reason = reason();
    return d;
}

std::optional<Decision> DecisionDialog::ask(QWidget* parent, const RuleResult& rule)
{
    if (nextAnswer) {
        std::optional<Decision> answer = *nextAnswer;
        nextAnswer.reset();
        if (answer)
            answer->ruleId = rule.id;
        return answer;
    }
    DecisionDialog dialog(rule, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.decision();
}

void DecisionDialog::setNextAnswer(const std::optional<Decision>& answer)
{
    nextAnswer = answer;
}

} // namespace bd
