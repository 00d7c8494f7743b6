// Issued letter batches (migration 0013_letter_batches.sql): what went out when a group's letters were
// issued, kept as it happened (triggers refuse changes and deletion). Never a recipient's name, address or
// file name: recipients are counted and, per file, named by their row id.
#pragma once

#include "database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace bd {

// The template text one language's letters were made from.
struct LetterBatchTemplate
{
    bool used = false;   // some letter of the batch is in this language
    int version = 0;     // the built-in version (for an edited copy: the version it was made from)
    bool edited = false; // the incident's own copy rather than the built-in text
    QByteArray sha256;   // hex, of the text used
};

struct LetterBatchFile
{
    int sequence = 0;       // 1-based, in letter order; the merged PDF is 1
    qint64 recipientId = 0; // 0 for the merged PDF
    int pages = 0;
    QByteArray sha256; // hex
};

struct LetterBatch
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString kind;     // the template kind: "letter-individual", "consignor-notice"
    QString groupKey; // the recipient group
    int recipients = 0;
    QString language;  // "auto", "ja", "en": how letters were given their language
    QString dateStyle; // "seireki", "wareki"
    QDate lettersDate; // the date the letters carry
    LetterBatchTemplate templateJa, templateEn;
    QString outputMode;      // "merged" or "each"
    QByteArray outputSha256; // hex: the merged PDF's, or the per-letter folder's manifest's
    QList<LetterBatchFile> files;
    QDateTime issuedAt;   // now when left invalid
    QString issuedBy;     // the OS user (AuditRepository::currentUser()) when left empty
    qint64 reissueOf = 0; // the batch this one follows (0: the first of its kind for the group)
    QString reissueReason;
    // How the letters were laid out for printing (printlayout.h); empty for batches issued before layouts
    // were recorded.
    QString layout;

    // The template key the letters were made from ("letter-individual/employees").
    QString templateKey() const { return kind + QLatin1Char('/') + groupKey; }
};

class LetterBatchRepository
{
public:
    explicit LetterBatchRepository(Database& db) : m_db(db) {}

    // Records `batch` with its files and the audit entry naming it, in one transaction; sets its id,
    // issuedAt and issuedBy. The audit entry says which batch, how many letters, the templates and the
    // output's SHA-256, never who the letters are for.
    // A batch with an id set (nextId(), which its letters' control numbers carry) is recorded under it, or
    // not at all when another batch took it meanwhile.
    bool issue(LetterBatch& batch, const QString& incidentCode, StorageError* error);
    // The id the next batch recorded will get (0 on error).
    qint64 nextId(StorageError* error) const;
    // The newest batch of `kind` for the group, with its files; nullopt when there is none (or on error).
    std::optional<LetterBatch> latest(qint64 incidentId, const QString& kind, const QString& groupKey,
                                      StorageError* error) const;
    // Every batch of the incident, oldest first, without their files.
    QList<LetterBatch> list(qint64 incidentId, StorageError* error) const;

private:
    QList<LetterBatchFile> files(qint64 batchId, StorageError* error) const;

    Database& m_db;
};

} // namespace bd
