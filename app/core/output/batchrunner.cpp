#include "batchrunner.h"

#include "outputfile.h"

#include "controlmark.h"
#include "filenames.h"
#include "lettermanifest.h"
#include "stagedfolder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <qpdf/QPDF.hh>

#include <deque>
#include <numeric>

namespace bd {
namespace {

constexpr qsizetype maxLettersPerChunk = 256;

struct ChunkJob
{
    QList<LetterInput> letters;
    QStringList names; // per-letter files, already safe and unique
    QList<qint64> ids; // the records the letters are for (0: unknown)
};

struct ChunkOutcome
{
    RenderedChunk chunk;
    QString error;
    QStringList names;
    QList<qint64> ids;
    QStringList controls;     // of each letter (controlmark.h)
    QList<QByteArray> sha256; // of each per-letter file, hex
};

// A single letter's document information: the recipient it is for and its control number, so that an
// attachment can be matched with its addressee before it is sent.
PdfInfo letterInfo(const PdfInfo& batch, qint64 recipientId, const QString& control)
{
    if (control.isEmpty())
        return batch;
    PdfInfo info = batch;
    const QString id = recipientId > 0 ? QString::number(recipientId) : QString();
    info.keywords = QStringLiteral("recipient_id=%1; control=%2").arg(id, control);
    info.custom = {{QByteArrayLiteral("BreachDeskRecipientId"), id},
                   {QByteArrayLiteral("BreachDeskControl"), control}};
    return info;
}

// Worker side: render, repair, and write the per-letter files into the staging folder.
ChunkOutcome processChunk(const ChunkRenderer& renderer, ChunkJob job, const StagedFolder* staging,
                          const PdfInfo& info, const std::function<bool()>& stop)
{
    ChunkOutcome out;
    for (const LetterInput& letter : std::as_const(job.letters))
        out.controls.append(letter.control);
    out.ids = job.ids;
    out.chunk = renderer.render(job.letters, stop);
    if (out.chunk.cancelled)
        return out;
    if (!out.chunk.pdf) {
        out.error = out.chunk.error;
        return out;
    }
    if (!staging)
        return out;
    int page = 0;
    for (qsizetype i = 0; i < job.names.size(); ++i) {
        if (stop()) {
            out.chunk.cancelled = true;
            return out;
        }
        const int pages = out.chunk.pagesPerLetter.at(i);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfAssembler assembler(&buffer, letterInfo(info, job.ids.at(i), out.controls.at(i)));
        if (!assembler.appendPages(*out.chunk.pdf, page, pages) || !assembler.finish()) {
            out.error =
                BatchRunner::tr("Could not write %1: %2").arg(job.names.at(i), assembler.errorString());
            return out;
        }
        if (!staging->writeFile(job.names.at(i), bytes, &out.error))
            return out;
        out.sha256.append(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        page += pages;
    }
    out.names = std::move(job.names);
    return out;
}

// The manifest, written entry by entry as chunks complete (in letter order) so that memory stays flat; it
// lives in the staging folder, so nobody sees it before it is complete.
class ManifestWriter
{
public:
    bool open(const QString& path, QString* error)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = BatchRunner::tr("Could not write %1: %2").arg(path, m_file.errorString());
            return false;
        }
        return write(QByteArrayLiteral("{\n  \"format\": \"") + BatchManifest::Format +
                         QByteArrayLiteral("\",\n  \"version\": ") +
                         QByteArray::number(BatchManifest::Version) + QByteArrayLiteral(",\n  \"files\": ["),
                     error);
    }
    bool add(qsizetype sequence, qint64 id, const QString& file, int pages, const QByteArray& sha256,
             QString* error)
    {
        const QJsonObject entry{
            {QStringLiteral("sequence"), double(sequence)},
            {QStringLiteral("recipient_id"), id > 0 ? QJsonValue(double(id)) : QJsonValue()},
            {QStringLiteral("file"), file},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)}};
        return write((sequence > 1 ? QByteArrayLiteral(",\n    ") : QByteArrayLiteral("\n    ")) +
                         QJsonDocument(entry).toJson(QJsonDocument::Compact),
                     error);
    }
    bool finish(qsizetype letters, QString* error)
    {
        if (!write(QByteArrayLiteral("\n  ],\n  \"letters\": ") + QByteArray::number(letters) +
                       QByteArrayLiteral("\n}\n"),
                   error))
            return false;
        m_file.close();
        if (m_file.error() != QFileDevice::NoError) {
            *error = BatchRunner::tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }

private:
    bool write(const QByteArray& bytes, QString* error)
    {
        if (m_file.write(bytes) == bytes.size())
            return true;
        *error = BatchRunner::tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    QFile m_file;
};

// Letters in the next chunk. Qt subsets the fonts at the end of each chunk (tens of milliseconds), so chunks
// are large; they shrink towards the end so that no worker is left alone with a long last chunk. The chunks
// decide which letters share font subsets, and so the bytes of every file: they are planned for a fixed
// number of workers, not this machine's cores, so that the same letters make the same bytes anywhere.
constexpr qsizetype plannedWorkers = 4;
qsizetype chunkSize(const BatchJob& job, qsizetype remaining)
{
    if (job.lettersPerChunk > 0)
        return job.lettersPerChunk;
    const qsizetype share = (remaining + 2 * plannedWorkers - 1) / (2 * plannedWorkers);
    return std::clamp<qsizetype>(share, std::min<qsizetype>(remaining, 16), maxLettersPerChunk);
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
    std::unique_ptr<StagedFolder> staging;
    ManifestWriter manifest;
    const bool safety = !job.controlBatch.isEmpty();
    // The CSV manifests: in the per-letter folder, and beside the outputs.
    QFile folderCsvFile;
    std::unique_ptr<LetterManifestCsv> folderCsv;
    std::unique_ptr<OutputFile> csvFile;
    std::unique_ptr<LetterManifestCsv> csv;
    if (safety && !job.manifestPath.isEmpty()) {
        if (job.manifestPath != QLatin1String("-"))
            QFileInfo(job.manifestPath).absoluteDir().mkpath(QStringLiteral("."));
        csvFile = std::make_unique<OutputFile>(job.manifestPath, job.protectedFiles);
        if (!csvFile->open(QIODevice::WriteOnly)) {
            result.error = csvFile->errorString();
            if (merged)
                merged->cancel();
            return result;
        }
        csv = std::make_unique<LetterManifestCsv>(csvFile.get());
    }
    if (!job.perLetterDirectory.isEmpty()) {
        staging = std::make_unique<StagedFolder>(job.perLetterDirectory);
        if (!staging->open(&result.error, &result.targetNotEmpty) ||
            !manifest.open(staging->path() + QLatin1Char('/') + QLatin1String(BatchManifest::FileName),
                           &result.error)) {
            if (merged)
                merged->cancel();
            if (csvFile)
                csvFile->cancel();
            return result;
        }
        if (safety) {
            folderCsvFile.setFileName(staging->path() + QLatin1Char('/') +
                                      QLatin1String(LetterManifestCsv::FileName));
            if (!folderCsvFile.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                result.error =
                    tr("Could not write %1: %2").arg(folderCsvFile.fileName(), folderCsvFile.errorString());
                if (merged)
                    merged->cancel();
                if (csvFile)
                    csvFile->cancel();
                staging->discard();
                return result;
            }
            folderCsv = std::make_unique<LetterManifestCsv>(&folderCsvFile);
        }
    }

    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    const ChunkRenderer renderer(job.page, job.templates, job.padEven, job.addressFields);
    filenames::UniqueNames unique;
    unique.take(QLatin1String(BatchManifest::FileName)); // never a letter's name (they end in .pdf) anyway
    unique.take(QLatin1String(LetterManifestCsv::FileName));
    QStringList names;
    std::deque<QFuture<ChunkOutcome>> inFlight;
    qsizetype next = 0;
    qsizetype done = 0;

    auto submit = [&] {
        ChunkJob chunk;
        const qsizetype end = std::min(job.count, next + chunkSize(job, job.count - next));
        for (; next < end; ++next) {
            chunk.letters.append(job.letter(next));
            if (safety)
                chunk.letters.last().control = ControlMark::letterControl(job.controlBatch, next + 1);
            chunk.ids.append(job.recordId ? job.recordId(next) : 0);
            if (staging) {
                const QString name = job.fileName
                                         ? job.fileName(next)
                                         : QStringLiteral("letter-%1").arg(next + 1, 5, 10, QLatin1Char('0'));
                chunk.names.append(unique.take(filenames::safe(name, QStringLiteral(".pdf"))));
            }
        }
        inFlight.push_back(QtConcurrent::run(
            &pool, [&renderer, &stop, &job, folder = staging.get(), chunk = std::move(chunk)]() mutable {
                return processChunk(renderer, std::move(chunk), folder, job.info, stop);
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
        for (qsizetype i = 0; staging && i < outcome.names.size(); ++i) {
            if (!manifest.add(done + i + 1, outcome.ids.at(i), outcome.names.at(i),
                              outcome.chunk.pagesPerLetter.at(i), outcome.sha256.at(i), &result.error)) {
                failed = true;
                break;
            }
            names.append(outcome.names.at(i));
            result.letterSha256.append(outcome.sha256.at(i));
            result.letterPages.append(outcome.chunk.pagesPerLetter.at(i));
            result.letterIds.append(outcome.ids.at(i));
        }
        int firstPage = int(result.pages) + 1;
        for (qsizetype i = 0; !failed && i < outcome.chunk.pagesPerLetter.size(); ++i) {
            const WindowFit fit = outcome.chunk.windowFit.value(i, WindowFit::None);
            const LetterManifestRow row{done + i + 1,
                                        outcome.ids.value(i),
                                        outcome.chunk.pagesPerLetter.at(i),
                                        assembler ? firstPage : 0,
                                        outcome.controls.value(i),
                                        fit};
            firstPage += row.pages;
            if (fit == WindowFit::Overflow || fit == WindowFit::Missing) {
                ++(fit == WindowFit::Overflow ? result.windowOverflow : result.windowMissing);
                if (result.windowProblems.size() < 100)
                    result.windowProblems.append(row.sequence);
            }
            for (LetterManifestCsv* writer : {csv.get(), folderCsv.get()}) {
                if (writer && !writer->add(row)) {
                    result.error = tr("Could not write the manifest: %1").arg(writer->errorString());
                    failed = true;
                    break;
                }
            }
        }
        if (failed)
            continue;
        done += outcome.chunk.pagesPerLetter.size();
        result.pages += pages;
        result.unmappedGlyphs += int(outcome.chunk.report.unmappedCodes.size());
        if (progress)
            progress(done, job.count);
    }

    auto discard = [&](BatchResult::Status status) {
        csv.reset(); // before their files go
        folderCsv.reset();
        if (merged)
            merged->cancel();
        if (csvFile)
            csvFile->cancel();
        folderCsvFile.close();
        if (staging) {
            staging->uncommit();
            staging->discard(); // the staging folder and all it holds
        }
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
    // The manifests last, then the whole folder at once.
    if (staging && !manifest.finish(done, &result.error))
        return discard(BatchResult::Status::Failed);
    for (LetterManifestCsv* writer : {csv.get(), folderCsv.get()}) {
        if (writer && !writer->flush()) {
            result.error = tr("Could not write the manifest: %1").arg(writer->errorString());
            return discard(BatchResult::Status::Failed);
        }
    }
    if (folderCsv) {
        folderCsvFile.close();
        if (folderCsvFile.error() != QFileDevice::NoError) {
            result.error =
                tr("Could not write %1: %2").arg(folderCsvFile.fileName(), folderCsvFile.errorString());
            return discard(BatchResult::Status::Failed);
        }
    }
    if (job.beforeCommit) {
        result.mergedSha256 = merged ? merged->sha256() : QByteArray();
        if (staging) {
            QFile manifestFile(staging->path() + QLatin1Char('/') + QLatin1String(BatchManifest::FileName));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (manifestFile.open(QIODevice::ReadOnly) && hash.addData(&manifestFile))
                result.manifestSha256 = hash.result().toHex();
        }
        result.letters = done;
        result.controlBatch = job.controlBatch;
        result.padEven = job.padEven;
        result.addressWindowMm = job.page.addressWindowMm;
        if (!job.beforeCommit(result, &result.error)) {
            result.refused = true;
            return discard(BatchResult::Status::Failed);
        }
    }
    if (staging && !staging->commit(&result.error))
        return discard(BatchResult::Status::Failed);
    if (merged && !merged->commit()) {
        result.error = merged->errorString();
        return discard(BatchResult::Status::Failed);
    }
    if (csvFile && !csvFile->commit()) {
        result.error = csvFile->errorString();
        return discard(BatchResult::Status::Failed);
    }
    if (csvFile && !csvFile->isStream())
        result.manifestCsvFile = QFileInfo(job.manifestPath).absoluteFilePath();
    if (staging) {
        for (const QString& name : std::as_const(names))
            result.letterFiles.append(staging->target() + QLatin1Char('/') + name);
        result.manifestFile = staging->target() + QLatin1Char('/') + QLatin1String(BatchManifest::FileName);
        QFile manifestFile(result.manifestFile);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (manifestFile.open(QIODevice::ReadOnly) && hash.addData(&manifestFile))
            result.manifestSha256 = hash.result().toHex();
    }
    result.status = BatchResult::Status::Done;
    result.letters = done;
    result.controlBatch = job.controlBatch;
    result.padEven = job.padEven;
    result.addressWindowMm = job.page.addressWindowMm;
    result.mergedFile =
        merged && !merged->isStream() ? QFileInfo(job.mergedPath).absoluteFilePath() : QString();
    result.mergedSha256 = merged ? merged->sha256() : QByteArray();
    return result;
}

} // namespace bd
