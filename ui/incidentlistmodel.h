// The incidents of the workspace for the list on the left.
#pragma once

#include "incidentrepository.h"

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
    explicit IncidentListModel(Database& db, QObject* parent = nullptr);

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // Re-reads the list, keeping rows that did not change.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

private:
    Database& m_db;
    QList<IncidentSummary> m_incidents;
    bool m_showArchived = false;
};

} // namespace bd
