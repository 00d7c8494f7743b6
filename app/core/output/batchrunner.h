#pragma once

#include "chunkrenderer.h"
#include "pagesetup.h"
#include "pdfassembler.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace bd {

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
    QStringList templates; // merge templates that LetterInput::templateIndex refers to (see mergefields.h)

    QString mergedPath;         // one PDF with every letter, each starting on a new page; empty: none;
                                // an OutputFile: "-" is standard output
    QStringList protectedFiles; // files no output may replace (the open workspace's)
    QString perLetterDirectory; // one PDF per letter; empty: none

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
    qsizetype letters = 0;
    qsizetype pages = 0;
    QString mergedFile;
    QStringList letterFiles; // in letter order
    int unmappedGlyphs = 0;  // glyphs still missing from the text layer (see TextLayerReport)
};

// Renders a batch of letters on all cores, in order, with flat memory.
//
// Chunks of consecutive letters are laid out and drawn by workers (QThreadPool), each into its own Qt PDF
// whose text layer is then repaired; the calling thread appends the chunks, in order, to the merged PDF, and
// workers split them into per-letter files. Nothing half-written is ever visible: the merged PDF goes through
// QSaveFile, per-letter files are written into a hidden temporary folder inside the target folder and moved
// into place only when every letter is done. On cancellation or failure everything this run created is
// removed.
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
