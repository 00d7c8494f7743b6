// Mail-merge safety through the real `breachdesk export-letters`, read back with Poppler: a merged PDF pads
// each letter to an even page count (no letter starts on the back of another's sheet in duplex printing);
// every page carries its control number (batch and sequence); the CSV manifest beside it matches the PDF page
// for page and names recipients by id only; each single-letter PDF names its recipient's id in its document
// information; with --envelope naga3 the address block lies inside the 長3 window, wherever it is configured
// (and a saved window is the default next time); copies of an issued batch are laid out as it was.
#include "clitestsupport.h"
#include "database.h"
#include "incidenttransfer.h"
#include "recipientrepository.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

namespace {

using Result = test::CliResult;

const QString IncidentCode = QStringLiteral("INC-2024-003");
const QString Date = QStringLiteral("2024-12-25");
constexpr qreal PointsPerMm = 72.0 / 25.4;

Recipient person(const QString& name, const QString& language, int row, const QString& address)
{
    Recipient r;
    r.name = name;
    r.postcode = QStringLiteral("105-0011");
    r.address = address;
    r.language = language;
    r.sourceFile = QStringLiteral("employees.csv");
    r.sourceRow = row;
    return r;
}

std::unique_ptr<Poppler::Document> load(const QString& path)
{
    return Poppler::Document::load(path);
}

QStringList pageTexts(const QString& path)
{
    QStringList texts;
    const std::unique_ptr<Poppler::Document> doc = load(path);
    for (int i = 0; doc && i < doc->numPages(); ++i)
        texts << doc->page(i)->text(QRectF());
    return texts;
}

// The manifest's rows (header first); its cells hold no comma or quote.
QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
               : QByteArray();
}

// The text boxes of page `page` that are not the control number or the footer.
QList<std::pair<QString, QRectF>> boxes(Poppler::Document& doc, int page)
{
    QList<std::pair<QString, QRectF>> result;
    for (const auto& box : doc.page(page)->textList())
        result.append({box->text(), box->boundingBox()});
    return result;
}

} // namespace

class TestMailMergeCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void merged_padsEveryLetterToEvenPages_controlNumbersOnEveryPage_manifestMatches();
    void noPad_keepsThePagesAsTheyAre();
    void each_carriesTheRecipientIdInEveryPdfsMetadata();
    void issue_controlNumbersNameTheBatch_copyLaidOutTheSame();
    void envelope_addressBlockInsideTheWindow_data();
    void envelope_addressBlockInsideTheWindow();
    void envelope_savedWindowIsTheDefault_tooSmallWindowIsReported();

private:
    Result run(const QStringList& args) const;
    QStringList base() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    QList<qint64> m_ids;
};

void TestMailMergeCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("BD_KEEP")); // BD_KEEP=1: look at the PDFs
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    RecipientRepository repo(db);
    QVERIFY(repo.ensureBuiltinGroups(*id, &error));
    const auto group = repo.groupByKey(*id, QStringLiteral("employees"), &error);
    QVERIFY(group);
    const QString shortAddress = QStringLiteral("東京都港区芝公園四丁目2番8号");
    const QString longAddress = QStringLiteral("東京都港区芝公園四丁目2番8号 芝公園ビルディング南館 "
                                               "第二十一号室（総務部気付）");
    QList<Recipient> people{person(QStringLiteral("髙橋 一郎"), QString(), 2, shortAddress),
                            person(QStringLiteral("山﨑 月子"), QStringLiteral("ja"), 3, longAddress),
                            person(QStringLiteral("John Smith"), QStringLiteral("en"), 4,
                                   QStringLiteral("4-2-8 Shibakoen, Minato-ku, Tokyo"))};
    QVERIFY2(repo.insertMany(group->id, people, QStringLiteral("employees.csv"), &error),
             qPrintable(error.text()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM recipient ORDER BY source_row")));
    m_ids.clear();
    while (q.next())
        m_ids.append(q.value(0).toLongLong());
    QCOMPARE(m_ids.size(), 3);
}

Result TestMailMergeCli::run(const QStringList& args) const
{
    return test::runBreachdesk(
        m_dir->path(),
        QStringList{QStringLiteral("export-letters"), QStringLiteral("--workspace"), m_ws} + args,
        {{QStringLiteral("QT_QPA_PLATFORM"), QString()}}, 120000);
}

QStringList TestMailMergeCli::base() const
{
    return {QStringLiteral("--incident"), IncidentCode,
            QStringLiteral("--group"),    QStringLiteral("employees"),
            QStringLiteral("--date"),     Date};
}

void TestMailMergeCli::merged_padsEveryLetterToEvenPages_controlNumbersOnEveryPage_manifestMatches()
{
    const QString out = m_dir->filePath(QStringLiteral("letters.pdf"));
    const Result r = run(base() << QStringLiteral("--merged") << out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The manifest is beside the PDF by default.
    const QString manifest = m_dir->filePath(QStringLiteral("letters.manifest.csv"));
    QVERIFY2(r.out.contains(manifest), qPrintable(r.out));
    const QList<QStringList> rows = readCsv(manifest);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0),
             (QStringList{QStringLiteral("sequence"), QStringLiteral("recipient_id"), QStringLiteral("pages"),
                          QStringLiteral("first_page"), QStringLiteral("last_page"),
                          QStringLiteral("control_numbers"), QStringLiteral("address_window")}));
    const QStringList pages = pageTexts(out);
    int expectedFirst = 1;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        QCOMPARE(row.at(0).toInt(), i);
        QCOMPARE(row.at(1).toLongLong(), m_ids.at(i - 1)); // the recipient's id: no name
        const int count = row.at(2).toInt();
        QVERIFY2(count % 2 == 0, qPrintable(row.join(u',')));
        QCOMPARE(row.at(3).toInt(), expectedFirst);
        QCOMPARE(row.at(4).toInt(), expectedFirst + count - 1);
        const QStringList controls = row.at(5).split(QStringLiteral("; "));
        QCOMPARE(controls.size(), count);
        for (int p = 0; p < count; ++p) {
            const QString control =
                QStringLiteral("D-%1 %2/%3").arg(i, 4, 10, QLatin1Char('0')).arg(p + 1).arg(count);
            QCOMPARE(controls.at(p), control);
            // The control number is printed on that very page of the merged PDF.
            QVERIFY2(pages.at(expectedFirst - 1 + p).contains(control), qPrintable(control));
        }
        expectedFirst += count;
    }
    QCOMPARE(pages.size(), expectedFirst - 1);
    // A padding page says that it is blank on purpose, in the letter's language.
    int blank = 0;
    for (const QString& page : pages)
        blank += page.contains(QStringLiteral("このページは白紙です")) ||
                 page.contains(QStringLiteral("intentionally left blank"));
    QVERIFY2(blank >= 1, "the demo letters run to odd page counts, so some page pads");
    // No personal data in the manifest.
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(!text.contains(QStringLiteral("髙橋")) && !text.contains(QStringLiteral("Smith")) &&
            !text.contains(QStringLiteral("港区")));
}

void TestMailMergeCli::noPad_keepsThePagesAsTheyAre()
{
    const QString padded = m_dir->filePath(QStringLiteral("padded.pdf"));
    const QString plain = m_dir->filePath(QStringLiteral("plain.pdf"));
    const QString manifest = m_dir->filePath(QStringLiteral("plain.csv"));
    QCOMPARE(run(base() << QStringLiteral("--merged") << padded).exitCode, 0);
    const Result r = run(base() << QStringLiteral("--merged") << plain << QStringLiteral("--no-pad")
                                << QStringLiteral("--manifest") << manifest);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("plain.manifest.csv"))));
    const QList<QStringList> rows = readCsv(manifest);
    QCOMPARE(rows.size(), 4);
    int total = 0, odd = 0;
    for (int i = 1; i < rows.size(); ++i) {
        total += rows.at(i).at(2).toInt();
        odd += rows.at(i).at(2).toInt() % 2;
    }
    QCOMPARE(pageTexts(plain).size(), total);
    QCOMPARE(pageTexts(padded).size(), total + odd);
    for (const QString& page : pageTexts(plain))
        QVERIFY(!page.contains(QStringLiteral("このページは白紙です")));
}

void TestMailMergeCli::each_carriesTheRecipientIdInEveryPdfsMetadata()
{
    const QString dir = m_dir->filePath(QStringLiteral("each"));
    const Result r = run(base() << QStringLiteral("--each") << dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = readCsv(QDir(dir).filePath(QStringLiteral("manifest.csv")));
    QCOMPARE(rows.size(), 4);
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    QSet<qint64> seen;
    for (const QString& file : files) {
        const std::unique_ptr<Poppler::Document> doc = load(QDir(dir).filePath(file));
        QVERIFY(doc);
        const qint64 id = doc->info(QStringLiteral("BreachDeskRecipientId")).toLongLong();
        QVERIFY2(m_ids.contains(id), qPrintable(file));
        seen.insert(id);
        const QString control = doc->info(QStringLiteral("BreachDeskControl"));
        QVERIFY(control.startsWith(QStringLiteral("D-000")));
        QCOMPARE(doc->info(QStringLiteral("Keywords")),
                 QStringLiteral("recipient_id=%1; control=%2").arg(id).arg(control));
        // The manifest row of this control number names the same recipient and page count; one PDF per
        // letter is for e-mail, not padded by default.
        const int sequence = control.mid(2).toInt();
        QCOMPARE(rows.at(sequence).at(1).toLongLong(), id);
        QCOMPARE(rows.at(sequence).at(2).toInt(), doc->numPages());
        QVERIFY(rows.at(sequence).at(3).isEmpty()); // no merged PDF
        for (int p = 0; p < doc->numPages(); ++p)
            QVERIFY(doc->page(p)->text(QRectF()).contains(
                QStringLiteral("%1 %2/%3").arg(control).arg(p + 1).arg(doc->numPages())));
    }
    QCOMPARE(seen.size(), 3);
}

void TestMailMergeCli::issue_controlNumbersNameTheBatch_copyLaidOutTheSame()
{
    const QString out = m_dir->filePath(QStringLiteral("issued.pdf"));
    const Result r = run(base() << QStringLiteral("--merged") << out << QStringLiteral("--issue")
                                << QStringLiteral("--envelope") << QStringLiteral("naga3"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Issued as batch 1")), qPrintable(r.out));
    const QStringList pages = pageTexts(out);
    QVERIFY(pages.size() % 2 == 0);
    for (const QString& page : pages)
        QVERIFY2(page.contains(QRegularExpression(QStringLiteral("B1-000[123] \\d/\\d"))),
                 qPrintable(page.right(200)));
    {
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, layout FROM letter_batch")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("pad=even;window=23,13,90,45"));
    }
    // A copy is made as the batch was: padded, in the window, the same bytes.
    const QString copy = m_dir->filePath(QStringLiteral("copy.pdf"));
    const Result c = run(base() << QStringLiteral("--merged") << copy);
    QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    QCOMPARE(sha256Of(copy), sha256Of(out));
    // Asking for another layout for a copy is refused.
    const Result other =
        run(base() << QStringLiteral("--merged") << m_dir->filePath(QStringLiteral("other.pdf"))
                   << QStringLiteral("--no-pad"));
    QVERIFY(other.exitCode != 0);
    QVERIFY2(other.err.contains(QStringLiteral("pad=even")), qPrintable(other.err));
}

void TestMailMergeCli::envelope_addressBlockInsideTheWindow_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QRectF>("windowMm");
    // The 長3 window most makers use: the English letter's sender address above the recipient's would show
    // through it, so the address block moves to the top and the sender below the window.
    QTest::newRow("default 長3") << QString() << QRectF(23, 13, 90, 45);
    QTest::newRow("lower, wider") << QStringLiteral("25,40,95,42") << QRectF(25, 40, 95, 42);
}

void TestMailMergeCli::envelope_addressBlockInsideTheWindow()
{
    QFETCH(QString, option);
    QFETCH(QRectF, windowMm);
    const QString out = m_dir->filePath(QStringLiteral("window.pdf"));
    QStringList args = base() << QStringLiteral("--merged") << out << QStringLiteral("--envelope")
                              << QStringLiteral("naga3");
    if (!option.isEmpty())
        args << QStringLiteral("--window") << option;
    const Result r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Warning")), qPrintable(r.err));
    const QRectF window(windowMm.topLeft() * PointsPerMm, windowMm.size() * PointsPerMm);
    const QList<QStringList> rows = readCsv(m_dir->filePath(QStringLiteral("window.manifest.csv")));
    QCOMPARE(rows.size(), 4);
    const std::unique_ptr<Poppler::Document> doc = load(out);
    QVERIFY(doc);
    // Each recipient's address block as printed: postal code, address, name and honorific.
    const QStringList blocks{
        QStringLiteral("〒105-0011 東京都港区芝公園四丁目2番8号 髙橋 一郎 様"),
        QStringLiteral("〒105-0011 東京都港区芝公園四丁目2番8号 芝公園ビルディング南館 "
                       "第二十一号室（総務部気付） 山﨑 月子 様"),
        QStringLiteral("Mr Ms Mx John Smith 4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011")};
    const QStringList names{QStringLiteral("髙橋"), QStringLiteral("山﨑"), QStringLiteral("Smith")};
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(6), QStringLiteral("inside"));
        const int first = rows.at(i).at(3).toInt() - 1;
        const auto page = boxes(*doc, first);
        bool postcode = false, name = false, address = false;
        for (const auto& [text, box] : page) {
            const bool isPostcode = text.contains(QStringLiteral("105-0011"));
            const bool isName = text.contains(names.at(i - 1));
            const bool isAddress =
                text.contains(QStringLiteral("港区")) || text.contains(QStringLiteral("Minato"));
            // (The sender's address above may share words with it.)
            const bool near = box.top() > window.top() - 5 && box.top() < window.bottom() + 5;
            if (near && blocks.at(i - 1).contains(text)) {
                // The address block: every word inside the window.
                QVERIFY2(window.contains(box), qPrintable(QStringLiteral("%1 at %2,%3 %4×%5")
                                                              .arg(text)
                                                              .arg(box.x())
                                                              .arg(box.y())
                                                              .arg(box.width())
                                                              .arg(box.height())));
                postcode = postcode || isPostcode;
                name = name || isName;
                address = address || isAddress;
            } else {
                // Nothing else shows through the window.
                QVERIFY2(!window.intersects(box), qPrintable(text));
            }
        }
        QVERIFY2(postcode && name && address, qPrintable(names.at(i - 1)));
    }
}

void TestMailMergeCli::envelope_savedWindowIsTheDefault_tooSmallWindowIsReported()
{
    // Saved once, used by --envelope without --window.
    const QString first = m_dir->filePath(QStringLiteral("first.pdf"));
    QCOMPARE(run(base() << QStringLiteral("--merged") << first << QStringLiteral("--envelope")
                        << QStringLiteral("naga3") << QStringLiteral("--window")
                        << QStringLiteral("24,14,92,46") << QStringLiteral("--save-window"))
                 .exitCode,
             0);
    const QString second = m_dir->filePath(QStringLiteral("second.pdf"));
    const Result r = run(base() << QStringLiteral("--merged") << second << QStringLiteral("--envelope")
                                << QStringLiteral("naga3"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("window 24,14,92,46 mm")), qPrintable(r.out));
    QCOMPARE(sha256Of(second), sha256Of(first));
    // A window too small for the long address: reported, and marked in the manifest.
    const QString small = m_dir->filePath(QStringLiteral("small.pdf"));
    const Result s =
        run(base() << QStringLiteral("--merged") << small << QStringLiteral("--envelope")
                   << QStringLiteral("naga3") << QStringLiteral("--window") << QStringLiteral("23,13,40,16"));
    QVERIFY2(s.exitCode == 0, qPrintable(s.err));
    QVERIFY2(s.err.contains(QStringLiteral("envelope window")), qPrintable(s.err));
    const QList<QStringList> rows = readCsv(m_dir->filePath(QStringLiteral("small.manifest.csv")));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).at(6), QStringLiteral("overflow"));
    // Nonsense windows are refused before anything is written.
    QCOMPARE(run(base() << QStringLiteral("--merged") << small << QStringLiteral("--envelope")
                        << QStringLiteral("naga3") << QStringLiteral("--window")
                        << QStringLiteral("200,13,90,45"))
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestMailMergeCli)
#include "tst_mailmergecli.moc"
