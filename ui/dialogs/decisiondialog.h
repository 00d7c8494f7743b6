// Records the officer's decision on a rule that needs judgement or lacks a fact: applies or not, and why.
// The reason is mandatory; the decision is kept with who and when (ObligationRepository::addDecision).
#pragma once

#include "decision.h"
#include "rulechoicedialog.h"

namespace bd {

class DecisionDialog : public RuleChoiceDialog
{
    Q_OBJECT
public:
    explicit DecisionDialog(const RuleResult& rule, QWidget* parent = nullptr);

    // The decision as entered (who and when are filled in when it is stored).
    Decision decision() const;

    // Shows the dialog; nullopt when cancelled. Tests answer in advance with setNextAnswer().
    static std::optional<Decision> ask(QWidget* parent, const RuleResult& rule);
    // Test seam: the next ask() returns this (nullopt = cancelled) without showing the dialog.
    static void setNextAnswer(const std::optional<Decision>& answer);
};

} // namespace bd
