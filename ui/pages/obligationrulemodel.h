// The rules of an obligation report as a table: rule (with its source), result, and why (each reason on its
// own line) with what it requires. Rules that need the officer's judgement or a missing fact say so.
#pragma once

#include "ruleresult.h"

#include <QAbstractTableModel>

namespace bd {

class ObligationRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RuleColumn,   // id, name and source
        StateColumn,  // fires / does not / needs judgement / cannot decide
        WhyColumn,    // each reason on its own line, then what the rule requires
        DecideColumn, // holds the "Decide…" button
        ColumnCount
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
        StateKeyRole,    // ruleStateKey()
        DecidableRole,   // true when the officer can (or must) record a decision
        RequirementRole, // what the rule requires when it fires
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRules(const QList<RuleResult>& rules);
    const RuleResult* ruleAt(int row) const;
    int rowOf(const QString& ruleId) const;
    // The officer may decide a rule that needs judgement or lacks a fact, and revise an earlier decision.
    static bool decidable(const RuleResult& rule);
    // The reasons, one per line, then what the rule requires when it fires or may fire.
    static QString whyText(const RuleResult& rule);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RuleResult> m_rules;
};

} // namespace bd
