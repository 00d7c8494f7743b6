// The filings and notices an obligation report requires: audience, legal basis, due date or window, the basis
// of that date, the time left and the state. Overridden rows carry an icon and the override's reason.
#pragma once

#include "obligationreport.h"

#include <QAbstractTableModel>
#include <QSet>

namespace bd {

class FilingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AudienceColumn, // to whom, and the legal basis
        DueColumn,
        RemainingColumn,
        StateColumn,
        WhyDateColumn, // the basis of the date ("60 days because trigger 3 applies: ransomware …")
        ActionColumn,  // holds the "Override…" buttons
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        StateKeyRole,   // filingStateKey()
        OverriddenRole, // bool
        SortRole,       // seconds to the deadline
        LegalBasisRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ObligationReport& report, const QSet<QString>& filedKeys);
    const RequiredFiling* filingAt(int row) const;
    FilingState stateAt(int row) const;
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ObligationReport m_report;
    QSet<QString> m_filed;
};

} // namespace bd
