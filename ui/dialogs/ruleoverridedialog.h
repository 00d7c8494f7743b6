// Overrides a rule's computed outcome, whatever the facts say: it applies or it does not, with a mandatory
// reason (ObligationRepository::addOverride, keyed by the rule id). The computed outcome stays visible for
// comparison; the override holds until it is withdrawn.
#pragma once

#include "decision.h"
#include "ruleresult.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

namespace bd {

class RuleOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    // `computed` is the rule's outcome without an override (its shown state when it has none). The choice
    // starts at the opposite of the shown outcome when the facts settled it.
    RuleOverrideDialog(const RuleResult& rule, RuleState computed, QWidget* parent = nullptr);

    void choose(bool applies);
    void setReason(const QString& reason);

    // The override as entered: key = the rule id, value = a bool (who and when are filled in when stored).
    Override result() const;
    bool isComplete() const;

    // Shows the dialog; nullopt when cancelled.
    static std::optional<Override> ask(QWidget* parent, const RuleResult& rule, RuleState computed);

private:
    void updateOk();

    QString m_ruleId;
    QRadioButton* m_applies;
    QRadioButton* m_doesNotApply;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace bd
