// Each reader only what is theirs, through `breachdesk draft-filing` and `import-incident` on the real
// executable: the demo's public notice and consignor notices name no other client (in the text or the PDF's
// metadata), the regulator's report names both; and a second incident (INC-2025-007, a misdirected e-mail,
// one client told late) whose shared narrative names a client by an abbreviation and, in English, by its
// English name in lower case: every document for another reader is blocked, in its text, its file name and
// its PDF metadata, until the officer writes that reader's own text.
#include "clitestsupport.h"
#include "database.h"
#include "filingdrafter.h"
#include "incidentrepository.h"
#include "issueddocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

namespace {

using Result = ::test::CliResult;

const QString demo = QStringLiteral("INC-2024-003");
const QString mail = QStringLiteral("INC-2025-007");
const QStringList demoClientForms{QStringLiteral("あおば"), QStringLiteral("しおさい"),
                                  QStringLiteral("Aoba"), QStringLiteral("Shiosai")};

QString pdfText(const QString& path, QString* title = nullptr)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return {};
    if (title)
        *title = doc->info(QStringLiteral("Title"));
    QString text;
    for (int p = 0; p < doc->numPages(); ++p)
        text += doc->page(p)->text(QRectF());
    return text;
}

QByteArray fixture()
{
    QFile file(QStringLiteral(BD_TEST_DATA_DIR "/incident/misdirected-email.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The section "Blocks issuing:" of a draft's standard error ("" when there is none).
QString blocking(const Result& r)
{
    const qsizetype at = r.err.indexOf(QStringLiteral("Blocks issuing:"));
    if (at < 0)
        return {};
    const qsizetype end = r.err.indexOf(QStringLiteral("Check before issuing:"), at);
    return r.err.mid(at, end < 0 ? -1 : end - at);
}

} // namespace

class TestReadersCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void demoPublicNoticeNamesNoClient_data();
    void demoPublicNoticeNamesNoClient();
    void demoConsignorNoticeIsItsClientsOnly();
    void demoRegulatorIsToldOfEveryClient();

    void abbreviationInTheSharedTextBlocksThePublicNotice();
    void englishNameInLowerCaseIsFound();
    void otherClientsNoticeIsBlockedButTheNamedClientsIsNot();
    void confidentialTextReachesOnlyItsReader();
    void fileNameAndMetadataAreChecked();
    void freezeRefusesWhatTheCheckBlocks();
    void lettersToThePeopleAreBlockedToo();
    void aReadersOwnTextClearsTheBlock();
    void readerBlocksSurviveExportAndImport();
    void badReaderBlocksAreRefused_data();
    void badReaderBlocksAreRefused();

private:
    Result run(const QStringList& args) const;
    Result draft(const QString& code, const QString& kind, const QStringList& extra = {}) const;
    QString m_ws;
    QTemporaryDir m_dir;
};

void TestReadersCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws.breachdesk"));
    Result r = run({QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws,
                    QStringLiteral("--create"), QStringLiteral(BD_DEMO_JSON)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString path = m_dir.filePath(QStringLiteral("mail.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(fixture());
    f.close();
    r = run({QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

Result TestReadersCli::run(const QStringList& args) const
{
    return ::test::runBreachdesk(m_dir.path(), args);
}

Result TestReadersCli::draft(const QString& code, const QString& kind, const QStringList& extra) const
{
    return run(QStringList{QStringLiteral("draft-filing"), QStringLiteral("--workspace"), m_ws,
                           QStringLiteral("--incident"), code, QStringLiteral("--kind"), kind} +
               extra);
}

void TestReadersCli::demoPublicNoticeNamesNoClient_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestReadersCli::demoPublicNoticeNamesNoClient()
{
    QFETCH(QString, lang);
    const QString pdf = m_dir.filePath(QStringLiteral("public-%1.pdf").arg(lang));
    const Result r = draft(demo, QStringLiteral("public_notice"),
                           {QStringLiteral("--lang"), lang, QStringLiteral("--date"),
                            QStringLiteral("2024-11-20"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString title;
    const QString text = pdfText(pdf, &title);
    QVERIFY(!text.isEmpty());
    for (const QString& form : demoClientForms) {
        QVERIFY2(!text.contains(form), qPrintable(form));
        QVERIFY2(!title.contains(form), qPrintable(title));
    }
    QVERIFY2(blocking(r).isEmpty(), qPrintable(r.err));
    // Both clients' data as one block, without saying whose.
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (lang == QLatin1String("ja"))
        QVERIFY2(compact.contains(QStringLiteral("当社の取引先様から受託している個人データ")),
                 qPrintable(text.left(1500)));
    else
        QVERIFY2(text.simplified().contains(QStringLiteral("held on behalf of our business clients")),
                 qPrintable(text.left(1500)));
}

void TestReadersCli::demoConsignorNoticeIsItsClientsOnly()
{
    const QString pdf = m_dir.filePath(QStringLiteral("aoba.pdf"));
    const Result r =
        draft(demo, QStringLiteral("consignor_notice"),
              {QStringLiteral("--consignor"), QStringLiteral("あおば損害保険株式会社"),
               QStringLiteral("--date"), QStringLiteral("2024-11-20"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString title;
    const QString text = pdfText(pdf, &title);
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(compact.contains(QStringLiteral("あおば損害保険株式会社御中")), qPrintable(text.left(400)));
    QVERIFY(!compact.contains(QStringLiteral("しおさい")));
    QVERIFY(!title.contains(QStringLiteral("しおさい")));
    QVERIFY(!compact.contains(QStringLiteral("1,800"))); // the other client's count
    QVERIFY2(compact.contains(QStringLiteral("貴社から委託を受けてお預かりしている個人データ")),
             qPrintable(text.left(800)));
    // The text written for every consignor client, not the one for all readers.
    QVERIFY2(compact.contains(QStringLiteral("2024年8月30日に貴社へ本件をご報告いたしました")),
             qPrintable(text));
    QVERIFY2(blocking(r).isEmpty(), qPrintable(r.err));
}

void TestReadersCli::demoRegulatorIsToldOfEveryClient()
{
    const Result r =
        draft(demo, QStringLiteral("ppc_final"),
              {QStringLiteral("--date"), QStringLiteral("2024-11-20"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("あおば損害保険株式会社及びしおさい損害保険株式会社")),
             qPrintable(r.out));
    QVERIFY2(blocking(r).isEmpty(), qPrintable(r.err));
}

void TestReadersCli::abbreviationInTheSharedTextBlocksThePublicNotice()
{
    const Result r =
        draft(mail, QStringLiteral("public_notice"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString b = blocking(r);
    // 「ことぶき生命様（KLI）」: the abbreviation ことぶき生命 (and KLI) is a recorded name of the client.
    QVERIFY2(b.contains(QStringLiteral("ことぶき生命保険株式会社")), qPrintable(r.err));
    QVERIFY2(b.contains(QStringLiteral("its text")), qPrintable(b));
    QVERIFY2(b.contains(QStringLiteral("the public")), qPrintable(b));
}

void TestReadersCli::englishNameInLowerCaseIsFound()
{
    const Result r = draft(mail, QStringLiteral("public_notice"),
                           {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--date"),
                            QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("kotobuki life insurance company")), qPrintable(r.out.left(800)));
    QVERIFY2(blocking(r).contains(QStringLiteral("“Kotobuki Life Insurance Company”")), qPrintable(r.err));
}

void TestReadersCli::otherClientsNoticeIsBlockedButTheNamedClientsIsNot()
{
    const Result other =
        draft(mail, QStringLiteral("consignor_notice"),
              {QStringLiteral("--consignor"), QStringLiteral("みやび信託銀行株式会社"),
               QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    QVERIFY2(blocking(other).contains(QStringLiteral("ことぶき生命保険株式会社")), qPrintable(other.err));
    QVERIFY2(blocking(other).contains(QStringLiteral("the consignor client みやび信託銀行株式会社")),
             qPrintable(other.err));
    // Its own count only (45), never the other client's 320.
    QVERIFY(other.out.contains(QStringLiteral("45名")));
    QVERIFY(!other.out.contains(QStringLiteral("320")));

    const Result named =
        draft(mail, QStringLiteral("consignor_notice"),
              {QStringLiteral("--consignor"), QStringLiteral("ことぶき生命保険株式会社"),
               QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QVERIFY2(!blocking(named).contains(QStringLiteral("a name of the consignor client ことぶき")),
             qPrintable(named.err));
    QVERIFY(!named.out.contains(QStringLiteral("みやび")));
}

void TestReadersCli::confidentialTextReachesOnlyItsReader()
{
    // The police reference is marked for the regulator: the PPC report may carry it, the public notice not.
    const Result ppc =
        draft(mail, QStringLiteral("ppc_preliminary"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-06"), QStringLiteral("--text")});
    QVERIFY2(ppc.exitCode == 0, qPrintable(ppc.err));
    QVERIFY(ppc.out.contains(QStringLiteral("OSK-2025-0113")));
    QVERIFY2(!blocking(ppc).contains(QStringLiteral("OSK-2025-0113")), qPrintable(ppc.err));

    const Result notice =
        draft(mail, QStringLiteral("public_notice"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(blocking(notice).contains(QStringLiteral("“OSK-2025-0113”, text marked confidential for the "
                                                      "regulator")),
             qPrintable(notice.err));
}

void TestReadersCli::fileNameAndMetadataAreChecked()
{
    // The officer names the file after the client ("KLI" in full-width letters reads as KLI after NFKC).
    const QString pdf = m_dir.filePath(QStringLiteral("notice-ＫＬＩ.pdf"));
    const Result r =
        draft(mail, QStringLiteral("ppc_preliminary"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-06"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The regulator may read the name, in the file name too.
    QVERIFY2(blocking(r).isEmpty(), qPrintable(r.err));
    const QString publicPdf = m_dir.filePath(QStringLiteral("public-ＫＬＩ.pdf"));
    const Result p =
        draft(mail, QStringLiteral("public_notice"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--pdf"), publicPdf});
    QVERIFY2(blocking(p).contains(QStringLiteral("its file name contains “KLI”")), qPrintable(p.err));

    // A title that names a client reaches the PDF's metadata (read back with Poppler).
    QByteArray json = fixture();
    json.replace("電子メールの誤送信による個人情報の漏えいに関するお詫びとお知らせ",
                 "ことぶき生命様の受託データに関するお詫びとお知らせ");
    json.replace("\"INC-2025-007\"", "\"INC-2025-008\"");
    const QString path = m_dir.filePath(QStringLiteral("titled.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const Result imported =
        run({QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws, path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString titled = m_dir.filePath(QStringLiteral("titled.pdf"));
    const Result t =
        draft(QStringLiteral("INC-2025-008"), QStringLiteral("public_notice"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--pdf"), titled});
    QString title;
    pdfText(titled, &title);
    QVERIFY2(title.contains(QStringLiteral("ことぶき生命")), qPrintable(title));
    QVERIFY2(blocking(t).contains(QStringLiteral("its PDF metadata contains “ことぶき生命”")),
             qPrintable(t.err));
}

void TestReadersCli::freezeRefusesWhatTheCheckBlocks()
{
    // Issuing (the Filings page's Issue…) freezes the draft: refused while the check finds another reader's
    // name, and nothing is issued.
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    const std::optional<qint64> id = IncidentRepository(db).findByCode(mail, &error);
    QVERIFY(id);
    DraftRequest request;
    request.kind = QStringLiteral("public_notice");
    request.date = QDate(2025, 3, 28);
    request.now = QDateTime(request.date, QTime(12, 0));
    const DraftedFiling drafted = FilingDrafter::draft(db, *id, request);
    QVERIFY2(drafted.ok(), qPrintable(drafted.message));
    IssuedDocument doc;
    QString message;
    QVERIFY(!freezeDraft(drafted.draft, drafted.incident, {}, &doc, &message));
    QVERIFY2(message.startsWith(QStringLiteral("Confidential:")), qPrintable(message));
}

void TestReadersCli::lettersToThePeopleAreBlockedToo()
{
    // The policyholders' letters would read the shared summary, which names ことぶき生命: issuing is refused,
    // nothing is written and no batch is recorded.
    const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("氏名,郵便番号,住所\n山田 花子,530-0001,大阪府大阪市北区梅田一丁目1番1号\n"
            "佐藤 一郎,530-0002,大阪府大阪市北区曽根崎二丁目2番2号\n");
    f.close();
    Result r = run({QStringLiteral("import-recipients"), QStringLiteral("--workspace"), m_ws,
                    QStringLiteral("--incident"), mail, QStringLiteral("--group"),
                    QStringLiteral("employees"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString pdf = m_dir.filePath(QStringLiteral("letters.pdf"));
    r = run({QStringLiteral("export-letters"), QStringLiteral("--workspace"), m_ws,
             QStringLiteral("--incident"), mail, QStringLiteral("--group"), QStringLiteral("employees"),
             QStringLiteral("--merged"), pdf, QStringLiteral("--date"), QStringLiteral("2025-03-28"),
             QStringLiteral("--issue")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("“ことぶき生命”")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("the people affected")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(pdf));
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM letter_batch")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestReadersCli::aReadersOwnTextClearsTheBlock()
{
    // The officer writes the public's own summary and other section (here through incident JSON).
    QJsonObject root = QJsonDocument::fromJson(fixture()).object();
    QJsonObject inc = root.value(QStringLiteral("incident")).toObject();
    inc.insert(QStringLiteral("code"), QStringLiteral("INC-2025-009"));
    QJsonObject readers = inc.value(QStringLiteral("narratives_for")).toObject();
    const auto section = [](const QString& ja, const QString& en) {
        return QJsonObject{{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
    };
    const QJsonObject own{
        {QStringLiteral("summary"),
         section(QStringLiteral(
                     "2025年3月3日、当社従業員が、取引先様からの受託業務に係る処理状況一覧を添付した電子"
                     "メールを、誤って社外の宛先に送信いたしました。"),
                 QStringLiteral("On 3 March 2025 one of our employees sent an e-mail with a processing list "
                                "attached to a wrong outside address."))},
        {QStringLiteral("other"), section(QStringLiteral("本件については、警察に相談しております。"),
                                          QStringLiteral("We have consulted the police."))}};
    readers.insert(QStringLiteral("public"), own);
    readers.insert(QStringLiteral("consignors"), own);
    inc.insert(QStringLiteral("narratives_for"), readers);
    root.insert(QStringLiteral("incident"), inc);
    const QString path = m_dir.filePath(QStringLiteral("own.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const Result imported =
        run({QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws, path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const QString code = QStringLiteral("INC-2025-009");
    const Result notice =
        draft(code, QStringLiteral("public_notice"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(blocking(notice).isEmpty(), qPrintable(notice.err));
    QVERIFY(notice.out.contains(QStringLiteral("取引先様からの受託業務")));
    const Result miyabi =
        draft(code, QStringLiteral("consignor_notice"),
              {QStringLiteral("--consignor"), QStringLiteral("みやび信託銀行株式会社"),
               QStringLiteral("--date"), QStringLiteral("2025-03-28"), QStringLiteral("--text")});
    QVERIFY2(blocking(miyabi).isEmpty(), qPrintable(miyabi.err));
    // The regulator still reads its own, fuller text.
    const Result ppc =
        draft(code, QStringLiteral("ppc_preliminary"),
              {QStringLiteral("--date"), QStringLiteral("2025-03-06"), QStringLiteral("--text")});
    QVERIFY2(ppc.out.contains(QStringLiteral("ことぶき生命保険株式会社及びみやび信託銀行株式会社")),
             qPrintable(ppc.out));
}

void TestReadersCli::readerBlocksSurviveExportAndImport()
{
    const QString out = m_dir.filePath(QStringLiteral("exported.json"));
    const Result r = run({QStringLiteral("export-incident"), QStringLiteral("--workspace"), m_ws,
                          QStringLiteral("--incident"), mail, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject inc =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("incident")).toObject();
    const QJsonObject original =
        QJsonDocument::fromJson(fixture()).object().value(QStringLiteral("incident")).toObject();
    for (const QString& block :
         {QStringLiteral("consignors"), QStringLiteral("confidential"), QStringLiteral("narratives_for")})
        QCOMPARE(inc.value(block), original.value(block));
}

void TestReadersCli::badReaderBlocksAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown reader") << QStringLiteral("narratives_for")
                                    << QJsonValue(QJsonObject{{QStringLiteral("press"), QJsonObject{}}})
                                    << QStringLiteral(
                                           "incident.narratives_for.press: \"press\" is not a reader");
    QTest::newRow("client of no data set")
        << QStringLiteral("narratives_for")
        << QJsonValue(QJsonObject{{QStringLiteral("consignor:なごみ銀行"), QJsonObject{}}})
        << QStringLiteral("\"なごみ銀行\" is not a consignor client of this incident's data sets");
    QTest::newRow("one-letter alias")
        << QStringLiteral("consignors")
        << QJsonValue(
               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("ことぶき生命保険株式会社")},
                                      {QStringLiteral("aliases"), QJsonArray{QStringLiteral("K")}}}})
        << QStringLiteral("incident.consignors[0].aliases[0]: is a single character");
    QTest::newRow("confidential for nobody")
        << QStringLiteral("confidential")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("OSK-1")},
                                             {QStringLiteral("audience"), QStringLiteral("")}}})
        << QStringLiteral("incident.confidential[0].audience:");
}

void TestReadersCli::badReaderBlocksAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject root = QJsonDocument::fromJson(fixture()).object();
    QJsonObject inc = root.value(QStringLiteral("incident")).toObject();
    inc.insert(QStringLiteral("code"), QStringLiteral("INC-2025-099"));
    inc.insert(path, value);
    root.insert(QStringLiteral("incident"), inc);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const Result r = run({QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_ws, file});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing of it was imported.
    const Result list = run({QStringLiteral("list-incidents"), QStringLiteral("--workspace"), m_ws});
    QVERIFY(!list.out.contains(QStringLiteral("INC-2025-099")));
}

QTEST_GUILESS_MAIN(TestReadersCli)
#include "tst_readerscli.moc"
