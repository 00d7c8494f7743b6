#include "incidentlistmodel.h"

#include "labels.h"

#include <QFont>
#include <QIcon>
#include <QPalette>

namespace bd {

IncidentListModel::IncidentListModel(Workspace& workspace, QObject* parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::changed, this, [this](qint64, Changes what) {
        if (what & (Change::IncidentList | Change::Elsewhere))
            reload();
    });
    reload();
}

void IncidentListModel::setShowArchived(bool show)
{
    m_showArchived = show;
    reload();
}

void IncidentListModel::reload()
{
    StorageError error;
    const QList<IncidentSummary> fresh = m_workspace.incidents().list(m_showArchived, &error);
    if (fresh.size() != m_incidents.size()) {
        beginResetModel();
        m_incidents = fresh;
        endResetModel();
        return;
    }
    m_incidents = fresh;
    if (!m_incidents.isEmpty())
        emit dataChanged(index(0), index(int(m_incidents.size()) - 1));
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const IncidentSummary& s = m_incidents.at(index.row());
    const bool archived = s.status == IncidentStatus::Archived;
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = Labels::interfaceIsJapanese() ? (s.titleJa.isEmpty() ? s.titleEn : s.titleJa)
                                                            : (s.titleEn.isEmpty() ? s.titleJa : s.titleEn);
        return QStringLiteral("%1%2\n%3").arg(s.code, archived ? tr(" (archived)") : QString(), title);
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(s.code, s.titleJa, s.titleEn);
    case Qt::ForegroundRole:
        return archived ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case IdRole:
        return s.id;
    case CodeRole:
        return s.code;
    }
    return {};
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_incidents.size(); ++i)
        if (m_incidents.at(i).id == id)
            return i;
    return -1;
}

qint64 IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? m_incidents.at(row).id : 0;
}

} // namespace bd
