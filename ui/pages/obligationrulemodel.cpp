#include "obligationrulemodel.h"

#include "deadlinetext.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace bd {

namespace {
QString reasonLines(const RuleResult& r)
{
    QStringList lines;
    for (const Reason& reason : r.reasons)
        lines.append(QStringLiteral("• ") + reason.text);
    return lines.join(QLatin1Char('\n'));
}

// JP-P and JP-N take obligations away (no report for notified consignors' data; a substitute for notices):
// when they apply, that is shown as information, not as a warning.
bool relieves(const RuleResult& r)
{
    return r.fires() && (r.id == QLatin1String(RuleId::JpP) || r.id == QLatin1String(RuleId::JpN));
}

QString sourceText(const RuleResult& r)
{
    return r.tag.isEmpty() ? r.source : QStringLiteral("%1 [%2]").arg(r.source, r.tag);
}
} // namespace

QString ObligationRuleModel::whyText(const RuleResult& r)
{
    QString text = reasonLines(r);
    if ((r.fires() || r.undecided()) && !r.requirement.isEmpty())
        text += QStringLiteral("\n") + tr("→ Requires: %1").arg(r.requirement);
    return text;
}

void ObligationRuleModel::setRules(const QList<RuleResult>& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

const RuleResult* ObligationRuleModel::ruleAt(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules.at(row) : nullptr;
}

int ObligationRuleModel::rowOf(const QString& ruleId) const
{
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules.at(i).id == ruleId)
            return i;
    return -1;
}

bool ObligationRuleModel::decidable(const RuleResult& rule)
{
    return !rule.overridden && (rule.undecided() || rule.decision.has_value());
}

int ObligationRuleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int ObligationRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObligationRuleModel::data(const QModelIndex& index, int role) const
{
    const RuleResult* r = ruleAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case RuleIdRole:
        return r->id;
    case StateKeyRole:
        return ruleStateKey(r->state);
    case DecidableRole:
        return decidable(*r);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn:
            return QStringLiteral("%1  %2\n%3").arg(r->id, ruleTitle(r->id), sourceText(*r));
        case StateColumn: {
            QString text = ruleStateText(r->state);
            if (r->overridden)
                text = tr("%1 (overridden)").arg(text);
            else if (r->decision)
                text = tr("%1 (decided)").arg(text);
            return text;
        }
        case WhyColumn:
            return whyText(*r);
        default:
            return {};
        }
    case RequirementRole:
        return r->requirement;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RuleColumn:
        case StateColumn:
            if (r->overridden)
                return tr("Overridden: %1").arg(r->overrideReason);
            if (r->decision)
                return tr("Decided by %1: %2").arg(r->decision->who, r->decision->reason);
            return r->state == RuleState::CannotDecide
                       ? tr("A fact is missing: fill it in on the incident's pages, or record a decision.")
                   : r->state == RuleState::NeedsJudgement
                       ? tr("The facts are known, but the law needs your judgement: record a decision.")
                       : QVariant();
        case WhyColumn:
            return whyText(*r);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return relieves(*r) ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                : DeadlineText::ruleIcon(r->state);
        if (index.column() == RuleColumn && (r->overridden || r->decision))
            return DeadlineText::overrideIcon();
        return {};
    case Qt::ForegroundRole:
        return index.column() == StateColumn && !relieves(*r) ? DeadlineText::ruleForeground(r->state)
                                                              : QVariant();
    case Qt::FontRole:
        if (index.column() == StateColumn && (r->fires() || r->undecided())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ObligationRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case StateColumn:
        return tr("Result");
    case WhyColumn:
        return tr("Why, and what it requires");
    case DecideColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace bd
