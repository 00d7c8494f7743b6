#include "ruleoverridedialog.h"

namespace bd {

RuleOverrideDialog::RuleOverrideDialog(const RuleResult& rule, RuleState computed, QWidget* parent)
    : RuleChoiceDialog(rule, parent)
{
    setObjectName(QStringLiteral("ruleOverrideDialog"));
    setWindowTitle(tr("Override %1").arg(rule.id));
    QStringList reasons;
    for (const Reason& r : rule.reasons)
        if (r.code != QLatin1String("override"))
            reasons.append(r.text);
    addRule(tr("Computed: %1. Source: %2").arg(ruleStateText(computed), rule.source), reasons);
    if (rule.overridden)
        addText(tr("Overridden now: %1 (%2)")
                    .arg(ruleStateText(rule.state), withoutFinalStop(rule.overrideReason)));
    std::optional<bool> preset;
    if (rule.state == RuleState::Fires)
        preset = false;
    else if (rule.state == RuleState::DoesNotFire)
        preset = true;
    addChoice(tr("The outcome, whatever the facts say"), preset);
    addText(tr("The override holds until you withdraw it: later changes to the facts do not change this "
               "rule's outcome."));
    addReason(tr("Why the computed outcome is wrong for this incident."));
    resize(560, 460);
}

Override RuleOverrideDialog::result() const
{
    Override o;
    o.key = ruleId();
    o.value = applies();
    o.reason = reason();
    return o;
}

std::optional<Override> RuleOverrideDialog::ask(QWidget* parent, const RuleResult& rule, RuleState computed)
{
    RuleOverrideDialog dialog(rule, computed, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

} // namespace bd
