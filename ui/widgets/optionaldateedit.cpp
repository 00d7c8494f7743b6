#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>

namespace bd {

OptionalDateEdit::OptionalDateEdit(Mode mode, std::function<QDateTime()> now, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_now(std::move(now)), m_known(new QCheckBox(this)),
      m_edit(new QDateTimeEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(mode == Mode::Date ? QStringLiteral("yyyy-MM-dd (ddd)")
                                                : QStringLiteral("yyyy-MM-dd (ddd) HH:mm"));
    offerToday();
    m_edit->setEnabled(false);
    connect(m_known, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emitEdited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] { emitEdited(); });
    retranslateUi();
}

void OptionalDateEdit::retranslateUi()
{
    m_known->setText(tr("Known"));
    m_known->setToolTip(tr("Clear to record the date as unknown"));
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool OptionalDateEdit::isKnown() const
{
    return m_known->isChecked();
}

QVariant OptionalDateEdit::value() const
{
    if (m_mode == Mode::Date)
        return m_known->isChecked() ? m_edit->date() : QDate();
    return m_known->isChecked() ? m_edit->dateTime() : QDateTime();
}

void OptionalDateEdit::setValue(const QVariant& value)
{
    m_updating = true;
    const bool known = m_mode == Mode::Date ? value.toDate().isValid() : value.toDateTime().isValid();
    m_known->setChecked(known);
    m_edit->setEnabled(known);
    if (known) {
        if (m_mode == Mode::Date)
            m_edit->setDate(value.toDate());
        else
            m_edit->setDateTime(value.toDateTime().toLocalTime());
    } else {
        offerToday();
    }
    m_updating = false;
}

void OptionalDateEdit::offerToday()
{
    m_edit->setDateTime(QDateTime(m_now().date(), QTime(9, 0)));
}

void OptionalDateEdit::emitEdited()
{
    if (!m_updating)
        emit valueEdited(value());
}

} // namespace bd
