#include "ruleoverridedialog.h"

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
QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

RuleOverrideDialog::RuleOverrideDialog(const RuleResult& rule, RuleState computed, QWidget* parent)
    : QDialog(parent), m_ruleId(rule.id), m_applies(new QRadioButton(tr("It &applies: the rule fires"))),
      m_doesNotApply(new QRadioButton(tr("It does &not apply"))), m_reason(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("ruleOverrideDialog"));
    setWindowTitle(tr("Override %1").arg(rule.id));
    auto* layout = new QVBoxLayout(this);

    layout->addWidget(new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(rule.id.toHtmlEscaped(), ruleTitle(rule.id).toHtmlEscaped())));
    layout->addWidget(wrapped(tr("Computed: %1. Source: %2").arg(ruleStateText(computed), rule.source)));
    QStringList reasons;
    for (const Reason& r : rule.reasons)
        if (r.code != QLatin1String("override"))
            reasons.append(QStringLiteral("• ") + r.text);
    layout->addWidget(wrapped(reasons.join(QLatin1Char('\n'))));
    if (rule.overridden)
        layout->addWidget(
            wrapped(tr("Overridden now: %1 (%2)")
                        .arg(ruleStateText(rule.state), withoutFinalStop(rule.overrideReason))));

    auto* choice = new QGroupBox(tr("The outcome, whatever the facts say"));
    auto* choiceLayout = new QVBoxLayout(choice);
    m_applies->setObjectName(QStringLiteral("appliesRadio"));
    m_doesNotApply->setObjectName(QStringLiteral("doesNotApplyRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_applies);
    group->addButton(m_doesNotApply);
    choiceLayout->addWidget(m_applies);
    choiceLayout->addWidget(m_doesNotApply);
    if (rule.state == RuleState::Fires)
        m_doesNotApply->setChecked(true);
    else if (rule.state == RuleState::DoesNotFire)
        m_applies->setChecked(true);
    layout->addWidget(choice);
    layout->addWidget(
        wrapped(tr("The override holds until you withdraw it: later changes to the facts do not "
                   "change this rule's outcome.")));

    auto* reasonLabel =
        new QLabel(tr("&Reason (required; kept in the history with your name and the time):"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the computed outcome is wrong for this incident."));
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &RuleOverrideDialog::updateOk);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RuleOverrideDialog::updateOk);
    updateOk();
    m_reason->setFocus();
    resize(560, 460);
}

void RuleOverrideDialog::choose(bool applies)
{
    (applies ? m_applies : m_doesNotApply)->setChecked(true);
}

void RuleOverrideDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

Override RuleOverrideDialog::result() const
{
    Override o;
    o.key = m_ruleId;
    o.value = m_applies->isChecked();
    o.reason = m_reason->toPlainText().trimmed();
    return o;
}

bool RuleOverrideDialog::isComplete() const
{
    return (m_applies->isChecked() || m_doesNotApply->isChecked()) &&
           !m_reason->toPlainText().trimmed().isEmpty();
}

void RuleOverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

std::optional<Override> RuleOverrideDialog::ask(QWidget* parent, const RuleResult& rule, RuleState computed)
{
    RuleOverrideDialog dialog(rule, computed, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

} // namespace bd
