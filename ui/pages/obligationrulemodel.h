// The rules of an obligation report as a table: rule (with its source), result, and why (each reason on its
// own line) with what it requires. Rules that need the officer's judgement or a missing fact say so; rules
// whose outcome the officer overrode are marked, with who, when, why and the computed outcome.
#pragma once

#include "obligationservice.h"
#include "ruleresult.h"

#include <QAbstractTableModel>
#include <QHash>

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
        StateKeyRole,         // ruleStateKey()
        DecidableRole,        // true when the officer can (or must) record a decision
        RequirementRole,      // what the rule requires when it fires
        OverriddenRole,       // true when the officer's override replaces the computed outcome
        ComputedStateKeyRole, // ruleStateKey() of the outcome without the override (overridden rules only)
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `overrides`: by rule id, the overrides in force on the rules that are overridden.
    void setRules(const QList<RuleResult>& rules, const QHash<QString, RuleOverrideInfo>& overrides = {});
    const RuleResult* ruleAt(int row) const;
    const RuleOverrideInfo* overrideOf(const QString& ruleId) const;
    int rowOf(const QString& ruleId) const;
    // The officer may decide a rule that needs judgement or lacks a fact, and revise an earlier decision.
    static bool decidable(const RuleResult& rule);
    // The reasons, one per line, then what the rule requires when it fires or may fire.
    static QString whyText(const RuleResult& rule);
    // The detail pane's rich text for the rule in `row`: its result, the computed outcome versus the override
    // with who, when and why, or the decision that settled it, then the reasons and what it requires.
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString overrideToolTip(const RuleResult& rule) const;

    QList<RuleResult> m_rules;
    QHash<QString, RuleOverrideInfo> m_overrides;
};

} // namespace bd
