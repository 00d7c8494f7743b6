#include "batchrunner.h"
#include "mergefields.h"
#include "outputtestsupport.h"
#include "pdfrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>

#include <set>

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
            return LetterInput{test::englishLetter(to), -1, {}, label};
        if (r.longLetter)
            return LetterInput{test::japaneseLetter(to, 14), -1, {}, label};
        return LetterInput{{}, 0, {to.name, to.postcode, to.address}, label};
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
    QStringList expected{QStringLiteral("letters"), QStringLiteral("merged.pdf")};
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
        return i == 13 ? LetterInput{{}, 7, {}, {}} : good(i);
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
                           name + QStringLiteral(" 様")};
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

QTEST_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
