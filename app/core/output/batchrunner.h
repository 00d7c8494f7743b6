#pragma once

#include "chunkrenderer.h"
#include "pagesetup.h"
#include "pdfassembler.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace bd {

struct BatchResult;

struct BatchJob
{
    qsizetype count = 0;
    // The letter for index i. Called in increasing order, one at a time, on the thread that runs the job — so
    // it can read recipients from a database cursor; only about 2 × threads × lettersPerChunk letters are
    // held.
    std::function<LetterInput(qsizetype index)> letter;
    // The per-letter file name for index i (made filename-safe and unique, ".pdf" added); called like
    // `letter`. Unset: "letter-00001.pdf" …
    std::function<QString(qsizetype index)> fileName;
    // The id of the record (recipient) letter i is for, listed in the per-letter manifest; called like
    // `letter`, after it. Unset: null in the manifest.
    std::function<qint64(qsizetype index)> recordId;
    QStringList templates; // merge templates that LetterInput::templateIndex refers to (see mergefields.h)

    QString mergedPath; // one PDF with every letter, each starting on a new page; empty: none; an OutputFile:
                        // "-" is standard output
    QStringList protectedFiles; // files no output may replace (the open workspace's)
    // One PDF per letter, plus BatchManifest::FileName, in a folder that must not exist or be empty; empty:
    // none.
    QString perLetterDirectory;

    // Called once every letter is written, before anything appears under its final name, with the result's
    // hashes filled in (mergedSha256, letterSha256, manifestSha256); returning false (with `*error`) discards
    // everything: e.g. a copy of issued letters that no longer matches them. Unset: accept.
    std::function<bool(const BatchResult& result, QString* error)> beforeCommit;

    // Mail-merge safety (controlmark.h, lettermanifest.h). With a control batch ("B12" for issued batch 12,
    // "D" for a draft) every page carries its control number, each per-letter PDF names its recipient and
    // control number in its document information (BreachDeskRecipientId, BreachDeskControl, and Keywords),
    // and a CSV manifest is written: into the per-letter folder (LetterManifestCsv::FileName) and to
    // `manifestPath`. Empty: none of these (copies of batches issued before them).
    QString controlBatch;
    QString manifestPath; // the CSV manifest beside the outputs; empty: none (an OutputFile, like mergedPath)
    bool padEven = false; // each letter padded to an even page count (duplex printing)
    QList<int> addressFields; // the merge fields of the address block (LetterLayout::setAddressFields())

    PageSetup page;
    PdfInfo info;
    int lettersPerChunk = 0; // letters per Qt PDF (fonts are subset once per chunk); 0: automatic
    int threads = 0;         // 0: one per core
};

struct BatchResult
{
    enum class Status
    {
        Done,
        Cancelled,
        Failed
    };
    Status status = Status::Failed;
    QString error;
    QByteArray mergedSha256; // hex, of the merged PDF
    // What the audit trail records of the output: the merged PDF's SHA-256, else the manifest's.
    QByteArray outputSha256() const { return mergedSha256.isEmpty() ? manifestSha256 : mergedSha256; }
    qsizetype letters = 0;
    qsizetype pages = 0;
    QString mergedFile;
    QStringList letterFiles;        // in letter order
    QList<QByteArray> letterSha256; // hex, of each per-letter file, in letter order
    QList<int> letterPages;         // of each letter, in letter order (per-letter files only)
    QList<qint64> letterIds;        // the record each letter is for (0: unknown), per-letter files only
    QString manifestFile;           // the per-letter folder's manifest
    QByteArray manifestSha256;      // hex, of the manifest (which lists each letter file's SHA-256)
    bool targetNotEmpty = false;    // refused: the per-letter folder holds something already
    bool refused = false;           // BatchJob::beforeCommit refused the output
    int unmappedGlyphs = 0;         // glyphs still missing from the text layer (see TextLayerReport)
    // What the letters were made with (BatchJob's): an issued batch records it (printlayout.h).
    QString controlBatch;
    bool padEven = false;
    QRectF addressWindowMm;
    QString manifestCsvFile;         // BatchJob::manifestPath, written
    int windowOverflow = 0;          // letters whose address block does not fit the envelope window
    int windowMissing = 0;           // letters without an address block to put in the window
    QList<qsizetype> windowProblems; // their sequences (1-based), at most 100
};

// The per-letter folder's list of its letters, written after the last of them:
//   {"format": "breachdesk-letter-batch", "version": 1, "letters": N,
//    "files": [{"sequence": 1, "recipient_id": 17, "file": "….pdf", "pages": 2, "sha256": "…"}, …]}
// in letter order. It names no person beyond the file names the user's pattern made.
namespace BatchManifest {
inline constexpr auto FileName = "manifest.json";
inline constexpr auto Format = "breachdesk-letter-batch";
inline constexpr int Version = 1;
} // namespace BatchManifest

// Renders a batch of letters on all cores, in order, with flat memory.
//
// Chunks of consecutive letters are laid out and drawn by workers (QThreadPool), each into its own Qt PDF
// whose text layer is then repaired; the calling thread appends the chunks, in order, to the merged PDF, and
// workers split them into per-letter files. Nothing half-written is ever visible, even to a run killed with
// SIGKILL: the merged PDF goes through QSaveFile; the per-letter files and their manifest are written into a
// hidden staging folder next to the target (StagedFolder), which is renamed onto the target in one step when
// every letter is done. The target must not exist or be an empty folder: nothing is ever replaced. On
// cancellation or failure everything this run created is removed; staging folders that killed runs left are
// removed by the next run in the same place.
class BatchRunner
{
    Q_DECLARE_TR_FUNCTIONS(bd::BatchRunner)

public:
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    // Blocks until done. `progress` is called on the calling thread after each chunk.
    static BatchResult run(const BatchJob& job, const Progress& progress = {},
                           const std::atomic<bool>* cancel = nullptr);
};

} // namespace bd
