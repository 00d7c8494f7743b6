#include "deadlineboard.h"

#include "deadlinetext.h"
#include "incidentservice.h"
#include "obligationservice.h"
#include "workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <limits>

namespace bd {

namespace {
// Most urgent first when sorted ascending.
int stateRank(FilingState state)
{
    switch (state) {
    case FilingState::Overdue:
        return 0;
    case FilingState::DueSoon:
        return 1;
    case FilingState::Due:
        return 2;
    case FilingState::Filed:
        return 3;
    case FilingState::NotRequired:
        return 4;
    }
    return 5;
}
} // namespace

DeadlineBoardModel::DeadlineBoardModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

void DeadlineBoardModel::reload()
{
    QList<Row> rows;
    StorageError error;
    const QDateTime now = m_workspace.now();
    ObligationService& obligations = m_workspace.obligations();
    for (const IncidentSummary& s : m_workspace.incidents().list(false, &error)) {
        StorageError incidentError;
        const std::optional<ObligationReport> report = obligations.evaluate(s.id, &incidentError);
        if (!report)
            continue; // a damaged incident is reported where it is opened, not here every minute
        const QSet<QString> filed = obligations.filedKeys(s.id, &incidentError);
        for (const RequiredFiling& f : report->filings) {
            if (!f.required)
                continue;
            rows.append(Row{s.id, s.code, f, report->state(f, filed)});
        }
    }
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
    emit reloaded();
}

int DeadlineBoardModel::count(FilingState state) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row& r) { return r.state == state; }));
}

int DeadlineBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case IncidentIdRole:
        return r.incidentId;
    case FilingKeyRole:
        return r.filing.key;
    case StateKeyRole:
        return filingStateKey(r.state);
    case SortRole:
        switch (index.column()) {
        case IncidentColumn:
            return r.incidentCode;
        case FilingColumn:
            return QStringLiteral("%1 — %2").arg(requiredFilingTitle(r.filing.key), r.filing.audience);
        case DueColumn:
            return DeadlineText::sortKey(r.filing, m_now);
        case RemainingColumn: // what is still open first, most urgent first
            return r.state == FilingState::Filed ? std::numeric_limits<qint64>::max()
                                                 : DeadlineText::sortKey(r.filing, m_now);
        case StateColumn:
            return stateRank(r.state);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IncidentColumn:
            return r.incidentCode;
        case FilingColumn:
            return QStringLiteral("%1 — %2").arg(requiredFilingTitle(r.filing.key), r.filing.audience);
        case DueColumn:
            return DeadlineText::due(r.filing);
        case RemainingColumn:
            return DeadlineText::remaining(r.filing, r.state, m_now);
        case StateColumn:
            return DeadlineText::state(r.filing, r.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (r.filing.overridden)
            return tr("Overridden: %1").arg(r.filing.overrideReason);
        return QStringLiteral("%1 — %2").arg(r.filing.legalBasis, r.filing.reason);
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return DeadlineText::stateIcon(r.state);
        if (index.column() == DueColumn && r.filing.overridden)
            return DeadlineText::overrideIcon();
        return {};
    case Qt::ForegroundRole:
        return DeadlineText::foreground(r.state);
    case Qt::BackgroundRole:
        return DeadlineText::background(r.state);
    default:
        return {};
    }
}

QVariant DeadlineBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case FilingColumn:
        return tr("Filing or notice");
    case DueColumn:
        return tr("Due");
    case RemainingColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

DeadlineBoard::DeadlineBoard(DeadlineBoardModel* model, QWidget* parent)
    : QDockWidget(parent), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView)
{
    setObjectName(QStringLiteral("deadlineBoard"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(DeadlineBoardModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("deadlineBoardView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeadlineBoardModel::RemainingColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DeadlineBoardModel::FilingColumn, QHeaderView::Stretch);
    setWidget(m_view);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(DeadlineBoardModel::IncidentIdRole).toLongLong(),
                           index.data(DeadlineBoardModel::FilingKeyRole).toString());
    });
    retranslateUi();
}

void DeadlineBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void DeadlineBoard::retranslateUi()
{
    setWindowTitle(tr("Deadline board"));
    m_view->setToolTip(tr("Double-click a row to open the incident's obligations."));
}

} // namespace bd
