#include "filingtablemodel.h"

#include "deadlinetext.h"

#include <QFont>

namespace bd {

void FilingTableModel::setReport(const ObligationReport& report, const QSet<QString>& filedKeys)
{
    beginResetModel();
    m_report = report;
    m_filed = filedKeys;
    endResetModel();
}

const RequiredFiling* FilingTableModel::filingAt(int row) const
{
    return row >= 0 && row < m_report.filings.size() ? &m_report.filings.at(row) : nullptr;
}

FilingState FilingTableModel::stateAt(int row) const
{
    const RequiredFiling* f = filingAt(row);
    return f ? m_report.state(*f, m_filed) : FilingState::NotRequired;
}

int FilingTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_report.filings.size(); ++i)
        if (m_report.filings.at(i).key == key)
            return i;
    return -1;
}

int FilingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.filings.size());
}

int FilingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilingTableModel::data(const QModelIndex& index, int role) const
{
    const RequiredFiling* f = filingAt(index.row());
    if (!f)
        return {};
    const FilingState state = m_report.state(*f, m_filed);
    switch (role) {
    case KeyRole:
        return f->key;
    case StateKeyRole:
        return filingStateKey(state);
    case OverriddenRole:
        return f->overridden;
    case SortRole:
        return DeadlineText::sortKey(*f, m_report.evaluatedAt);
    case LegalBasisRole:
        return f->legalBasis;
    case Qt::DisplayRole:
        switch (index.column()) {
        case AudienceColumn:
            return QStringLiteral("%1\n%2\n%3").arg(requiredFilingTitle(f->key), f->audience, f->legalBasis);
        case DueColumn:
            return DeadlineText::due(*f);
        case WhyDateColumn:
            return f->reason;
        case RemainingColumn:
            return DeadlineText::remaining(*f, state, m_report.evaluatedAt);
        case StateColumn:
            return DeadlineText::state(*f, state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (f->overridden)
            return tr("Overridden: %1").arg(f->overrideReason);
        if (index.column() == WhyDateColumn)
            return f->reason;
        if (index.column() == StateColumn && f->provisional)
            return tr("Provisional: the rule that requires it still needs a decision.");
        if (index.column() == AudienceColumn && f->substituteAllowed)
            return tr("A public notice with an inquiry desk may replace individual notices (JP-N).");
        return {};
    case Qt::DecorationRole:
        if (index.column() == DueColumn && f->overridden)
            return DeadlineText::overrideIcon();
        if (index.column() == StateColumn)
            return DeadlineText::stateIcon(state);
        return {};
    case Qt::ForegroundRole:
        return index.column() == ActionColumn ? QVariant() : DeadlineText::foreground(state);
    case Qt::BackgroundRole:
        return index.column() == StateColumn || index.column() == RemainingColumn
                   ? DeadlineText::background(state)
                   : QVariant();
    case Qt::FontRole:
        if (f->overridden && index.column() == DueColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant FilingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AudienceColumn:
        return tr("Filing, to whom, legal basis");
    case DueColumn:
        return tr("Due");
    case WhyDateColumn:
        return tr("Basis of the date");
    case RemainingColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace bd
