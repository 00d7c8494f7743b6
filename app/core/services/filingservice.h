// The filings of an incident: the register (what is required, its state, what was issued), drafting and
// issuing documents, marking them submitted, editions published elsewhere, letter batches, the archive, and
// files written out of the workspace. Every write is audited and announced as Change::Filings.
#pragma once

#include "filingdrafter.h"
#include "filingregister.h"
#include "issueddocument.h"
#include "letterbatchrepository.h"
#include "obligationreport.h"
#include "recordedexport.h"
#include "storageerror.h"

#include <functional>
#include <optional>

namespace bd {

struct Incident;
class Workspace;

// The Filings page's register at the workspace's "now".
struct FilingRegisterView
{
    ObligationReport report; // with the decisions and overrides
    QList<RegisterRow> rows;
    QList<IssuedDocument> issued;
};

class FilingService
{
public:
    explicit FilingService(Workspace& workspace) : m_workspace(workspace) {}

    // `incident` as the editor holds it.
    FilingRegisterView registerOf(const Incident& incident, StorageError* error) const;
    QList<IssuedDocument> issued(qint64 incidentId, StorageError* error) const;
    // Read back and checked against its recorded SHA-256: an altered document is an error, never returned.
    std::optional<IssuedDocument> issuedDocument(qint64 documentId, StorageError* error) const;

    // Drafts as of the workspace's "now" (request.now is set here).
    DraftedFiling draft(qint64 incidentId, DraftRequest request) const;
    // Freezes and records the draft; refused (with `message`) when its checks find errors.
    bool issue(const FilingDraft& draft, const Incident& incident, IssuedDocument* issued, QString* message);
    bool markSubmitted(qint64 incidentId, const QString& filingKey, const QDate& date,
                       const QString& receiptNo, StorageError* error);
    bool recordPublishedEdition(qint64 incidentId, PublishedEdition& edition, StorageError* error);

    // A letter batch written out and recorded as issued (letterbatchrepository.h).
    bool issueLetterBatch(LetterBatch& batch, const QString& incidentCode, StorageError* error);
    // The id the next issued batch gets (its letters' control numbers carry it); 0 with `error` set.
    qint64 nextLetterBatchId(StorageError* error) const;
    std::optional<LetterBatch> latestLetterBatch(qint64 incidentId, const QString& kind,
                                                 const QString& groupKey, StorageError* error) const;

    // Writes the signed archive of the incident as of now; false with `error` when it could not.
    bool writeArchive(qint64 incidentId, const QString& path, QString* error);

    // A file written out of the workspace and its audit entry, as one (recordedexport.h).
    RecordedExport writeRecorded(const QString& path, const std::function<bool(ExportRecord*)>& write);
    // The audit entry of a file already complete (a batch that wrote many files); nothing on a read-only
    // workspace.
    bool recordExport(const ExportRecord& record, StorageError* error);

private:
    Workspace& m_workspace;
};

} // namespace bd
