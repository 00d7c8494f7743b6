#include "redactiondialog.h"

#include "dialogs.h"
#include "workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

RedactionDialog::RedactionDialog(Workspace& workspace, qint64 incidentId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_incidentId(incidentId)
{
    setWindowTitle(tr("Redact Personal Data"));
    StorageError error;
    m_plan = workspace.incidents().redactionPlan(incidentId, &error);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("<p>Once the retention period has ended, the personal data of incident <b>%1</b> can be removed: "
           "every recipient's name, reading, organisation, department, title, address, e-mail, telephone and "
           "custom columns are blanked. The rows stay, so every count stays true, and the audit trail, the "
           "issued documents and earlier archives still verify.</p><p>The statement of what was removed is "
           "signed with your signing key and recorded in the audit trail. Letters and recipient lists can no "
           "longer be made from this incident. <b>This cannot be undone.</b></p>")
            .arg(m_plan.incidentCode.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList groups;
    for (const RedactionGroup& group : m_plan.groups)
        groups << tr("%1: %n recipient(s)", nullptr, int(group.recipients)).arg(group.key);
    auto* groupLabel =
        new QLabel(groups.isEmpty() ? tr("The incident has no recipients.") : groups.join(QLatin1Char('\n')));
    layout->addWidget(groupLabel);

    if (!m_plan.copiesOutside.isEmpty()) {
        layout->addWidget(new QLabel(
            tr("Copies outside the workspace that redaction cannot reach (delete them yourself):")));
        auto* copies = new QPlainTextEdit;
        copies->setReadOnly(true);
        QStringList lines;
        for (const AuditEntry& copy : std::as_const(m_plan.copiesOutside))
            lines << RedactionRepository::describeCopy(copy);
        copies->setPlainText(lines.join(QLatin1Char('\n')));
        copies->setMaximumHeight(fontMetrics().height() * 6);
        layout->addWidget(copies);
    }

    auto* form = new QFormLayout;
    m_retentionEnded = new QDateEdit(workspace.today());
    m_retentionEnded->setCalendarPopup(true);
    m_retentionEnded->setMaximumDate(workspace.today());
    m_retentionEnded->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("e.g. the retention rule that applies"));
    m_confirmation = new QLineEdit;
    m_confirmation->setPlaceholderText(m_plan.incidentCode);
    form->addRow(tr("Retention period ended on:"), m_retentionEnded);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Type the incident code to confirm:"), m_confirmation);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_redactButton = buttons->addButton(tr("Redact"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (redact())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RedactionDialog::updateButton);
    connect(m_confirmation, &QLineEdit::textChanged, this, &RedactionDialog::updateButton);
    updateButton();
}

void RedactionDialog::setRetentionEnded(const QDate& date)
{
    m_retentionEnded->setDate(date);
}

void RedactionDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void RedactionDialog::setConfirmation(const QString& code)
{
    m_confirmation->setText(code);
}

bool RedactionDialog::isComplete() const
{
    return m_plan.refusal.isEmpty() && !m_reason->text().trimmed().isEmpty() &&
           m_confirmation->text().trimmed() == m_plan.incidentCode;
}

void RedactionDialog::updateButton()
{
    m_redactButton->setEnabled(isComplete());
}

bool RedactionDialog::redact()
{
    if (!isComplete())
        return false;
    StorageError error;
    if (!m_workspace.incidents().redact(m_incidentId, m_retentionEnded->date(), m_reason->text(), &error)) {
        Dialogs::warning(this, windowTitle(), tr("Nothing was redacted."), error.text());
        return false;
    }
    return true;
}

bool RedactionDialog::run(QWidget* parent, Workspace& workspace, qint64 incidentId)
{
    RedactionDialog dialog(workspace, incidentId, parent);
    if (!dialog.m_plan.refusal.isEmpty()) {
        Dialogs::warning(parent, dialog.windowTitle(), dialog.m_plan.refusal);
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace bd
