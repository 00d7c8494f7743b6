// The filing register: every filing the obligations call for, with its due date and state, the record's
// state (not started … acknowledged), submission date, receipt number and the documents issued for it; plus
// rows for documents that answer no required filing (続報, public notice editions), and one row for each
// hand-over of a consignor client's records (export-recipients --consignor … --encrypt-to …) and for each
// public notice edition recorded as published outside BreachDesk. A filing the incident's facts record as
// done (RequiredFiling::doneOn: the 規則9条 notice given to a consignor, DataSet::consignorNotifiedOn) is
// shown submitted on that day, so that a row never says "not started" beside "filed".
#pragma once

#include "handoverrepository.h"
#include "issueddocument.h"
#include "obligationreport.h"
#include "obligationrepository.h"

#include <QJsonArray>
#include <QList>

namespace bd {

struct RegisterRow
{
    QString key;
    QString audience; // translated
    QString legalBasis;
    QString due; // dueText()
    FilingState dueState = FilingState::Due;
    bool required = true;
    QString state = QStringLiteral("not_started"); // the FilingRecord state
    QDate submittedOn;
    QString receiptNo;
    QList<qint64> documents;                // issued documents, oldest first
    std::optional<HandoverRecord> handover; // set on a hand-over's row (key "handover:<id>")
    std::optional<PublishedEdition>
        publishedEdition; // on an outside edition's row ("published_edition:<id>")
};

QList<RegisterRow> filingRegister(const ObligationReport& report, const QList<FilingRecord>& records,
                                  const QList<IssuedDocument>& issued);
// The same, followed by a row for each hand-over, oldest first, and for each edition published outside
// BreachDesk, in the order recorded.
QList<RegisterRow> filingRegister(const ObligationReport& report, const QList<FilingRecord>& records,
                                  const QList<IssuedDocument>& issued, const QList<HandoverRecord>& handovers,
                                  const QList<PublishedEdition>& editions = {});
// A hand-over as a register row: the consignor client as the audience, state "submitted" on its day.
RegisterRow handoverRegisterRow(const HandoverRecord& handover);
// An edition published outside BreachDesk as a register row: submitted on the day it was published.
RegisterRow publishedEditionRow(const PublishedEdition& edition);
// The filing keys the records show as submitted or acknowledged (for ObligationReport::state).
QSet<QString> filedKeys(const QList<FilingRecord>& records);
QJsonArray registerToJson(const QList<RegisterRow>& rows);
// A record state's words, translated ("not started", "drafted", "issued", "submitted", "acknowledged").
QString recordStateText(const QString& state);

} // namespace bd
