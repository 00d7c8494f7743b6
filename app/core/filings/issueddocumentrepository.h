// Issued documents in the workspace (migration 0006). Issuing is one transaction that stores the frozen
// document, moves its filing to "issued" and appends to the audit trail. Rows are never changed afterwards
// (a database trigger refuses updates).
#pragma once

#include "database.h"
#include "issueddocument.h"

#include <QList>

#include <optional>

namespace bd {

class IssuedDocumentRepository
{
public:
    explicit IssuedDocumentRepository(Database& db) : m_db(db) {}

    // Stores `doc` (issuedAt and issuedBy are filled when empty) and sets its id. When the document answers a
    // filing (filingKey) that is not yet submitted, the filing's state becomes "issued".
    bool issue(IssuedDocument& doc, StorageError* error);

    // Every issued document of the incident, oldest first, without the PDF bytes.
    QList<IssuedDocument> list(qint64 incidentId, StorageError* error) const;
    // The same, of one kind.
    QList<IssuedDocument> list(qint64 incidentId, FilingKind kind, StorageError* error) const;
    // One document with everything, PDF included.
    std::optional<IssuedDocument> load(qint64 id, StorageError* error) const;
    // The stored PDF still has its stored hash.
    bool verify(qint64 id, StorageError* error) const;

    // The public notice's next edition number in `lang` (1 when none was issued) and the date of the latest
    // edition issued in any language (null when none).
    int nextEdition(qint64 incidentId, Lang lang, StorageError* error) const;
    QDate latestEditionDate(qint64 incidentId, StorageError* error) const;

    // Marks the filing submitted on `date` with the authority's receipt number (ObligationRepository).
    bool markSubmitted(qint64 incidentId, const QString& filingKey, const QDate& date,
                       const QString& receiptNo, StorageError* error);

private:
    QList<IssuedDocument> select(const QString& where, const QVariantList& values, bool withBlobs,
                                 StorageError* error) const;
    Database& m_db;
};

} // namespace bd
