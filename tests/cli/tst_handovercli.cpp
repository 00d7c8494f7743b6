// Hand-overs only the addressee can read: export-archive and export-recipients --encrypt-to through the real
// `breachdesk` executable, with throw-away OpenPGP keys in temporary GnuPG homes. The officer's home holds
// the officer's own key (named by encrypt-to in its gpg.conf, which must be ignored), the addressees' public
// keys and unusable ones (expired, revoked, two sharing an e-mail); the addressees' home holds their secret
// keys. Every decryption is done by gpg itself.
#include "auditrepository.h"
#include "clitestsupport.h"
#include "database.h"
#include "handoverrepository.h"
#include "recipientexport.h"
#include "recipientrepository.h"
#include "sourcefile.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

using Result = test::CliResult;

const QString kDemo = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString kIncident = u"INC-2024-003"_s; // the demo incident: consignors あおば and しおさい
const QString kAoba = u"あおば損害保険株式会社"_s;
// The records held for the consignor clients: a group of the officer's own (made on the Recipients page; here
// through the repository), linked to the incident's two consignor data sets.
const QString kGroup = u"consignor_records"_s;

// The consignor customers' list: three of あおば's customers, two of しおさい's, one naming no consignor.
const QByteArray kCustomers = "氏名,委託元,住所,郵便番号\r\n"
                              "青葉一郎,あおば損害保険株式会社,東京都千代田区架空町1-1,100-0001\r\n"
                              "潮騒花子,しおさい損害保険株式会社,大阪府大阪市北区例示町2-3,530-0001\r\n"
                              "青葉二郎,あおば損害保険株式会社 御中,東京都千代田区架空町1-2,100-0001\r\n"
                              "無所属次郎,,埼玉県さいたま市浦和区試験町3-4,330-0001\r\n"
                              "潮騒太郎,しおさい損害保険株式会社,大阪府大阪市北区例示町2-4,530-0001\r\n"
                              "青葉三郎,あおば損害保険株式会社,東京都千代田区架空町1-3,100-0001\r\n";

// Runs gpg with `home` as its GnuPG home; `input` on its standard input.
struct Gpg
{
    int exitCode = -1;
    QByteArray out, err;
};
Gpg gpg(const QString& home, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(u"gpg"_s, QStringList{u"--homedir"_s, home, u"--batch"_s, u"--yes"_s, u"--quiet"_s} + args);
    Gpg r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A key without passphrase (ed25519 + cv25519: made in a moment); `fakedTime` makes it in the past.
QByteArray makeKey(const QString& home, const QString& name, const QString& email,
                   const QString& expire = u"0"_s, const QString& fakedTime = {})
{
    const QByteArray params =
        u"%no-protection\nKey-Type: eddsa\nKey-Curve: ed25519\nKey-Usage: sign\n"
        "Subkey-Type: ecdh\nSubkey-Curve: cv25519\nSubkey-Usage: encrypt\n"
        "Name-Real: %1\nName-Email: %2\nExpire-Date: %3\n%commit\n"_s.arg(name, email, expire)
            .toUtf8();
    QStringList args;
    if (!fakedTime.isEmpty())
        args << u"--faked-system-time"_s << fakedTime;
    args << u"--status-fd"_s << u"1"_s << u"--gen-key"_s;
    const Gpg made = gpg(home, args, params);
    // [GNUPG:] KEY_CREATED B <fingerprint>
    for (const QByteArray& line : made.out.split('\n'))
        if (line.startsWith("[GNUPG:] KEY_CREATED"))
            return line.split(' ').value(3).trimmed();
    qWarning("gpg --gen-key failed: %s", made.err.constData());
    return {};
}

QByteArray sha256Of(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `dir`, hidden ones too.
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Stops the gpg-agents of the temporary homes when the test ends, however it ends.
struct AgentStopper
{
    QStringList homes;
    ~AgentStopper()
    {
        for (const QString& home : homes)
            QProcess::execute(u"gpgconf"_s, {u"--homedir"_s, home, u"--kill"_s, u"all"_s});
    }
};

} // namespace

#define VERIFY_EXIT(result, code)                                                                            \
    do {                                                                                                     \
        const Result& r_ = (result);                                                                         \
        QCOMPARE(r_.status, QProcess::NormalExit);                                                           \
        QVERIFY2(r_.exitCode == (code),                                                                      \
                 qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")                   \
                                .arg(r_.exitCode)                                                            \
                                .arg(code)                                                                   \
                                .arg(r_.out, r_.err)));                                                      \
    } while (false)

class TestHandoverCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void archive_decryptsForTheAddresseeOnly();
    void archive_armouredToStandardOutput();
    void wholeGroup_csvRoundTripsByteForByte();
    void keyFile_usedWithoutChangingTheKeyring();
    void badKey_refusedWithNothingWritten_data();
    void badKey_refusedWithNothingWritten();
    void consignor_onlyItsRowsAndARegisterEntry();
    void consignor_xlsxMadeInMemoryOnly();
    void consignor_unknownNameListsTheKnownOnes();
    void consignor_withoutEncryption_isAUsageError();

private:
    Result run(const QStringList& args, const QList<std::pair<QString, QString>>& env = {}) const;
    Result runWs(const QString& command, const QStringList& args,
                 const QList<std::pair<QString, QString>>& env = {}) const;
    QByteArray decrypt(const QString& path) const; // as the addressee
    int auditCount() const;
    QList<HandoverRecord> handovers() const;
    QString lastExportAudit() const;

    AgentStopper m_agents;
    std::unique_ptr<QTemporaryDir> m_officer, m_addressees; // GnuPG homes (short paths under /tmp)
    QByteArray m_officerKey, m_counselKey, m_expiredKey, m_revokedKey, m_teamKey1, m_teamKey2;
    QByteArray m_auditorKey;
    QString m_auditorFile;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws, m_out;
};

void TestHandoverCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    // gpg-agent's socket path has a limit of about 107 bytes: the homes stay short, under /tmp.
    m_officer = std::make_unique<QTemporaryDir>(u"/tmp/bdgo-XXXXXX"_s);
    m_addressees = std::make_unique<QTemporaryDir>(u"/tmp/bdga-XXXXXX"_s);
    QVERIFY(m_officer->isValid() && m_addressees->isValid());
    m_agents.homes = {m_officer->path(), m_addressees->path()};
    const QString officer = m_officer->path(), addressees = m_addressees->path();

    m_officerKey = makeKey(officer, u"Privacy Officer"_s, u"officer@example.jp"_s);
    m_counselKey = makeKey(addressees, u"Counsel One"_s, u"counsel@example.jp"_s);
    m_auditorKey = makeKey(addressees, u"Auditor Two"_s, u"auditor@example.jp"_s);
    m_expiredKey = makeKey(officer, u"Old Key"_s, u"old@example.jp"_s, u"1d"_s, u"20200101T000000"_s);
    m_revokedKey = makeKey(officer, u"Revoked Key"_s, u"revoked@example.jp"_s);
    m_teamKey1 = makeKey(officer, u"Team A"_s, u"team@example.jp"_s);
    m_teamKey2 = makeKey(officer, u"Team B"_s, u"team@example.jp"_s);
    for (const QByteArray& k :
         {m_officerKey, m_counselKey, m_auditorKey, m_expiredKey, m_revokedKey, m_teamKey1, m_teamKey2})
        QVERIFY(k.size() == 40);

    // The counsel's public key in the officer's keyring; the auditor's only as a file.
    const Gpg counsel = gpg(addressees, {u"--armor"_s, u"--export"_s, QString::fromLatin1(m_counselKey)});
    QVERIFY(gpg(officer, {u"--import"_s}, counsel.out).exitCode == 0);
    m_auditorFile = m_addressees->filePath(u"auditor.asc"_s);
    QVERIFY(gpg(addressees, {u"--armor"_s, u"--output"_s, m_auditorFile, u"--export"_s,
                             QString::fromLatin1(m_auditorKey)})
                .exitCode == 0);
    // Revoked with the certificate gpg made with the key.
    QByteArray revocation =
        readAll(officer + u"/openpgp-revocs.d/"_s + QString::fromLatin1(m_revokedKey) + u".rev"_s);
    revocation.replace(":-----BEGIN", "-----BEGIN");
    QVERIFY(gpg(officer, {u"--import"_s}, revocation).exitCode == 0);
    // A gpg.conf that adds the officer to every message: --encrypt-to must not.
    QFile conf(officer + u"/gpg.conf"_s);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("encrypt-to " + m_officerKey + "\n");
}

void TestHandoverCli::cleanupTestCase()
{
    // m_agents stops the agents also when a test failed; here they are stopped as soon as the tests end.
    for (const QString& home : m_agents.homes)
        QProcess::execute(u"gpgconf"_s, {u"--homedir"_s, home, u"--kill"_s, u"all"_s});
}

void TestHandoverCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/bdh-XXXXXX"_s);
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(u"workspace.breachdesk"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"out"_s)));
    m_out = m_dir->filePath(u"out"_s);
    VERIFY_EXIT(runWs(u"import-incident"_s, {u"--create"_s, kDemo}), 0);
    {
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT incident_id, id FROM data_set WHERE holder = 'consignor'"_s));
        RecipientGroup group;
        while (q.next()) {
            group.incidentId = q.value(0).toLongLong();
            group.dataSetIds << q.value(1).toLongLong();
        }
        QCOMPARE(group.dataSetIds.size(), 2);
        group.key = kGroup;
        group.labelJa = u"受託データの本人"_s;
        group.labelEn = u"Records held for consignors"_s;
        QVERIFY2(RecipientRepository(db).addGroup(group, &error), qPrintable(error.text()));
    }
    QFile csv(m_dir->filePath(u"customers.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(kCustomers) == kCustomers.size());
    csv.close();
    VERIFY_EXIT(
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup, csv.fileName()}), 0);
}

Result TestHandoverCli::run(const QStringList& args, const QList<std::pair<QString, QString>>& env) const
{
    QList<std::pair<QString, QString>> all{{u"GNUPGHOME"_s, m_officer->path()}};
    all += env;
    return test::runBreachdesk(m_dir->path(), args, all, 120000);
}

Result TestHandoverCli::runWs(const QString& command, const QStringList& args,
                              const QList<std::pair<QString, QString>>& env) const
{
    return run(QStringList{command, u"--workspace"_s, m_ws} + args, env);
}

QByteArray TestHandoverCli::decrypt(const QString& path) const
{
    const Gpg plain = gpg(m_addressees->path(), {u"--decrypt"_s, path});
    return plain.exitCode == 0 ? plain.out : QByteArray();
}

int TestHandoverCli::auditCount() const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next() ? q.value(0).toInt() : -1;
}

QList<HandoverRecord> TestHandoverCli::handovers() const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id FROM incident WHERE code = '%1'"_s.arg(kIncident)) || !q.next())
        return {};
    return HandoverRepository(db).list(q.value(0).toLongLong(), &error);
}

QString TestHandoverCli::lastExportAudit() const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return {};
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT field || ': ' || after_value FROM audit_log WHERE entity = 'export' "
                  u"ORDER BY id DESC LIMIT 1"_s) &&
                   q.next()
               ? q.value(0).toString()
               : QString();
}

void TestHandoverCli::archive_decryptsForTheAddresseeOnly()
{
    const QString out = m_out + u"/record.zip.gpg"_s;
    const Result r = runWs(u"export-archive"_s,
                           {u"--incident"_s, kIncident, u"--encrypt-to"_s, u"counsel@example.jp"_s, out});
    VERIFY_EXIT(r, 0);
    // The full fingerprint and user id of the key used, for the officer to check.
    QString grouped;
    for (int i = 0; i < 40; i += 4)
        grouped += QString::fromLatin1(m_counselKey.mid(i, 4)) + (i < 36 ? u" "_s : QString());
    QVERIFY2(r.out.contains(grouped) && r.out.contains(u"Counsel One <counsel@example.jp>"_s),
             qPrintable(r.out));

    const QByteArray encrypted = readAll(out);
    QVERIFY(!encrypted.isEmpty());
    QVERIFY2(!encrypted.startsWith("PK") && !encrypted.contains("manifest.json"), "the zip is not encrypted");
    // Nothing else in the output folder: no plain zip left beside the encrypted one.
    QCOMPARE(filesUnder(m_out), QStringList{out});

    // The addressee reads a complete archive; the officer, whom gpg.conf names in encrypt-to, cannot.
    const QByteArray zip = decrypt(out);
    QVERIFY2(zip.startsWith("PK\x03\x04"), "not decrypted to a zip");
    QVERIFY(gpg(m_officer->path(), {u"--decrypt"_s, out}).exitCode != 0);
    const QString plainCopy = m_dir->filePath(u"decrypted.zip"_s);
    QFile f(plainCopy);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(zip) == zip.size());
    f.close();
    const Result verified = run({u"verify-archive"_s, plainCopy});
    VERIFY_EXIT(verified, 0);

    // The audit entry: the key's fingerprint and the SHA-256 of the encrypted file as written.
    const QString audit = lastExportAudit();
    QVERIFY2(audit.startsWith(u"archive: "_s) &&
                 audit.contains(u"encrypted for openpgp:"_s + QString::fromLatin1(m_counselKey)) &&
                 audit.contains(u"sha256:"_s + QString::fromLatin1(sha256Of(encrypted))),
             qPrintable(audit));
}

void TestHandoverCli::archive_armouredToStandardOutput()
{
    QProcess p;
    test::prepareBreachdesk(p, m_dir->path(), {{u"GNUPGHOME"_s, m_officer->path()}});
    p.setArguments({u"export-archive"_s, u"--workspace"_s, m_ws, u"--incident"_s, kIncident,
                    u"--encrypt-to"_s, QString::fromLatin1(m_counselKey), u"--armor"_s, u"-"_s});
    p.start();
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray armoured = p.readAllStandardOutput();
    const QString report = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(armoured.startsWith("-----BEGIN PGP MESSAGE-----"), armoured.left(100).constData());
    QVERIFY2(report.contains(u"Counsel One"_s), qPrintable(report)); // the report is on standard error
    const Gpg plain = gpg(m_addressees->path(), {u"--decrypt"_s}, armoured);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.startsWith("PK\x03\x04"));
    QCOMPARE(filesUnder(m_out), QStringList());

    VERIFY_EXIT(runWs(u"export-archive"_s, {u"--incident"_s, kIncident, u"--armor"_s, m_out + u"/a.zip"_s}),
                1);
}

void TestHandoverCli::wholeGroup_csvRoundTripsByteForByte()
{
    const QString plain = m_dir->filePath(u"plain.csv"_s), out = m_out + u"/customers.csv.gpg"_s;
    VERIFY_EXIT(runWs(u"export-recipients"_s,
                      {u"--incident"_s, kIncident, u"--group"_s, kGroup, u"--format"_s, u"csv"_s, plain}),
                0);
    const Result r =
        runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup, u"--format"_s,
                                       u"csv"_s, u"--encrypt-to"_s, u"counsel@example.jp"_s, out});
    VERIFY_EXIT(r, 0);
    const QByteArray expected = readAll(plain);
    QVERIFY(expected.contains("青葉一郎") && expected.contains("潮騒花子"));
    QCOMPARE(decrypt(out), expected);
    QVERIFY(!readAll(out).contains("青葉一郎"));
    QCOMPARE(filesUnder(m_out), QStringList{out});
    QVERIFY2(lastExportAudit().contains(u"encrypted for openpgp:"_s + QString::fromLatin1(m_counselKey)),
             qPrintable(lastExportAudit()));
    QVERIFY(handovers().isEmpty()); // a whole group is no consignor's hand-over
}

void TestHandoverCli::keyFile_usedWithoutChangingTheKeyring()
{
    // The temporary keyring goes under TMPDIR: afterwards nothing of it is left there.
    const QString tmp = m_dir->filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(tmp));
    const QString out = m_out + u"/record.zip.gpg"_s;
    const Result r =
        runWs(u"export-archive"_s, {u"--incident"_s, kIncident, u"--encrypt-to"_s, m_auditorFile, out},
              {{u"TMPDIR"_s, tmp}});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(QString::fromLatin1(m_auditorKey.right(4))) && r.out.contains(u"Auditor Two"_s),
             qPrintable(r.out));
    QVERIFY(decrypt(out).startsWith("PK\x03\x04"));
    // The officer's keyring still does not know the auditor's key, and the temporary one is gone.
    QVERIFY(gpg(m_officer->path(), {u"--list-keys"_s, QString::fromLatin1(m_auditorKey)}).exitCode != 0);
    // (Qt may leave an empty runtime-root folder there when XDG_RUNTIME_DIR is not set.)
    const QStringList left =
        filesUnder(tmp) +
        QDir(tmp).entryList({u"bd-gpg-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    QVERIFY(lastExportAudit().contains(QString::fromLatin1(m_auditorKey)));
}

void TestHandoverCli::badKey_refusedWithNothingWritten_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // in the error, besides the key
    QTest::newRow("unknown e-mail") << u"nobody@example.jp"_s << u"No OpenPGP key"_s;
    QTest::newRow("unknown fingerprint")
        << u"0123456789ABCDEF0123456789ABCDEF01234567"_s << u"No OpenPGP key"_s;
    // counsel@example.jp must not match inside another address
    QTest::newRow("part of an address") << u"sel@example.jp"_s << u"No OpenPGP key"_s;
    QTest::newRow("ambiguous") << u"team@example.jp"_s << u"give the full fingerprint"_s;
    QTest::newRow("expired") << u"old@example.jp"_s << u"expired"_s;
    QTest::newRow("revoked") << u"revoked@example.jp"_s << u"revoked"_s;
    QTest::newRow("not a key") << u"Counsel One"_s << u"is not a key"_s;
    QTest::newRow("missing key file") << u"./nowhere/counsel.asc"_s << u"does not exist"_s;
}

void TestHandoverCli::badKey_refusedWithNothingWritten()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const int audits = auditCount();
    for (const QStringList& command : {QStringList{u"export-archive"_s, u"--incident"_s, kIncident},
                                       QStringList{u"export-recipients"_s, u"--incident"_s, kIncident,
                                                   u"--group"_s, kGroup, u"--consignor"_s, kAoba}}) {
        const Result r = runWs(command.first(),
                               command.mid(1) + QStringList{u"--encrypt-to"_s, key, m_out + u"/file.gpg"_s});
        VERIFY_EXIT(r, 2);
        QVERIFY2(r.err.contains(key) && r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(filesUnder(m_out), QStringList());
    }
    if (key == u"team@example.jp"_s) // both candidates are named, by their full fingerprints
        QVERIFY(
            runWs(u"export-archive"_s, {u"--incident"_s, kIncident, u"--encrypt-to"_s, key, m_out + u"/f"_s})
                .err.contains(QString::fromLatin1(m_teamKey1)));
    QCOMPARE(auditCount(), audits);
    QVERIFY(handovers().isEmpty());
}

void TestHandoverCli::consignor_onlyItsRowsAndARegisterEntry()
{
    const QString out = m_out + u"/aoba.csv.gpg"_s;
    const Result r =
        runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup, u"--consignor"_s,
                                       u"あおば損害保険株式会社"_s, u"--format"_s, u"csv"_s,
                                       u"--encrypt-to"_s, u"counsel@example.jp"_s, out});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(u"belonging to あおば損害保険株式会社"_s) && r.out.contains(u"1 recipient"_s),
             qPrintable(r.out)); // the one naming no consignor is reported as left out
    const QString csv = QString::fromUtf8(decrypt(out));
    for (const QString& name : {u"青葉一郎"_s, u"青葉二郎"_s, u"青葉三郎"_s})
        QVERIFY2(csv.contains(name), qPrintable(csv));
    for (const QString& other : {u"潮騒"_s, u"しおさい"_s, u"無所属"_s})
        QVERIFY2(!csv.contains(other), qPrintable(csv));
    QCOMPARE(csv.count(u"\r\n"_s), 4); // the header and three rows

    const QList<HandoverRecord> register_ = handovers();
    QCOMPARE(register_.size(), 1);
    QCOMPARE(register_[0].consignor, kAoba);
    QCOMPARE(register_[0].groupKey, kGroup);
    QCOMPARE(register_[0].format, u"csv"_s);
    QCOMPARE(register_[0].keyFingerprint, m_counselKey);
    QCOMPARE(register_[0].rows, qint64(3));
    QCOMPARE(register_[0].sha256, sha256Of(readAll(out)));
    QVERIFY(lastExportAudit().contains(u"consignor あおば損害保険株式会社"_s));

    // The archive's filing register lists the hand-over.
    const QString archive = m_dir->filePath(u"record.zip"_s);
    VERIFY_EXIT(runWs(u"export-archive"_s, {u"--incident"_s, kIncident, archive}), 0);
    QuaZip zip(archive);
    QVERIFY(zip.open(QuaZip::mdUnzip) && zip.setCurrentFile(u"register.json"_s));
    QuaZipFile entry(&zip);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(entry.readAll()).array();
    QJsonObject handover;
    for (const QJsonValue& row : rows)
        if (row.toObject().contains(u"handover"_s))
            handover = row.toObject().value(u"handover"_s).toObject();
    QCOMPARE(handover.value(u"consignor"_s).toString(), kAoba);
    QCOMPARE(handover.value(u"key_fingerprint"_s).toString(), QString::fromLatin1(m_counselKey));
    QCOMPARE(handover.value(u"rows"_s).toInt(), 3);
    QCOMPARE(handover.value(u"sha256"_s).toString(), QString::fromLatin1(sha256Of(readAll(out))));
}

void TestHandoverCli::consignor_xlsxMadeInMemoryOnly()
{
    // TMPDIR is a file: a workbook made in a temporary folder first could not be written at all. No --format:
    // OUT.xlsx.gpg is a workbook.
    const QString tmp = m_dir->filePath(u"not-a-folder"_s);
    QFile blocker(tmp);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString out = m_out + u"/shiosai.xlsx.gpg"_s;
    const Result r =
        runWs(u"export-recipients"_s,
              {u"--incident"_s, kIncident, u"--group"_s, kGroup, u"--consignor"_s,
               u"しおさい損害保険株式会社"_s, u"--encrypt-to"_s, QString::fromLatin1(m_counselKey), out},
              {{u"TMPDIR"_s, tmp}});
    VERIFY_EXIT(r, 0);
    QCOMPARE(filesUnder(m_out), QStringList{out});
    const QString workbook = m_dir->filePath(u"decrypted.xlsx"_s);
    QFile f(workbook);
    const QByteArray bytes = decrypt(out);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    SourceFile file;
    QVERIFY2(file.open(workbook), qPrintable(file.errorString()));
    QStringList names;
    SourceRecord record;
    while (file.source()->readNext(&record))
        names << record.cells.value(0);
    QCOMPARE(names, (QStringList{u"氏名"_s, u"潮騒花子"_s, u"潮騒太郎"_s}));
}

void TestHandoverCli::consignor_unknownNameListsTheKnownOnes()
{
    const Result r =
        runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup, u"--consignor"_s,
                                       u"みどり生命保険株式会社"_s, u"--encrypt-to"_s,
                                       u"counsel@example.jp"_s, m_out + u"/x.csv.gpg"_s});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(u"みどり生命保険株式会社"_s) && r.err.contains(kAoba) &&
                 r.err.contains(u"しおさい損害保険株式会社"_s),
             qPrintable(r.err));
    QCOMPARE(filesUnder(m_out), QStringList());
    QVERIFY(handovers().isEmpty());
}

void TestHandoverCli::consignor_withoutEncryption_isAUsageError()
{
    const Result r = runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup,
                                                    u"--consignor"_s, kAoba, m_out + u"/aoba.csv"_s});
    VERIFY_EXIT(r, 1);
    QVERIFY2(r.err.contains(u"--encrypt-to"_s), qPrintable(r.err));
    QCOMPARE(filesUnder(m_out), QStringList());
}

QTEST_GUILESS_MAIN(TestHandoverCli)
#include "tst_handovercli.moc"
