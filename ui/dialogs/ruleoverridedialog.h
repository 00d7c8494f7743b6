// Overrides a rule's computed outcome, whatever the facts say: it applies or it does not, with a mandatory
// reason (ObligationRepository::addOverride, keyed by the rule id). The computed outcome stays visible for
// comparison; the override holds until it is withdrawn.
#pragma once

#include "decision.h"
#include "rulechoicedialog.h"

namespace bd {

class RuleOverrideDialog : public RuleChoiceDialog
{
    Q_OBJECT
public:
    // `computed` is the rule's outcome without an override (its shown state when it has none). The choice
    // starts at the opposite of the shown outcome when the facts settled it.
    RuleOverrideDialog(const RuleResult& rule, RuleState computed, QWidget* parent = nullptr);

    // The override as entered: key = the rule id, value = a bool (who and when are filled in when stored).
    Override result() const;

    // Shows the dialog; nullopt when cancelled.
    static std::optional<Override> ask(QWidget* parent, const RuleResult& rule, RuleState computed);
};

} // namespace bd
