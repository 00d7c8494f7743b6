// Letters benchmark: renders N Japanese letters with bd::BatchRunner and prints letters per second and the
// process's peak resident memory (VmHWM).
//
//   bench_letters [--letters N] [--merged FILE] [--per-letter DIR] [--html] [--threads N] [--chunk N]
//                 [--write-html DIR]
//
// --html renders every letter from its whole HTML instead of patching a merge template; --write-html writes
// the same letters as HTML files (for the LibreOffice comparison) and exits.

#include "batchrunner.h"
#include "mergefields.h"
#include "outputtestsupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Deterministic, varied recipients: common and rare surnames, now and then a non-BMP or hostile name.
bd::test::Addressee recipient(qsizetype i)
{
    static const QStringList family = {
        QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("高橋"),  QStringLiteral("田中"),
        QStringLiteral("伊藤"), QStringLiteral("渡辺"), QStringLiteral("山本"),  QStringLiteral("中村"),
        QStringLiteral("小林"), QStringLiteral("加藤"), QStringLiteral("髙﨑"),  QStringLiteral("𠮷田"),
        QStringLiteral("西田"), QStringLiteral("金子"), QStringLiteral("長谷川")};
    static const QStringList given = {
        QStringLiteral("太郎"), QStringLiteral("花子"),   QStringLiteral("一郎"), QStringLiteral("美咲"),
        QStringLiteral("翔太"), QStringLiteral("陽菜"),   QStringLiteral("大輔"), QStringLiteral("さくら"),
        QStringLiteral("健"),   QStringLiteral("由美子"), QStringLiteral("拓海")};
    static const QStringList city = {
        QStringLiteral("東京都千代田区千代田"), QStringLiteral("大阪府大阪市北区梅田"),
        QStringLiteral("愛知県名古屋市中区栄"), QStringLiteral("福岡県福岡市博多区博多駅前"),
        QStringLiteral("北海道札幌市中央区北一条西")};
    bd::test::Addressee to;
    to.name = family.at(i % family.size()) + QLatin1Char(' ') + given.at((i / 7) % given.size());
    if (i % 997 == 0)
        to.name = QStringLiteral("<script>alert(%1)</script>").arg(i);
    to.postcode = QStringLiteral("%1-%2")
                      .arg(100 + i % 800, 3, 10, QLatin1Char('0'))
                      .arg(i % 10000, 4, 10, QLatin1Char('0'));
    to.address = QStringLiteral("%1%2丁目%3番%4号")
                     .arg(city.at(i % city.size()))
                     .arg(1 + i % 9)
                     .arg(1 + i % 30)
                     .arg(1 + i % 20);
    return to;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions(
        {{QStringLiteral("letters"), QStringLiteral("Number of letters."), QStringLiteral("n"),
          QStringLiteral("6400")},
         {QStringLiteral("merged"), QStringLiteral("Merged PDF to write."), QStringLiteral("file")},
         {QStringLiteral("per-letter"), QStringLiteral("Folder for one PDF per letter."),
          QStringLiteral("dir")},
         {QStringLiteral("html"), QStringLiteral("Parse every letter's whole HTML (no merge template).")},
         {QStringLiteral("threads"), QStringLiteral("Worker threads (0: one per core)."), QStringLiteral("n"),
          QStringLiteral("0")},
         {QStringLiteral("chunk"), QStringLiteral("Letters per chunk (0: automatic)."), QStringLiteral("n"),
          QStringLiteral("0")},
         {QStringLiteral("write-html"), QStringLiteral("Write the letters as HTML files and exit."),
          QStringLiteral("dir")},
         {QStringLiteral("safety"),
          QStringLiteral(
              "Mail-merge safety as export-letters makes it: control numbers on every page, recipient "
              "ids in per-letter PDFs, CSV manifests, merged letters padded to even pages.")},
         {QStringLiteral("envelope"), QStringLiteral("With --safety: the address block in a 長3 window.")}});
    cli.process(app);
    const qsizetype count = cli.value(QStringLiteral("letters")).toLongLong();
    QTextStream out(stdout);

    if (cli.isSet(QStringLiteral("write-html"))) {
        const QDir dir(cli.value(QStringLiteral("write-html")));
        dir.mkpath(QStringLiteral("."));
        for (qsizetype i = 0; i < count; ++i) {
            QFile file(dir.filePath(QStringLiteral("letter-%1.html").arg(i + 1, 5, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write(bd::test::japaneseLetter(recipient(i)).toUtf8());
        }
        return 0;
    }

    bd::BatchJob job;
    job.count = count;
    job.mergedPath = cli.value(QStringLiteral("merged"));
    job.perLetterDirectory = cli.value(QStringLiteral("per-letter"));
    job.threads = cli.value(QStringLiteral("threads")).toInt();
    job.lettersPerChunk = cli.value(QStringLiteral("chunk")).toInt();
    job.info.title = QStringLiteral("個人情報漏えいのおそれに関するお詫びとお知らせ");
    const bool html = cli.isSet(QStringLiteral("html"));
    if (html) {
        job.letter = [](qsizetype i) {
            const bd::test::Addressee to = recipient(i);
            return bd::LetterInput{bd::test::japaneseLetter(to), -1, {}, to.name + QStringLiteral(" 様"), {}};
        };
    } else {
        job.templates = {bd::test::japaneseLetter(
            {bd::mergefields::marker(0), bd::mergefields::marker(1), bd::mergefields::marker(2)})};
        job.letter = [](qsizetype i) {
            const bd::test::Addressee to = recipient(i);
            return bd::LetterInput{
                {}, 0, {to.name, to.postcode, to.address}, to.name + QStringLiteral(" 様"), {}};
        };
    }
    job.fileName = [](qsizetype i) {
        return QStringLiteral("contacts-%1-%2").arg(i + 1).arg(recipient(i).name);
    };
    const bool safety = cli.isSet(QStringLiteral("safety"));
    if (safety) {
        job.controlBatch = QStringLiteral("B1");
        job.padEven = !job.mergedPath.isEmpty();
        if (!job.mergedPath.isEmpty())
            job.manifestPath = job.mergedPath + QStringLiteral(".manifest.csv");
        job.recordId = [](qsizetype i) { return qint64(i + 1); };
        if (cli.isSet(QStringLiteral("envelope"))) {
            job.page = bd::withAddressWindow(job.page, bd::naga3WindowMm());
            job.letter = [letter = job.letter](qsizetype i) {
                bd::LetterInput input = letter(i);
                const bd::test::Addressee to = recipient(i);
                input.addressValues = {to.postcode, to.address, to.name};
                return input;
            };
        }
    }

    QElapsedTimer timer;
    timer.start();
    const bd::BatchResult result = bd::BatchRunner::run(job);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (result.status != bd::BatchResult::Status::Done) {
        out << "failed: " << result.error << Qt::endl;
        return 1;
    }
    const QString kind = !job.mergedPath.isEmpty() && !job.perLetterDirectory.isEmpty()
                             ? QStringLiteral("merged+per-letter")
                         : !job.mergedPath.isEmpty() ? QStringLiteral("merged")
                                                     : QStringLiteral("per-letter");
    out << QStringLiteral(
               "%1 %2 letters (%3%9): %4 pages in %5 s = %6 letters/s; peak RSS %7 MB; unmapped glyphs %8")
               .arg(kind)
               .arg(count)
               .arg(html ? QStringLiteral("whole HTML each") : QStringLiteral("merge template"))
               .arg(result.pages)
               .arg(seconds, 0, 'f', 2)
               .arg(count / seconds, 0, 'f', 0)
               .arg(peakRssKb() / 1024.0, 0, 'f', 0)
               .arg(result.unmappedGlyphs)
               .arg(!safety                             ? QString()
                    : job.page.addressWindowMm.isNull() ? QStringLiteral(", mail-merge safety")
                                                        : QStringLiteral(", mail-merge safety, 長3 window"))
        << Qt::endl;
    return 0;
}
