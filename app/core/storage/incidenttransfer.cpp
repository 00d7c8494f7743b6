#include "incidenttransfer.h"

#include "demorecipients.h"

#include "incidentrepository.h"

#include <QFile>

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
    return IncidentJson::toBytes(*incident, used);
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
            return repo.create(data.incident, err, QStringLiteral("imported"));
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
