// Records the officer's decision on a rule that needs judgement or lacks a fact: applies or not, and why.
// The reason is mandatory; the decision is kept with who and when (ObligationRepository::addDecision).
#pragma once

#include "decision.h"
#include "ruleresult.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

namespace bd {

class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecisionDialog(const RuleResult& rule, QWidget* parent = nullptr);

    // The decision as entered (who and when are filled in when it is stored).
    Decision decision() const;
    bool isComplete() const;

    // Shows the dialog; nullopt when cancelled. Tests answer in advance with setNextAnswer().
    static std::optional<Decision> ask(QWidget* parent, const RuleResult& rule);
    // Test seam: the next ask() returns this (nullopt = cancelled) without showing the dialog.
    static void setNextAnswer(const std::optional<Decision>& answer);

private:
    void updateOk();

    QString m_ruleId;
    QRadioButton* m_applies;
    QRadioButton* m_doesNotApply;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace bd
