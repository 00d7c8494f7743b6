// One filing or notice the obligations require: to whom, on what basis, by when and why; and its state at a
// given moment (due, due soon, overdue, filed).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace bd {

// Stable filing keys; notices append the client's name or the people group's key.
namespace FilingKey {
inline constexpr auto PpcPreliminary = "ppc_preliminary";
inline constexpr auto PpcFinal = "ppc_final";
inline constexpr auto PpcFollowUp = "ppc_follow_up"; // drafted on the Filings page, not required by a rule
inline constexpr auto ConsignorNoticePrefix = "consignor_notice:";
inline constexpr auto IndividualNoticePrefix = "individual_notice:";
inline constexpr auto PmarkPreliminary = "pmark_preliminary";
inline constexpr auto PmarkFinal = "pmark_final";
inline constexpr auto GdprArt33 = "gdpr_art33";
inline constexpr auto GdprArt34 = "gdpr_art34";
inline constexpr auto PublicNotice = "public_notice"; // drafted on the Filings page
inline constexpr auto HandoverPrefix = "handover:";   // an encrypted hand-over (HandoverRepository)
// A public notice edition published outside BreachDesk (PublishedEditionRepository), by its record's id.
inline constexpr auto PublishedEditionPrefix = "published_edition:";
} // namespace FilingKey

enum class DueKind
{
    Window,   // a target window from–to (速報); late after `to`
    Date,     // due by the end of `to` (Japan time)
    DateTime, // due at `dueAt` exactly (GDPR 72 h)
    Promptly, // no date: 「速やかに」 / without undue delay
    Unknown   // a fact is missing (知った日)
};
QString dueKindKey(DueKind kind); // "window", "date", "date_time", "promptly", "unknown"

enum class FilingState
{
    Due,
    DueSoon, // the deadline is at most 48 hours away
    Overdue,
    Filed,
    NotRequired
};
QString filingStateKey(FilingState state);  // "due", "due_soon", "overdue", "filed", "not_required"
QString filingStateText(FilingState state); // translated

struct RequiredFiling
{
    QString key;
    QString ruleId;     // the rule that requires it
    QString audience;   // translated
    QString legalBasis; // citation, e.g. 規則8条2項
    DueKind dueKind = DueKind::Unknown;
    QDate from, to;                 // Window: from–to; Date: to, with from == to
    QDateTime dueAt;                // DateTime
    QDateTime deadline;             // the first late instant; invalid for Promptly and Unknown
    QString reason;                 // the decisive reason, translated
    bool provisional = false;       // its rule needs judgement or facts: possibly due
    bool substituteAllowed = false; // JP-N: 公表 and an inquiry desk may replace the notice
    bool required = true;           // false: listed for the record only (override, or not part of the 事態)
    QDate doneOn;                   // the incident record says it was done (e.g. the 規則9条 notice)
    bool overridden = false;
    QString overrideReason;

    bool operator==(const RequiredFiling&) const = default;
};

// What the filing is, by its key, translated: "Preliminary report (速報)", "Notice to the consignor", …
QString requiredFilingTitle(const QString& key);

// "2024-08-31 – 2024-09-02", "2024-10-28", "2024-09-01 09:30 +09:00", "promptly" (translated), "unknown".
QString dueText(const RequiredFiling& filing);
// ISO 8601 with the UTC offset written out, whatever the time spec.
QString isoWithOffset(const QDateTime& at);

inline constexpr qint64 DueSoonSeconds = 48 * 3600;
// Filed when `filedKeys` holds the key (the caller knows the filings) or the record says it was done.
FilingState filingState(const RequiredFiling& filing, const QDateTime& now,
                        const QSet<QString>& filedKeys = {});

} // namespace bd
