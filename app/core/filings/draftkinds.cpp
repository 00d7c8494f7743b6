#include "draftkinds.h"

#include "incidentrepository.h"
#include "obligationreport.h"
#include "obligationrepository.h"
#include "requiredfiling.h"

#include <algorithm>

namespace bd {

namespace {

DraftKind row(const char* key, FilingKind kind, const char* answers, DraftLanguage language,
              ReportStage stage = ReportStage::Preliminary)
{
    DraftKind k;
    k.key = QString::fromLatin1(key);
    k.kind = kind;
    k.answers = QString::fromLatin1(answers);
    k.language = language;
    k.stage = stage;
    return k;
}

QList<DraftKind> makeKinds()
{
    using L = DraftLanguage;
    QList<DraftKind> kinds{
        row("ppc_preliminary", FilingKind::PpcReport, FilingKey::PpcPreliminary, L::Japanese),
        row("ppc_final", FilingKind::PpcReport, FilingKey::PpcFinal, L::Japanese, ReportStage::Final),
        row("ppc_follow_up", FilingKind::PpcReport, FilingKey::PpcFollowUp, L::Japanese,
            ReportStage::FollowUp),
        // 速報兼確報: when everything is known within the 速報's window, the PPC's guidelines let one filing
        // serve as both (規則8条1項・2項); it is entered in the register as the 確報, whose deadline it
        // meets.
        row("ppc_combined", FilingKind::PpcReport, FilingKey::PpcFinal, L::Japanese, ReportStage::Combined),
        row("public_notice", FilingKind::PublicNotice, FilingKey::PublicNotice, L::Either),
        row("public_notice_final", FilingKind::PublicNotice, FilingKey::PublicNotice, L::Either),
        row("consignor_notice", FilingKind::ConsignorNotice, FilingKey::ConsignorNoticePrefix, L::Client),
        row("pmark_preliminary", FilingKind::PmarkReport, FilingKey::PmarkPreliminary, L::Japanese),
        row("pmark_final", FilingKind::PmarkReport, FilingKey::PmarkFinal, L::Japanese, ReportStage::Final),
        row("gdpr_art33", FilingKind::GdprArt33, FilingKey::GdprArt33, L::English),
        row("gdpr_art34", FilingKind::GdprArt34, FilingKey::GdprArt34, L::Either),
    };
    for (DraftKind& k : kinds) {
        k.finalEdition = k.key == QLatin1String("public_notice_final");
        k.needsConsignor = k.kind == FilingKind::ConsignorNotice;
        k.onlyWhenCalled = k.kind == FilingKind::PmarkReport || k.kind == FilingKind::GdprArt33 ||
                           k.kind == FilingKind::GdprArt34;
    }
    return kinds;
}

} // namespace

QString DraftKind::label() const
{
    if (key == QLatin1String("ppc_preliminary"))
        return DraftKinds::tr("PPC report — preliminary (速報)");
    if (key == QLatin1String("ppc_final"))
        return DraftKinds::tr("PPC report — final (確報)");
    if (key == QLatin1String("ppc_follow_up"))
        return DraftKinds::tr("PPC report — follow-up (続報)");
    if (key == QLatin1String("ppc_combined"))
        return DraftKinds::tr("PPC report — combined preliminary and final (速報兼確報)");
    if (key == QLatin1String("public_notice"))
        return DraftKinds::tr("Public notice — next edition");
    if (key == QLatin1String("public_notice_final"))
        return DraftKinds::tr("Public notice — final edition");
    if (key == QLatin1String("consignor_notice"))
        return DraftKinds::tr("Notice to a consignor client");
    if (key == QLatin1String("pmark_preliminary"))
        return DraftKinds::tr("Privacy Mark report — preliminary");
    if (key == QLatin1String("pmark_final"))
        return DraftKinds::tr("Privacy Mark report — final");
    if (key == QLatin1String("gdpr_art33"))
        return DraftKinds::tr("GDPR Art. 33 notification (next phase)");
    if (key == QLatin1String("gdpr_art34"))
        return DraftKinds::tr("GDPR Art. 34 communication");
    return key;
}

bool DraftKind::isCalled(const QSet<QString>& called) const
{
    if (answers.isEmpty())
        return false;
    if (answers.endsWith(QLatin1Char(':')))
        return std::any_of(called.begin(), called.end(),
                           [this](const QString& k) { return k.startsWith(answers); });
    return called.contains(answers);
}

QList<Lang> DraftKind::languages() const
{
    switch (language) {
    case DraftLanguage::Japanese:
        return {Lang::Ja};
    case DraftLanguage::English:
        return {Lang::En};
    case DraftLanguage::Either:
    case DraftLanguage::Client:
        return {Lang::Ja, Lang::En};
    }
    return {};
}

const QList<DraftKind>& draftKinds()
{
    static const QList<DraftKind> kinds = makeKinds();
    return kinds;
}

const DraftKind* findDraftKind(const QString& key)
{
    for (const DraftKind& k : draftKinds())
        if (k.key == key)
            return &k;
    return nullptr;
}

std::optional<QSet<QString>> DraftKinds::calledFilings(Database& db, qint64 incidentId, const QDateTime& now,
                                                       StorageError* error)
{
    IncidentRepository incidents(db);
    const std::optional<Incident> incident = incidents.load(incidentId, error);
    if (!incident)
        return std::nullopt;
    ObligationRepository obligations(db);
    const QList<DataItem> custom = incidents.customItems(error);
    const QList<Decision> decisions = *error ? QList<Decision>() : obligations.decisions(incidentId, error);
    const QList<Override> overrides = *error ? QList<Override>() : obligations.overrides(incidentId, error);
    if (*error)
        return std::nullopt;
    return calledIn(evaluate(*incident, decisions, overrides, now, custom));
}

QSet<QString> DraftKinds::calledIn(const ObligationReport& report)
{
    QSet<QString> called;
    for (const RequiredFiling& f : report.filings)
        if (f.required)
            called.insert(f.key);
    return called;
}

QList<DraftChoice> DraftKinds::choices(const QSet<QString>& called, const QStringList& consignors)
{
    QList<DraftChoice> out;
    for (const DraftKind& k : draftKinds()) {
        if (k.onlyWhenCalled && !k.isCalled(called))
            continue;
        switch (k.language) {
        case DraftLanguage::Japanese:
        case DraftLanguage::English:
            out.append({k.key, std::nullopt, QString(), k.label()});
            break;
        case DraftLanguage::Either:
            out.append({k.key, Lang::Ja, QString(), tr("%1 (Japanese)").arg(k.label())});
            out.append({k.key, Lang::En, QString(), tr("%1 (English)").arg(k.label())});
            break;
        case DraftLanguage::Client:
            for (const QString& client : consignors)
                out.append({k.key, std::nullopt, client, tr("Notice to consignor client %1").arg(client)});
            break;
        }
    }
    return out;
}

} // namespace bd
