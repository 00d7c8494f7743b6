// The kinds of filing and notice BreachDesk drafts (domain.md §3), their stages, and the templates shipped
// for them (resources/templates/filings, compiled into bd_filings).
#pragma once

#include "narrative.h"
#include "templaterepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bd {

enum class FilingKind
{
    PpcReport,       // 漏えい等報告 (法26条1項, 規則8条)
    PublicNotice,    // 公表文
    ConsignorNotice, // notice to a consignor client (規則9条); the letters' consignor-notice template
    PmarkReport,     // Privacy Mark 事故報告 (PMK500)
    GdprArt33,       // notification to the supervisory authority
    GdprArt34        // communication to the data subjects
};
QString filingKindKey(FilingKind kind); // "ppc_report", "public_notice", …
bool filingKindFromKey(const QString& key, FilingKind* out);

// 速報 / 確報 / 続報 (追完). GDPR Art. 33 phases and P-mark reports use the first three. A PPC report may be
// 速報兼確報 (Combined) when everything is known within the 速報's window: one report with every item.
enum class ReportStage
{
    Preliminary,
    Final,
    FollowUp,
    Combined
};
QString reportStageKey(ReportStage stage); // "preliminary", "final", "follow_up", "combined"
bool reportStageFromKey(const QString& key, ReportStage* out);
QString
reportStageLabelJa(ReportStage stage); // 速報 / 確報 / 続報 / 速報兼確報 (document text, not translated)

// The template a kind is drafted with: its text, its version and the SHA-256 of the text (kept with every
// issued document).
struct FilingTemplate
{
    QString kind; // "ppc-report", "public-notice", … (file name stem)
    Lang lang = Lang::Ja;
    QString body;
    int version = 0;
    QByteArray sha256; // hex
};

class FilingTemplates
{
    Q_DECLARE_TR_FUNCTIONS(bd::FilingTemplates)
public:
    // The template for `kind` in `lang`; nullopt when there is none (e.g. the PPC report is Japanese only).
    static std::optional<FilingTemplate> builtin(FilingKind kind, Lang lang);
    // The same template with an officer's edited text (its own hash, the version it was based on).
    static FilingTemplate withBody(const FilingTemplate& base, const QString& body);
    // The template the incident uses: its own copy (TemplateRepository; the consignor notice shares the
    // letters' copy for the consignor clients group) when the officer edited one, else the shipped one. A
    // copy keeps the version it was based on; its hash is its own.
    static std::optional<FilingTemplate> forIncident(Database& db, qint64 incidentId, FilingKind kind,
                                                     Lang lang, StorageError* error);
    // The shipped filing templates for a TemplateRepository (kinds "ppc-report", "public-notice", …).
    static BuiltinTemplateLookup lookup();
    static QString templateKind(FilingKind kind); // "ppc-report", …
    static QString groupKey(FilingKind kind);     // the TemplateKey group: "consignor_clients" or ""
    static QString kindTitle(FilingKind kind);    // translated, for the UI
};

} // namespace bd
