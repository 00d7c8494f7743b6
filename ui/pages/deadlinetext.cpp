#include "deadlinetext.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <limits>

namespace bd {

namespace {
QString dayText(const QDate& date)
{
    return QStringLiteral("%1 (%2)").arg(date.toString(Qt::ISODate),
                                         QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

QIcon standard(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

QString span(qint64 seconds)
{
    if (seconds >= 48 * 3600) {
        const qint64 days = seconds / 86400;
        return days == 1 ? DeadlineText::tr("1 day") : DeadlineText::tr("%1 days").arg(days);
    }
    if (seconds >= 3600)
        return DeadlineText::tr("%1 h").arg(seconds / 3600);
    return DeadlineText::tr("%1 min").arg(qMax<qint64>(1, seconds / 60));
}
} // namespace

QString DeadlineText::due(const RequiredFiling& filing)
{
    switch (filing.dueKind) {
    case DueKind::Window:
        return QStringLiteral("%1 – %2").arg(dayText(filing.from), dayText(filing.to));
    case DueKind::Date:
        return dayText(filing.to);
    case DueKind::DateTime: {
        const QString text = dueText(filing); // "2024-09-01 10:15 +09:00"
        return QStringLiteral("%1 %2").arg(dayText(filing.dueAt.date()), text.mid(11));
    }
    case DueKind::Promptly:
    case DueKind::Unknown:
        return dueText(filing);
    }
    return {};
}

QString DeadlineText::remaining(const RequiredFiling& filing, FilingState state, const QDateTime& now)
{
    if (state == FilingState::Filed || state == FilingState::NotRequired)
        return QStringLiteral("—");
    if (filing.dueKind == DueKind::Promptly)
        return tr("as soon as possible");
    if (!filing.deadline.isValid() || !now.isValid())
        return tr("no date yet");
    const qint64 left = now.secsTo(filing.deadline);
    if (left <= 0)
        return tr("overdue by %1").arg(span(-left));
    return span(left);
}

QString DeadlineText::state(const RequiredFiling& filing, FilingState state)
{
    const QString text = filingStateText(state);
    return filing.provisional && state != FilingState::Filed && state != FilingState::NotRequired
               ? tr("%1 (provisional)").arg(text)
               : text;
}

qint64 DeadlineText::sortKey(const RequiredFiling& filing, const QDateTime& now)
{
    if (!filing.deadline.isValid() || !now.isValid())
        return std::numeric_limits<qint64>::max() / 2 + (filing.dueKind == DueKind::Promptly ? 0 : 1);
    return now.secsTo(filing.deadline);
}

QVariant DeadlineText::foreground(FilingState state)
{
    switch (state) {
    case FilingState::Overdue:
        return QBrush(QColor(0xb0, 0x00, 0x20));
    case FilingState::DueSoon:
        return QBrush(QColor(0xa0, 0x50, 0x00));
    case FilingState::Filed:
    case FilingState::NotRequired:
        return QBrush(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    case FilingState::Due:
        break;
    }
    return {};
}

QVariant DeadlineText::background(FilingState state)
{
    switch (state) {
    case FilingState::Overdue:
        return QBrush(QColor(0xfd, 0xe4, 0xe4));
    case FilingState::DueSoon:
        return QBrush(QColor(0xff, 0xf1, 0xd6));
    default:
        return {};
    }
}

QIcon DeadlineText::stateIcon(FilingState state)
{
    switch (state) {
    case FilingState::Overdue:
        return standard(QStyle::SP_MessageBoxCritical);
    case FilingState::DueSoon:
        return standard(QStyle::SP_MessageBoxWarning);
    case FilingState::Filed:
        return standard(QStyle::SP_DialogApplyButton);
    default:
        return {};
    }
}

QIcon DeadlineText::overrideIcon()
{
    return QIcon::fromTheme(QStringLiteral("document-edit"), standard(QStyle::SP_FileDialogInfoView));
}

QVariant DeadlineText::ruleForeground(RuleState state)
{
    switch (state) {
    case RuleState::Fires:
        return QBrush(QColor(0xb0, 0x00, 0x20));
    case RuleState::NeedsJudgement:
    case RuleState::CannotDecide:
        return QBrush(QColor(0xa0, 0x50, 0x00));
    case RuleState::DoesNotFire:
        return QBrush(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }
    return {};
}

QIcon DeadlineText::ruleIcon(RuleState state)
{
    switch (state) {
    case RuleState::Fires:
        return standard(QStyle::SP_MessageBoxWarning);
    case RuleState::NeedsJudgement:
    case RuleState::CannotDecide:
        return standard(QStyle::SP_MessageBoxQuestion);
    case RuleState::DoesNotFire:
        return standard(QStyle::SP_DialogApplyButton);
    }
    return {};
}

} // namespace bd
