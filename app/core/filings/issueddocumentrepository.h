// Issued documents in the workspace (migration 0006). Issuing is one transaction that stores the frozen
// document, moves its filing to "issued" and appends to the audit trail, with the document's SHA-256. Rows
// are never changed or deleted afterwards (triggers refuse both), and every read of a document's bytes is
// checked against its hashes again (checkIntact), so a document altered in the file is never shown, printed,
// exported or archived as if it were the one issued.
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
    // One document with everything, PDF included, after checkIntact(): an altered one is an error (kind
    // Corrupt) that names it.
    std::optional<IssuedDocument> load(qint64 id, StorageError* error) const;
    // The stored document is still the one issued (load() succeeds).
    bool verify(qint64 id, StorageError* error) const;

    // The public notice's next edition number in `lang` (1 when none was issued or recorded) and the date of
    // the latest edition in any language (null when none): the editions issued here and those recorded as
    // published outside BreachDesk (PublishedEditionRepository) count alike.
    int nextEdition(qint64 incidentId, Lang lang, StorageError* error) const;
    QDate latestEditionDate(qint64 incidentId, StorageError* error) const;

    // Marks the filing submitted on `date` with the authority's receipt number (ObligationRepository).
    bool markSubmitted(qint64 incidentId, const QString& filingKey, const QDate& date,
                       const QString& receiptNo, StorageError* error);

private:
    // The one check every read of a document's bytes goes through: its PDF and web page still have their
    // stored SHA-256, and that SHA-256 is the one its audit entry recorded when it was issued.
    bool checkIntact(const IssuedDocument& doc, StorageError* error) const;
    QList<IssuedDocument> select(const QString& where, const QVariantList& values, bool withBlobs,
                                 StorageError* error) const;
    Database& m_db;
};

} // namespace bd
