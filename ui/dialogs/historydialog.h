// Incident → History: the audit trail of one incident, read-only.
#pragma once

#include <QDialog>

namespace bd {

class Database;

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Database& db, qint64 incidentId, const QString& code, QWidget* parent = nullptr);
};

} // namespace bd
