#include "rulechoicedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bd {

RuleChoiceDialog::RuleChoiceDialog(const RuleResult& rule, QWidget* parent)
    : QDialog(parent), m_ruleId(rule.id), m_layout(new QVBoxLayout(this)),
      m_applies(new QRadioButton(tr("It &applies: the rule fires"))),
      m_doesNotApply(new QRadioButton(tr("It does &not apply"))), m_reason(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_layout->addWidget(new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(rule.id.toHtmlEscaped(), ruleTitle(rule.id).toHtmlEscaped())));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 480);
}

void RuleChoiceDialog::addRule(const QString& stateLine, const QStringList& reasons)
{
    addText(stateLine);
    QStringList bullets;
    for (const QString& r : reasons)
        bullets.append(QStringLiteral("• ") + r);
    addText(bullets.join(QLatin1Char('\n')));
}

void RuleChoiceDialog::addText(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(label);
}

void RuleChoiceDialog::addChoice(const QString& title, std::optional<bool> preset)
{
    auto* choice = new QGroupBox(title);
    auto* choiceLayout = new QVBoxLayout(choice);
    m_applies->setObjectName(QStringLiteral("appliesRadio"));
    m_doesNotApply->setObjectName(QStringLiteral("doesNotApplyRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_applies);
    group->addButton(m_doesNotApply);
    choiceLayout->addWidget(m_applies);
    choiceLayout->addWidget(m_doesNotApply);
    if (preset)
        choose(*preset);
    m_layout->addWidget(choice);
    connect(group, &QButtonGroup::buttonToggled, this, &RuleChoiceDialog::updateOk);
}

void RuleChoiceDialog::addReason(const QString& placeholder)
{
    auto* reasonLabel =
        new QLabel(tr("&Reason (required; kept in the history with your name and the time):"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(placeholder);
    m_layout->addWidget(reasonLabel);
    m_layout->addWidget(m_reason, 1);
    m_layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RuleChoiceDialog::updateOk);
    updateOk();
    m_reason->setFocus();
}

void RuleChoiceDialog::choose(bool applies)
{
    (applies ? m_applies : m_doesNotApply)->setChecked(true);
}

void RuleChoiceDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

bool RuleChoiceDialog::applies() const
{
    return m_applies->isChecked();
}

QString RuleChoiceDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool RuleChoiceDialog::isComplete() const
{
    return (m_applies->isChecked() || m_doesNotApply->isChecked()) && !reason().isEmpty();
}

void RuleChoiceDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

} // namespace bd
