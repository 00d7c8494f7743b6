// The public notice's editions published outside BreachDesk (migration 0014), recorded by the officer from
// the Filings page or an imported incident JSON "filings" block. With the issued public notices they make
// the register of editions: the next edition's number and the date the next one quotes
// (IssuedDocumentRepository::nextEdition, latestEditionDate). Recording is one audited transaction; a
// recorded edition is not changed afterwards.
#pragma once

#include "database.h"
#include "filingrecords.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class PublishedEditionRepository
{
    Q_DECLARE_TR_FUNCTIONS(bd::PublishedEditionRepository)
public:
    explicit PublishedEditionRepository(Database& db) : m_db(db) {}

    // The incident's recorded editions, in the order recorded (empty in a workspace from before schema 14
    // opened read-only).
    QList<PublishedEdition> list(qint64 incidentId, StorageError* error) const;

    // Records `edition` (sets its id, recordedAt, recordedBy). Refused (StorageError::Invalid, nothing
    // written) when the number is below 1, no language or date is given, a text is too long, or the edition
    // is already recorded or issued in one of its languages.
    bool record(qint64 incidentId, PublishedEdition& edition, StorageError* error);

private:
    Database& m_db;
};

} // namespace bd
