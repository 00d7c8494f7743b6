// Issued documents: frozen PDF bytes, hashes, template and facts; byte-identical reopening after the incident
// changed; the database refuses to change them; the filing moves to issued, then submitted with its receipt
// number; public notice editions are kept side by side.
#include "builtintemplates.h"
#include "filingfixtures.h"
#include "filingregister.h"
#include "incidentrepository.h"
#include "issueddocumentrepository.h"
#include "noticecontexts.h"
#include "obligationrepository.h"
#include "publishededitionrepository.h"
#include "recipientrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace bd;
using namespace bd::test;

class TestIssuedDocuments : public QObject
{
    Q_OBJECT

private:
    static IssuedDocument issuePpc(DemoWorkspace& ws, ReportStage stage, const QDate& date)
    {
        StorageError error;
        if (!ws.narrativesAsOf(date))
            qFatal("the narratives could not be worded as of %s", qPrintable(date.toString(Qt::ISODate)));
        IncidentRepository incidents(ws.db);
        const Incident incident = *incidents.load(ws.incidentId, &error);
        const PpcReport report = buildPpcReport(incident, {}, stage, date);
        IssuedDocument doc;
        QString message;
        if (!freezeDraft(draftPpcReport(report, incident, {}), incident, {}, &doc, &message))
            qFatal("freeze failed: %s", qPrintable(message));
        if (!IssuedDocumentRepository(ws.db).issue(doc, &error))
            qFatal("issue failed: %s", qPrintable(error.text()));
        return doc;
    }

private slots:
    void issueAndReopen()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        const IssuedDocument issued = issuePpc(ws, ReportStage::Preliminary, QDate(2024, 9, 2));
        QVERIFY(issued.id > 0);
        QCOMPARE(issued.sha256, sha256Hex(issued.pdf));
        QCOMPARE(issued.templateKind, QStringLiteral("ppc-report"));
        QCOMPARE(issued.templateVersion, 1);
        QCOMPARE(issued.templateSha256, FilingTemplates::builtin(FilingKind::PpcReport, Lang::Ja)->sha256);

        StorageError error;
        IssuedDocumentRepository repo(ws.db);
        const std::optional<IssuedDocument> back = repo.load(issued.id, &error);
        QVERIFY(back);
        QCOMPARE(back->pdf, issued.pdf);
        QCOMPARE(back->sha256, issued.sha256);
        QCOMPARE(back->factsJson, issued.factsJson);
        QCOMPARE(back->content, issued.content);
        QCOMPARE(back->templateBody, issued.templateBody);
        QCOMPARE(back->stage, ReportStage::Preliminary);
        QVERIFY(repo.verify(issued.id, &error));
        const QList<IssuedDocument> listed = repo.list(ws.incidentId, &error);
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().pdf.isEmpty()); // listings leave the bytes out

        // The demo's 速報 is recorded as submitted on 9/2: issuing a document for it never moves it back.
        const QList<FilingRecord> records = ObligationRepository(ws.db).filings(ws.incidentId, &error);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.first().key, QStringLiteral("ppc_preliminary"));
        QCOMPARE(records.first().state, QStringLiteral("submitted"));
    }

    // A 速報兼確報 is kept as one: read back with its stage, it answers the 確報 in the register, and a 続報
    // drafted after it names it.
    void combinedReportKeepsItsStage()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        const IssuedDocument issued = issuePpc(ws, ReportStage::Combined, QDate(2024, 9, 2));
        QCOMPARE(issued.filingKey, QStringLiteral("ppc_final"));
        StorageError error;
        const std::optional<IssuedDocument> back = IssuedDocumentRepository(ws.db).load(issued.id, &error);
        QVERIFY(back);
        QCOMPARE(back->stage, ReportStage::Combined);
        QCOMPARE(back->label(), QStringLiteral("速報兼確報"));
        QCOMPARE(PpcReport::fromJson(back->content)->stage, ReportStage::Combined);
        QCOMPARE(previousReportText(back->stage, back->documentDate, QString()).left(5),
                 QStringLiteral("速報兼確報"));
    }

    void survivesAnIncidentEdit()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        const IssuedDocument issued = issuePpc(ws, ReportStage::Preliminary, QDate(2024, 9, 2));

        StorageError error;
        IncidentRepository incidents(ws.db);
        Incident incident = *incidents.load(ws.incidentId, &error);
        QVERIFY(incidents.setDataSetField(incident.dataSets[4].id, QStringLiteral("people"), 6312, &error));
        Narrative summary = *incident.narrative(NarrativeSection::Summary);
        QVERIFY(incidents.setNarrative(ws.incidentId,
                                       summary.edited(Lang::Ja, QStringLiteral("書き換えた概要")), &error));

        const std::optional<IssuedDocument> back = IssuedDocumentRepository(ws.db).load(issued.id, &error);
        QVERIFY(back);
        QCOMPARE(sha256Hex(back->pdf), issued.sha256);
        QCOMPARE(back->pdf, issued.pdf);
        QCOMPARE(back->factsJson, issued.factsJson);
        QVERIFY(QString::fromUtf8(back->factsJson).contains(QStringLiteral("\"people\": 6400")));
        // The narrative as it was when issued: the web page and the report's items keep it.
        QCOMPARE(back->html, issued.html);
        QVERIFY(back->html.contains(summary.textJa.left(20)));
        QVERIFY(!back->html.contains(QStringLiteral("書き換えた概要")));
        QVERIFY(back->content.value(QStringLiteral("items"))
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("約6,400名")));

        // A new draft reflects the edit; the issued document does not.
        const Incident edited = *incidents.load(ws.incidentId, &error);
        const PpcReport now = buildPpcReport(edited, {}, ReportStage::Final, QDate(2024, 10, 18));
        QVERIFY(now.item(3)->text.contains(QStringLiteral("6,312名")));
        QVERIFY(now.item(1)->text.contains(QStringLiteral("書き換えた概要")));
    }

    void frozenInTheDatabase()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        const IssuedDocument issued = issuePpc(ws, ReportStage::Preliminary, QDate(2024, 9, 2));
        QSqlQuery q(ws.db.connection());
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE issued_document SET pdf = x'00' WHERE id = %1").arg(issued.id)));
        QVERIFY(q.lastError().text().contains(QStringLiteral("frozen")));
        StorageError error;
        QVERIFY(IssuedDocumentRepository(ws.db).verify(issued.id, &error));
    }

    void markSubmittedShowsFiled()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        const IssuedDocument issued = issuePpc(ws, ReportStage::Final, QDate(2024, 10, 18));
        StorageError error;
        IssuedDocumentRepository repo(ws.db);
        QVERIFY(!repo.markSubmitted(ws.incidentId, issued.filingKey, QDate(), QString(), &error));
        error = {};
        QVERIFY(repo.markSubmitted(ws.incidentId, issued.filingKey, QDate(2024, 10, 18),
                                   QStringLiteral(" R6-12345 "), &error));
        const QList<FilingRecord> records = ObligationRepository(ws.db).filings(ws.incidentId, &error);
        QCOMPARE(records.size(), 3); // the demo's 速報, 確報 and 続報
        QCOMPARE(records.at(1).key, QStringLiteral("ppc_final"));
        QCOMPARE(records.at(1).state, QStringLiteral("submitted"));
        QCOMPARE(records.at(1).submittedOn, QDate(2024, 10, 18));
        QCOMPARE(records.at(1).receiptNo, QStringLiteral("R6-12345"));

        // The register and the deadline board see it as filed; issuing a later document keeps it submitted.
        IncidentRepository incidents(ws.db);
        const Incident incident = *incidents.load(ws.incidentId, &error);
        const ObligationReport report = evaluate(incident, {}, {}, jstAt(2024, 11, 1));
        const QList<RegisterRow> rows = filingRegister(report, records, repo.list(ws.incidentId, &error));
        bool found = false;
        for (const RegisterRow& r : rows) {
            if (r.key != QLatin1String("ppc_final"))
                continue;
            found = true;
            QCOMPARE(r.dueState, FilingState::Filed);
            QCOMPARE(r.receiptNo, QStringLiteral("R6-12345"));
            QCOMPARE(r.documents, (QList<qint64>{issued.id}));
        }
        QVERIFY(found);
        issuePpc(ws, ReportStage::Final, QDate(2024, 10, 19));
        QCOMPARE(ObligationRepository(ws.db).filings(ws.incidentId, &error).at(1).state,
                 QStringLiteral("submitted"));
    }

    void registerListsDocumentsWithoutAFiling()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        const IssuedDocument followUp = issuePpc(ws, ReportStage::FollowUp, QDate(2024, 11, 1));
        QCOMPARE(followUp.filingKey, QStringLiteral("ppc_follow_up"));
        StorageError error;
        IssuedDocumentRepository repo(ws.db);
        const Incident incident = *IncidentRepository(ws.db).load(ws.incidentId, &error);
        const ObligationReport report = evaluate(incident, {}, {}, jstAt(2024, 11, 1));
        const QList<RegisterRow> rows =
            filingRegister(report, ObligationRepository(ws.db).filings(ws.incidentId, &error),
                           repo.list(ws.incidentId, &error));
        QCOMPARE(rows.size(), report.filings.size() + 1);
        const RegisterRow& last = rows.last();
        QCOMPARE(last.key, QStringLiteral("ppc_follow_up"));
        QCOMPARE(last.state, QStringLiteral("submitted")); // the demo records its 続報 as submitted on 11/1
        QCOMPARE(last.documents, (QList<qint64>{followUp.id}));
        QVERIFY(!last.required);
        const QJsonArray json = registerToJson(rows);
        QCOMPARE(json.last().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("ppc_follow_up"));
    }

    void officersTemplateCopyIsUsedAndRecorded()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        // The shipped template until the officer edits one.
        const std::optional<FilingTemplate> shipped =
            FilingTemplates::forIncident(ws.db, ws.incidentId, FilingKind::PpcReport, Lang::Ja, &error);
        QVERIFY(shipped);
        QCOMPARE(shipped->sha256, FilingTemplates::builtin(FilingKind::PpcReport, Lang::Ja)->sha256);

        TemplateRepository filingTemplates(ws.db, FilingTemplates::lookup());
        QString edited = shipped->body;
        edited.replace(QStringLiteral("以上"), QStringLiteral("以上（社内控え）"));
        QVERIFY(filingTemplates.save(
            ws.incidentId, TemplateKey{QStringLiteral("ppc-report"), QString(), QStringLiteral("ja")}, edited,
            &error));
        const std::optional<FilingTemplate> copy =
            FilingTemplates::forIncident(ws.db, ws.incidentId, FilingKind::PpcReport, Lang::Ja, &error);
        QVERIFY(copy);
        QCOMPARE(copy->body, edited);
        QCOMPARE(copy->version, 1);
        QVERIFY(copy->sha256 != shipped->sha256);

        QVERIFY(ws.narrativesAsOf(QDate(2024, 10, 18)));
        const Incident incident = *IncidentRepository(ws.db).load(ws.incidentId, &error);
        const FilingDraft draft = draftPpcReport(
            buildPpcReport(incident, {}, ReportStage::Final, QDate(2024, 10, 18)), incident, {}, &*copy);
        QVERIFY(draft.plainText.contains(QStringLiteral("以上（社内控え）")));
        IssuedDocument doc;
        QString message;
        QVERIFY(freezeDraft(draft, incident, {}, &doc, &message));
        QVERIFY(IssuedDocumentRepository(ws.db).issue(doc, &error));
        const std::optional<IssuedDocument> back = IssuedDocumentRepository(ws.db).load(doc.id, &error);
        QCOMPARE(back->templateSha256, copy->sha256);
        QCOMPARE(back->templateBody, edited);

        // The consignor notice shares the letters' copy for the consignor clients group.
        TemplateRepository letters(ws.db, BuiltinTemplates::lookup());
        const QString letter =
            BuiltinTemplates::load(QStringLiteral("consignor-notice"), QStringLiteral("ja"))->body +
            QStringLiteral("<!-- edited -->");
        QVERIFY(letters.save(ws.incidentId,
                             TemplateKey{QStringLiteral("consignor-notice"),
                                         QStringLiteral("consignor_clients"), QStringLiteral("ja")},
                             letter, &error));
        QCOMPARE(
            FilingTemplates::forIncident(ws.db, ws.incidentId, FilingKind::ConsignorNotice, Lang::Ja, &error)
                ->body,
            letter);
    }

    void consignorClientFromTheRecipients()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        Lang lang = Lang::En;
        // Without the group: the client's name only, in Japanese.
        Recipient bare =
            consignorRecipient(ws.db, ws.incidentId, QStringLiteral("あおば損害保険株式会社"), &lang, &error);
        QCOMPARE(bare.organisation, QStringLiteral("あおば損害保険株式会社"));
        QCOMPARE(lang, Lang::Ja);

        RecipientRepository recipients(ws.db);
        error = {};
        QVERIFY(recipients.ensureBuiltinGroups(ws.incidentId, &error));
        const std::optional<RecipientGroup> clients =
            recipients.groupByKey(ws.incidentId, QStringLiteral("consignor_clients"), &error);
        QVERIFY(clients);
        Recipient aoba;
        aoba.organisation = QStringLiteral("あおば損害保険 株式会社 御中");
        aoba.address = QStringLiteral("東京都千代田区大手町一丁目1番1号");
        aoba.language = QStringLiteral("en");
        QList<Recipient> rows{aoba};
        QVERIFY(recipients.insertMany(clients->id, rows, QStringLiteral("clients.csv"), &error));
        const Recipient found =
            consignorRecipient(ws.db, ws.incidentId, QStringLiteral("あおば損害保険株式会社"), &lang, &error);
        QCOMPARE(found.address, aoba.address);
        QCOMPARE(lang, Lang::En);
    }

    void publicNoticeEditionsAreKept()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        IssuedDocumentRepository repo(ws.db);
        IncidentRepository incidents(ws.db);
        QVERIFY(ws.narrativesAsOf(QDate(2024, 10, 21)));
        const Incident incident = *incidents.load(ws.incidentId, &error);
        // The demo's 第1報 was published on 2024-10-07 outside BreachDesk (its JSON "filings" block).
        QCOMPARE(repo.nextEdition(ws.incidentId, Lang::Ja, &error), 2);
        QCOMPARE(repo.latestEditionDate(ws.incidentId, &error), QDate(2024, 10, 7));
        QList<QByteArray> hashes;
        for (const QDate& date : {QDate(2024, 10, 21), QDate(2024, 12, 25)}) {
            PublicNoticeOptions o;
            o.date = date;
            o.edition = repo.nextEdition(ws.incidentId, Lang::Ja, &error);
            o.previousEditionDate = repo.latestEditionDate(ws.incidentId, &error);
            IssuedDocument doc;
            QString message;
            QVERIFY2(freezeDraft(draftPublicNotice(incident, {}, o), incident, {}, &doc, &message),
                     qPrintable(message));
            QVERIFY(repo.issue(doc, &error));
            hashes << doc.sha256;
        }
        const QList<IssuedDocument> editions = repo.list(ws.incidentId, FilingKind::PublicNotice, &error);
        QCOMPARE(editions.size(), 2);
        QCOMPARE(editions.at(0).edition, 2);
        QCOMPARE(editions.at(1).edition, 3);
        QCOMPARE(editions.at(0).label(), QStringLiteral("第2報"));
        QCOMPARE(editions.at(0).sha256, hashes.at(0));
        const std::optional<IssuedDocument> first = repo.load(editions.at(0).id, &error);
        QVERIFY(first->html.contains(QStringLiteral("2024年10月7日付けで")));
        const std::optional<IssuedDocument> second = repo.load(editions.at(1).id, &error);
        QVERIFY(second->html.contains(QStringLiteral("2024年10月21日付けで")));
        QCOMPARE(sha256Hex(second->html.toUtf8()), second->htmlSha256);
        QCOMPARE(repo.nextEdition(ws.incidentId, Lang::Ja, &error), 4);
        QCOMPARE(repo.nextEdition(ws.incidentId, Lang::En, &error), 1);
    }

    // Editions published outside BreachDesk count for the next number in their languages, are audited, are
    // never recorded twice (nor over an issued one), and appear in the register as published on their day.
    void publishedEditionsAreRecorded()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        PublishedEditionRepository editions(ws.db);
        IssuedDocumentRepository repo(ws.db);
        QCOMPARE(repo.nextEdition(ws.incidentId, Lang::En, &error), 1);
        PublishedEdition second;
        second.edition = 2;
        second.languages = {Lang::Ja, Lang::En};
        second.publishedOn = QDate(2024, 11, 8);
        second.url = QStringLiteral("https://www.minato-kantei.example.co.jp/news/20241108.html");
        QVERIFY2(editions.record(ws.incidentId, second, &error), qPrintable(error.text()));
        QCOMPARE(repo.nextEdition(ws.incidentId, Lang::Ja, &error), 3);
        QCOMPARE(repo.nextEdition(ws.incidentId, Lang::En, &error), 3);
        QCOMPARE(repo.latestEditionDate(ws.incidentId, &error), QDate(2024, 11, 8));

        // Audited, with who recorded it.
        QSqlQuery q(ws.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT after_value FROM audit_log WHERE entity = 'published_edition' "
                                      "ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("edition 2 ja,en published 2024-11-08")),
                 qPrintable(q.value(0).toString()));

        // Edition 1 in Japanese is the demo's: refused, nothing written.
        const qsizetype before = editions.list(ws.incidentId, &error).size();
        PublishedEdition again;
        again.edition = 1;
        again.languages = {Lang::Ja};
        again.publishedOn = QDate(2024, 10, 8);
        QVERIFY(!editions.record(ws.incidentId, again, &error));
        QCOMPARE(error.kind, StorageError::Invalid);
        QVERIFY2(error.text().contains(QStringLiteral("already recorded")), qPrintable(error.text()));
        error = {};
        PublishedEdition zero = again;
        zero.edition = 0;
        QVERIFY(!editions.record(ws.incidentId, zero, &error));
        error = {};
        QCOMPARE(editions.list(ws.incidentId, &error).size(), before);

        const Incident incident = *IncidentRepository(ws.db).load(ws.incidentId, &error);
        const ObligationReport report = evaluate(incident, {}, {}, jstAt(2024, 11, 9));
        const QList<RegisterRow> rows =
            filingRegister(report, ObligationRepository(ws.db).filings(ws.incidentId, &error), {}, {},
                           editions.list(ws.incidentId, &error));
        const RegisterRow& last = rows.last();
        QVERIFY(last.key.startsWith(QStringLiteral("published_edition:")));
        QCOMPARE(last.state, QStringLiteral("submitted"));
        QCOMPARE(last.submittedOn, QDate(2024, 11, 8));
        QVERIFY2(last.audience.contains(QStringLiteral("第2報")), qPrintable(last.audience));
    }

    // A data set held for a consignor client records the 規則9条 notice as given (consignorNotifiedOn): the
    // register's row for that client's notice is never "not started" beside a filed deadline.
    void consignorNoticeGivenShowsSubmitted()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        const Incident incident = *IncidentRepository(ws.db).load(ws.incidentId, &error);
        const ObligationReport report = evaluate(incident, {}, {}, jstAt(2024, 9, 10));
        const QList<RegisterRow> rows =
            filingRegister(report, ObligationRepository(ws.db).filings(ws.incidentId, &error), {});
        int consignorRows = 0;
        for (const RegisterRow& r : rows) {
            if (!r.key.startsWith(QLatin1String(FilingKey::ConsignorNoticePrefix)))
                continue;
            ++consignorRows;
            QCOMPARE(r.dueState, FilingState::Filed);
            QCOMPARE(r.state, QStringLiteral("submitted"));
            QCOMPARE(r.submittedOn, QDate(2024, 8, 30));
            QCOMPARE(recordStateText(r.state), QStringLiteral("submitted"));
        }
        QCOMPARE(consignorRows, 2);
    }

    // Marking a consignor client's notice submitted records the notice on its data sets too, so the
    // obligations, the register and the PPC report all say it was given on that day.
    void markingAConsignorNoticeRecordsItOnTheDataSets()
    {
        DemoWorkspace ws;
        QVERIFY(ws.open());
        StorageError error;
        IncidentRepository incidents(ws.db);
        const QString client = QStringLiteral("しおさい損害保険株式会社");
        const QString key = QLatin1String(FilingKey::ConsignorNoticePrefix) + client;
        const auto dataSets = [&] { return incidents.load(ws.incidentId, &error)->dataSets; };
        qint64 dataSetId = 0;
        for (const DataSet& ds : dataSets())
            if (ds.consignorName == client)
                dataSetId = ds.id;
        QVERIFY(dataSetId);
        QVERIFY(
            incidents.setDataSetField(dataSetId, QStringLiteral("consignor_notified_on"), QDate(), &error));
        const auto rowOf = [&]() {
            const Incident incident = *incidents.load(ws.incidentId, &error);
            const ObligationReport report = evaluate(incident, {}, {}, jstAt(2024, 9, 10));
            for (const RegisterRow& r :
                 filingRegister(report, ObligationRepository(ws.db).filings(ws.incidentId, &error), {}))
                if (r.key == key)
                    return r;
            return RegisterRow{};
        };
        QCOMPARE(rowOf().state, QStringLiteral("not_started"));
        QVERIFY(rowOf().dueState != FilingState::Filed);

        QVERIFY2(IssuedDocumentRepository(ws.db).markSubmitted(ws.incidentId, key, QDate(2024, 9, 1),
                                                               QString(), &error),
                 qPrintable(error.text()));
        for (const DataSet& ds : dataSets())
            if (ds.id == dataSetId)
                QCOMPARE(ds.consignorNotifiedOn, QDate(2024, 9, 1));
        const RegisterRow row = rowOf();
        QCOMPARE(row.state, QStringLiteral("submitted"));
        QCOMPARE(row.submittedOn, QDate(2024, 9, 1));
        QCOMPARE(row.dueState, FilingState::Filed);
        // The other client's notice, given on 8/30, is left as it was.
        for (const DataSet& ds : dataSets())
            if (ds.holder == Holder::Consignor && ds.consignorName != client)
                QCOMPARE(ds.consignorNotifiedOn, QDate(2024, 8, 30));
        QSqlQuery q(ws.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'data_set' AND field = "
                                      "'consignor_notified_on' AND after_value = '2024-09-01'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestIssuedDocuments)
#include "tst_issueddocuments.moc"
