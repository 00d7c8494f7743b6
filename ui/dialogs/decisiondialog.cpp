#include "decisiondialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bd {

namespace {
std::optional<std::optional<Decision>> nextAnswer;

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DecisionDialog::DecisionDialog(const RuleResult& rule, QWidget* parent)
    : QDialog(parent), m_ruleId(rule.id), m_applies(new QRadioButton(tr("It &applies: the rule fires"))),
      m_doesNotApply(new QRadioButton(tr("It does &not apply"))), m_reason(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decide %1").arg(rule.id));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(rule.id.toHtmlEscaped(), ruleTitle(rule.id).toHtmlEscaped()));
    layout->addWidget(title);
    layout->addWidget(wrapped(tr("Now: %1. Source: %2").arg(ruleStateText(rule.state), rule.source)));
    QStringList reasons;
    for (const Reason& r : rule.reasons)
        reasons.append(QStringLiteral("• ") + r.text);
    layout->addWidget(wrapped(reasons.join(QLatin1Char('\n'))));
    if (!rule.requirement.isEmpty())
        layout->addWidget(wrapped(tr("If it applies: %1").arg(rule.requirement)));

    auto* choice = new QGroupBox(tr("Your decision"));
    auto* choiceLayout = new QVBoxLayout(choice);
    m_applies->setObjectName(QStringLiteral("appliesRadio"));
    m_doesNotApply->setObjectName(QStringLiteral("doesNotApplyRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_applies);
    group->addButton(m_doesNotApply);
    choiceLayout->addWidget(m_applies);
    choiceLayout->addWidget(m_doesNotApply);
    if (rule.decision)
        (rule.decision->value ? m_applies : m_doesNotApply)->setChecked(true);
    layout->addWidget(choice);

    auto* reasonLabel =
        new QLabel(tr("&Reason (required; kept in the history with your name and the time):"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        rule.id == QLatin1String(RuleId::JpT2)
            ? tr("e.g. Only account numbers leaked, no online-banking credentials or card numbers (PPC FAQ "
                 "Q14-8).")
            : tr("What you checked, and why it settles the rule."));
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &DecisionDialog::updateOk);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
    resize(560, 480);
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.ruleId = m_ruleId;
    d.value = m_applies->isChecked();
    d.reason = m_reason->toPlainText().trimmed();
    return d;
}

bool DecisionDialog::isComplete() const
{
    return (m_applies->isChecked() || m_doesNotApply->isChecked()) &&
           !m_reason->toPlainText().trimmed().isEmpty();
}

void DecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
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
