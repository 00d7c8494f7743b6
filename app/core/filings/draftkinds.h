// The table of what BreachDesk drafts: one row per kind of document the officer can ask for (the PPC
// report's stages, the public notice's editions, the consignor notice, the P-mark report's stages, GDPR
// Art. 33 and 34), with the filing it answers, its language rule, whether it needs a consignor client and
// when it is offered. The Filings page fills its list from this table and `breachdesk draft-filing` reads
// its --kind from it, so that the window and the command offer the same documents.
#pragma once

#include "database.h"
#include "filingkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace bd {

struct ObligationReport;

// Which languages a kind is drafted in.
enum class DraftLanguage
{
    Japanese, // Japanese only (the PPC report, the P-mark report)
    English,  // English only (GDPR Art. 33: the lead authority's working language is chosen in English)
    Either,   // Japanese or English, asked for
    Client    // the consignor client's language (its recipient's, else its group's), unless asked for
};

struct DraftKind
{
    QString key; // "ppc_preliminary", "public_notice_final", …: what --kind takes
    FilingKind kind = FilingKind::PpcReport;
    ReportStage stage = ReportStage::Preliminary; // PPC and P-mark reports
    bool finalEdition = false;                    // public notice: 最終報
    // The obligations' filing key the document answers (FilingKey in requiredfiling.h); a consignor notice's
    // ends in ":" and takes the client's name. No rule requires a 続報 or a public notice: they are drafted
    // on request.
    QString answers;
    DraftLanguage language = DraftLanguage::Japanese;
    bool needsConsignor = false;
    // Offered only while the obligations call for `answers` (P-mark and GDPR: they apply only to some
    // businesses); the others are offered always (a consignor notice: for each client the data sets name).
    bool onlyWhenCalled = false;

    QString label() const; // translated: "PPC report — preliminary (速報)"
    // True when the obligations as evaluated call for this kind (`called`: their required filing keys).
    bool isCalled(const QSet<QString>& called) const;
    // The languages it can be drafted in, the default first (Client: Japanese, English).
    QList<Lang> languages() const;
};

// Every kind, in the order the window lists them.
const QList<DraftKind>& draftKinds();
const DraftKind* findDraftKind(const QString& key);

// One entry of the window's list: a kind with its language and, for a consignor notice, the client.
struct DraftChoice
{
    QString kind;
    std::optional<Lang> lang; // nullopt: the kind's own rule (Client: the client's language)
    QString consignor;
    QString label; // translated, as the list shows it

    bool operator==(const DraftChoice&) const = default;
};

class DraftKinds
{
    Q_DECLARE_TR_FUNCTIONS(bd::DraftKinds)
public:
    // The filing keys the obligations call for at `now` (required ones), from the workspace's incident, its
    // decisions and overrides.
    static QSet<QString> calledIn(const ObligationReport& report);
    static std::optional<QSet<QString>> calledFilings(Database& db, qint64 incidentId, const QDateTime& now,
                                                      StorageError* error);
    // What the window offers for the incident: each kind offered (see DraftKind::onlyWhenCalled) in each of
    // its languages, a consignor notice once per client. `consignors`: the incident's consignor clients.
    static QList<DraftChoice> choices(const QSet<QString>& called, const QStringList& consignors);
};

} // namespace bd
