#include "batchrunner.h"
#include "mergefields.h"
#include "outputtestsupport.h"
#include "pdfrenderer.h"
#include "stagedfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>

#include <set>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bd;

namespace {

struct Recipient
{
    QString name;
    bool english = false;
    bool longLetter = false;
};

QList<Recipient> recipients(int count)
{
    const QStringList names = test::sampleNames();
    QList<Recipient> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("%1 %2").arg(names.at(i % names.size())).arg(i + 1), i % 5 == 4, i == 2});
    return list;
}

const test::Addressee markers{mergefields::marker(0), mergefields::marker(1), mergefields::marker(2)};

// Japanese recipients through the merge template (fast path), English ones and long letters as whole HTML.
BatchJob job(const QList<Recipient>& people)
{
    BatchJob job;
    job.count = people.size();
    job.templates = {test::japaneseLetter(markers)};
    job.letter = [people](qsizetype i) {
        const Recipient& r = people.at(i);
        const test::Addressee to{r.name};
        const QString label = r.english ? r.name : r.name + QStringLiteral(" 様");
        if (r.english)
            return LetterInput{test::englishLetter(to), -1, {}, label, {}};
        if (r.longLetter)
            return LetterInput{test::japaneseLetter(to, 14), -1, {}, label, {}};
        return LetterInput{{}, 0, {to.name, to.postcode, to.address}, label, {}};
    };
    job.fileName = [people](qsizetype i) {
        return QStringLiteral("contacts-%1-%2").arg(i + 1).arg(people.at(i).name);
    };
    job.lettersPerChunk = 4; // several chunks even for a small test
    job.threads = 2;
    return job;
}

QStringList allFiles(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const auto othersMay = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                       QFile::WriteOther | QFile::ExeOther;

} // namespace

class TestBatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void mergedAndPerLetterAgree();
    void progressReachesTheTotal();
    void cancellationLeavesNothingBehind();
    void failureLeavesNothingBehind();
    void mergedOnly();
    void pagesWithoutFieldsAreDrawnOncePerChunk();
    void perLetter_manifestListsEveryLetterInOrder();
    void perLetter_refusesAFolderThatIsNotEmpty();
    void perLetter_neverReplacesAFile();
    void perLetter_anEmptyFolderIsFilled();
    void perLetter_removesStagingFoldersNoRunHolds();
    void perLetter_ownerOnly();
};

void TestBatchRunner::mergedAndPerLetterAgree()
{
    const QList<Recipient> people = recipients(11);
    QTemporaryDir dir;
    BatchJob batch = job(people);
    batch.mergedPath = dir.filePath(QStringLiteral("merged.pdf"));
    batch.perLetterDirectory = dir.filePath(QStringLiteral("letters"));
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(result.letters, people.size());
    QCOMPARE(result.letterFiles.size(), people.size());
    QCOMPARE(result.unmappedGlyphs, 0);

    const auto merged = test::loadPdf(readAll(result.mergedFile));
    QVERIFY(merged);
    QVERIFY(merged->numPages() > people.size()); // the long letter overflows
    QCOMPARE(qsizetype(merged->numPages()), result.pages);
    for (const Poppler::FontInfo& font : merged->fonts())
        QVERIFY(font.isEmbedded() && font.isSubset());

    int page = 0;
    for (int i = 0; i < people.size(); ++i) {
        const QString file = result.letterFiles.at(i);
        QCOMPARE(QFileInfo(file).fileName(),
                 QStringLiteral("contacts-%1-%2.pdf")
                     .arg(i + 1)
                     .arg(people.at(i).name)
                     .remove(QRegularExpression(QStringLiteral("[<>/\"*?|:\\\\]"))));
        const auto single = test::loadPdf(readAll(file));
        QVERIFY2(single, qPrintable(file));
        QVERIFY(single->numPages() >= 1);
        for (int p = 0; p < single->numPages(); ++p, ++page) {
            const QString text = test::pageText(*single, p);
            QCOMPARE(text, test::pageText(*merged, page)); // the same letter, character for character
            QVERIFY2(text.contains(people.at(i).name), qPrintable(QStringLiteral("page %1").arg(page + 1)));
            if (p == 0) {
                const QString salutation =
                    people.at(i).english ? QStringLiteral("Dear %1,") : QStringLiteral("%1 様");
                QVERIFY2(text.contains(salutation.arg(people.at(i).name)), qPrintable(people.at(i).name));
                QVERIFY(text.contains(people.at(i).english ? QStringLiteral("Notice of Data Breach")
                                                           : QStringLiteral("お詫びとお知らせ")));
            }
        }
        if (single->numPages() > 1)
            QCOMPARE(test::withoutFooter(test::pageText(*single, 0)).second,
                     QStringLiteral("1 / %1").arg(single->numPages()));
    }
    QCOMPARE(page, merged->numPages());
    // Only the outputs: no staging folder, no QSaveFile leftovers.
    QStringList expected{QStringLiteral("letters"), QStringLiteral("letters/manifest.json"),
                         QStringLiteral("merged.pdf")};
    for (const QString& file : result.letterFiles)
        expected.append(QDir(dir.path()).relativeFilePath(file));
    expected.sort();
    QCOMPARE(allFiles(dir.path()), expected);
}

void TestBatchRunner::progressReachesTheTotal()
{
    QTemporaryDir dir;
    BatchJob batch = job(recipients(9));
    batch.mergedPath = dir.filePath(QStringLiteral("merged.pdf"));
    QList<qsizetype> seen;
    const BatchResult result = BatchRunner::run(batch, [&](qsizetype done, qsizetype total) {
        QCOMPARE(total, 9);
        seen.append(done);
    });
    QVERIFY(result.status == BatchResult::Status::Done);
    QCOMPARE(seen, (QList<qsizetype>{4, 8, 9}));
}

void TestBatchRunner::cancellationLeavesNothingBehind()
{
    QTemporaryDir dir;
    BatchJob batch = job(recipients(40));
    batch.mergedPath = dir.filePath(QStringLiteral("merged.pdf"));
    batch.perLetterDirectory = dir.filePath(QStringLiteral("letters"));
    std::atomic<bool> cancel{false};
    const BatchResult result = BatchRunner::run(
        batch, [&](qsizetype, qsizetype) { cancel = true; }, &cancel);
    QVERIFY(result.status == BatchResult::Status::Cancelled);
    QCOMPARE(allFiles(dir.path()), QStringList());
}

void TestBatchRunner::failureLeavesNothingBehind()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("letters")));
    BatchJob batch = job(recipients(20));
    batch.mergedPath = dir.filePath(QStringLiteral("merged.pdf"));
    batch.perLetterDirectory = dir.filePath(QStringLiteral("letters"));
    auto good = batch.letter;
    batch.letter = [good](qsizetype i) {
        return i == 13 ? LetterInput{{}, 7, {}, {}, {}} : good(i);
    }; // no template 7
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY(result.status == BatchResult::Status::Failed);
    QVERIFY(result.error.contains(QLatin1String("template")));
    QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("letters")}); // the folder existed before
}

void TestBatchRunner::mergedOnly()
{
    QTemporaryDir dir;
    BatchJob batch = job(recipients(3));
    batch.mergedPath = dir.filePath(QStringLiteral("sub/merged.pdf"));
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QVERIFY(result.letterFiles.isEmpty());
    QCOMPARE(test::loadPdf(readAll(result.mergedFile))->numPages(), 1 + 1 + 3); // the third letter is long
}

// A page of a merge-template letter that holds no recipient field (here every page after the first) is drawn
// once per chunk and shown by each letter under its own footer: the letters must read exactly as if each had
// been drawn whole.
void TestBatchRunner::pagesWithoutFieldsAreDrawnOncePerChunk()
{
    QList<Recipient> people = recipients(6);
    QTemporaryDir dir;
    BatchJob batch;
    batch.count = people.size();
    batch.templates = {test::japaneseLetter(markers, 14)};
    batch.letter = [people](qsizetype i) {
        const QString name = people.at(i).name;
        return LetterInput{{},
                           0,
                           {name, test::Addressee{name}.postcode, test::Addressee{name}.address},
                           name + QStringLiteral(" 様"),
                           {}};
    };
    batch.lettersPerChunk = 3;
    batch.threads = 2;
    batch.mergedPath = dir.filePath(QStringLiteral("merged.pdf"));
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(result.unmappedGlyphs, 0);
    const auto merged = test::loadPdf(readAll(result.mergedFile));
    QVERIFY(merged);

    int page = 0;
    for (const Recipient& r : std::as_const(people)) {
        const QString label = r.name + QStringLiteral(" 様");
        const auto whole =
            test::loadPdf(PdfRenderer().render(test::japaneseLetter(test::Addressee{r.name}, 14)));
        QVERIFY(whole && whole->numPages() >= 2);
        for (int p = 0; p < whole->numPages(); ++p, ++page) {
            const QString text = test::pageText(*merged, page);
            QVERIFY2(text.contains(label),
                     qPrintable(QStringLiteral("page %1 names its recipient").arg(page)));
            QCOMPARE(QString(text).remove(label).simplified(),
                     test::pageText(*whole, p).remove(label).simplified());
        }
    }
    QCOMPARE(page, merged->numPages());

    // Each chunk holds its later pages' body once, as a form drawn by all of them.
    QPDF pdf;
    const QByteArray bytes = readAll(result.mergedFile);
    pdf.processMemoryFile("merged", bytes.constData(), size_t(bytes.size()));
    std::set<QPDFObjGen> forms;
    int pagesWithForm = 0;
    for (QPDFObjectHandle p : pdf.getAllPages()) {
        QPDFObjectHandle xobjects = p.getKey("/Resources").getKey("/XObject");
        if (!xobjects.isDictionary())
            continue;
        for (auto [name, form] : xobjects.ditems()) {
            forms.insert(form.getObjGen());
            ++pagesWithForm;
        }
    }
    QCOMPARE(pagesWithForm, merged->numPages() - people.size());
    QCOMPARE(forms.size(), size_t(2) * size_t(merged->numPages() / people.size() - 1));
}

// The manifest lists every letter in letter order with its recipient's id, file, pages and SHA-256 — and
// nothing else about the person.
void TestBatchRunner::perLetter_manifestListsEveryLetterInOrder()
{
    const QList<Recipient> people = recipients(11);
    QTemporaryDir dir;
    BatchJob batch = job(people);
    batch.recordId = [](qsizetype i) { return qint64(1000 + i); };
    batch.perLetterDirectory = dir.filePath(QStringLiteral("letters"));
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(result.manifestFile, dir.filePath(QStringLiteral("letters/manifest.json")));
    const QByteArray bytes = readAll(result.manifestFile);
    QJsonParseError error;
    const QJsonObject manifest = QJsonDocument::fromJson(bytes, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("breachdesk-letter-batch"));
    QCOMPARE(manifest.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("letters")).toInt(), people.size());
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), people.size());
    int pages = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        QCOMPARE(entry.keys(),
                 (QStringList{QStringLiteral("file"), QStringLiteral("pages"), QStringLiteral("recipient_id"),
                              QStringLiteral("sequence"), QStringLiteral("sha256")}));
        QCOMPARE(entry.value(QStringLiteral("sequence")).toInt(), i + 1);
        QCOMPARE(entry.value(QStringLiteral("recipient_id")).toInteger(), 1000 + i);
        const QString file = entry.value(QStringLiteral("file")).toString();
        QCOMPARE(dir.filePath(QStringLiteral("letters/")) + file, result.letterFiles.at(i));
        const QByteArray pdf = readAll(result.letterFiles.at(i));
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const auto doc = test::loadPdf(pdf);
        QVERIFY(doc);
        QCOMPARE(entry.value(QStringLiteral("pages")).toInt(), doc->numPages());
        pages += doc->numPages();
    }
    QCOMPARE(qsizetype(pages), result.pages);
    // No address or postcode, and names only inside the file names the pattern made.
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(!text.contains(test::Addressee{}.address));
    QVERIFY(!text.contains(test::Addressee{}.postcode));
    QCOMPARE(text.count(people.at(4).name), 1); // "contacts-5-佐藤 花子 5.pdf"
}

// A folder that holds anything is refused before any letter is made, and left as it was.
void TestBatchRunner::perLetter_refusesAFolderThatIsNotEmpty()
{
    QTemporaryDir dir;
    const QString letters = dir.filePath(QStringLiteral("letters"));
    QVERIFY(QDir().mkpath(letters + QStringLiteral("/.hidden")));
    QVERIFY(writeFile(letters + QStringLiteral("/contacts-1-x.pdf"), "mine"));
    BatchJob batch = job(recipients(3));
    int made = 0;
    const auto letter = batch.letter;
    batch.letter = [&made, letter](qsizetype i) {
        ++made;
        return letter(i);
    };
    batch.perLetterDirectory = letters;
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY(result.status == BatchResult::Status::Failed);
    QVERIFY(result.targetNotEmpty);
    QVERIFY2(result.error.contains(QStringLiteral("not empty")), qPrintable(result.error));
    QCOMPARE(made, 0);
    QCOMPARE(allFiles(dir.path()), (QStringList{QStringLiteral("letters"), QStringLiteral("letters/.hidden"),
                                                QStringLiteral("letters/contacts-1-x.pdf")}));
    QCOMPARE(readAll(letters + QStringLiteral("/contacts-1-x.pdf")), QByteArray("mine"));
}

// Neither a file where the folder should be, nor a second run into a finished folder, replaces anything.
void TestBatchRunner::perLetter_neverReplacesAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("letters"));
    QVERIFY(writeFile(file, "a file"));
    BatchJob batch = job(recipients(3));
    batch.perLetterDirectory = file;
    BatchResult result = BatchRunner::run(batch);
    QVERIFY(result.status == BatchResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("not a folder")), qPrintable(result.error));
    QCOMPARE(readAll(file), QByteArray("a file"));
    QCOMPARE(allFiles(dir.path()), QStringList{QStringLiteral("letters")});

    const QString folder = dir.filePath(QStringLiteral("each"));
    batch.perLetterDirectory = folder;
    result = BatchRunner::run(batch);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QHash<QString, QByteArray> first;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        first.insert(name, readAll(QDir(folder).filePath(name)));
    QCOMPARE(first.size(), 4); // three letters and the manifest
    result = BatchRunner::run(batch);
    QVERIFY(result.status == BatchResult::Status::Failed);
    QVERIFY(result.targetNotEmpty);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QCOMPARE(readAll(QDir(folder).filePath(it.key())), it.value());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot).size(),
             4);
}

// An empty folder (say, made by the file dialog) is taken: the staging folder replaces it in one rename.
void TestBatchRunner::perLetter_anEmptyFolderIsFilled()
{
    QTemporaryDir dir;
    const QString letters = dir.filePath(QStringLiteral("letters"));
    QVERIFY(QDir().mkpath(letters));
    BatchJob batch = job(recipients(5));
    batch.perLetterDirectory = letters;
    const BatchResult result = BatchRunner::run(batch);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(QDir(letters).entryList(QDir::Files).size(), 6);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("letters")});
}

// A killed run leaves its staging folder (with letters in it) next to the target; the next run there removes
// every staging folder whose lock no live run holds — and keeps those a live run holds.
void TestBatchRunner::perLetter_removesStagingFoldersNoRunHolds()
{
    QTemporaryDir dir;
    const QString stale = dir.filePath(QStringLiteral(".letters.breachdesk-partial-Ab12Cd"));
    const QString otherStale = dir.filePath(QStringLiteral(".old.breachdesk-partial-Zz99Yy"));
    const QString live = dir.filePath(QStringLiteral(".other.breachdesk-partial-Xy34Zw"));
    const QString unrelated = dir.filePath(QStringLiteral(".config"));
    for (const QString& folder : {stale, otherStale, live, unrelated}) {
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QVERIFY(writeFile(folder + QStringLiteral("/contacts-1-山田 太郎.pdf"), "personal data"));
    }
    const int held = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_DIRECTORY);
    QVERIFY(held >= 0);
    QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0);

    BatchJob batch = job(recipients(2));
    batch.perLetterDirectory = dir.filePath(QStringLiteral("letters"));
    const BatchResult result = BatchRunner::run(batch);
    ::close(held);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(!QFileInfo::exists(otherStale));
    QVERIFY(QFileInfo::exists(live + QStringLiteral("/contacts-1-山田 太郎.pdf")));
    QVERIFY(QFileInfo::exists(unrelated + QStringLiteral("/contacts-1-山田 太郎.pdf")));
    QCOMPARE(StagedFolder::removeStale(dir.path()), 1); // the live one, now that its lock is gone
    QVERIFY(!QFileInfo::exists(live));
}

// Personal data at rest: the folder and its files are readable by their owner only, whatever the umask.
void TestBatchRunner::perLetter_ownerOnly()
{
    QTemporaryDir dir;
    const mode_t mask = ::umask(0);
    BatchJob batch = job(recipients(3));
    batch.perLetterDirectory = dir.filePath(QStringLiteral("letters"));
    const BatchResult result = BatchRunner::run(batch);
    ::umask(mask);
    QVERIFY2(result.status == BatchResult::Status::Done, qPrintable(result.error));
    QCOMPARE(QFileInfo(batch.perLetterDirectory).permissions() & othersMay, QFile::Permissions());
    for (const QString& file : result.letterFiles + QStringList{result.manifestFile})
        QCOMPARE(QFileInfo(file).permissions() & othersMay, QFile::Permissions());
}

QTEST_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
