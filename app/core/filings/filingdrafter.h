// Drafts any kind of the table in draftkinds.h for an incident in the workspace: the rules of which report
// follows which, edition and phase numbers, the incident's own templates, the consistency and identity
// checks and what changed since the last issued PPC report. The Filings page and `breachdesk draft-filing`
// both draft through here, so that the same kind, date and language give the same document in both.
// Drafting issues nothing and enters nothing in the filing register.
#pragma once

#include "database.h"
#include "draftkinds.h"
#include "filingdraft.h"
#include "ppcreport.h"
#include "reportdiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace bd {

struct DraftRequest
{
    QString kind;             // a DraftKind key
    std::optional<Lang> lang; // nullopt: the kind's rule (its only language, the client's, else Japanese)
    QDate date;               // the document's date
    QString consignor;        // the consignor client, for a consignor notice
    QDateTime now;            // the clock: GDPR Art. 33's 72 hours are counted to it when `date` is today
    QString lateReason;       // GDPR Art. 33(1): why a notification after 72 hours is late
};

struct DraftedFiling
{
    enum class Failure
    {
        None,
        UnknownKind,
        WrongLanguage,
        NoConsignor,      // a consignor notice without a client
        UnknownConsignor, // a client the incident's data sets do not name (`consignors` lists them)
        NotCalled,        // P-mark and GDPR kinds while the obligations do not call for them
        BadDate,
        Storage,
        Template // the template does not render (`message` says why)
    };
    Failure failure = Failure::None;
    QString message;        // translated, when failed
    QStringList consignors; // the incident's consignor clients (UnknownConsignor)
    StorageError storage;

    FilingDraft draft;
    Incident incident;               // the record it was drafted from
    std::optional<PpcReport> report; // the PPC report's nine items
    QStringList errors;   // findings that block issuing (a later date, another reader's names), translated
    QStringList warnings; // consistency and identity warnings for the officer to decide on, translated
    // What changed since the latest issued PPC report (確報 and 続報); `changesSince` names it.
    std::optional<QList<ItemChange>> changes;
    QString changesSince;
    // GDPR Art. 33: more than 72 hours have passed and no reason for the delay was given.
    bool lateReasonWanted = false;

    bool ok() const { return failure == Failure::None; }
    QString changesHtml() const; // for the review beside the draft; empty without changes
    QString changesText() const; // the same as plain text
};

class FilingDrafter
{
    Q_DECLARE_TR_FUNCTIONS(bd::FilingDrafter)
public:
    static DraftedFiling draft(Database& db, qint64 incidentId, const DraftRequest& request);
};

} // namespace bd
