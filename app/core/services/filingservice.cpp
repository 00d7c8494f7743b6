#include "filingservice.h"

#include "filingarchive.h"
#include "handoverrepository.h"
#include "incidentrepository.h"
#include "issueddocumentrepository.h"
#include "obligationrepository.h"
#include "publishededitionrepository.h"
#include "workspace.h"

namespace bd {

FilingRegisterView FilingService::registerOf(const Incident& incident, StorageError* error) const
{
    Database& db = m_workspace.database();
    const ObligationRepository obligations(db);
    FilingRegisterView view;
    const QList<DataItem> custom = IncidentRepository(db).customItems(error);
    view.report = evaluate(incident, obligations.decisions(incident.id, error),
                           obligations.overrides(incident.id, error), m_workspace.now(), custom);
    view.issued = issued(incident.id, error);
    view.rows = filingRegister(view.report, obligations.filings(incident.id, error), view.issued,
                               HandoverRepository(db).list(incident.id, error),
                               PublishedEditionRepository(db).list(incident.id, error));
    return view;
}

QList<IssuedDocument> FilingService::issued(qint64 incidentId, StorageError* error) const
{
    return IssuedDocumentRepository(m_workspace.database()).list(incidentId, error);
}

std::optional<IssuedDocument> FilingService::issuedDocument(qint64 documentId, StorageError* error) const
{
    return IssuedDocumentRepository(m_workspace.database()).load(documentId, error);
}

DraftedFiling FilingService::draft(qint64 incidentId, DraftRequest request) const
{
    request.now = m_workspace.now();
    return FilingDrafter::draft(m_workspace.database(), incidentId, request);
}

bool FilingService::issue(const FilingDraft& draft, const Incident& incident, IssuedDocument* issued,
                          QString* message)
{
    StorageError error;
    const QList<DataItem> custom = IncidentRepository(m_workspace.database()).customItems(&error);
    IssuedDocument doc;
    if (!freezeDraft(draft, incident, custom, &doc, message))
        return false;
    if (!IssuedDocumentRepository(m_workspace.database()).issue(doc, &error)) {
        *message = error.text();
        return false;
    }
    if (issued)
        *issued = doc;
    m_workspace.announce(incident.id, Change::Filings);
    return true;
}

bool FilingService::markSubmitted(qint64 incidentId, const QString& filingKey, const QDate& date,
                                  const QString& receiptNo, StorageError* error)
{
    if (!IssuedDocumentRepository(m_workspace.database())
             .markSubmitted(incidentId, filingKey, date, receiptNo, error))
        return false;
    // A notice to a consignor client also records its day on the client's data sets (obligationrepository.h).
    m_workspace.announce(incidentId, Change::Filings | Change::Obligations | Change::Incident);
    return true;
}

bool FilingService::recordPublishedEdition(qint64 incidentId, PublishedEdition& edition, StorageError* error)
{
    if (!PublishedEditionRepository(m_workspace.database()).record(incidentId, edition, error))
        return false;
    m_workspace.announce(incidentId, Change::Filings);
    return true;
}

bool FilingService::issueLetterBatch(LetterBatch& batch, const QString& incidentCode, StorageError* error)
{
    if (!LetterBatchRepository(m_workspace.database()).issue(batch, incidentCode, error))
        return false;
    m_workspace.announce(batch.incidentId, Change::Filings);
    return true;
}

qint64 FilingService::nextLetterBatchId(StorageError* error) const
{
    return LetterBatchRepository(m_workspace.database()).nextId(error);
}

std::optional<LetterBatch> FilingService::latestLetterBatch(qint64 incidentId, const QString& kind,
                                                            const QString& groupKey,
                                                            StorageError* error) const
{
    return LetterBatchRepository(m_workspace.database()).latest(incidentId, kind, groupKey, error);
}

bool FilingService::writeArchive(qint64 incidentId, const QString& path, QString* error)
{
    if (!FilingArchive::write(m_workspace.database(), incidentId, m_workspace.now(), path, error))
        return false;
    m_workspace.announce(incidentId, Change::Filings);
    return true;
}

RecordedExport FilingService::writeRecorded(const QString& path,
                                            const std::function<bool(ExportRecord*)>& write)
{
    return writeRecordedExport(m_workspace.database(), path, write);
}

bool FilingService::recordExport(const ExportRecord& record, StorageError* error)
{
    if (m_workspace.isReadOnly())
        return true;
    return AuditRepository(m_workspace.database()).recordExport(record, error);
}

} // namespace bd
