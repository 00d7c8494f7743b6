// Issuing letters through the real `breachdesk export-letters`: drafts carry 「下書き」/DRAFT on every page
// and record no batch; --issue writes them without the mark and records the batch (count, group, template,
// date, SHA-256 of each file); later exports are copies checked against the batch; issuing again needs a
// reason; the batch rows cannot be changed with SQL; a run killed while issuing records no batch. PDFs are
// read back with Poppler.
#include "clitestsupport.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "recipientrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

namespace {

using Result = test::CliResult;

const QString IncidentCode = QStringLiteral("INC-2024-003");
const QString Date = QStringLiteral("2024-12-25");

Recipient person(const QString& name, const QString& language, int row)
{
    Recipient r;
    r.name = name;
    r.postcode = QStringLiteral("1000001");
    r.address = QStringLiteral("東京都港区芝公園四丁目2番8号");
    r.language = language;
    r.sourceFile = QStringLiteral("employees.csv");
    r.sourceRow = row;
    return r;
}

QStringList pageTexts(const QString& path)
{
    QStringList texts;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    for (int i = 0; doc && i < doc->numPages(); ++i)
        texts << doc->page(i)->text(QRectF());
    return texts;
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
               : QByteArray();
}

} // namespace

class TestLetterIssueCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void draft_everyPageMarkedAndNoBatch();
    void issue_unmarkedAndBatchRecordedWithTheFilesHashes();
    void issueEach_recordsEveryFilesHash();
    void reexport_isACopyOfTheBatchWithTheSameBytes();
    void copy_refusedWhenTheLettersChangedSinceIssuing();
    void secondIssue_refusedWithoutReason_recordedWithOne();
    void batchRows_cannotBeChangedOrDeletedWithSql();
    void killedWhileIssuing_recordsNoBatch();

private:
    Result run(const QStringList& args) const;
    QStringList base() const;
    int batchCount() const;
    QString lastAuditAfter(const QString& entity) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestLetterIssueCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
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
    QList<Recipient> people{person(QStringLiteral("髙橋 一郎"), QString(), 2),
                            person(QStringLiteral("山﨑 月子"), QStringLiteral("ja"), 3),
                            person(QStringLiteral("John Smith"), QStringLiteral("en"), 4)};
    QVERIFY2(repo.insertMany(group->id, people, QStringLiteral("employees.csv"), &error),
             qPrintable(error.text()));
}

Result TestLetterIssueCli::run(const QStringList& args) const
{
    return test::runBreachdesk(
        m_dir->path(),
        QStringList{QStringLiteral("export-letters"), QStringLiteral("--workspace"), m_ws} + args,
        {{QStringLiteral("QT_QPA_PLATFORM"), QString()}}, 120000);
}

QStringList TestLetterIssueCli::base() const
{
    return {QStringLiteral("--incident"), IncidentCode,
            QStringLiteral("--group"),    QStringLiteral("employees"),
            QStringLiteral("--date"),     Date};
}

int TestLetterIssueCli::batchCount() const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM letter_batch")) && q.next() ? q.value(0).toInt() : -1;
}

QString TestLetterIssueCli::lastAuditAfter(const QString& entity) const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT after_value FROM audit_log WHERE entity = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entity);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestLetterIssueCli::draft_everyPageMarkedAndNoBatch()
{
    const QString out = m_dir->filePath(QStringLiteral("draft.pdf"));
    const Result r = run(base() << QStringLiteral("--merged") << out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("nothing was issued")), qPrintable(r.out));
    const QStringList pages = pageTexts(out);
    QVERIFY(pages.size() >= 3);
    int english = 0;
    for (const QString& page : pages) {
        // An English letter's padding page (controlmark.h) says so in English.
        const bool en = page.contains(QStringLiteral("John Smith")) ||
                        page.contains(QStringLiteral("intentionally left blank"));
        english += en ? 1 : 0;
        // Japanese letters carry 下書き, the English one DRAFT, on every page.
        QVERIFY2(page.contains(en ? QStringLiteral("DRAFT") : QStringLiteral("下書き")),
                 qPrintable(page.left(200)));
    }
    QVERIFY(english >= 1);
    QCOMPARE(batchCount(), 0);
    QVERIFY2(lastAuditAfter(QStringLiteral("export")).contains(QStringLiteral("draft")),
             qPrintable(lastAuditAfter(QStringLiteral("export"))));
    // One PDF per recipient too.
    const QString dir = m_dir->filePath(QStringLiteral("drafts"));
    QCOMPARE(run(base() << QStringLiteral("--each") << dir).exitCode, 0);
    for (const QString& file : QDir(dir).entryList({QStringLiteral("*.pdf")}))
        for (const QString& page : pageTexts(QDir(dir).filePath(file)))
            QVERIFY(page.contains(QStringLiteral("下書き")) || page.contains(QStringLiteral("DRAFT")));
    QCOMPARE(batchCount(), 0);
}

void TestLetterIssueCli::issue_unmarkedAndBatchRecordedWithTheFilesHashes()
{
    const QString out = m_dir->filePath(QStringLiteral("issued.pdf"));
    const Result r = run(base() << QStringLiteral("--merged") << out << QStringLiteral("--issue"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Issued as batch 1")), qPrintable(r.out));
    const QStringList pages = pageTexts(out);
    QVERIFY(pages.size() >= 3);
    for (const QString& page : pages) {
        QVERIFY(!page.contains(QStringLiteral("下書き")));
        QVERIFY(!page.contains(QStringLiteral("DRAFT")));
    }
    QVERIFY(pages.join(QString()).contains(QStringLiteral("髙橋 一郎")));

    Database db;
    StorageError error;
    QVERIFY(db.open(m_ws, &error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT id, kind, group_key, recipient_count, letters_date, template_ja_version, template_ja_sha256, "
        "template_en_version, output_mode, output_sha256, issued_by, reissue_of FROM letter_batch")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("letter-individual"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("employees"));
    QCOMPARE(q.value(3).toInt(), 3);
    QCOMPARE(q.value(4).toString(), Date);
    QCOMPARE(q.value(5).toInt(), 2); // the built-in template's version
    QCOMPARE(q.value(6).toString().size(), 64);
    QCOMPARE(q.value(7).toInt(), 2); // John Smith's letter is English (the same version)
    QCOMPARE(q.value(8).toString(), QStringLiteral("merged"));
    QCOMPARE(q.value(9).toByteArray(), sha256Of(out));
    QVERIFY(!q.value(10).toString().isEmpty());
    QVERIFY(q.value(11).isNull());
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT sequence, sha256 FROM letter_batch_file")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toByteArray(), sha256Of(out));
    QVERIFY(!q.next());
    // The audit entry names the batch and its hash, never a recipient.
    const QString audit = lastAuditAfter(QStringLiteral("letter_batch"));
    QVERIFY2(audit.contains(QStringLiteral("batch 1")) && audit.contains(QString::fromLatin1(sha256Of(out))),
             qPrintable(audit));
    QVERIFY(!audit.contains(QStringLiteral("髙橋")) && !audit.contains(QStringLiteral("Smith")));
    // The workspace still proves itself (the chain of the audit trail is whole).
    const Result list = test::runBreachdesk(
        m_dir->path(), {QStringLiteral("list-incidents"), QStringLiteral("--workspace"), m_ws});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
}

void TestLetterIssueCli::issueEach_recordsEveryFilesHash()
{
    const QString dir = m_dir->filePath(QStringLiteral("issued"));
    const Result r = run(base() << QStringLiteral("--each") << dir << QStringLiteral("--issue"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray files = QJsonDocument::fromJson([&] {
                                 QFile f(QDir(dir).filePath(QStringLiteral("manifest.json")));
                                 return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                             }())
                                 .object()
                                 .value(QStringLiteral("files"))
                                 .toArray();
    QCOMPARE(files.size(), 3);
    Database db;
    StorageError error;
    QVERIFY(db.open(m_ws, &error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT f.sequence, f.sha256, f.recipient_id, b.output_mode FROM "
                                  "letter_batch_file f JOIN letter_batch b ON b.id = f.batch_id ORDER BY "
                                  "f.sequence")));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(q.next());
        const QString file =
            QDir(dir).filePath(files.at(i).toObject().value(QStringLiteral("file")).toString());
        QCOMPARE(q.value(0).toInt(), i + 1);
        QCOMPARE(q.value(1).toByteArray(), sha256Of(file)); // the file's real hash
        QVERIFY(q.value(2).toLongLong() > 0);
        QCOMPARE(q.value(3).toString(), QStringLiteral("each"));
        for (const QString& page : pageTexts(file))
            QVERIFY(!page.contains(QStringLiteral("下書き")) && !page.contains(QStringLiteral("DRAFT")));
    }
    QVERIFY(!q.next());
}

void TestLetterIssueCli::reexport_isACopyOfTheBatchWithTheSameBytes()
{
    const QString issued = m_dir->filePath(QStringLiteral("issued.pdf"));
    QCOMPARE(run(base() << QStringLiteral("--merged") << issued << QStringLiteral("--issue")).exitCode, 0);
    // Without --date: a copy takes the batch's date, and its bytes are the issued file's.
    const QString copy = m_dir->filePath(QStringLiteral("copy.pdf"));
    const Result r = run({QStringLiteral("--incident"), IncidentCode, QStringLiteral("--group"),
                          QStringLiteral("employees"), QStringLiteral("--merged"), copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("A copy of batch 1")), qPrintable(r.out));
    QCOMPARE(sha256Of(copy), sha256Of(issued));
    QCOMPARE(batchCount(), 1);
    const QString audit = lastAuditAfter(QStringLiteral("export"));
    QVERIFY2(audit.contains(QStringLiteral("copy of batch 1")), qPrintable(audit));
    // Another date than the batch's is refused for a copy; a draft can still be made.
    const Result other =
        run({QStringLiteral("--incident"), IncidentCode, QStringLiteral("--group"),
             QStringLiteral("employees"), QStringLiteral("--date"), QStringLiteral("2025-01-06"),
             QStringLiteral("--merged"), m_dir->filePath(QStringLiteral("other.pdf"))});
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(QStringLiteral("batch 1 was issued dated 2024-12-25")),
             qPrintable(other.err));
    const QString draft = m_dir->filePath(QStringLiteral("draft.pdf"));
    QCOMPARE(run(base() << QStringLiteral("--merged") << draft << QStringLiteral("--draft")).exitCode, 0);
    QVERIFY(pageTexts(draft).constFirst().contains(QStringLiteral("下書き")));
    QVERIFY2(lastAuditAfter(QStringLiteral("export")).contains(QStringLiteral("draft (batch 1 was issued)")),
             qPrintable(lastAuditAfter(QStringLiteral("export"))));
}

void TestLetterIssueCli::copy_refusedWhenTheLettersChangedSinceIssuing()
{
    QCOMPARE(run(base() << QStringLiteral("--merged") << m_dir->filePath(QStringLiteral("issued.pdf"))
                        << QStringLiteral("--issue"))
                 .exitCode,
             0);
    {
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        RecipientRepository repo(db);
        const auto group = repo.groupByKey(*IncidentRepository(db).findByCode(IncidentCode, &error),
                                           QStringLiteral("employees"), &error);
        QVERIFY(group);
        QList<Recipient> more{person(QStringLiteral("新井 四郎"), QString(), 5)};
        QVERIFY(repo.insertMany(group->id, more, QStringLiteral("more.csv"), &error));
    }
    const QString copy = m_dir->filePath(QStringLiteral("copy.pdf"));
    const Result r = run(base() << QStringLiteral("--merged") << copy);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no longer those issued in batch 1")), qPrintable(r.err));
    QVERIFY(!QFile::exists(copy));
    // A copy in another output mode than the batch's is refused too.
    const Result each = run(base() << QStringLiteral("--each") << m_dir->filePath(QStringLiteral("each")));
    QCOMPARE(each.exitCode, 2);
    QVERIFY2(each.err.contains(QStringLiteral("one merged PDF")), qPrintable(each.err));
}

void TestLetterIssueCli::secondIssue_refusedWithoutReason_recordedWithOne()
{
    QCOMPARE(run(base() << QStringLiteral("--merged") << m_dir->filePath(QStringLiteral("1.pdf"))
                        << QStringLiteral("--issue"))
                 .exitCode,
             0);
    const QString second = m_dir->filePath(QStringLiteral("2.pdf"));
    const Result refused = run(base() << QStringLiteral("--merged") << second << QStringLiteral("--issue"));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("were issued already (batch 1")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("reason")));
    QVERIFY(!QFile::exists(second));
    QCOMPARE(batchCount(), 1);

    const QString reason = QStringLiteral("宛先住所の誤りを訂正");
    const Result again = run(base() << QStringLiteral("--merged") << second << QStringLiteral("--issue")
                                    << QStringLiteral("--reissue") << reason);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("Issued as batch 2")), qPrintable(again.out));
    Database db;
    StorageError error;
    QVERIFY(db.open(m_ws, &error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT reissue_of, reissue_reason FROM letter_batch WHERE id = 2")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), reason);
    QVERIFY(
        lastAuditAfter(QStringLiteral("letter_batch")).contains(QStringLiteral("after batch 1: ") + reason));
}

void TestLetterIssueCli::batchRows_cannotBeChangedOrDeletedWithSql()
{
    QCOMPARE(run(base() << QStringLiteral("--merged") << m_dir->filePath(QStringLiteral("1.pdf"))
                        << QStringLiteral("--issue"))
                 .exitCode,
             0);
    Database db;
    StorageError error;
    QVERIFY(db.open(m_ws, &error));
    for (const QString& sql :
         {QStringLiteral("UPDATE letter_batch SET recipient_count = 2"),
          QStringLiteral("UPDATE letter_batch SET output_sha256 = 'x'"),
          QStringLiteral("DELETE FROM letter_batch"),
          QStringLiteral("UPDATE letter_batch_file SET sha256 = 'x'"),
          QStringLiteral("DELETE FROM letter_batch_file"),
          // A second batch of the same group and kind without naming the first and a reason.
          QStringLiteral("INSERT INTO letter_batch (incident_id, kind, group_key, recipient_count, lang, "
                         "date_style, letters_date, output_mode, output_sha256, issued_at, issued_by) SELECT "
                         "incident_id, kind, group_key, 3, 'auto', 'seireki', '2024-12-26', 'merged', 'x', "
                         "'2024-12-26T00:00:00', 'me' FROM letter_batch")}) {
        QSqlQuery q(db.connection());
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("letter batch")),
                 qPrintable(q.lastError().text()));
    }
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT recipient_count, (SELECT count(*) FROM letter_batch_file) FROM "
                                  "letter_batch")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toInt(), 1);
}

// SIGKILL while `--issue` writes 150 letters: no batch may be recorded for files that were not all written.
void TestLetterIssueCli::killedWhileIssuing_recordsNoBatch()
{
    {
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        RecipientRepository repo(db);
        const auto group = repo.groupByKey(*IncidentRepository(db).findByCode(IncidentCode, &error),
                                           QStringLiteral("employees"), &error);
        QList<Recipient> many;
        for (int i = 0; i < 150; ++i)
            many.append(person(QStringLiteral("受信 者%1").arg(i), QString(), 10 + i));
        QVERIFY(repo.insertMany(group->id, many, QStringLiteral("many.csv"), &error));
    }
    const QString out = m_dir->filePath(QStringLiteral("killed.pdf"));
    int killedRunning = 0;
    for (const int delayMs : {100, 250, 500, 800, 1200}) {
        QProcess p;
        test::startBreachdesk(
            p, m_dir->path(),
            QStringList{QStringLiteral("export-letters"), QStringLiteral("--workspace"), m_ws} + base() +
                QStringList{QStringLiteral("--merged"), out, QStringLiteral("--issue")},
            {{QStringLiteral("QT_QPA_PLATFORM"), QString()}});
        QVERIFY(p.waitForStarted(10000));
        QTest::qWait(delayMs);
        const bool killed = p.state() == QProcess::Running;
        p.kill();
        p.waitForFinished(10000);
        killedRunning += killed ? 1 : 0;
        // Either no batch (and no file, or a complete one if the kill came between its rename and the
        // record), or a batch whose SHA-256 is the complete file's: never a batch for a file not written.
        if (batchCount() > 0) {
            Database db;
            StorageError error;
            QVERIFY(db.open(m_ws, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT output_sha256 FROM letter_batch")) && q.next());
            QCOMPARE(q.value(0).toByteArray(), sha256Of(out));
            break; // issued: a further --issue would be refused
        }
        QVERIFY2(!QFile::exists(out) || pageTexts(out).size() >= 150, qPrintable(QString::number(delayMs)));
        QVERIFY(killed);
    }
    QVERIFY(killedRunning > 0);
}

QTEST_MAIN(TestLetterIssueCli)
#include "tst_letterissuecli.moc"
