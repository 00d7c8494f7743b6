#include "obligationrulemodel.h"

#include "deadlinetext.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>
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

// Overridden rows are tinted with the palette's highlight, so that they stand out in light and dark themes
// without looking like a warning.
QColor overrideTint()
{
    const QPalette palette = QApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor mark = palette.color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 82 + b * 18) / 100; };
    return QColor(mix(base.red(), mark.red()), mix(base.green(), mark.green()),
                  mix(base.blue(), mark.blue()));
}

QString whenText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

QString ObligationRuleModel::whyText(const RuleResult& r)
{
    QString text = reasonLines(r);
    if ((r.fires() || r.undecided()) && !r.requirement.isEmpty())
        text += QStringLiteral("\n") + tr("→ Requires: %1").arg(r.requirement);
    return text;
}

void ObligationRuleModel::setRules(const QList<RuleResult>& rules,
                                   const QHash<QString, RuleOverrideInfo>& overrides)
{
    beginResetModel();
    m_rules = rules;
    m_overrides = overrides;
    endResetModel();
}

const RuleOverrideInfo* ObligationRuleModel::overrideOf(const QString& ruleId) const
{
    const auto it = m_overrides.constFind(ruleId);
    return it == m_overrides.cend() ? nullptr : &it.value();
}

QString ObligationRuleModel::overrideToolTip(const RuleResult& r) const
{
    const RuleOverrideInfo* info = overrideOf(r.id);
    if (!info)
        return tr("Overridden: %1").arg(r.overrideReason);
    const Override& o = info->override;
    return tr("Overridden by %1 on %2: %3\nComputed: %4.")
        .arg(o.who.isEmpty() ? tr("the officer") : o.who, whenText(o.at), o.reason,
             ruleStateText(info->computed));
}

QString ObligationRuleModel::detailHtml(int row) const
{
    const RuleResult* r = ruleAt(row);
    if (!r)
        return {};
    QString html =
        QStringLiteral("<p><b>%1&nbsp;&nbsp;%2</b><br>%3</p>")
            .arg(r->id.toHtmlEscaped(), ruleTitle(r->id).toHtmlEscaped(), sourceText(*r).toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("Result: <b>%1</b>").arg(ruleStateText(r->state).toHtmlEscaped());
    if (r->overridden) {
        html += QStringLiteral(" ") + tr("(overridden)") + QStringLiteral("</p>");
        html += QStringLiteral("<table width='100%' cellpadding='6' bgcolor='%1'><tr><td>")
                    .arg(overrideTint().name());
        if (const RuleOverrideInfo* info = overrideOf(r->id)) {
            const Override& o = info->override;
            html += tr("Computed from the facts: <b>%1</b>. Overridden to: <b>%2</b>.")
                        .arg(ruleStateText(info->computed).toHtmlEscaped(),
                             ruleStateText(r->state).toHtmlEscaped());
            html += QStringLiteral("<br>") +
                    tr("By %1 on %2.")
                        .arg((o.who.isEmpty() ? tr("the officer") : o.who).toHtmlEscaped(), whenText(o.at));
        }
        html += QStringLiteral("<br>") + tr("Reason: %1").arg(r->overrideReason.toHtmlEscaped());
        html += QStringLiteral("</td></tr></table>");
    } else if (r->decision) {
        html += QStringLiteral(" ") + tr("(decided)") + QStringLiteral("</p><p>") +
                tr("Decided by %1 on %2: %3")
                    .arg(r->decision->who.toHtmlEscaped(), whenText(r->decision->decidedAt),
                         r->decision->reason.toHtmlEscaped()) +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("</p>");
    }
    QStringList reasons;
    for (const Reason& reason : r->reasons)
        if (reason.code != QLatin1String("override"))
            reasons.append(QStringLiteral("<li>%1</li>").arg(reason.text.toHtmlEscaped()));
    if (!reasons.isEmpty())
        html += QStringLiteral("<p>") + tr("Why:") + QStringLiteral("</p><ul>") + reasons.join(QString()) +
                QStringLiteral("</ul>");
    if (!r->requirement.isEmpty())
        html += QStringLiteral("<p>") +
                tr("When it applies, it requires: %1").arg(r->requirement.toHtmlEscaped()) +
                QStringLiteral("</p>");
    return html;
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
    case OverriddenRole:
        return r->overridden;
    case ComputedStateKeyRole:
        if (const RuleOverrideInfo* info = r->overridden ? overrideOf(r->id) : nullptr)
            return ruleStateKey(info->computed);
        return {};
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
                return overrideToolTip(*r);
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
    case Qt::BackgroundRole:
        return r->overridden ? QBrush(overrideTint()) : QVariant();
    case Qt::FontRole:
        if (index.column() == StateColumn && (r->fires() || r->undecided() || r->overridden)) {
            QFont font;
            font.setBold(r->fires() || r->undecided());
            font.setItalic(r->overridden);
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
