// Issuing letters is an explicit step. Until a group's letters of one kind are issued, every export and print
// of them is a draft: each page carries 「下書き」/"DRAFT" (draftmark.h) and nothing is recorded as issued.
// Issuing (export-letters --issue, Documents ▸ Issue…) writes them without the mark and records the batch
// (letterbatchrepository.h). After that, an export of the same group and kind is a copy of the issued batch:
// made with the batch's date, language and date style, and checked, before anything appears under its name,
// against the SHA-256 of every file the batch recorded (the PDF output is byte for byte the same for the
// same letters: pdfassembler.h, batchrunner.cpp). A copy that would differ — the template or the recipients
// changed since — is refused; a draft of the current text can still be made on request. Issuing a second
// time needs a reason, which the new batch records with the batch it follows.
#pragma once

#include "batchrunner.h"
#include "letterbatchrepository.h"
#include "lettersession.h"
#include "printlayout.h"

#include <QCoreApplication>

#include <optional>

namespace bd {

enum class LetterRole
{
    Draft, // marked on every page, recorded as a draft export
    Issue, // unmarked, recorded as a new batch
    Copy   // unmarked, the same bytes as the issued batch, recorded as a copy of it
};

// What the user asked for.
enum class LetterIntent
{
    Default, // a draft, or a copy when the group's letters of this kind were issued
    Draft,   // a draft even after issuing
    Issue    // issue (again only with a reason)
};

struct LetterPlan
{
    LetterRole role = LetterRole::Draft;
    std::optional<LetterBatch> issued; // the newest batch of the session's kind for its group
    QString reissueReason;
    bool merged = true; // the output mode: one merged PDF, else one PDF per recipient
    // How the letters are laid out for printing: a copy's is the batch's (printlayout.h).
    PrintLayout layout;
    qint64 batchId = 0; // for an issue: the id the new batch will get, which its control numbers carry

    // The batch the control numbers name: "B12", or "D" for a draft (controlmark.h); empty for an issue
    // without a reserved batch id (then no marks).
    QString controlBatch() const;

    // True when the session must be loaded again with copyRequest() (a copy uses the batch's settings).
    bool isCopy() const { return role == LetterRole::Copy; }
};

class LetterIssue
{
    Q_DECLARE_TR_FUNCTIONS(bd::LetterIssue)
public:
    // Decides what an export of `session`'s letters is. False with a translated `error` when it cannot be
    // made as asked: issuing again without a reason, a copy in another output mode than the batch's, or a
    // reason given where nothing was issued before.
    // Another reader's consignor names or confidential text in the letters (confidentialitycheck.h), one
    // message each: letters to the people affected are checked in what they all share, each consignor
    // client's notice in full.
    static QStringList confidentialityErrors(Database& db, const LetterSession& session,
                                             StorageError* storage);
    static bool plan(Database& db, const LetterSession& session, LetterIntent intent, const QString& reason,
                     bool merged, LetterPlan* plan, QString* error, StorageError* storage);

    // `asked` with the batch's date, language and date style, for a copy.
    static LetterRequest copyRequest(const LetterRequest& asked, const LetterBatch& batch);

    // For a copy: whether `result` (its hashes known, nothing committed yet) is the batch's output, byte for
    // byte. False with a translated `why` naming the batch.
    static bool sameAsIssued(const LetterBatch& batch, const BatchResult& result, QString* why);
    // sameAsIssued() as a LetterSession::Output::beforeCommit.
    static std::function<bool(const BatchResult&, QString*)> checkCopy(const LetterBatch& batch);

    // The batch to record for a finished issue.
    static LetterBatch batchFor(const LetterSession& session, const RecipientScan& scan,
                                const LetterPlan& plan, const BatchResult& result);

    // The detail of the export's audit entry for a draft or a copy: group, kind and which batch.
    static QString exportDetail(const LetterSession& session, const LetterPlan& plan);

    static QString languageKey(LetterLanguage language); // "auto", "ja", "en"
};

} // namespace bd
