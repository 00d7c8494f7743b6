// Incident → History: the audit trail of one incident, read-only.
#pragma once

#include <QDialog>

namespace bd {

class Workspace;

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Workspace& workspace, qint64 incidentId, const QString& code, QWidget* parent = nullptr);
};

} // namespace bd
