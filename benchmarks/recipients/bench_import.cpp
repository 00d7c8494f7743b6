// Import benchmark: writes an N-row (default 100,000) CP932 CSV — as Japanese Excel saves it —
// into a temporary folder, then times, each with its own peak resident memory (VmHWM, reset between phases
// through /proc/self/clear_refs):
//   1. parsing only (encoding detection + CSV);
//   2. parsing + planning (column mapping, validation, duplicate checks: ImportPlan);
//   3. the full import as the dialog and `breachdesk import-recipients` do it, into a real SQLite workspace
//      file (WAL, synchronous=FULL) with the demo incident: the group's existing rows loaded, parse + plan,
//      then RecipientRepository::commitImport (insertMany in one transaction);
//   4. the same file again into the now full group: once as the CLI does it (the plan finds every row
//      identical to a recipient already there), once at the in-transaction check's worst (planned as if
//      the group were empty, as a second concurrent import would, so that the commit finds them all).
//   build/benchmarks/recipients/bench_import [rows]
#include "csvreader.h"
#include "database.h"
#include "importplan.h"
#include "incidenttransfer.h"
#include "recipientrepository.h"
#include "sourcefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cstdio>
#include <malloc.h>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

qint64 procStatusKiB(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak (VmHWM) measurement; false when the kernel does not allow it.
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

bool writeCsv(const QString& path, int rows)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    QStringEncoder cp932("windows-31j");
    QByteArray chunk = cp932.encode(
        u"社員番号,氏名,フリガナ,会社名,部署,役職,郵便番号,住所,メールアドレス,電話番号,備考\r\n"_s);
    for (int i = 1; i <= rows; ++i) {
        const QString n = QString::number(i);
        QString line = u"E"_s + n + u",髙橋 太郎"_s + n + u",ﾀｶﾊｼ ﾀﾛｳ,㈱山﨑商事,第①営業部,課長,100-0001,"_s +
                       u"\"東京都千代田区丸の内１－"_s + n + u"\r\nＡＢＣビル５階\",taro"_s + n +
                       u"@example.jp,03-1234-5678,\"メモ \"\"～\"\" "_s + n + u"\"\r\n"_s;
        chunk += cp932.encode(line);
        if (chunk.size() >= (1 << 20)) {
            if (out.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return out.write(chunk) == chunk.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    if (!dir.isValid() || rows <= 0)
        return 2;
    const QString path = dir.filePath(u"recipients_cp932.csv"_s);
    if (!writeCsv(path, rows)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 2;
    }
    const qint64 fileBytes = QFile(path).size();
    const qint64 rssBefore = procStatusKiB("VmRSS");

    // Parse only.
    const bool peaksSeparate = resetPeak();
    QElapsedTimer timer;
    timer.start();
    qint64 parsed = 0;
    {
        SourceFile file;
        if (!file.open(path))
            return 2;
        SourceRecord record;
        while (file.source()->readNext(&record))
            ++parsed;
    }
    const qint64 parseMs = timer.elapsed();
    const qint64 hwmAfterParse = procStatusKiB("VmHWM");

    // Parse + plan (what an import does before the storage layer commits the plan).
    resetPeak();
    timer.restart();
    SourceFile file;
    if (!file.open(path))
        return 2;
    ImportOptions options;
    options.sourceFile = u"recipients_cp932.csv"_s;
    const ImportCounts counts = planImport(*file.source(), options).counts; // the plan is freed here
    const qint64 planMs = timer.elapsed();
    const qint64 hwm = procStatusKiB("VmHWM");
    malloc_trim(0); // give the freed plan back, so that the next phase starts from a clean RSS

    // The full import into a workspace file.
    Database db;
    StorageError error;
    const QString workspace = dir.filePath(u"bench.breachdesk"_s);
    const auto incidentId = db.open(workspace, &error) ? IncidentTransfer(db).ensureDemoIncident(&error)
                                                       : std::optional<qint64>();
    RecipientRepository repo(db);
    if (!incidentId || !repo.ensureBuiltinGroups(*incidentId, &error)) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error.text()));
        return 2;
    }
    const RecipientGroup group = *repo.groupByKey(*incidentId, u"employees"_s, &error);
    resetPeak();
    const qint64 rssBeforeImport = procStatusKiB("VmRSS");
    timer.restart();
    qint64 importPlanMs = 0;
    int imported = 0;
    {
        SourceFile importFile;
        if (!importFile.open(path))
            return 2;
        const ImportOptions importOptions = repo.importOptions(group, u"recipients_cp932.csv"_s, &error);
        ImportPlan full = planImport(*importFile.source(), importOptions);
        importPlanMs = timer.elapsed();
        ImportCommitOutcome outcome;
        const ImportCommit commit{QString(), u"recipients_cp932.csv"_s, full.fields,
                                  importOptions.groupVersion};
        if (!repo.commitImport(group.id, full.accepted, commit, &outcome, &error)) {
            std::fprintf(stderr, "commit: %s\n", qPrintable(error.text()));
            return 2;
        }
        imported = outcome.inserted;
    }
    const qint64 importMs = timer.elapsed();
    const qint64 importHwm = procStatusKiB("VmHWM");
    const int stored = repo.count(group.id, QString(), true, &error);

    // The same file again, into the full group.
    timer.restart();
    ImportPlan again;
    {
        SourceFile againFile;
        if (!againFile.open(path))
            return 2;
        again = planImport(*againFile.source(), repo.importOptions(group, u"again.csv"_s, &error));
    }
    const qint64 againMs = timer.elapsed();
    timer.restart();
    ImportCommitOutcome worst;
    {
        SourceFile worstFile;
        if (!worstFile.open(path))
            return 2;
        ImportPlan blind = planImport(*worstFile.source(), ImportOptions());
        timer.restart();
        if (!repo.commitImport(group.id, blind.accepted, {QString(), u"again.csv"_s, blind.fields}, &worst,
                               &error)) {
            std::fprintf(stderr, "commit: %s\n", qPrintable(error.text()));
            return 2;
        }
    }
    const qint64 worstMs = timer.elapsed();
    const int storedAfter = repo.count(group.id, QString(), true, &error);

    const auto perSecond = [](qint64 n, qint64 ms) { return ms > 0 ? double(n) * 1000.0 / double(ms) : 0.0; };
    std::printf("file: %d data rows, %.1f MiB CP932 (detected: %s)\n", rows, double(fileBytes) / (1 << 20),
                qPrintable(textEncodingKey(file.encoding())));
    std::printf("parse only:   %lld records in %lld ms = %.0f rows/s\n", parsed, parseMs,
                perSecond(parsed, parseMs));
    std::printf("parse + plan: %d accepted, %d rejected, %d duplicates in %lld ms = %.0f rows/s\n",
                counts.accepted, counts.rejected, counts.duplicates, planMs,
                perSecond(counts.records, planMs));
    std::printf(
        "full import: %d rows into SQLite in %lld ms (plan %lld ms + insertMany %lld ms) = %.0f rows/s; "
        "%d stored\n",
        imported, importMs, importPlanMs, importMs - importPlanMs, perSecond(imported, importMs), stored);
    std::printf("again: read the group + plan %lld ms (%d identical, %d accepted); in-transaction check "
                "at its worst %lld ms (%d identical, %d inserted); %d stored\n",
                againMs, again.counts.duplicates, again.counts.accepted, worstMs, worst.identical,
                worst.inserted, storedAfter);
    std::printf("memory: RSS at start %.1f MiB; peak (VmHWM) parse only %.1f MiB, parse + plan %.1f MiB, "
                "full import %.1f MiB (RSS before it %.1f MiB)%s\n",
                double(rssBefore) / 1024, double(hwmAfterParse) / 1024, double(hwm) / 1024,
                double(importHwm) / 1024, double(rssBeforeImport) / 1024,
                peaksSeparate ? "" : " [peaks cumulative: /proc/self/clear_refs not writable]");
    return counts.accepted == rows && stored == rows && storedAfter == rows ? 0 : 1;
}
