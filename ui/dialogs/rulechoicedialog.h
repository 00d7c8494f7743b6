// The frame shared by the dialogs that settle a rule by hand (a decision, an override): the rule and why it
// stands as it does, an "applies / does not apply" choice and a mandatory reason. OK stays disabled until
// both are given.
#pragma once

#include "ruleresult.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;
class QVBoxLayout;

namespace bd {

class RuleChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    void choose(bool applies);
    void setReason(const QString& reason);
    bool isComplete() const;

protected:
    RuleChoiceDialog(const RuleResult& rule, QWidget* parent);

    // Built in this order by the subclass's constructor.
    void addRule(const QString& stateLine, const QStringList& reasons);
    void addText(const QString& text); // a wrapped, selectable paragraph
    void addChoice(const QString& title, std::optional<bool> preset);
    void addReason(const QString& placeholder);

    bool applies() const;
    QString reason() const; // trimmed
    const QString& ruleId() const { return m_ruleId; }

private:
    void updateOk();

    QString m_ruleId;
    QVBoxLayout* m_layout;
    QRadioButton* m_applies;
    QRadioButton* m_doesNotApply;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace bd
