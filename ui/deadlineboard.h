// The deadline board: every filing of every open (non-archived) incident with its due date, the time left and
// its state, sortable; overdue rows red, filed ones grey. Double-clicking a row asks to open that incident's
// obligations page.
#pragma once

#include "requiredfiling.h"

#include <QAbstractTableModel>
#include <QDockWidget>

class QSortFilterProxyModel;
class QTableView;

namespace bd {

class Workspace;

class DeadlineBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IncidentColumn,
        FilingColumn,
        DueColumn,
        RemainingColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        FilingKeyRole,
        StateKeyRole,
        SortRole
    };

    struct Row
    {
        qint64 incidentId = 0;
        QString incidentCode;
        RequiredFiling filing;
        FilingState state = FilingState::Due;
    };

    explicit DeadlineBoardModel(Workspace& workspace, QObject* parent = nullptr);

    // Re-evaluates every open incident at `now`. Filings that are not required are left out.
    // Re-evaluates every open incident at the workspace's "now".
    void reload();
    const QList<Row>& rows() const { return m_rows; }
    QDateTime evaluatedAt() const { return m_now; }
    int count(FilingState state) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    Workspace& m_workspace;
    QList<Row> m_rows;
    QDateTime m_now;
};

class DeadlineBoard : public QDockWidget
{
    Q_OBJECT
public:
    explicit DeadlineBoard(DeadlineBoardModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void openRequested(qint64 incidentId, const QString& filingKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
};

} // namespace bd
