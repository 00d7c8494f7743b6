// Redaction of an incident's personal data after its retention period (migration 0010, docs/redaction.md).
// One transaction blanks every recipient field that can identify a person, keeps the rows, stores the
// signed statement of what was removed and appends its audit entry (the statement's SHA-256 and the signer's
// fingerprint), so every count, every hash already recorded and the audit chain stay verifiable.
#pragma once

#include "database.h"
#include "redactionstatement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace bd {

class SigningKey;

// A redaction as stored.
struct RedactionRecord
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString incidentCode;
    QString at;
    QString who;
    QByteArray statement;       // the signed bytes (RedactionStatement::toJson())
    QByteArray statementSha256; // hex
    QByteArray signature;       // the signature file (SignatureFile) of `statement`
    QString signer;             // the signing key's fingerprint
};

// The redaction's audit entry's "after": "<n> recipients, signer:<fingerprint>, sha256:<statement hex>".
QString redactionAuditText(qint64 recipients, const QString& signer, const QByteArray& statementSha256);

class RedactionRepository
{
    Q_DECLARE_TR_FUNCTIONS(bd::RedactionRepository)
public:
    explicit RedactionRepository(Database& db) : m_db(db) {}

    // The recipient columns a redaction blanks: every one that can identify a person.
    static const QStringList& redactedFields();

    // The incident's redaction, nullopt when its personal data is still there.
    std::optional<RedactionRecord> forIncident(qint64 incidentId, StorageError* error) const;
    QList<RedactionRecord> all(StorageError* error) const;
    // False with an Invalid error naming the incident and the date when it was redacted: letters and
    // recipient lists can no longer be made from it.
    bool checkNotRedacted(qint64 incidentId, StorageError* error) const;

    // What a redaction of the incident would do, before it is done.
    struct Plan
    {
        QString incidentCode;
        QList<RedactionGroup> groups; // counts only (no hashes yet)
        // Files written out of the workspace that hold the incident's personal data (letters, recipient
        // lists, hand-overs) or the whole workspace (backups), from the audit trail: redaction cannot reach
        // them, the officer deletes them.
        QList<AuditEntry> copiesOutside;
        QString refusal; // translated; empty when the redaction may go ahead
    };
    // One line for a copy outside: date, user, what and the audit entry's count and SHA-256.
    static QString describeCopy(const AuditEntry& copy);
    Plan plan(qint64 incidentId, const QDate& retentionEnded, const QDate& today, StorageError* error) const;

    // Redacts (see above), signing the statement with `key`. Refused (Invalid, nothing changed) when plan()
    // refuses: the incident is still open, was redacted already, the retention period has not ended by
    // `now`, or no reason is given.
    bool redact(qint64 incidentId, const QDate& retentionEnded, const QString& reason, const SigningKey& key,
                const QDateTime& now, RedactionRecord* done, StorageError* error);

private:
    bool blankAndRecord(qint64 incidentId, const QDate& retentionEnded, const QString& reason,
                        const SigningKey& key, const QDateTime& now, RedactionRecord* done,
                        StorageError* error);
    bool digestGroups(qint64 incidentId, QList<RedactionGroup>* groups, bool withHashes,
                      StorageError* error) const;
    QList<RedactionRecord> select(const QString& where, const QVariantList& values,
                                  StorageError* error) const;
    Database& m_db;
};

} // namespace bd
