#include "noticecontexts.h"

#include "documentcontext.h"
#include "japaneseformat.h"
#include "recipientrepository.h"

#include <QJsonArray>

namespace bd {

namespace {

// Renders with the officer's template when given, else the shipped one.
void render(FilingDraft& draft, const DocumentContext& context, const FilingTemplate* templ)
{
    std::optional<FilingTemplate> shipped;
    if (!templ) {
        shipped = FilingTemplates::builtin(draft.kind, draft.lang);
        if (!shipped) {
            Problem p;
            p.kind = Problem::Kind::Context;
            p.message = FilingTemplates::tr("There is no %1 template in this language.")
                            .arg(FilingTemplates::kindTitle(draft.kind));
            draft.problems.append(p);
            return;
        }
        templ = &*shipped;
    }
    renderDraft(draft, *templ, context);
}

QString unknownCount(Lang lang)
{
    return lang == Lang::Ja ? QStringLiteral("調査中") : QStringLiteral("still being confirmed");
}

MustacheData totalData(const FactSheet& facts, Lang lang)
{
    bool estimate = false;
    const std::optional<int> total = facts.total(&estimate);
    return mustacheText(total ? formatPeopleCount(*total, estimate, lang) : unknownCount(lang));
}

MustacheData timelineData(const Incident& incident, Lang lang, const QDate& upTo)
{
    QList<TimelineEvent> events = incident.timeline;
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
    MustacheData list(MustacheData::type::list);
    for (const TimelineEvent& e : events) {
        QString text = (lang == Lang::Ja ? e.textJa : e.textEn).trimmed();
        if (text.isEmpty())
            text = (lang == Lang::Ja ? e.textEn : e.textJa).trimmed();
        if (text.isEmpty() || !e.at.isValid() || (upTo.isValid() && e.at.date() > upTo))
            continue;
        QString when = formatDate(e.at.date(), lang, DateStyle::Seireki);
        if (!e.dateOnly)
            when += QLatin1Char(' ') + e.at.toString(QStringLiteral("H:mm"));
        MustacheData entry;
        entry.set("when", mustacheText(when));
        entry.set("text", mustacheText(text));
        list.push_back(entry);
    }
    return list;
}

} // namespace

QString ppcFilingKey(ReportStage stage)
{
    switch (stage) {
    case ReportStage::Preliminary:
        return QStringLiteral("ppc_preliminary");
    case ReportStage::Final:
    case ReportStage::Combined: // answers the 確報, whose deadline it meets
        return QStringLiteral("ppc_final");
    case ReportStage::FollowUp:
        return QStringLiteral("ppc_follow_up");
    }
    return {};
}

FilingDraft draftPpcReport(const PpcReport& report, const Incident& incident,
                           const QList<DataItem>& customItems, const FilingTemplate* templ)
{
    FilingDraft draft;
    draft.kind = FilingKind::PpcReport;
    draft.filingKey = ppcFilingKey(report.stage);
    draft.audience = QString::fromLatin1(Audience::Regulator);
    draft.stage = report.stage;
    draft.lang = Lang::Ja;
    draft.date = report.date;
    draft.title = QStringLiteral("個人データの漏えい等報告（%1）").arg(reportStageLabelJa(report.stage));
    draft.content = report.toJson();

    DocumentContext context = filingBaseContext(incident, customItems, Lang::Ja, report.date, draft.audience);
    MustacheData r;
    r.set("stage", mustacheText(reportStageLabelJa(report.stage)));
    r.set("date", mustacheText(formatJapaneseDate(report.date, DateStyle::Seireki)));
    r.set("reporter", mustacheText(report.reporter));
    r.set("representative", mustacheText(report.representative));
    r.set("address", mustacheText(report.address));
    r.set("desk_name", mustacheText(report.deskName));
    r.set("desk_phone", mustacheText(report.deskPhone));
    r.set("desk_email", mustacheText(report.deskEmail));
    r.set("industry", mustacheText(report.industry));
    r.set("reporter_department", mustacheText(report.reporterDepartment));
    r.set("reporter_name", mustacheText(report.reporterName));
    r.set("reporter_phone", mustacheText(report.reporterPhone));
    r.set("reporter_email", mustacheText(report.reporterEmail));
    r.set("previous_report", mustacheText(report.previousReport));
    MustacheData items(MustacheData::type::list);
    for (const ReportItem& i : report.items) {
        MustacheData item;
        item.set("number", mustacheText(QString::number(i.number)));
        item.set("title", mustacheText(i.title));
        item.set("text", mustacheText(i.text));
        item.set("unknown", MustacheData(i.unknown));
        items.push_back(item);
    }
    r.set("items", items);
    context.own.set("report", r);
    render(draft, context, templ);
    return draft;
}

QString editionLabel(int edition, bool finalEdition, Lang lang)
{
    if (lang == Lang::Ja)
        return finalEdition ? QStringLiteral("最終報") : QStringLiteral("第%1報").arg(edition);
    if (finalEdition)
        return QStringLiteral("Final report");
    static const char* const ordinals[] = {"First", "Second",  "Third",  "Fourth", "Fifth",
                                           "Sixth", "Seventh", "Eighth", "Ninth",  "Tenth"};
    return edition >= 1 && edition <= 10
               ? QStringLiteral("%1 report").arg(QLatin1String(ordinals[edition - 1]))
               : QStringLiteral("Report No. %1").arg(edition);
}

FilingDraft draftPublicNotice(const Incident& incident, const QList<DataItem>& customItems,
                              const PublicNoticeOptions& o, const FilingTemplate* templ)
{
    FilingDraft draft;
    draft.kind = FilingKind::PublicNotice;
    draft.audience = QString::fromLatin1(Audience::Public);
    draft.lang = o.lang;
    draft.date = o.date;
    draft.edition = o.edition;
    draft.finalEdition = o.finalEdition;
    const QString label = editionLabel(o.edition, o.finalEdition, o.lang);
    const QString title = (o.lang == Lang::Ja ? incident.titleJa : incident.titleEn).trimmed();
    draft.title = o.lang == Lang::Ja ? QStringLiteral("%1（%2）").arg(title, label)
                                     : QStringLiteral("%1 (%2)").arg(title, label);
    // The public must not learn who the consignor clients are (each is owed confidentiality): their data is
    // 「当社の取引先様から受託している個人データ」, one block per people group.
    const FactSheet facts = withConsignorsUnnamed(factSheetOf(incident, o.lang), o.lang);
    draft.content = {{QStringLiteral("edition"), o.edition},
                     {QStringLiteral("final"), o.finalEdition},
                     {QStringLiteral("lang"), langKey(o.lang)},
                     {QStringLiteral("facts"), facts.toJson()}};

    DocumentContext context = filingBaseContext(incident, customItems, o.lang, o.date, draft.audience);
    MustacheData n;
    n.set("edition_label", mustacheText(label));
    n.set("first", MustacheData(o.edition <= 1 || !o.previousEditionDate.isValid()));
    n.set("final", MustacheData(o.finalEdition));
    n.set("previous_date", mustacheText(formatDate(o.previousEditionDate, o.lang, DateStyle::Seireki)));
    n.set("sets", factSetsData(facts, customItems, o.lang, unknownCount(o.lang)));
    n.set("total", totalData(facts, o.lang));
    context.own.set("notice", n);
    render(draft, context, templ);
    return draft;
}

QStringList consignorClients(const Incident& incident)
{
    QStringList names, keys;
    for (const DataSet& ds : incident.dataSets) {
        if (ds.holder != Holder::Consignor || ds.consignorName.trimmed().isEmpty())
            continue;
        const QString key = consignorKey(ds.consignorName);
        if (!keys.contains(key)) {
            keys << key;
            names << ds.consignorName.trimmed();
        }
    }
    return names;
}

Recipient consignorRecipient(Database& db, qint64 incidentId, const QString& client, Lang* lang,
                             StorageError* error)
{
    RecipientRepository recipients(db);
    Recipient found;
    found.organisation = client;
    *lang = Lang::Ja;
    const std::optional<RecipientGroup> group =
        recipients.groupByKey(incidentId, QString::fromLatin1(ConsignorClientsGroupKey), error);
    if (!group)
        return found;
    langFromKey(group->defaultLanguage, lang);
    const QString key = consignorKey(client);
    recipients.forEach(
        group->id, false,
        [&](const Recipient& r) {
            if (consignorKey(r.organisation) != key && consignorKey(r.name) != key)
                return true;
            found = r;
            langFromKey(r.language, lang);
            return false;
        },
        error);
    return found;
}

FilingDraft draftConsignorNotice(const Incident& incident, const QList<DataItem>& customItems,
                                 const Recipient& client, Lang lang, const QDate& date,
                                 const FilingTemplate* templ)
{
    const QString name =
        client.organisation.trimmed().isEmpty() ? client.name.trimmed() : client.organisation.trimmed();
    FilingDraft draft;
    draft.kind = FilingKind::ConsignorNotice;
    draft.filingKey = QStringLiteral("consignor_notice:") + name;
    draft.lang = lang;
    draft.date = date;
    draft.title = lang == Lang::Ja ? QStringLiteral("個人データの漏えい等に関するご報告（%1）").arg(name)
                                   : QStringLiteral("Notice of a personal data breach (%1)").arg(name);
    QList<int> scope;
    QString recorded = name; // the client as its data sets name it
    for (int i = 0; i < incident.dataSets.size(); ++i) {
        const DataSet& ds = incident.dataSets.at(i);
        if (ds.holder == Holder::Consignor && consignorKey(ds.consignorName) == consignorKey(name)) {
            scope << i;
            recorded = ds.consignorName.trimmed();
        }
    }
    draft.audience = consignorAudience(recorded);
    const FactSheet facts = factSheetOf(incident, lang, scope.isEmpty() ? QList<int>{-1} : scope);
    draft.content = {{QStringLiteral("consignor"), name}, {QStringLiteral("facts"), facts.toJson()}};

    DocumentGroup group;
    group.key = QString::fromLatin1(ConsignorClientsGroupKey);
    group.organisations = true;
    DocumentOptions options;
    options.lang = lang;
    options.today = date;
    options.audience = draft.audience;
    const DocumentContext context =
        DocumentContextBuilder(incident, customItems, group, options).build(client);
    render(draft, context, templ);
    return draft;
}

FilingDraft draftPmarkReport(const Incident& incident, const QList<DataItem>& customItems, ReportStage stage,
                             const QDate& date, const FilingTemplate* templ)
{
    FilingDraft draft;
    draft.kind = FilingKind::PmarkReport;
    draft.filingKey = stage == ReportStage::Preliminary ? QStringLiteral("pmark_preliminary")
                                                        : QStringLiteral("pmark_final");
    draft.stage = stage;
    draft.audience = QString::fromLatin1(Audience::Regulator);
    draft.lang = Lang::Ja;
    draft.date = date;
    draft.title =
        QStringLiteral("個人情報の取扱いに関する事故等の報告書（%1）").arg(reportStageLabelJa(stage));
    const FactSheet facts = factSheetOf(incident, Lang::Ja);
    draft.content = {{QStringLiteral("stage"), reportStageKey(stage)},
                     {QStringLiteral("facts"), facts.toJson()}};

    DocumentContext context = filingBaseContext(incident, customItems, Lang::Ja, date, draft.audience);
    MustacheData p;
    p.set("stage", mustacheText(reportStageLabelJa(stage)));
    p.set("body", mustacheText(incident.pmarkBody.trimmed()));
    p.set("sets", factSetsData(facts, customItems, Lang::Ja, unknownCount(Lang::Ja)));
    p.set("total", totalData(facts, Lang::Ja));
    p.set("timeline", timelineData(incident, Lang::Ja, date));
    context.own.set("pmark", p);
    render(draft, context, templ);
    return draft;
}

FilingDraft draftGdprArt33(const Incident& incident, const QList<DataItem>& customItems, int phase,
                           const QDateTime& sentAt, const QString& lateReason, const FilingTemplate* templ)
{
    FilingDraft draft;
    draft.kind = FilingKind::GdprArt33;
    draft.filingKey = QStringLiteral("gdpr_art33");
    draft.audience = QString::fromLatin1(Audience::Regulator);
    draft.edition = phase;
    draft.lang = Lang::En;
    draft.date = sentAt.date();
    draft.title =
        QStringLiteral("Personal data breach notification under Article 33 GDPR (phase %1)").arg(phase);
    const FactSheet facts = factSheetOf(incident, Lang::En);
    draft.content = {{QStringLiteral("phase"), phase}, {QStringLiteral("facts"), facts.toJson()}};

    DocumentContext context =
        filingBaseContext(incident, customItems, Lang::En, sentAt.date(), draft.audience);
    MustacheData g;
    g.set("phase", mustacheText(QString::number(phase)));
    g.set("first_phase", MustacheData(phase <= 1));
    g.set("aware_at", mustacheText(incident.knownAt.isValid()
                                       ? incident.knownAt.toString(QStringLiteral("d MMMM yyyy, HH:mm t"))
                                       : QString()));
    const bool late = incident.knownAt.isValid() && incident.knownAt.secsTo(sentAt) > 72 * 3600;
    g.set("late", MustacheData(late));
    g.set("late_reason", mustacheText(lateReason.trimmed()));
    g.set("sets", factSetsData(facts, customItems, Lang::En, unknownCount(Lang::En)));
    g.set("total", totalData(facts, Lang::En));
    context.own.set("gdpr", g);
    render(draft, context, templ);
    return draft;
}

FilingDraft draftGdprArt34(const Incident& incident, const QList<DataItem>& customItems, Lang lang,
                           const QDate& date, const FilingTemplate* templ)
{
    FilingDraft draft;
    draft.kind = FilingKind::GdprArt34;
    draft.filingKey = QStringLiteral("gdpr_art34");
    draft.audience = QString::fromLatin1(Audience::Individuals);
    draft.lang = lang;
    draft.date = date;
    draft.title = lang == Lang::Ja ? QStringLiteral("個人データ侵害に関するお知らせ")
                                   : QStringLiteral("Important information about a personal data breach");
    const FactSheet facts = factSheetOf(incident, lang);
    draft.content = {{QStringLiteral("facts"), facts.toJson()}};
    DocumentContext context = filingBaseContext(incident, customItems, lang, date, draft.audience);
    MustacheData g;
    g.set("sets", factSetsData(facts, customItems, lang, unknownCount(lang)));
    context.own.set("gdpr", g);
    render(draft, context, templ);
    return draft;
}

} // namespace bd
