#include "filingdrafter.h"

#include "companyprofilerepository.h"

#include "consistencycheck.h"
#include "identitycheck.h"
#include "incidentrepository.h"
#include "issueddocumentrepository.h"
#include "noticecontexts.h"
#include "obligationreport.h"
#include "obligationrepository.h"

#include <QTimeZone>

#include <algorithm>

namespace bd {

namespace {

DraftedFiling failed(DraftedFiling::Failure failure, const QString& message)
{
    DraftedFiling out;
    out.failure = failure;
    out.message = message;
    return out;
}

DraftedFiling storageFailure(const StorageError& error)
{
    DraftedFiling out = failed(DraftedFiling::Failure::Storage, error.text());
    out.storage = error;
    return out;
}

QString languageName(Lang lang)
{
    return lang == Lang::Ja ? FilingDrafter::tr("Japanese") : FilingDrafter::tr("English");
}

// The first report of a series (速報, 速報兼確報) follows no other and has nothing to compare with.
bool followsEarlierReport(ReportStage stage)
{
    return stage == ReportStage::Final || stage == ReportStage::FollowUp;
}

// The PPC report with the header naming the report it follows (its receipt number from the register) and
// what changed since that report.
void draftPpc(Database& db, const Incident& incident, const QList<DataItem>& custom, const DraftKind& kind,
              const DraftRequest& request, const QList<IssuedDocument>& issued, const FilingTemplate* templ,
              DraftedFiling& out, StorageError* error)
{
    ObligationRepository obligations(db);
    const QList<Decision> decisions = obligations.decisions(incident.id, error);
    const QList<Override> overrides = obligations.overrides(incident.id, error);
    const QList<FilingRecord> records = obligations.filings(incident.id, error);
    if (*error)
        return;
    // The 規則7条 triggers as they stand on the report's date.
    const ObligationReport report =
        evaluate(incident, decisions, overrides, QDateTime(request.date, QTime(12, 0)), custom);
    out.report = buildPpcReport(incident, custom, kind.stage, request.date, &report);
    // Who files, from the company profile: the PPC's form asks for the reporter's department, person and
    // direct line, and the industry.
    if (const std::optional<CompanyProfile> profile = CompanyProfileRepository(db).load(error)) {
        out.report->industry = profile->industryJa.trimmed();
        out.report->reporterDepartment = profile->reporterDepartmentJa.trimmed();
        out.report->reporterName = profile->reporterNameJa.trimmed();
        out.report->reporterPhone = profile->reporterPhone.trimmed();
        out.report->reporterEmail = profile->reporterEmail.trimmed();
    }
    if (*error)
        return;
    if (out.report->reporterPhone.isEmpty())
        out.warnings.append(FilingDrafter::tr(
            "The reporter's department, person and direct line are not in the company profile (Edit ▸ "
            "Company "
            "Profile…): the report gives the contact desk instead, which the PPC may query."));
    if (out.report->industry.isEmpty())
        out.warnings.append(FilingDrafter::tr("The industry (業種) is not in the company profile (Edit ▸ "
                                              "Company Profile…): the PPC's form asks for it."));
    const IssuedDocument* before = nullptr;
    for (auto it = issued.crbegin(); it != issued.crend() && followsEarlierReport(kind.stage); ++it) {
        if (it->kind == FilingKind::PpcReport) {
            before = &*it;
            break;
        }
    }
    if (before) {
        FilingRecord record;
        for (const FilingRecord& f : records)
            if (f.key == before->filingKey)
                record = f;
        out.report->previousReport = previousReportText(
            before->stage, record.submittedOn.isValid() ? record.submittedOn : before->documentDate,
            record.receiptNo);
    }
    out.draft = draftPpcReport(*out.report, incident, custom, templ);
    if (before) {
        if (const std::optional<PpcReport> earlier = PpcReport::fromJson(before->content)) {
            out.changes = changedItems(diffReports(*earlier, *out.report));
            out.changesSince = FilingDrafter::tr("the %1 issued on %2")
                                   .arg(before->label(), before->documentDate.toString(Qt::ISODate));
        }
    }
}

} // namespace

QString DraftedFiling::changesHtml() const
{
    if (!changes)
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(FilingDrafter::tr("Changes since %1:").arg(changesSince).toHtmlEscaped());
    if (changes->isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(FilingDrafter::tr("None.").toHtmlEscaped());
    for (const ItemChange& c : *changes) {
        html += QStringLiteral("<p>(%1) %2</p><ul>").arg(c.number).arg(c.title.toHtmlEscaped());
        for (const QString& line : c.removedLines)
            html += QStringLiteral("<li><s>%1</s></li>").arg(line.toHtmlEscaped());
        for (const QString& line : c.addedLines)
            html += QStringLiteral("<li><b>%1</b></li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DraftedFiling::changesText() const
{
    if (!changes)
        return {};
    QStringList lines{FilingDrafter::tr("Changes since %1:").arg(changesSince)};
    if (changes->isEmpty())
        lines << FilingDrafter::tr("None.");
    for (const ItemChange& c : *changes) {
        lines << QStringLiteral("(%1) %2").arg(c.number).arg(c.title);
        for (const QString& line : c.removedLines)
            lines << QStringLiteral("  - ") + line;
        for (const QString& line : c.addedLines)
            lines << QStringLiteral("  + ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

DraftedFiling FilingDrafter::draft(Database& db, qint64 incidentId, const DraftRequest& request)
{
    using F = DraftedFiling::Failure;
    const DraftKind* kind = findDraftKind(request.kind);
    if (!kind)
        return failed(F::UnknownKind, tr("There is no kind of filing called \"%1\".").arg(request.kind));
    if (!request.date.isValid())
        return failed(F::BadDate, tr("The document needs a date."));
    const QList<Lang> languages = kind->languages();
    if (request.lang && !languages.contains(*request.lang))
        return failed(
            F::WrongLanguage,
            tr("%1 is drafted in %2 only.").arg(kind->label(), languageName(languages.constFirst())));

    StorageError error;
    IncidentRepository incidents(db);
    const std::optional<Incident> loaded = incidents.load(incidentId, &error);
    if (!loaded)
        return storageFailure(error);
    const Incident& incident = *loaded;
    const QList<DataItem> custom = incidents.customItems(&error);
    if (error)
        return storageFailure(error);

    if (kind->onlyWhenCalled) {
        const std::optional<QSet<QString>> called =
            DraftKinds::calledFilings(db, incidentId, request.now, &error);
        if (!called)
            return storageFailure(error);
        if (!kind->isCalled(*called))
            return failed(F::NotCalled,
                          tr("The obligations of %1 do not call for a %2 as they stand: check the facts "
                             "and decisions on the Obligations page.")
                              .arg(incident.code, kind->label()));
    }
    Lang lang = request.lang.value_or(languages.constFirst());
    Recipient client;
    if (kind->needsConsignor) {
        const QStringList known = consignorClients(incident);
        const QString name = request.consignor.trimmed();
        if (name.isEmpty()) {
            DraftedFiling out =
                failed(F::NoConsignor, tr("A notice to a consignor client needs the client."));
            out.consignors = known;
            return out;
        }
        if (!known.contains(name)) {
            DraftedFiling out =
                failed(F::UnknownConsignor,
                       tr("The data sets of %1 name no consignor client \"%2\".").arg(incident.code, name));
            out.consignors = known;
            return out;
        }
        Lang clientLang = Lang::Ja;
        client = consignorRecipient(db, incidentId, name, &clientLang, &error);
        if (error)
            return storageFailure(error);
        lang = request.lang.value_or(clientLang);
    }

    IssuedDocumentRepository documents(db);
    const QList<IssuedDocument> issued = documents.list(incidentId, &error);
    if (error)
        return storageFailure(error);
    // The incident's own copy of the kind's template when the officer edited one.
    const std::optional<FilingTemplate> templ =
        FilingTemplates::forIncident(db, incidentId, kind->kind, lang, &error);
    if (error)
        return storageFailure(error);
    const FilingTemplate* own = templ ? &*templ : nullptr;

    DraftedFiling out;
    out.incident = incident;
    switch (kind->kind) {
    case FilingKind::PpcReport:
        draftPpc(db, incident, custom, *kind, request, issued, own, out, &error);
        break;
    case FilingKind::PublicNotice: {
        PublicNoticeOptions o;
        o.lang = lang;
        o.finalEdition = kind->finalEdition;
        o.edition = documents.nextEdition(incidentId, lang, &error);
        o.previousEditionDate = documents.latestEditionDate(incidentId, &error);
        o.date = request.date;
        out.draft = draftPublicNotice(incident, custom, o, own);
        break;
    }
    case FilingKind::ConsignorNotice:
        out.draft = draftConsignorNotice(incident, custom, client, lang, request.date, own);
        break;
    case FilingKind::PmarkReport:
        out.draft = draftPmarkReport(incident, custom, kind->stage, request.date, own);
        break;
    case FilingKind::GdprArt33: {
        // Art. 33(4): each further notification is the next phase.
        int phase = 1;
        for (const IssuedDocument& d : issued)
            if (d.kind == FilingKind::GdprArt33)
                phase = std::max(phase, d.edition + 1);
        // Sent now when dated today; on another day at noon.
        const QDateTime sentAt = request.date == request.now.date()
                                     ? request.now
                                     : QDateTime(request.date, QTime(12, 0), request.now.timeZone());
        // Art. 33(1): a notification after 72 hours gives the reasons for the delay.
        out.lateReasonWanted = phase == 1 && request.lateReason.trimmed().isEmpty() &&
                               incident.knownAt.isValid() && incident.knownAt.secsTo(sentAt) > 72 * 3600;
        out.draft = draftGdprArt33(incident, custom, phase, sentAt, request.lateReason, own);
        break;
    }
    case FilingKind::GdprArt34:
        out.draft = draftGdprArt34(incident, custom, lang, request.date, own);
        break;
    }
    if (error)
        return storageFailure(error);
    if (!out.draft.isValid()) {
        const QString why = out.draft.problems.isEmpty() ? QString() : out.draft.problems.first().message;
        return failed(F::Template, tr("The document could not be drafted: %1").arg(why));
    }
    for (const ConsistencyWarning& w : ConsistencyChecker::check(out.draft, incident, issued))
        (w.severity == ConsistencyWarning::Severity::Error ? out.errors : out.warnings) << w.message;
    // A public notice must not name the people it is about.
    if (out.draft.kind == FilingKind::PublicNotice) {
        IdentityMatcher matcher;
        if (!IdentityMatcher::fromWorkspace(db, incidentId, &matcher, &error))
            return storageFailure(error);
        for (const IdentityHit& hit : matcher.find(out.draft.plainText))
            out.warnings << hit.message() + QLatin1Char(' ') + tr("Text: \"%1\".").arg(hit.matched);
    }
    return out;
}

} // namespace bd
