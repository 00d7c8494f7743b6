// The incidents of the workspace for the list on the left; re-read whenever incidents are added, renamed,
// archived or deleted, here or by another program.
#pragma once

#include "incidentservice.h"
#include "workspace.h"

#include <QAbstractListModel>

namespace bd {

class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CodeRole
    };
    explicit IncidentListModel(Workspace& workspace, QObject* parent = nullptr);

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // Re-reads the list, keeping rows that did not change.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

private:
    Workspace& m_workspace;
    QList<IncidentSummary> m_incidents;
    bool m_showArchived = false;
};

} // namespace bd
