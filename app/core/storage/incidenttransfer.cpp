#include "incidenttransfer.h"

#include "demorecipients.h"

#include "incidentrepository.h"
#include "obligationrepository.h"
#include "publishededitionrepository.h"

#include <QFile>
#include <QSqlQuery>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace bd {

std::optional<QByteArray> IncidentTransfer::exportJson(qint64 incidentId, StorageError* error) const
{
    IncidentRepository repo(m_db);
    const std::optional<Incident> incident = repo.load(incidentId, error);
    if (!incident)
        return std::nullopt;
    // Only the custom items this incident uses travel with it.
    QList<DataItem> used;
    const QList<DataItem> custom = repo.customItems(error);
    for (const DataItem& item : custom)
        for (const DataSet& ds : incident->dataSets)
            if (ds.itemKeys.contains(item.key) && !used.contains(item))
                used.append(item);
    const std::optional<IncidentFilings> filings = filingsOf(incidentId, error);
    if (!filings)
        return std::nullopt;
    return IncidentJson::toBytes(*incident, used, *filings);
}

std::optional<IncidentFilings> IncidentTransfer::filingsOf(qint64 incidentId, StorageError* error) const
{
    IncidentFilings filings;
    filings.records = ObligationRepository(m_db).filings(incidentId, error);
    if (!error->ok())
        return std::nullopt;
    filings.editions = PublishedEditionRepository(m_db).list(incidentId, error);
    if (!error->ok())
        return std::nullopt;
    // The editions issued here were published too: a workspace that imports the file has not got their
    // documents, and counts its next edition on from them. Languages of one edition issued on the same day
    // make one entry.
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT edition, lang, document_date, id FROM issued_document WHERE incident_id = ? "
                       "AND kind = 'public_notice' ORDER BY id"));
    q.addBindValue(incidentId);
    if (!Database::exec(q, error))
        return std::nullopt;
    while (q.next()) {
        Lang lang = Lang::Ja;
        if (!langFromKey(q.value(1).toString(), &lang))
            continue;
        const int edition = q.value(0).toInt();
        const QDate on = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        auto same =
            std::find_if(filings.editions.begin(), filings.editions.end(), [&](const PublishedEdition& e) {
                return e.id == 0 && e.edition == edition && e.publishedOn == on;
            });
        if (same != filings.editions.end() && !same->languages.contains(lang)) {
            same->languages.append(lang);
            same->note += QStringLiteral(", #%1").arg(q.value(3).toLongLong());
            continue;
        }
        PublishedEdition e;
        e.edition = edition;
        e.languages = {lang};
        e.publishedOn = on;
        e.note = tr("issued in BreachDesk as document #%1").arg(q.value(3).toLongLong());
        filings.editions.append(e);
    }
    return filings;
}

IncidentTransfer::ImportResult IncidentTransfer::importJson(const QByteArray& bytes,
                                                            CodeConflict onConflict) const
{
    ImportResult result;
    IncidentDocumentData data;
    if (!IncidentJson::fromBytes(bytes, &data, &result.problems))
        return result;

    IncidentRepository repo(m_db);
    const bool ok = m_db.transaction(
        [&](StorageError* err) {
            if (repo.findByCode(data.incident.code, err)) {
                if (onConflict == CodeConflict::Fail) {
                    *err = StorageError::make(
                        StorageError::Invalid,
                        tr("An incident with the code %1 already exists. Import it under a "
                           "new code or delete the existing one first.")
                            .arg(data.incident.code));
                    return false;
                }
                const int year = data.incident.knownAt.isValid() ? data.incident.knownAt.date().year()
                                                                 : QDate::currentDate().year();
                data.incident.code = repo.nextCode(year, err);
                result.codeChanged = true;
            }
            const QList<DataItem> existing = repo.customItems(err);
            for (const DataItem& item : data.customItems) {
                auto same = std::find_if(existing.begin(), existing.end(),
                                         [&](const DataItem& e) { return e.key == item.key; });
                if (same == existing.end()) {
                    if (!repo.addCustomItem(item, err))
                        return false;
                } else if (same->labelJa != item.labelJa || same->labelEn != item.labelEn ||
                           same->sensitive != item.sensitive || same->financialRisk != item.financialRisk ||
                           same->needsJudgement != item.needsJudgement) {
                    *err = StorageError::make(
                        StorageError::Invalid,
                        tr("custom_items: the data item \"%1\" exists in this workspace with "
                           "different labels or flags.")
                            .arg(item.key));
                    return false;
                }
            }
            if (!repo.create(data.incident, err, QStringLiteral("imported")))
                return false;
            // What the file records as filed and published, each audited as if entered by hand.
            ObligationRepository obligations(m_db);
            for (const FilingRecord& record : std::as_const(data.filings.records))
                if (!obligations.setFiling(data.incident.id, record, err))
                    return false;
            PublishedEditionRepository editions(m_db);
            for (PublishedEdition& edition : data.filings.editions)
                if (!editions.record(data.incident.id, edition, err))
                    return false;
            return true;
        },
        &result.storage);
    if (ok) {
        result.incidentId = data.incident.id;
        result.code = data.incident.code;
    }
    return result;
}

QByteArray IncidentTransfer::demoIncidentJson()
{
    initDemoResources();
    QFile file(QStringLiteral(":/demo/demo-incident.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::optional<qint64> IncidentTransfer::ensureDemoIncident(StorageError* error, DemoLists lists) const
{
    const QByteArray json = demoIncidentJson();
    IncidentDocumentData data;
    QList<IncidentJsonError> problems;
    if (!IncidentJson::fromBytes(json, &data, &problems)) {
        *error = StorageError::make(
            StorageError::Invalid,
            tr("The demo incident shipped with this build is invalid: %1").arg(problems.value(0).text()));
        return std::nullopt;
    }
    IncidentRepository repo(m_db);
    if (auto existing = repo.findByCode(data.incident.code, error))
        return existing;
    const ImportResult result = importJson(json, CodeConflict::Fail);
    if (!result.ok()) {
        *error = result.storage;
        return std::nullopt;
    }
    if (lists == DemoLists::WithRecipients && !DemoRecipients::import(m_db, result.incidentId, error))
        return std::nullopt;
    return result.incidentId;
}

} // namespace bd
