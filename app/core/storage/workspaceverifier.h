// Checks, right after a workspace is opened, that its record still proves itself (docs/audit-chain.md):
// every audit chain links up and ends at its recorded head, every issued document still has the SHA-256 it
// was issued with and that its audit entry recorded, and the protective triggers are all in place as the
// migrations made them. It reads only: a damaged workspace is reported, never repaired.
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

struct IntegrityProblem
{
    Q_DECLARE_TR_FUNCTIONS(bd::WorkspaceVerifier)
public:
    enum Kind
    {
        TriggerMissing,       // name
        TriggerAltered,       // name
        TriggerUnexpected,    // name
        EntryUnchained,       // entryId, chain
        EntryAltered,         // entryId, chain
        EntryUnlinked,        // entryId, chain
        ChainShorter,         // chain, found < expected: its newest entries were removed
        ChainLonger,          // chain, found > expected: entries were added around BreachDesk
        ChainHeadDiffers,     // chain, same count, other last hash
        IncidentWithoutTrail, // chain (the incident), name (its code)
        DocumentAltered,      // documentId, name: the PDF or web page no longer has its stored SHA-256
        DocumentHashDiffers, // documentId, name, entryId: stored SHA-256 ≠ the one its audit entry recorded
        DocumentUnrecorded,  // documentId, name: no audit entry records its issue
        DocumentMissing,     // documentId, entryId: recorded as issued, gone
        RedactionAltered,    // redactionId, chain: the statement no longer has its SHA-256
        RedactionSignatureInvalid, // redactionId, chain: not its author's signature of the statement
        RedactionUnrecorded,       // redactionId, chain, entryId (0: none): the trail does not record it
        RedactionUndone,           // redactionId, chain, name (group), found: people identifiable again
        RedactionCountDiffers,     // redactionId, chain, name (group), expected, found: recipients removed
        RedactionMissing,          // redactionId, chain, entryId: recorded as done, the statement is gone
    };
    Kind kind = TriggerMissing;
    qint64 entryId = 0;
    qint64 documentId = 0;
    qint64 redactionId = 0;
    qint64 chain = 0;  // the incident whose chain it is; 0: the workspace's own chain
    QString chainName; // the incident's code, when known
    QString name;      // a trigger's name, or a document's title
    qint64 expected = 0, found = 0;

    // One translated sentence, in the language installed now.
    QString text() const;

private:
    QString chainText() const;
};

struct WorkspaceIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(bd::WorkspaceVerifier)
public:
    QList<IntegrityProblem> problems; // the order they are found in: triggers, then entries, then documents
    int omitted = 0;                  // problems past WorkspaceVerifier::MaxListedProblems, counted only
    qint64 entries = 0, chains = 0, documents = 0;
    qint64 elapsedMs = 0;
    bool readFailed = false; // the check itself could not read the workspace (see `readError`)
    StorageError readError;

    bool ok() const { return problems.isEmpty() && !readFailed; }
    // The first problem, and how many more there are; translated.
    QString summary() const;
    // Every problem, one per line; translated.
    QString details() const;
    // As a StorageError of kind Corrupt (exit code 5) that names the first problem.
    StorageError error() const;
};

class WorkspaceVerifier
{
public:
    static WorkspaceIntegrity verify(Database& db);
    // More problems than this are counted, not listed.
    static constexpr int MaxListedProblems = 100;
};

} // namespace bd
