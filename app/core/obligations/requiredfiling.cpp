#include "requiredfiling.h"

#include <QCoreApplication>

namespace bd {

QString dueKindKey(DueKind kind)
{
    switch (kind) {
    case DueKind::Window:
        return QStringLiteral("window");
    case DueKind::Date:
        return QStringLiteral("date");
    case DueKind::DateTime:
        return QStringLiteral("date_time");
    case DueKind::Promptly:
        return QStringLiteral("promptly");
    case DueKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString filingStateKey(FilingState state)
{
    switch (state) {
    case FilingState::Due:
        return QStringLiteral("due");
    case FilingState::DueSoon:
        return QStringLiteral("due_soon");
    case FilingState::Overdue:
        return QStringLiteral("overdue");
    case FilingState::Filed:
        return QStringLiteral("filed");
    case FilingState::NotRequired:
        return QStringLiteral("not_required");
    }
    return {};
}

QString filingStateText(FilingState state)
{
    switch (state) {
    case FilingState::Due:
        return QCoreApplication::translate("bd::Obligations", "due");
    case FilingState::DueSoon:
        return QCoreApplication::translate("bd::Obligations", "due soon");
    case FilingState::Overdue:
        return QCoreApplication::translate("bd::Obligations", "overdue");
    case FilingState::Filed:
        return QCoreApplication::translate("bd::Obligations", "filed");
    case FilingState::NotRequired:
        return QCoreApplication::translate("bd::Obligations", "not required");
    }
    return {};
}

QString requiredFilingTitle(const QString& key)
{
    // The one list of filing titles: the obligations, the deadline board and the filing register use it.
    static const QList<std::pair<const char*, const char*>> titles = {
        {FilingKey::PpcPreliminary, QT_TRANSLATE_NOOP("bd::Obligations", "PPC report, preliminary (速報)")},
        {FilingKey::PpcFinal, QT_TRANSLATE_NOOP("bd::Obligations", "PPC report, final (確報)")},
        {FilingKey::PpcFollowUp, QT_TRANSLATE_NOOP("bd::Obligations", "PPC report, follow-up (続報)")},
        {FilingKey::ConsignorNoticePrefix, QT_TRANSLATE_NOOP("bd::Obligations", "Notice to the consignor")},
        {FilingKey::IndividualNoticePrefix,
         QT_TRANSLATE_NOOP("bd::Obligations", "Notice to individuals (本人通知)")},
        {FilingKey::PmarkPreliminary,
         QT_TRANSLATE_NOOP("bd::Obligations", "Privacy Mark report, preliminary")},
        {FilingKey::PmarkFinal, QT_TRANSLATE_NOOP("bd::Obligations", "Privacy Mark report, final")},
        {FilingKey::GdprArt33, QT_TRANSLATE_NOOP("bd::Obligations", "GDPR Art. 33 notification")},
        {FilingKey::GdprArt34, QT_TRANSLATE_NOOP("bd::Obligations", "GDPR Art. 34 communication")},
        {FilingKey::PublicNotice, QT_TRANSLATE_NOOP("bd::Obligations", "Public notice")},
        {FilingKey::HandoverPrefix, QT_TRANSLATE_NOOP("bd::Obligations", "Encrypted hand-over")},
        {FilingKey::PublishedEditionPrefix,
         QT_TRANSLATE_NOOP("bd::Obligations", "Public notice, published outside BreachDesk")},
    };
    for (const auto& [prefix, title] : titles) {
        const QLatin1String p(prefix);
        if (p.endsWith(QLatin1Char(':')) ? key.startsWith(p) : key == p)
            return QCoreApplication::translate("bd::Obligations", title);
    }
    return key;
}

QString isoWithOffset(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString dueText(const RequiredFiling& filing)
{
    switch (filing.dueKind) {
    case DueKind::Window:
        return QStringLiteral("%1 – %2").arg(filing.from.toString(Qt::ISODate),
                                             filing.to.toString(Qt::ISODate));
    case DueKind::Date:
        return filing.to.toString(Qt::ISODate);
    case DueKind::DateTime: {
        const int offset = filing.dueAt.offsetFromUtc();
        const int minutes = qAbs(offset) / 60;
        return QStringLiteral("%1 %2%3:%4")
            .arg(filing.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    case DueKind::Promptly:
        return QCoreApplication::translate("bd::Obligations", "promptly");
    case DueKind::Unknown:
        return QCoreApplication::translate("bd::Obligations", "unknown");
    }
    return {};
}

FilingState filingState(const RequiredFiling& filing, const QDateTime& now, const QSet<QString>& filedKeys)
{
    if (!filing.required)
        return FilingState::NotRequired;
    if (filedKeys.contains(filing.key) || filing.doneOn.isValid())
        return FilingState::Filed;
    if (!filing.deadline.isValid() || !now.isValid())
        return FilingState::Due;
    const qint64 left = now.secsTo(filing.deadline);
    if (left <= 0)
        return FilingState::Overdue;
    return left <= DueSoonSeconds ? FilingState::DueSoon : FilingState::Due;
}

} // namespace bd
