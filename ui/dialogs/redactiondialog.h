// Redact Personal Data…: the window's way to IncidentService::redact (docs/redaction.md). Shows what
// would be removed (recipients per group) and which copies outside the workspace the audit trail knows of,
// asks for the end of the retention period and the reason, and for the incident's code typed again, since
// the step cannot be undone.
#pragma once

#include "incidentservice.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace bd {

class RedactionDialog : public QDialog
{
    Q_OBJECT
public:
    RedactionDialog(Workspace& workspace, qint64 incidentId, QWidget* parent = nullptr);

    void setRetentionEnded(const QDate& date);
    void setReason(const QString& reason);
    void setConfirmation(const QString& code);
    bool isComplete() const;

    // Redacts with the user's signing key; on failure says why and returns false (nothing changed).
    bool redact();

    // Shows the dialog for the incident and redacts when the officer confirms; true when redacted.
    static bool run(QWidget* parent, Workspace& workspace, qint64 incidentId);

private:
    void updateButton();

    Workspace& m_workspace;
    qint64 m_incidentId = 0;
    RedactionRepository::Plan m_plan;
    QDateEdit* m_retentionEnded = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QPushButton* m_redactButton = nullptr;
};

} // namespace bd
