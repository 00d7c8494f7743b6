// `breachdesk export-letters` run through the real executable against a temporary workspace holding the demo
// incident and a group of recipients; the PDFs are read back with Poppler.
#include "clitestsupport.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "lettersession.h"
#include "letterwording.h"
#include "recipientrepository.h"
#include "textlimits.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

namespace {

using Result = test::CliResult;

Recipient person(const QString& name, const QString& address, const QString& language, int row)
{
    Recipient r;
    r.name = name;
    r.postcode = QStringLiteral("1000001");
    r.address = address;
    r.language = language;
    r.sourceFile = QStringLiteral("employees.csv");
    r.sourceRow = row;
    return r;
}

// Every page's text, one string per page.
QStringList pageTexts(const QString& path)
{
    QStringList texts;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return texts;
    for (int i = 0; i < doc->numPages(); ++i)
        texts << doc->page(i)->text(QRectF());
    return texts;
}

// Without the whitespace a PDF reader infers or drops (line breaks, spaces, U+3000).
QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

} // namespace

class TestLettersCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void merged_everyRecipientNamedCharacterForCharacter();
    void english_recipientGetsTheEnglishLetter();
    void each_writesOneFilePerRecipientNamedFromThePattern();
    void wareki_datesInTheEraStyle();
    void unknownGroup_exitsTwoAndListsGroups();
    void templateError_exitsTwoWithLineAndWritesNothing();
    void recipientWithoutAddress_exitsTwoAndWritesNothing();
    void usage_exitsOne();
    void each_refusesAFolderThatIsNotEmpty_exitsTwo();
    void maximumNarratives_printedAndReadBackWhole();
    void tenMegabyteTitle_isRefusedOnImport();
    void batch_usesMergeTemplatesForEveryLanguage();

private:
    Result run(const QStringList& args) const;
    void addRecipients(const QList<Recipient>& recipients);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    QList<Recipient> m_people;
};

void TestLettersCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    m_people = {
        person(QStringLiteral("髙橋 一郎"), QStringLiteral("東京都港区芝公園四丁目2番8号"), QString(), 2),
        person(QStringLiteral("山﨑 月子"), QStringLiteral("大阪府大阪市北区梅田一丁目1番1号"),
               QStringLiteral("ja"), 3),
        person(QStringLiteral("長田 ①西"), QStringLiteral("福岡県福岡市博多区博多駅前二丁目"), QString(), 4),
        person(QStringLiteral("<script>alert(1)</script>"), QStringLiteral("京都府京都市"), QString(), 5),
        person(QStringLiteral("{{incident.title}}"), QStringLiteral("北海道札幌市"), QString(), 6),
        person(QStringLiteral("John Smith"), QStringLiteral("1 Main Street, London"), QStringLiteral("en"),
               7),
        person(QStringLiteral("𠮷田 花子"), QStringLiteral("愛知県名古屋市中区栄"), QString(),
               8), // outside the BMP
    };
    addRecipients(m_people);
}

void TestLettersCli::addRecipients(const QList<Recipient>& recipients)
{
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    RecipientRepository repo(db);
    QVERIFY2(repo.ensureBuiltinGroups(*id, &error), qPrintable(error.text()));
    const auto group = repo.groupByKey(*id, QStringLiteral("employees"), &error);
    QVERIFY(group);
    QList<Recipient> copy = recipients;
    QVERIFY2(repo.insertMany(group->id, copy, QStringLiteral("employees.csv"), &error),
             qPrintable(error.text()));
}

Result TestLettersCli::run(const QStringList& args) const
{
    // No QT_QPA_PLATFORM: the command chooses offscreen itself.
    return test::runBreachdesk(
        m_dir->path(),
        QStringList{QStringLiteral("export-letters"), QStringLiteral("--workspace"), m_ws} + args,
        {{QStringLiteral("QT_QPA_PLATFORM"), QString()}}, 120000);
}

void TestLettersCli::merged_everyRecipientNamedCharacterForCharacter()
{
    const QString out = m_dir->filePath(QStringLiteral("merged.pdf"));
    const Result r = run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
                          QStringLiteral("--group"), QStringLiteral("employees"), QStringLiteral("--lang"),
                          QStringLiteral("auto"), QStringLiteral("--merged"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("7 letters")), qPrintable(r.out));
    const QStringList pages = pageTexts(out);
    QVERIFY(pages.size() >= m_people.size());
    const QString all = pages.join(QLatin1Char('\n'));
    for (const Recipient& p : std::as_const(m_people))
        QVERIFY2(all.contains(p.name), qPrintable(p.name));
    // Each letter starts on a new page that names its recipient (the 宛名 is on the first page).
    int starts = 0;
    for (const QString& page : pages)
        for (const Recipient& p : std::as_const(m_people))
            if (page.contains(p.name) &&
                (page.contains(QStringLiteral("様")) || page.contains(QStringLiteral("Dear"))))
                ++starts;
    QVERIFY(starts >= m_people.size());
    // The kanji Qt maps to radicals, extracted as written.
    for (const QString& c :
         {QStringLiteral("髙"), QStringLiteral("﨑"), QStringLiteral("①"), QStringLiteral("月"),
          QStringLiteral("長"), QStringLiteral("西"), QStringLiteral("一")})
        QVERIFY2(all.contains(c), qPrintable(c));
    QVERIFY(!all.contains(QChar(0x2F49))); // ⽉
    QVERIFY(!all.contains(QChar(0x2ED1))); // ⻑
    // The hostile names are printed as text and never expanded.
    QVERIFY(all.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(all.contains(QStringLiteral("{{incident.title}}")));
    // Fonts embedded.
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(out);
    for (const Poppler::FontInfo& f : doc->fonts())
        QVERIFY2(f.isEmbedded(), qPrintable(f.name()));
}

void TestLettersCli::english_recipientGetsTheEnglishLetter()
{
    const QString out = m_dir->filePath(QStringLiteral("merged.pdf"));
    const Result r =
        run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
             QStringLiteral("employees"), QStringLiteral("--merged"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Japanese 6, English 1")), qPrintable(r.out));
    const QStringList pages = pageTexts(out);
    bool english = false;
    for (const QString& page : pages) {
        if (page.contains(QStringLiteral("John Smith")) &&
            page.contains(QStringLiteral("Notice of Data Breach"))) {
            QVERIFY(!page.contains(QStringLiteral("拝啓")));
            english = true;
        }
        if (page.contains(QStringLiteral("髙橋 一郎")))
            QVERIFY(!page.contains(QStringLiteral("Notice of Data Breach")));
    }
    QVERIFY(english);
    // Exactly one English letter, with the headings people expect.
    const QString all = pages.join(QLatin1Char('\n'));
    QCOMPARE(all.count(QStringLiteral("What Happened")), 1);
    QCOMPARE(all.count(QStringLiteral("What Information Was Involved")), 1);
    QCOMPARE(all.count(QStringLiteral("拝啓")), 6);
    // --lang ja gives everyone the Japanese letter.
    const Result ja = run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
                           QStringLiteral("--group"), QStringLiteral("employees"), QStringLiteral("--lang"),
                           QStringLiteral("ja"), QStringLiteral("--merged"), out});
    QVERIFY2(ja.exitCode == 0, qPrintable(ja.err));
    QVERIFY(!pageTexts(out).join(QString()).contains(QStringLiteral("What Happened")));
}

void TestLettersCli::each_writesOneFilePerRecipientNamedFromThePattern()
{
    const QString dir = m_dir->filePath(QStringLiteral("letters"));
    const Result r =
        run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
             QStringLiteral("employees"), QStringLiteral("--each"), dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList files = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), m_people.size());
    QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))));
    QVERIFY2(files.contains(QStringLiteral("employees-2-髙橋 一郎.pdf")), qPrintable(files.join(u'|')));
    QVERIFY(files.contains(QStringLiteral("employees-7-John Smith.pdf")));
    for (const QString& f : files) // filename-safe: no path separators or markup characters
        QVERIFY2(!f.contains(QLatin1Char('<')) && !f.contains(QLatin1Char('>')), qPrintable(f));
    QVERIFY(QDir(dir).entryList(QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot).isEmpty());
    const QStringList one = pageTexts(QDir(dir).filePath(QStringLiteral("employees-2-髙橋 一郎.pdf")));
    QVERIFY(!one.isEmpty());
    QVERIFY(squeezed(one.constFirst()).contains(QStringLiteral("髙橋一郎")));
    QVERIFY(!one.join(QString()).contains(QStringLiteral("山﨑")));

    const QString other = m_dir->filePath(QStringLiteral("other"));
    const Result p = run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
                          QStringLiteral("--group"), QStringLiteral("employees"), QStringLiteral("--each"),
                          other, QStringLiteral("--pattern"), QStringLiteral("{index}_{lang}")});
    QVERIFY2(p.exitCode == 0, qPrintable(p.err));
    QVERIFY(QDir(other).entryList(QDir::Files).contains(QStringLiteral("6_en.pdf")) &&
            QDir(other).entryList(QDir::Files).contains(QStringLiteral("7_ja.pdf")));
}

void TestLettersCli::wareki_datesInTheEraStyle()
{
    const QString out = m_dir->filePath(QStringLiteral("wareki.pdf"));
    const Result r =
        run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
             QStringLiteral("employees"), QStringLiteral("--lang"), QStringLiteral("ja"),
             QStringLiteral("--date-style"), QStringLiteral("wareki"), QStringLiteral("--date"),
             QStringLiteral("2024-12-25"), QStringLiteral("--merged"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(pageTexts(out).constFirst().contains(QStringLiteral("令和6年12月25日")));
}

void TestLettersCli::unknownGroup_exitsTwoAndListsGroups()
{
    const Result r =
        run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
             QStringLiteral("nobody"), QStringLiteral("--merged"), m_dir->filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nobody")) && r.err.contains(QStringLiteral("employees")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

void TestLettersCli::templateError_exitsTwoWithLineAndWritesNothing()
{
    {
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO template_draft (incident_id, kind, group_key, lang, body, "
                                 "based_on_version, updated_at) VALUES ((SELECT id FROM incident LIMIT 1), "
                                 "'letter-individual', 'employees', 'ja', ?, 1, '2024-01-01T00:00:00')"));
        q.addBindValue(
            QStringLiteral("<p>{{recipient.honorific_name}}</p>\n<p>{{no.such}}</p>\n<p>{{#x}}</p>"));
        QVERIFY(q.exec());
    }
    const QString out = m_dir->filePath(QStringLiteral("bad.pdf"));
    const Result r =
        run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
             QStringLiteral("employees"), QStringLiteral("--merged"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line 2")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("no.such")));
    QVERIFY(!QFile::exists(out));
}

void TestLettersCli::recipientWithoutAddress_exitsTwoAndWritesNothing()
{
    addRecipients({person(QStringLiteral("住所 無し"), QString(), QString(), 9)});
    const QString out = m_dir->filePath(QStringLiteral("noaddress.pdf"));
    const Result r =
        run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
             QStringLiteral("employees"), QStringLiteral("--merged"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("row 9")) && r.err.contains(QStringLiteral("address")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("住所 無し"))); // no personal data in messages
    QVERIFY(!QFile::exists(out));
}

void TestLettersCli::usage_exitsOne()
{
    QCOMPARE(run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003")}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), QStringLiteral("--group"),
                  QStringLiteral("employees"), QStringLiteral("--merged"), QStringLiteral("a.pdf"),
                  QStringLiteral("--lang"), QStringLiteral("fr")})
                 .exitCode,
             1);
}

// --each never writes into a folder that holds anything, and never replaces a file.
void TestLettersCli::each_refusesAFolderThatIsNotEmpty_exitsTwo()
{
    const QString dir = m_dir->filePath(QStringLiteral("letters"));
    QVERIFY(QDir().mkpath(dir));
    QFile mine(QDir(dir).filePath(QStringLiteral("employees-2-髙橋 一郎.pdf")));
    QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("mine") == 4);
    mine.close();
    const QStringList args{QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
                           QStringLiteral("--group"),    QStringLiteral("employees"),
                           QStringLiteral("--each"),     dir};
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("is not empty")) && r.err.contains(dir), qPrintable(r.err));
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{mine.fileName().section(QLatin1Char('/'), -1)});
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("mine"));
    // Nothing staged is left next to it either.
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral(".*breachdesk-partial*")}, QDir::AllEntries | QDir::Hidden),
             QStringList());

    // A run into a new folder works; a second run into the same folder is refused and changes nothing.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh"));
    QStringList again = args;
    again.last() = fresh;
    QCOMPARE(run(again).exitCode, 0);
    const QByteArray manifest = [&] {
        QFile f(QDir(fresh).filePath(QStringLiteral("manifest.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!manifest.isEmpty());
    QCOMPARE(run(again).exitCode, 2);
    QFile f(QDir(fresh).filePath(QStringLiteral("manifest.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), manifest);
}

// Every narrative section the letter prints at its limit (textlimits.h: 20,000 characters), imported through
// the real command: the letter holds each of them whole, character for character, as Poppler reads it back —
// no line lost or repeated where a paragraph runs over a page.
void TestLettersCli::maximumNarratives_printedAndReadBackWhole()
{
    QJsonObject root = QJsonDocument::fromJson(IncidentTransfer::demoIncidentJson()).object();
    QJsonObject incident = root.value(QStringLiteral("incident")).toObject();
    incident.insert(QStringLiteral("code"), QStringLiteral("INC-2024-900"));
    static const QStringList sentences = {
        QStringLiteral(
            "当社サーバーへの不正アクセスにより、氏名・住所・電話番号が漏えいしたおそれがあります。"),
        QStringLiteral(
            "月日の長い調査の結果、西日本の𠮷田支店に保管されていた髙﨑様ほかの記録も対象と判明しました。"),
        QStringLiteral("2024年8月29日午前9時30分に検知し、同日中に外部との通信を遮断いたしました。"),
        QStringLiteral("The affected files (1,024 of them) were copied on 29 August 2024.")};
    QJsonObject narratives = incident.value(QStringLiteral("narratives")).toObject();
    QMap<QString, QString> written;
    for (const QString& section :
         {QStringLiteral("summary"), QStringLiteral("cause"), QStringLiteral("secondary_harm"),
          QStringLiteral("prevention"), QStringLiteral("other")}) {
        QString text = QStringLiteral("【%1】").arg(section);
        for (int i = 0; text.size() < TextLimit::Narrative; ++i)
            text += sentences.at(i % sentences.size()) + (i % 3 == 2 ? QStringLiteral("\n") : QString());
        while (TextLimits::characters(text) > TextLimit::Narrative)
            text.chop(text.back().isLowSurrogate() ? 2 : 1);
        QJsonObject n = narratives.value(section).toObject();
        n.insert(QStringLiteral("ja"), text);
        narratives.insert(section, n);
        written.insert(section, text);
    }
    incident.insert(QStringLiteral("narratives"), narratives);
    // The letters print these sections, not the demo's summary written for the people affected.
    QJsonObject readers = incident.value(QStringLiteral("narratives_for")).toObject();
    readers.remove(QStringLiteral("individuals"));
    incident.insert(QStringLiteral("narratives_for"), readers);
    root.insert(QStringLiteral("incident"), incident);
    const QString file = m_dir->filePath(QStringLiteral("maximum.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    const Result imported = test::runBreachdesk(
        m_dir->path(), {QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws, file},
        {{QStringLiteral("QT_QPA_PLATFORM"), QString()}});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    {
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        const auto id = IncidentRepository(db).findByCode(QStringLiteral("INC-2024-900"), &error);
        QVERIFY(id);
        RecipientRepository repo(db);
        QVERIFY(repo.ensureBuiltinGroups(*id, &error));
        const auto group = repo.groupByKey(*id, QStringLiteral("employees"), &error);
        QList<Recipient> one{m_people.constFirst()};
        QVERIFY2(repo.insertMany(group->id, one, QStringLiteral("employees.csv"), &error),
                 qPrintable(error.text()));
    }

    const QString out = m_dir->filePath(QStringLiteral("maximum.pdf"));
    QElapsedTimer timer;
    timer.start();
    const Result r = run({QStringLiteral("--incident"), QStringLiteral("INC-2024-900"),
                          QStringLiteral("--group"), QStringLiteral("employees"), QStringLiteral("--lang"),
                          QStringLiteral("ja"), QStringLiteral("--merged"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qInfo("one letter with five 20,000-character sections: %lld ms", timer.elapsed());
    const QStringList pages = pageTexts(out);
    QVERIFY2(pages.size() > 40, qPrintable(QString::number(pages.size())));
    // The body of every page, without its footer (the recipient's name and "n / m").
    const QRegularExpression footer(
        QRegularExpression::escape(squeezed(m_people.constFirst().name + QStringLiteral(" 様"))) +
        QStringLiteral("\\d+/\\d+$"));
    QString body;
    // The control number at the very bottom (controlmark.h), "D-00011/45" squeezed.
    const QRegularExpression control(QStringLiteral("D-\\d{4}\\d+/\\d+$"));
    for (const QString& page : pages)
        body +=
            squeezed(page).remove(control).remove(footer).remove(QStringLiteral("下書き")); // the draft mark
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const QString expected = squeezed(it.value());
        QVERIFY2(body.count(expected) == 1, qPrintable(it.key()));
    }
}

// The file that used to import and then hang export-letters for minutes: refused as invalid input, naming the
// field, at once.
void TestLettersCli::tenMegabyteTitle_isRefusedOnImport()
{
    QJsonObject root = QJsonDocument::fromJson(IncidentTransfer::demoIncidentJson()).object();
    QJsonObject incident = root.value(QStringLiteral("incident")).toObject();
    incident.insert(QStringLiteral("code"), QStringLiteral("INC-2024-901"));
    incident.insert(QStringLiteral("title"),
                    QJsonObject{{QStringLiteral("ja"), QStringLiteral("題")},
                                {QStringLiteral("en"), QString(10'000'000, QLatin1Char('x'))}});
    root.insert(QStringLiteral("incident"), incident);
    const QString file = m_dir->filePath(QStringLiteral("huge.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    const Result r = test::runBreachdesk(
        m_dir->path(), {QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws, file},
        {{QStringLiteral("QT_QPA_PLATFORM"), QString()}}, 60000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("incident.title.en: is too long")), qPrintable(r.err.left(500)));
    QVERIFY(r.err.size() < 1000);
    Database db;
    StorageError error;
    QVERIFY(db.open(m_ws, &error));
    QVERIFY(!IncidentRepository(db).findByCode(QStringLiteral("INC-2024-901"), &error));
}

// The batch lays letters out from merge templates (parsed once, values patched in) rather than parsing each
// letter's HTML: the fast path the throughput depends on.
void TestLettersCli::batch_usesMergeTemplatesForEveryLanguage()
{
    Database db;
    StorageError error;
    QVERIFY(db.open(m_ws, &error));
    LetterRequest request;
    request.incidentId = *IncidentRepository(db).findByCode(QStringLiteral("INC-2024-003"), &error);
    request.groupKey = QStringLiteral("employees");
    LetterSession session;
    QString message;
    QVERIFY2(session.load(db, request, &message), qPrintable(message));
    LetterSession::Output output;
    output.mergedPath = m_dir->filePath(QStringLiteral("m.pdf"));
    const BatchJob job = session.makeJob(db, int(m_people.size()), output);
    QVERIFY(!job.templates.isEmpty());
    for (int i = 0; i < m_people.size(); ++i) {
        const LetterInput letter = job.letter(i);
        QVERIFY2(letter.templateIndex >= 0, qPrintable(QString::number(i)));
        // The name as the letter prints it: full-width spaces in a Japanese letter (letterwording.h).
        const QString name = session.languageOf(m_people.at(i)) == Lang::Ja
                                 ? japaneseNameSpacing(m_people.at(i).name)
                                 : englishNameSpacing(m_people.at(i).name);
        QCOMPARE(letter.fields.value(0), name);
    }
}

QTEST_MAIN(TestLettersCli)
#include "tst_letterscli.moc"
