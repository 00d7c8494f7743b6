// The context builders of every filing kind: each takes the incident (and what the kind needs besides) and
// returns a FilingDraft rendered with the kind's template. A template edited by the officer may be given
// instead of the shipped one.
#pragma once

#include "database.h"
#include "filingdraft.h"
#include "ppcreport.h"
#include "recipient.h"

#include <QDateTime>

namespace bd {

// PPC 漏えい等報告: the report's nine items into ppc-report.ja.html.
FilingDraft draftPpcReport(const PpcReport& report, const Incident& incident,
                           const QList<DataItem>& customItems, const FilingTemplate* templ = nullptr);
QString ppcFilingKey(ReportStage stage); // ppc_preliminary, ppc_final, ppc_follow_up

// 公表文 (public notice), 第N報 or 最終報.
struct PublicNoticeOptions
{
    Lang lang = Lang::Ja;
    int edition = 1;
    bool finalEdition = false;
    QDate date;
    QDate previousEditionDate; // the date of the edition before, quoted in the opening ("…付けで公表…")
};
FilingDraft draftPublicNotice(const Incident& incident, const QList<DataItem>& customItems,
                              const PublicNoticeOptions& options, const FilingTemplate* templ = nullptr);
QString editionLabel(int edition, bool finalEdition,
                     Lang lang); // 第2報 / 最終報 / Second report / Final report

// 規則9条 notice to one consignor client, with that client's data sets only, in `lang` (the client's).
// `client` is the recipient (organisation, address …); its organisation names the client.
FilingDraft draftConsignorNotice(const Incident& incident, const QList<DataItem>& customItems,
                                 const Recipient& client, Lang lang, const QDate& date,
                                 const FilingTemplate* templ = nullptr);
// The consignor clients named by the incident's data sets, in order of appearance.
QStringList consignorClients(const Incident& incident);
// The recipient of the consignor clients group that names `client` (organisation or name), with the language
// to write to it in (the recipient's, else the group's, else Japanese); a recipient with only the
// organisation set when the group has none.
Recipient consignorRecipient(Database& db, qint64 incidentId, const QString& client, Lang* lang,
                             StorageError* error);

// Privacy Mark 事故報告 to the review body (速報 / 確報), over every data set.
FilingDraft draftPmarkReport(const Incident& incident, const QList<DataItem>& customItems, ReportStage stage,
                             const QDate& date, const FilingTemplate* templ = nullptr);

// GDPR Art. 33 notification (English), phase `phase` (33(4)); `lateReason` when sent after 72 hours.
FilingDraft draftGdprArt33(const Incident& incident, const QList<DataItem>& customItems, int phase,
                           const QDateTime& sentAt, const QString& lateReason = {},
                           const FilingTemplate* templ = nullptr);
// GDPR Art. 34 communication to the data subjects, in `lang`.
FilingDraft draftGdprArt34(const Incident& incident, const QList<DataItem>& customItems, Lang lang,
                           const QDate& date, const FilingTemplate* templ = nullptr);

} // namespace bd
