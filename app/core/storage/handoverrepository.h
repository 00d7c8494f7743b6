// Hand-overs: a consignor client's own affected records, written encrypted for one OpenPGP key
// (export-recipients --consignor … --encrypt-to …). Each is kept as it happened and shown in the filing
// register (app/core/filings/filingregister.h). The file's contents are never kept, nor the key's user id.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>

namespace bd {

struct HandoverRecord
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString consignor;         // the consignor client, as the incident's data sets name it
    QString groupKey;          // the recipient group the rows came from
    QString format;            // "csv", "csv-cp932", "xlsx"
    QByteArray keyFingerprint; // the OpenPGP key the file is encrypted for, upper-case hex
    qint64 rows = 0;           // recipients in the file
    QByteArray sha256;         // hex, of the encrypted file
    QDateTime at;              // when it was written (now when left invalid)
    QString who;               // the OS user (AuditRepository::currentUser() when left empty)
};

class HandoverRepository
{
public:
    explicit HandoverRepository(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction (or its own); sets `record.id`, `at` and `who`.
    bool add(HandoverRecord& record, StorageError* error);
    // The incident's hand-overs, oldest first.
    QList<HandoverRecord> list(qint64 incidentId, StorageError* error) const;

private:
    Database& m_db;
};

} // namespace bd
