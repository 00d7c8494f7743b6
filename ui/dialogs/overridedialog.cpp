#include "overridedialog.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bd {

namespace {
std::optional<std::optional<Override>> nextAnswer;

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

OverrideDialog::OverrideDialog(const RequiredFiling& filing, const QDate& today, QWidget* parent)
    : QDialog(parent), m_key(filing.key), m_dueOn(new QRadioButton(tr("Due &on"))),
      m_dueAt(new QRadioButton(tr("Due &at"))), m_notRequired(new QRadioButton(tr("&Not required"))),
      m_required(new QRadioButton(tr("Re&quired after all"))), m_date(new QDateEdit),
      m_dateTime(new QDateTimeEdit), m_reason(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override: %1").arg(requiredFilingTitle(filing.key)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(QStringLiteral("<b>%1</b> — %2 (%3)")
                                  .arg(requiredFilingTitle(filing.key).toHtmlEscaped(),
                                       filing.audience.toHtmlEscaped(), filing.legalBasis.toHtmlEscaped())));
    layout->addWidget(wrapped(tr("Computed: due %1. %2").arg(dueText(filing), filing.reason)));
    if (filing.overridden)
        layout->addWidget(wrapped(tr("Overridden now: %1").arg(filing.overrideReason)));

    auto* box = new QGroupBox(tr("Replace it with"));
    auto* grid = new QGridLayout(box);
    m_dueOn->setObjectName(QStringLiteral("dueOnRadio"));
    m_dueAt->setObjectName(QStringLiteral("dueAtRadio"));
    m_notRequired->setObjectName(QStringLiteral("notRequiredRadio"));
    m_required->setObjectName(QStringLiteral("requiredRadio"));
    m_date->setObjectName(QStringLiteral("dueDateEdit"));
    m_dateTime->setObjectName(QStringLiteral("dueDateTimeEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
    m_dateTime->setCalendarPopup(true);
    m_dateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd) HH:mm"));
    m_date->setDate(filing.to.isValid() ? filing.to : today);
    m_dateTime->setDateTime(filing.dueAt.isValid() ? filing.dueAt.toLocalTime() : today.startOfDay());
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_dueOn, m_dueAt, m_notRequired, m_required})
        group->addButton(b);
    grid->addWidget(m_dueOn, 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(m_dueAt, 1, 0);
    grid->addWidget(m_dateTime, 1, 1);
    grid->addWidget(m_notRequired, 2, 0, 1, 2);
    grid->addWidget(m_required, 3, 0, 1, 2);
    m_dueAt->setVisible(filing.dueKind == DueKind::DateTime);
    m_dateTime->setVisible(filing.dueKind == DueKind::DateTime);
    m_required->setVisible(!filing.required);
    m_notRequired->setVisible(filing.required);
    grid->setColumnStretch(1, 1);
    layout->addWidget(box);

    auto* reasonLabel =
        new QLabel(tr("&Reason (required; kept in the history with your name and the time):"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &OverrideDialog::updateOk);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateOk);
    // Editing a date chooses it.
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dueOn->setChecked(true); });
    connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this, [this] { m_dueAt->setChecked(true); });
    updateOk();
    resize(560, 420);
}

void OverrideDialog::choose(Choice choice)
{
    switch (choice) {
    case Choice::DueOn:
        m_dueOn->setChecked(true);
        break;
    case Choice::DueAt:
        m_dueAt->setChecked(true);
        break;
    case Choice::NotRequired:
        m_notRequired->setChecked(true);
        break;
    case Choice::Required:
        m_required->setChecked(true);
        break;
    case Choice::None:
        break;
    }
}

void OverrideDialog::setDate(const QDate& date)
{
    m_date->setDate(date);
}

void OverrideDialog::setDateTime(const QDateTime& at)
{
    m_dateTime->setDateTime(at);
}

void OverrideDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

Override OverrideDialog::result() const
{
    Override o;
    o.key = m_key;
    o.reason = m_reason->toPlainText().trimmed();
    if (m_dueOn->isChecked())
        o.value = m_date->date();
    else if (m_dueAt->isChecked())
        o.value = m_dateTime->dateTime();
    else if (m_notRequired->isChecked())
        o.value = false;
    else if (m_required->isChecked())
        o.value = true;
    return o;
}

bool OverrideDialog::isComplete() const
{
    return (m_dueOn->isChecked() || m_dueAt->isChecked() || m_notRequired->isChecked() ||
            m_required->isChecked()) &&
           !m_reason->toPlainText().trimmed().isEmpty();
}

void OverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

std::optional<Override> OverrideDialog::ask(QWidget* parent, const RequiredFiling& filing, const QDate& today)
{
    if (nextAnswer) {
        std::optional<Override> answer = *nextAnswer;
        nextAnswer.reset();
        if (answer)
            answer->key = filing.key;
        return answer;
    }
    OverrideDialog dialog(filing, today, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

void OverrideDialog::setNextAnswer(const std::optional<Override>& answer)
{
    nextAnswer = answer;
}

} // namespace bd
