#include "batchrunner.h"

#include "outputfile.h"

#include "filenames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <qpdf/QPDF.hh>

#include <deque>
#include <filesystem>
#include <numeric>

namespace bd {
namespace {

constexpr qsizetype maxLettersPerChunk = 256;

struct ChunkJob
{
    QList<LetterInput> letters;
    QStringList names; // per-letter files, already safe and unique
};

struct ChunkOutcome
{
    RenderedChunk chunk;
    QString error;
};

// Worker side: render, repair, and write the per-letter files into the staging folder.
ChunkOutcome processChunk(const ChunkRenderer& renderer, const ChunkJob& job, const QString& staging,
                          const PdfInfo& info, const std::function<bool()>& stop)
{
    ChunkOutcome out;
    out.chunk = renderer.render(job.letters, stop);
    if (out.chunk.cancelled)
        return out;
    if (!out.chunk.pdf) {
        out.error = out.chunk.error;
        return out;
    }
    if (staging.isEmpty())
        return out;
    int page = 0;
    for (qsizetype i = 0; i < job.names.size(); ++i) {
        if (stop()) {
            out.chunk.cancelled = true;
            return out;
        }
        const int pages = out.chunk.pagesPerLetter.at(i);
        QFile file(staging + QLatin1Char('/') + job.names.at(i));
        if (!file.open(QIODevice::WriteOnly)) {
            out.error = BatchRunner::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
            return out;
        }
        PdfAssembler assembler(&file, info);
        if (!assembler.appendPages(*out.chunk.pdf, page, pages) || !assembler.finish() || !file.flush()) {
            out.error =
                BatchRunner::tr("Could not write %1: %2")
                    .arg(file.fileName(),
                         assembler.errorString().isEmpty() ? file.errorString() : assembler.errorString());
            return out;
        }
        page += pages;
    }
    return out;
}

// Letters in the next chunk. Qt subsets the fonts at the end of each chunk (tens of milliseconds), so chunks
// are large; they shrink towards the end so that no worker is left alone with a long last chunk.
qsizetype chunkSize(const BatchJob& job, int threads, qsizetype remaining)
{
    if (job.lettersPerChunk > 0)
        return job.lettersPerChunk;
    const qsizetype share = (remaining + 2 * threads - 1) / (2 * qsizetype(threads));
    return std::clamp<qsizetype>(share, std::min<qsizetype>(remaining, 16), maxLettersPerChunk);
}

// Moves the staged files into the target folder; on failure moves nothing back but removes what it moved.
bool publish(const QString& staging, const QString& target, const QStringList& names, QStringList* moved,
             QString* error)
{
    for (const QString& name : names) {
        std::error_code ec;
        const QString to = target + QLatin1Char('/') + name;
        std::filesystem::rename((staging + QLatin1Char('/') + name).toStdU16String(), to.toStdU16String(),
                                ec);
        if (ec) {
            *error = BatchRunner::tr("Could not move %1 into place: %2")
                         .arg(to, QString::fromStdString(ec.message()));
            return false;
        }
        moved->append(to);
    }
    return true;
}

} // namespace

BatchResult BatchRunner::run(const BatchJob& job, const Progress& progress, const std::atomic<bool>* cancel)
{
    BatchResult result;
    if (!job.letter || job.count < 0) {
        result.error = tr("There are no letters to write.");
        return result;
    }
    if (job.mergedPath.isEmpty() && job.perLetterDirectory.isEmpty()) {
        result.error = tr("Choose a merged PDF, a folder for one PDF per letter, or both.");
        return result;
    }
    const int threads = std::max(1, job.threads > 0 ? job.threads : QThread::idealThreadCount());
    std::atomic<bool> failed{false};
    const std::function<bool()> stop = [&failed, cancel] {
        return failed.load(std::memory_order_relaxed) || (cancel && cancel->load(std::memory_order_relaxed));
    };

    // Outputs: nothing becomes visible before the end.
    std::unique_ptr<OutputFile> merged;
    std::unique_ptr<PdfAssembler> assembler;
    if (!job.mergedPath.isEmpty()) {
        if (job.mergedPath != QLatin1String("-"))
            QFileInfo(job.mergedPath).absoluteDir().mkpath(QStringLiteral("."));
        merged = std::make_unique<OutputFile>(job.mergedPath, job.protectedFiles);
        if (!merged->open(QIODevice::WriteOnly)) {
            result.error = merged->errorString();
            return result;
        }
        assembler = std::make_unique<PdfAssembler>(merged.get(), job.info);
    }
    std::unique_ptr<QTemporaryDir> staging;
    QString targetDir;
    bool createdTarget = false;
    if (!job.perLetterDirectory.isEmpty()) {
        targetDir = QDir(job.perLetterDirectory).absolutePath();
        createdTarget = !QFileInfo::exists(targetDir);
        if (QDir().mkpath(targetDir))
            staging =
                std::make_unique<QTemporaryDir>(targetDir + QStringLiteral("/.breachdesk-letters-XXXXXX"));
        if (!staging || !staging->isValid()) {
            if (createdTarget)
                QDir().rmdir(targetDir);
            result.error = tr("Could not write into %1.").arg(targetDir);
            return result;
        }
    }
    const QString stagingPath = staging ? staging->path() : QString();

    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    const ChunkRenderer renderer(job.page, job.templates);
    filenames::UniqueNames unique;
    QStringList names;
    std::deque<QFuture<ChunkOutcome>> inFlight;
    qsizetype next = 0;
    qsizetype done = 0;

    auto submit = [&] {
        ChunkJob chunk;
        const qsizetype end = std::min(job.count, next + chunkSize(job, threads, job.count - next));
        for (; next < end; ++next) {
            chunk.letters.append(job.letter(next));
            if (staging) {
                const QString name = job.fileName
                                         ? job.fileName(next)
                                         : QStringLiteral("letter-%1").arg(next + 1, 5, 10, QLatin1Char('0'));
                chunk.names.append(unique.take(filenames::safe(name, QStringLiteral(".pdf"))));
            }
        }
        names += chunk.names;
        inFlight.push_back(
            QtConcurrent::run(&pool, [&renderer, &stop, &job, stagingPath, chunk = std::move(chunk)] {
                return processChunk(renderer, chunk, stagingPath, job.info, stop);
            }));
    };

    while (true) {
        while (!stop() && next < job.count && inFlight.size() < size_t(2 * threads))
            submit();
        if (inFlight.empty())
            break;
        ChunkOutcome outcome = inFlight.front().takeResult();
        inFlight.pop_front();
        if (stop() || outcome.chunk.cancelled)
            continue; // drain the workers
        if (!outcome.error.isEmpty()) {
            result.error = outcome.error;
            failed = true;
            continue;
        }
        const int pages =
            std::accumulate(outcome.chunk.pagesPerLetter.cbegin(), outcome.chunk.pagesPerLetter.cend(), 0);
        if (assembler && !assembler->appendPages(*outcome.chunk.pdf, 0, pages)) {
            result.error = tr("Could not write %1: %2").arg(job.mergedPath, assembler->errorString());
            failed = true;
            continue;
        }
        done += outcome.chunk.pagesPerLetter.size();
        result.pages += pages;
        result.unmappedGlyphs += int(outcome.chunk.report.unmappedCodes.size());
        if (progress)
            progress(done, job.count);
    }

    auto discard = [&](BatchResult::Status status) {
        if (merged)
            merged->cancel();
        staging.reset(); // removes the staging folder and all it holds
        if (createdTarget)
            QDir().rmdir(targetDir);
        result.status = status;
        result.pages = 0;
        return result;
    };
    if (failed)
        return discard(BatchResult::Status::Failed);
    if (cancel && cancel->load())
        return discard(BatchResult::Status::Cancelled);

    if (assembler && !assembler->finish()) {
        result.error = tr("Could not write %1: %2").arg(job.mergedPath, assembler->errorString());
        return discard(BatchResult::Status::Failed);
    }
    QStringList moved;
    if (staging && !publish(stagingPath, targetDir, names, &moved, &result.error)) {
        for (const QString& file : std::as_const(moved))
            QFile::remove(file);
        return discard(BatchResult::Status::Failed);
    }
    if (merged && !merged->commit()) {
        result.error = merged->errorString();
        for (const QString& file : std::as_const(moved))
            QFile::remove(file);
        return discard(BatchResult::Status::Failed);
    }
    result.status = BatchResult::Status::Done;
    result.letters = done;
    result.mergedFile =
        merged && !merged->isStream() ? QFileInfo(job.mergedPath).absoluteFilePath() : QString();
    result.mergedSha256 = merged ? merged->sha256() : QByteArray();
    result.letterFiles = moved;
    return result;
}

} // namespace bd
