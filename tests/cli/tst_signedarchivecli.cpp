// Signed archives through the real `breachdesk` executable and real libsodium, each user's key in a
// temporary BREACHDESK_KEY_DIR: a genuine archive verifies and names its signer; one forged the way a forger
// would (a file changed, its hash in the manifest recomputed, zipped again) or stripped of its signature, or
// given another archive's signature, does not; --key checks who signed; the key file is made private, a
// key file open to others or damaged is refused and never replaced; unsafe entries that the (intact, signed)
// manifest does not list are still refused.
#include "clitestsupport.h"
#include "hostilezip.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString code = u"INC-2024-003"_s;

// The entries of a zip in their order, read with QuaZip (the tests' own archives, nothing hostile).
QList<test::ZipPart> readZip(const QString& path)
{
    QList<test::ZipPart> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        parts.append({zip.getCurrentFileName(), file.readAll()});
    }
    return parts;
}

QByteArray entry(const QList<test::ZipPart>& parts, const QString& name)
{
    for (const test::ZipPart& p : parts) {
        if (p.name == name)
            return p.data;
    }
    return {};
}

void replace(QList<test::ZipPart>& parts, const QString& name, const QByteArray& data)
{
    for (test::ZipPart& p : parts) {
        if (p.name == name)
            p.data = data;
    }
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int mode(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString fingerprintIn(const QString& text)
{
    static const QRegularExpression pattern(u"ed25519:[A-Z2-7]{4}(-[A-Z2-7]{4}){12}"_s);
    return pattern.match(text).captured();
}

} // namespace

class TestSignedArchiveCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keyIsMadePrivateOnFirstNeed();
    void genuineArchive_verifiesAndNamesItsSigner();
    void forgedArchive_failsOnItsSignature();
    void archiveWithoutSignature_fails();
    void signatureFromAnotherArchive_fails();
    void keyOption_checksWhoSigned();
    void programsStartingAtOnce_shareOneKey();
    void keyFileOpenToOthers_isRefused();
    void keyFileThroughLink_isRefused();
    void damagedKeyFile_isAnError_neverReplaced();
    void keyFolderInsideWorkspaceFolder_isRefused();
    void unlistedUnsafeEntries_areRefused_data();
    void unlistedUnsafeEntries_areRefused();

private:
    Result run(const QStringList& args, const QString& keyFolder = {}) const;
    Result runWs(const QStringList& args, const QString& keyFolder = {}) const;
    QString exportArchive(const QString& name, const QString& keyFolder = {});
    QString keyFile() const { return m_keys + u"/signing-key.json"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;  // the workspace and the archives
    std::unique_ptr<QTemporaryDir> m_home; // the users' key folders, apart from the workspace
    QString m_ws;
    QString m_keys;  // the officer's key folder (not made yet)
    QString m_other; // another user's key folder
};

void TestSignedArchiveCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_home->isValid());
    m_ws = m_dir->filePath(u"workspace.breachdesk"_s);
    m_keys = m_home->filePath(u"officer/keys"_s);
    m_other = m_home->filePath(u"forger/keys"_s);
    const Result imported = runWs({u"import-incident"_s, u"--create"_s, demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

Result TestSignedArchiveCli::run(const QStringList& args, const QString& keyFolder) const
{
    return test::runBreachdesk(m_dir->path(), args,
                               {{u"BREACHDESK_KEY_DIR"_s, keyFolder.isEmpty() ? m_keys : keyFolder}}, 60000);
}

Result TestSignedArchiveCli::runWs(const QStringList& args, const QString& keyFolder) const
{
    return run(QStringList{args.value(0), u"--workspace"_s, m_ws} + args.mid(1), keyFolder);
}

QString TestSignedArchiveCli::exportArchive(const QString& name, const QString& keyFolder)
{
    const QString zip = m_dir->filePath(name);
    const Result written = runWs({u"export-archive"_s, u"--incident"_s, code, zip}, keyFolder);
    return written.exitCode == 0 ? zip : QString();
}

// The key is made with the first need, 0600 in a 0700 folder, outside the workspace's folder, and then kept:
// the same fingerprint every time.
void TestSignedArchiveCli::keyIsMadePrivateOnFirstNeed()
{
    QVERIFY(!QFileInfo::exists(m_keys));
    const Result shown = run({u"key"_s, u"--show"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QString fingerprint = shown.out.trimmed();
    QCOMPARE(fingerprintIn(fingerprint), fingerprint);
    QVERIFY2(shown.err.contains(u"A new signing key was made"_s), qPrintable(shown.err));
    QCOMPARE(mode(keyFile()), 0600);
    QCOMPARE(mode(m_keys), 0700);
    QCOMPARE(mode(QFileInfo(m_keys).absolutePath()), 0700); // the missing parent too
    QCOMPARE(QDir(m_keys).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"signing-key.json"_s}); // no temporary file left

    const QByteArray key = [this] {
        QFile f(keyFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Result again = run({u"key"_s, u"--show"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(), fingerprint);
    QVERIFY(again.err.isEmpty());
    QFile f(keyFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), key);

    // An export also makes a key when there is none.
    const QString other = exportArchive(u"record.zip"_s, m_other);
    QVERIFY(!other.isEmpty());
    QCOMPARE(mode(m_other + u"/signing-key.json"_s), 0600);
}

void TestSignedArchiveCli::genuineArchive_verifiesAndNamesItsSigner()
{
    const QString zip = m_dir->filePath(u"record.zip"_s);
    const Result written = runWs({u"export-archive"_s, u"--incident"_s, code, zip});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const Result shown = run({u"key"_s, u"--show"_s});
    const QString fingerprint = shown.out.trimmed();
    QVERIFY2(written.out.contains(u"signed by "_s + fingerprint), qPrintable(written.out));

    const Result verified = run({u"verify-archive"_s, zip}, m_other); // the reader has a key of their own
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY2(verified.out.contains(u"is intact"_s), qPrintable(verified.out));
    QVERIFY2(verified.out.contains(u"Signed by "_s + fingerprint), qPrintable(verified.out));
    QVERIFY2(verified.out.contains(u"Compare"_s), qPrintable(verified.out));

    // The manifest names its signer, and the signature is an entry of its own.
    const QList<test::ZipPart> parts = readZip(zip);
    const QJsonObject manifest = QJsonDocument::fromJson(entry(parts, u"manifest.json"_s)).object();
    QCOMPARE(manifest.value(u"signer"_s).toString(), fingerprint);
    const QJsonObject signature = QJsonDocument::fromJson(entry(parts, u"manifest.sig"_s)).object();
    QCOMPARE(signature.value(u"fingerprint"_s).toString(), fingerprint);
    QCOMPARE(signature.value(u"algorithm"_s).toString(), u"ed25519"_s);

    // The workspace's audit trail records who signed the export.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(m_ws);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT after_value FROM audit_log WHERE entity = 'archive' ORDER BY id DESC"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(u"signed by "_s + fingerprint),
                 qPrintable(q.value(0).toString()));
    }
    QSqlDatabase::removeDatabase(u"audit"_s);
}

// What a forger does: change a file, recompute its hash and size in the manifest, zip it all again with the
// old signature. The manifest's hashes match; its signature does not.
void TestSignedArchiveCli::forgedArchive_failsOnItsSignature()
{
    const QString zip = exportArchive(u"record.zip"_s);
    QVERIFY(!zip.isEmpty());
    QList<test::ZipPart> parts = readZip(zip);
    QByteArray incident = entry(parts, u"incident.json"_s);
    QVERIFY(incident.contains("a possible leak"));
    incident.replace("a possible leak", "no leak");
    replace(parts, u"incident.json"_s, incident);
    QJsonObject manifest = QJsonDocument::fromJson(entry(parts, u"manifest.json"_s)).object();
    QJsonArray files = manifest.value(u"files"_s).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(u"path"_s).toString() == u"incident.json"_s) {
            f.insert(u"sha256"_s, sha256(incident));
            f.insert(u"size"_s, qint64(incident.size()));
            files.replace(i, f);
        }
    }
    manifest.insert(u"files"_s, files);
    replace(parts, u"manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    const QString forged = m_dir->filePath(u"forged.zip"_s);
    QVERIFY(test::writeZip(forged, parts));

    const Result verified = run({u"verify-archive"_s, forged});
    QCOMPARE(verified.exitCode, 2);
    // Every file matches the recomputed manifest: the signature alone tells.
    QVERIFY2(verified.err.startsWith(forged +
                                     u" cannot be trusted:\n  The signature in manifest.sig does not "
                                     "match manifest.json"_s),
             qPrintable(verified.err));
    QVERIFY2(!verified.out.contains(u"intact"_s), qPrintable(verified.out));
}

void TestSignedArchiveCli::archiveWithoutSignature_fails()
{
    const QString zip = exportArchive(u"record.zip"_s);
    QVERIFY(!zip.isEmpty());
    QList<test::ZipPart> parts = readZip(zip);
    parts.removeIf([](const test::ZipPart& p) { return p.name == u"manifest.sig"_s; });
    const QString stripped = m_dir->filePath(u"unsigned.zip"_s);
    QVERIFY(test::writeZip(stripped, parts));
    const Result verified = run({u"verify-archive"_s, stripped});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.err.contains(u"The archive is not signed"_s), qPrintable(verified.err));
}

// Two genuine archives of the same incident, made a second apart (their manifests differ in created_at):
// the signature of one does not fit the other.
void TestSignedArchiveCli::signatureFromAnotherArchive_fails()
{
    const QString first = exportArchive(u"first.zip"_s);
    QTest::qWait(1100);
    const QString second = exportArchive(u"second.zip"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QList<test::ZipPart> parts = readZip(first);
    const QByteArray otherSignature = entry(readZip(second), u"manifest.sig"_s);
    QVERIFY(entry(parts, u"manifest.sig"_s) != otherSignature);
    replace(parts, u"manifest.sig"_s, otherSignature);
    const QString swapped = m_dir->filePath(u"swapped.zip"_s);
    QVERIFY(test::writeZip(swapped, parts));
    QCOMPARE(run({u"verify-archive"_s, first}).exitCode, 0);
    const Result verified = run({u"verify-archive"_s, swapped});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.err.contains(u"The signature in manifest.sig does not match manifest.json"_s),
             qPrintable(verified.err));
}

// --key with the fingerprint counsel was given, or the exported public key file; an archive signed by
// someone else (a forger's own key) is exit 2 naming both fingerprints.
void TestSignedArchiveCli::keyOption_checksWhoSigned()
{
    const QString zip = exportArchive(u"record.zip"_s);
    const QString forged = exportArchive(u"forged.zip"_s, m_other); // a valid signature, by another key
    QVERIFY(!zip.isEmpty() && !forged.isEmpty());
    const QString officer = run({u"key"_s, u"--show"_s}).out.trimmed();
    const QString forger = run({u"key"_s, u"--show"_s}, m_other).out.trimmed();
    QVERIFY(!officer.isEmpty() && !forger.isEmpty() && officer != forger);

    const Result right = run({u"verify-archive"_s, u"--key"_s, officer, zip});
    QVERIFY2(right.exitCode == 0, qPrintable(right.err));
    QVERIFY2(right.out.contains(officer), qPrintable(right.out));
    // Read aloud and typed back: lower case, spaces, no prefix.
    QString typed = officer.mid(8).toLower();
    typed.replace(u'-', u' ');
    QCOMPARE(run({u"verify-archive"_s, u"--key"_s, typed, zip}).exitCode, 0);

    // Without --key the forged archive verifies, and names the forger: the reader must compare.
    const Result unchecked = run({u"verify-archive"_s, forged});
    QCOMPARE(unchecked.exitCode, 0);
    QVERIFY2(unchecked.out.contains(u"Signed by "_s + forger), qPrintable(unchecked.out));
    const Result wrong = run({u"verify-archive"_s, u"--key"_s, officer, forged});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(forger) && wrong.err.contains(officer), qPrintable(wrong.err));

    // The public key file, as counsel would receive it.
    const QString publicKey = m_dir->filePath(u"officer.pub"_s);
    const Result exported = run({u"key"_s, u"--export-public"_s, publicKey});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(run({u"verify-archive"_s, u"--key"_s, publicKey, zip}).exitCode, 0);
    const Result wrongFile = run({u"verify-archive"_s, u"--key"_s, publicKey, forged});
    QCOMPARE(wrongFile.exitCode, 2);
    QVERIFY2(wrongFile.err.contains(forger) && wrongFile.err.contains(officer), qPrintable(wrongFile.err));
    // On standard output: the same file.
    const Result stdoutKey = run({u"key"_s, u"--export-public"_s, u"-"_s});
    QCOMPARE(stdoutKey.exitCode, 0);
    QFile file(publicKey);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(stdoutKey.out.toUtf8(), file.readAll());

    // A fingerprint with a letter changed, and something that is neither a fingerprint nor a file.
    QString changed = officer;
    changed[10] = changed[10] == u'A' ? u'B' : u'A';
    const Result typo = run({u"verify-archive"_s, u"--key"_s, changed, zip});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains(officer) && typo.err.contains(changed), qPrintable(typo.err));
    const Result nonsense = run({u"verify-archive"_s, u"--key"_s, u"not-a-key"_s, zip});
    QCOMPARE(nonsense.exitCode, 2);
    QVERIFY2(nonsense.err.contains(u"not-a-key"_s), qPrintable(nonsense.err));
}

// Several programs needing the key at once (the window and commands in a terminal) make one key between
// them: each would otherwise make its own, and the last renamed into place would replace the others.
void TestSignedArchiveCli::programsStartingAtOnce_shareOneKey()
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 6; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        test::startBreachdesk(*processes.back(), m_dir->path(), {u"key"_s, u"--show"_s},
                              {{u"BREACHDESK_KEY_DIR"_s, m_keys}});
    }
    QSet<QString> fingerprints;
    int made = 0;
    for (const auto& p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        fingerprints.insert(QString::fromUtf8(p->readAllStandardOutput()).trimmed());
        made += QString::fromUtf8(p->readAllStandardError()).contains(u"A new signing key was made"_s);
    }
    QCOMPARE(fingerprints.size(), 1);
    QCOMPARE(made, 1);
    QCOMPARE(run({u"key"_s, u"--show"_s}).out.trimmed(), *fingerprints.cbegin());
    QCOMPARE(QDir(m_keys).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"signing-key.json"_s});
}

// Other users could read the secret key: refused with what to run, and nothing exported.
void TestSignedArchiveCli::keyFileOpenToOthers_isRefused()
{
    QCOMPARE(run({u"key"_s, u"--show"_s}).exitCode, 0);
    QVERIFY(QFile::setPermissions(keyFile(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                 QFile::ReadOther)); // 0644
    const QString zip = m_dir->filePath(u"record.zip"_s);
    const Result written = runWs({u"export-archive"_s, u"--incident"_s, code, zip});
    QCOMPARE(written.exitCode, 2);
    QVERIFY2(written.err.contains(u"permissions 0644"_s) && written.err.contains(u"chmod 600 "_s + keyFile()),
             qPrintable(written.err));
    QVERIFY(!QFileInfo::exists(zip));
    const Result shown = run({u"key"_s, u"--show"_s});
    QCOMPARE(shown.exitCode, 2);
    QVERIFY2(shown.err.contains(u"chmod 600"_s), qPrintable(shown.err));
    QCOMPARE(mode(keyFile()), 0644); // left as it was

    QVERIFY(QFile::setPermissions(keyFile(), QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(runWs({u"export-archive"_s, u"--incident"_s, code, zip}).exitCode, 0);

    // A key folder that others can write (they could put their key in it) is refused too.
    QVERIFY(QFile::setPermissions(m_keys, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::WriteGroup | QFile::ExeGroup | QFile::ReadGroup));
    const Result folder = run({u"key"_s, u"--show"_s});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains(u"chmod 700"_s), qPrintable(folder.err));
}

// A link in the key folder could lead to someone else's key (or into the workspace's folder): refused.
void TestSignedArchiveCli::keyFileThroughLink_isRefused()
{
    QCOMPARE(run({u"key"_s, u"--show"_s}, m_other).exitCode, 0);
    QVERIFY(QDir().mkpath(m_keys));
    QVERIFY(QFile::link(m_other + u"/signing-key.json"_s, keyFile()));
    const Result shown = run({u"key"_s, u"--show"_s});
    QCOMPARE(shown.exitCode, 2);
    QVERIFY2(shown.err.contains(u"is a symbolic link: refused"_s), qPrintable(shown.err));
    QVERIFY(QFileInfo(keyFile()).isSymLink()); // left as it was
}

// A damaged key is an error naming the file; it is left as it was, and no new key takes its place.
void TestSignedArchiveCli::damagedKeyFile_isAnError_neverReplaced()
{
    QCOMPARE(run({u"key"_s, u"--show"_s}).exitCode, 0);
    QFile f(keyFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    const QJsonObject key = QJsonDocument::fromJson(original).object();
    // One changed letter in the public half; a file cut short; an empty file.
    QByteArray publicHalf = key.value(u"public_key"_s).toString().toLatin1();
    publicHalf[3] = publicHalf[3] == 'A' ? 'B' : 'A';
    QByteArray changedPublic = original;
    changedPublic.replace(key.value(u"public_key"_s).toString().toLatin1(), publicHalf);
    for (const QByteArray& damaged : {changedPublic, original.left(original.size() / 2), QByteArray()}) {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(damaged), damaged.size());
        f.close();
        const QString zip = m_dir->filePath(u"record.zip"_s);
        const Result written = runWs({u"export-archive"_s, u"--incident"_s, code, zip});
        QCOMPARE(written.exitCode, 2);
        QVERIFY2(written.err.contains(u"The signing key "_s + keyFile() + u" is damaged"_s),
                 qPrintable(written.err));
        QVERIFY(!QFileInfo::exists(zip));
        QCOMPARE(run({u"key"_s, u"--show"_s}).exitCode, 2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
        f.close();
    }
}

// BREACHDESK_KEY_DIR inside the workspace's folder: the key would travel with a copy of the workspace.
void TestSignedArchiveCli::keyFolderInsideWorkspaceFolder_isRefused()
{
    const QString inside = m_dir->filePath(u"keys"_s);
    const QString zip = m_dir->filePath(u"record.zip"_s);
    const Result written = runWs({u"export-archive"_s, u"--incident"_s, code, zip}, inside);
    QCOMPARE(written.exitCode, 2);
    QVERIFY2(written.err.contains(u"inside the folder of the workspace"_s), qPrintable(written.err));
    QVERIFY(!QFileInfo::exists(inside));
    QVERIFY(!QFileInfo::exists(zip));
    const Result shown = run({u"key"_s, u"--workspace"_s, m_ws, u"--show"_s}, inside);
    QCOMPARE(shown.exitCode, 2);
    QVERIFY(!QFileInfo::exists(inside));
}

void TestSignedArchiveCli::unlistedUnsafeEntries_areRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("attributes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("duplicate") << u"notes.txt"_s << 0u
                               << u"notes.txt appears more than once in the archive"_s;
    QTest::newRow("duplicate signature")
        << u"manifest.sig"_s << 0u << u"manifest.sig appears more than once in the archive"_s;
    QTest::newRow("absolute") << u"/etc/cron.d/x"_s << 0u << u"/etc/cron.d/x is an absolute path"_s;
    QTest::newRow("parent") << u"documents/../../x.pdf"_s << 0u
                            << u"documents/../../x.pdf contains a .. component"_s;
    QTest::newRow("backslash") << u"documents\\x.pdf"_s << 0u << u"documents\\x.pdf contains a backslash"_s;
    QTest::newRow("symlink") << u"documents/link.pdf"_s << (0120777u << 16)
                             << u"documents/link.pdf is a symbolic link"_s;
}

// A genuine, signed archive with one entry added that its manifest does not list: the manifest and its
// signature are untouched, and the entry is refused all the same.
void TestSignedArchiveCli::unlistedUnsafeEntries_areRefused()
{
    QFETCH(QString, name);
    QFETCH(quint32, attributes);
    QFETCH(QString, problem);
    const QString zip = exportArchive(u"record.zip"_s);
    QVERIFY(!zip.isEmpty());
    QList<test::ZipPart> parts = readZip(zip);
    test::ZipPart added{name, "/etc/passwd"};
    added.externalAttributes = attributes;
    if (name == u"notes.txt"_s)
        parts.prepend(added);
    if (name == u"manifest.sig"_s)
        added.data = entry(parts, u"manifest.sig"_s);
    parts.append(added);
    const QString hostile = m_dir->filePath(u"hostile.zip"_s);
    QVERIFY(test::writeZip(hostile, parts));
    const Result verified = run({u"verify-archive"_s, hostile});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.err.contains(problem + u": refused."_s), qPrintable(verified.err));
}

QTEST_GUILESS_MAIN(TestSignedArchiveCli)
#include "tst_signedarchivecli.moc"
