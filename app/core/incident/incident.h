// The facts of one personal-data breach, as value types. No database and no widgets here:
// storage, the obligations engine, JSON and the editor all work on these.
#pragma once

#include "narrative.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

enum class IncidentStatus
{
    Open,
    Archived
};

// 規則7条 event types: 漏えい, 滅失 and 毀損 are separate facts, each with its own certainty (法26条1項:
// 「発生し、 又は発生したおそれがある」). Ransomware that encrypted the files: 毀損 occurred, 漏えい
// possible.
enum class EventCertainty
{
    No,       // did not happen (or nothing suggests it)
    Possible, // 発生したおそれ
    Occurred  // 発生
};

struct EventStates
{
    EventCertainty leak = EventCertainty::No;   // 漏えい
    EventCertainty loss = EventCertainty::No;   // 滅失
    EventCertainty damage = EventCertainty::No; // 毀損
    // Some kind occurred or may have occurred: the APPI assessment applies (a trigger needs one).
    bool any() const
    {
        return leak != EventCertainty::No || loss != EventCertainty::No || damage != EventCertainty::No;
    }
    bool anyOccurred() const
    {
        return leak == EventCertainty::Occurred || loss == EventCertainty::Occurred ||
               damage == EventCertainty::Occurred;
    }
    // Every kind that applies only may have happened (「漏えい等が発生したおそれ」 as a whole).
    bool onlyPossible() const { return any() && !anyOccurred(); }
    bool operator==(const EventStates&) const = default;
};

enum class CauseKind
{
    Unknown,
    UnauthorisedAccess,
    Ransomware,
    Misdelivery,
    LossOrTheft,
    Insider,
    Other
};

// GDPR Art. 33/34 risk assessment.
enum class GdprRisk
{
    Unassessed,
    Unlikely,
    Risk,
    HighRisk
};

// Whether the data set is ours or held for a consignor client (委託元).
enum class Holder
{
    Own,
    Consignor
};

struct ContactDesk
{
    QString nameJa, nameEn;
    QString phone, email;
    // A number callers outside Japan can dial (+81 …): a free-dial number (0120, 0800) cannot be reached from
    // abroad, so letters print this one beside it.
    QString phoneAbroad;
    QString hoursJa, hoursEn;
    bool operator==(const ContactDesk&) const = default;
};

struct Organisation
{
    QString nameJa, nameEn;
    QString addressJa, addressEn;
    QString representativeJa, representativeEn; // e.g. 代表取締役 山田 太郎
    ContactDesk desk;
    bool operator==(const Organisation&) const = default;
};

// Built-in people groups; a data set may also name a custom group (groupKey not in this list).
namespace GroupKey {
inline constexpr auto ConsignorCustomers = "consignor_customers";
inline constexpr auto Employees = "employees";
inline constexpr auto Candidates = "candidates";
inline constexpr auto BusinessContacts = "business_contacts";
} // namespace GroupKey

struct DataSet
{
    qint64 id = 0;
    QString groupKey;                   // GroupKey::… or a custom key
    QString groupLabelJa, groupLabelEn; // for custom groups; built-ins take their labels from the catalogue
    Holder holder = Holder::Own;
    QString consignorName;       // which client, when holder == Consignor
    std::optional<int> people;   // nullopt = unknown
    bool peopleEstimate = false; // "about" (約)
    QStringList itemKeys;        // DataItem keys, see catalogue.h
    QDate consignorNotifiedOn;   // 規則9条 notice given to the consignor (processor route); null = not yet
    // 規則7条: 高度な暗号化 protects this data set; the exclusion is lost when the key may have leaked too.
    bool encrypted = false;
    bool keyMayHaveLeaked = false;
    // JP-N (法26条2項ただし書): these people cannot be reached, so 公表 and an inquiry desk may replace their
    // notice; the reason is recorded.
    bool contactsUnreachable = false;
    QString contactsUnreachableReason;
    int position = 0;
    bool operator==(const DataSet&) const = default;
};

// A consignor client's names as documents may write them: the name its data sets record, its English name
// and abbreviations (あおば損保, Aoba). Any of them in a document for another reader breaks the
// confidentiality each client is owed (confidentialitycheck.h).
struct ConsignorNames
{
    QString name; // as DataSet::consignorName records it
    QString nameEn;
    QStringList aliases;
    QStringList all() const; // name, English name and aliases, without empty ones
    bool operator==(const ConsignorNames&) const = default;
};

// A consignor client's name as a key: NFKC, without spaces or a trailing honorific (御中, 様, 殿, さま,
// 各位), so that 「あおば損害保険株式会社 御中」 and 「あおば損害保険株式会社」 are one client.
QString consignorKey(const QString& name);

// Whether two audiences are the same reader (consignor names compared by consignorKey).
bool sameAudience(const QString& a, const QString& b);

// Text the officer marked confidential (a ransom note's identifier, an internal host name, the police
// case number): only documents for `audience` may contain it.
struct ConfidentialText
{
    QString text;
    QString audience = QStringLiteral("regulator"); // Audience::…
    bool operator==(const ConfidentialText&) const = default;
};

struct TimelineEvent
{
    qint64 id = 0;
    QDateTime at; // local time; a date-only event has time 00:00 and dateOnly = true
    bool dateOnly = false;
    QString textJa, textEn;
    bool operator==(const TimelineEvent&) const = default;
};

struct Incident
{
    qint64 id = 0;
    QString code; // INC-2024-003
    QString titleJa, titleEn;
    IncidentStatus status = IncidentStatus::Open;

    Organisation org;

    EventStates event;
    QDate occurredFrom, occurredTo; // 発生 range; null = unknown; from == to for a single day
    QDateTime knownAt;              // 知った日時: day 1 of every deadline; null = not yet recorded
    QDate containedOn;

    CauseKind cause = CauseKind::Unknown;
    bool malicious = false; // 不正の目的をもって行われたおそれ (規則7条3号)
    QString maliciousReason;

    bool pmarkHolder = false;
    QString pmarkBody; // the review body that granted the mark (JIPDEC, JISA …)
    bool gdprApplies = false;
    GdprRisk gdprRisk = GdprRisk::Unassessed;

    QDateTime createdAt, updatedAt;

    QList<DataSet> dataSets;
    QList<TimelineEvent> timeline;
    QList<Narrative> narratives; // one per NarrativeSection for all readers, in section order, then the
                                 // sections written for particular readers
    QList<ConsignorNames> consignors;
    QList<ConfidentialText> confidentialTexts;

    // The section for all readers.
    const Narrative* narrative(NarrativeSection section) const;
    // The section as written for exactly `audience` (no fallback); nullptr when there is none.
    const Narrative* narrative(NarrativeSection section, const QString& audience) const;
    // The section a document for `audience` reads: in each language, the first text along
    // narrativeFallbackChain(audience) that is not empty.
    Narrative narrativeFor(NarrativeSection section, const QString& audience) const;
    // The recorded names of `consignorName` (matched as its data sets name it); just the name when none
    // were recorded.
    ConsignorNames consignorNames(const QString& consignorName) const;
    // Total people over all data sets; nullopt when any count is unknown. `estimate` is set when any count is
    // "about".
    std::optional<int> totalPeople(bool* estimate = nullptr) const;
    bool operator==(const Incident&) const = default;
};

} // namespace bd
