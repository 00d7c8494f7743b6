// Verifying an archive that was made to hurt (app/core/safezip/manifestarchive.cpp through
// FilingArchive::verify): a broken deflate stream, a zip bomb of spaces, a header that lies about its size,
// duplicate names, unsafe paths and symbolic links, too many entries. Each ends quickly with a problem that
// names the entry, in little memory. The archives are made here (tests/support/hostilezip.h) and signed
// with a real key (libsodium) in a temporary folder, so that their only problems are the ones made on
// purpose; the signature checks themselves are at the end.
#include "filingarchive.h"
#include "signaturefile.h"
#include "signingkey.h"

#include "hostilezip.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kQuickMs = 20000;
constexpr qint64 kMaxPeakKiB = 300 * 1024;

qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The officer's key and a forger's, made in initTestCase().
const SigningKey* officer = nullptr;
const SigningKey* forger = nullptr;

// The manifest FilingArchive::write makes, for the given files (name → content hash), naming `signer`.
test::ZipPart manifest(const QList<std::pair<QString, QByteArray>>& files, const QString& signer)
{
    QJsonArray list;
    for (const auto& [name, hash] : files)
        list.append(QJsonObject{{u"path"_s, name}, {u"sha256"_s, QString::fromLatin1(hash)}});
    const QJsonObject m{{u"format"_s, QString::fromLatin1(FilingArchiveFormat)},
                        {u"version"_s, 1},
                        {u"signer"_s, signer},
                        {u"files"_s, list}};
    return {QString::fromLatin1(FilingArchiveManifest), QJsonDocument(m).toJson()};
}

test::ZipPart manifest(const QList<std::pair<QString, QByteArray>>& files)
{
    return manifest(files, officer->fingerprint());
}

// manifest.sig for the last manifest.json of `parts`, signed with `key`.
test::ZipPart signature(const QList<test::ZipPart>& parts, const SigningKey& key)
{
    QByteArray manifestBytes;
    for (const test::ZipPart& p : parts) {
        if (p.name == QString::fromLatin1(FilingArchiveManifest))
            manifestBytes = p.data;
    }
    return {QString::fromLatin1(FilingArchiveSignature),
            SignatureFile::make(key, manifestBytes, QString::fromLatin1(FilingArchiveManifest))};
}

// `parts` with the officer's signature of their manifest appended.
QList<test::ZipPart> signedParts(QList<test::ZipPart> parts)
{
    parts.append(signature(parts, *officer));
    return parts;
}

// A small archive of `files`, all listed in its manifest.
QList<test::ZipPart> archive(const QList<std::pair<QString, QByteArray>>& files)
{
    QList<std::pair<QString, QByteArray>> hashes;
    QList<test::ZipPart> parts;
    for (const auto& [name, content] : files) {
        hashes.append({name, sha256(content)});
        parts.append({name, content});
    }
    parts.append(manifest(hashes));
    return parts;
}

// Writes `parts` and the officer's signature of their manifest.
bool writeSigned(const QString& path, const QList<test::ZipPart>& parts)
{
    return test::writeZip(path, signedParts(parts));
}

QByteArray auditJson(int entries)
{
    QJsonArray audit;
    for (int i = 0; i < entries; ++i)
        audit.append(QJsonObject{{u"id"_s, i},
                                 {u"who"_s, u"officer"_s},
                                 {u"field"_s, u"summary"_s},
                                 {u"after"_s, u"漏えいの概要 %1"_s.arg(i)}});
    return QJsonDocument(audit).toJson(QJsonDocument::Indented);
}

} // namespace

class TstArchiveVerification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A regression must fail here, not take the machine's memory: 4 GiB of address space at most.
        const rlimit limit{rlim_t(4) << 30, rlim_t(4) << 30};
        QCOMPARE(setrlimit(RLIMIT_AS, &limit), 0);
        QVERIFY(m_keys.isValid());
        SigningKey::Loaded loaded = SigningKey::loadOrCreate({}, m_keys.filePath(u"officer"_s));
        QVERIFY2(loaded.key, qPrintable(loaded.error));
        m_officer = std::move(loaded.key);
        officer = &*m_officer;
        loaded = SigningKey::loadOrCreate({}, m_keys.filePath(u"forger"_s));
        QVERIFY2(loaded.key, qPrintable(loaded.error));
        m_forger = std::move(loaded.key);
        forger = &*m_forger;
    }

    void init() { QVERIFY(m_dir.isValid()); }

    void intactArchiveVerifies()
    {
        const QString path = m_dir.filePath(u"ok.zip"_s);
        QVERIFY(writeSigned(path, archive({{u"incident.json"_s, "{}"}, {u"audit.json"_s, auditJson(100)}})));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(u'\n')));
        QCOMPARE(v.files, 2);
        QCOMPARE(v.manifestSha256.size(), 64);
    }

    // A broken deflate stream is a problem naming the entry; the other entries are still checked.
    void corruptDeflate_isAProblem()
    {
        const QString path = m_dir.filePath(u"corrupt.zip"_s);
        QVERIFY(writeSigned(path, archive({{u"audit.json"_s, auditJson(5000)}, {u"incident.json"_s, "{}"}})));
        QVERIFY(test::corruptEntry(path, u"audit.json"_s, 0.0, 64));
        QElapsedTimer timer;
        timer.start();
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems, QStringList{u"audit.json is damaged (the compressed data is corrupt)."_s});
        QVERIFY(timer.elapsed() < kQuickMs);

        // In the middle of the stream zlib may decode garbage: then the CRC-32 or the hash tells.
        QVERIFY(writeSigned(path, archive({{u"audit.json"_s, auditJson(5000)}})));
        QVERIFY(test::corruptEntry(path, u"audit.json"_s, 0.5, 64));
        const FilingArchive::Verification middle = FilingArchive::verify(path);
        QVERIFY(!middle.ok);
        QCOMPARE(middle.problems.size(), 1);
        QVERIFY2(middle.problems.first().startsWith(u"audit.json "_s), qPrintable(middle.problems.first()));
    }

    // 5 GiB of spaces in a 5 MB zip, listed in the manifest or not: refused from the directory's sizes, in
    // seconds (it used to be read whole into memory).
    void spacesBomb_isRefused()
    {
        const QString path = m_dir.filePath(u"bomb.zip"_s);
        const test::Bomb bomb = test::spacesBomb("{\"x\":\"", 5120, "\"}");
        QList<test::ZipPart> parts = archive({{u"incident.json"_s, "{}"}});
        parts.prepend(test::bombPart(u"audit.json"_s, bomb));
        parts.last() = manifest({{u"incident.json"_s, sha256("{}")}, {u"audit.json"_s, "0"}});
        QVERIFY(writeSigned(path, parts));
        QVERIFY(QFileInfo(path).size() < 8 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.problems,
                 QStringList{u"audit.json expands more than 100 times: refused as a possible zip bomb."_s});
        QVERIFY(timer.elapsed() < kQuickMs);
        QVERIFY2(peakRssKiB() < kMaxPeakKiB, qPrintable(QString::number(peakRssKiB())));
    }

    // The bomb under a header that says 512 KiB: minizip stops there and the CRC-32 does not match.
    void lyingHeader_isRefused()
    {
        const QString path = m_dir.filePath(u"liar.zip"_s);
        test::ZipPart liar = test::bombPart(u"audit.json"_s, test::spacesBomb("[", 5120, "]"));
        liar.declaredSize = 512 * 1024;
        QList<test::ZipPart> parts{liar, manifest({{u"audit.json"_s, "0"}})};
        QVERIFY(writeSigned(path, parts));
        QElapsedTimer timer;
        timer.start();
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.problems,
                 QStringList{u"audit.json is damaged (its content does not match its CRC-32 checksum)."_s});
        QVERIFY(timer.elapsed() < kQuickMs);
    }

    // Names that could be written outside a folder, or twice, or a link: problems whether or not the
    // manifest lists them (it used to accept a listed duplicate, and hash only the last one).
    void unsafeEntries_areProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint32>("attributes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("absolute") << u"/etc/cron.d/x"_s << 0u
                                  << u"/etc/cron.d/x is an absolute path: refused."_s;
        QTest::newRow("drive") << u"C:/x.pdf"_s << 0u << u"C:/x.pdf is an absolute path: refused."_s;
        QTest::newRow("parent") << u"documents/../../x.pdf"_s << 0u
                                << u"documents/../../x.pdf contains a .. component: refused."_s;
        QTest::newRow("backslash") << u"documents\\x.pdf"_s << 0u
                                   << u"documents\\x.pdf contains a backslash: refused."_s;
        QTest::newRow("control") << u"documents/x\u001b[31m.pdf"_s << 0u
                                 << u"documents/x\\u{1b}[31m.pdf contains control characters: refused."_s;
        QTest::newRow("symlink") << u"documents/link.pdf"_s << (0120777u << 16)
                                 << u"documents/link.pdf is a symbolic link: refused."_s;
    }

    void unsafeEntries_areProblems()
    {
        QFETCH(QString, name);
        QFETCH(quint32, attributes);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(u"unsafe.zip"_s);
        for (bool listed : {true, false}) {
            test::ZipPart entry{name, "/etc/passwd"};
            entry.externalAttributes = attributes;
            QList<std::pair<QString, QByteArray>> hashes{{u"incident.json"_s, sha256("{}")}};
            if (listed)
                hashes.append({name, sha256(entry.data)});
            QVERIFY(writeSigned(path, {{u"incident.json"_s, "{}"}, entry, manifest(hashes)}));
            const FilingArchive::Verification v = FilingArchive::verify(path);
            QVERIFY(!v.ok);
            QCOMPARE(v.problems, QStringList{problem});
        }
    }

    void duplicateNames_areProblems()
    {
        const QString path = m_dir.filePath(u"duplicate.zip"_s);
        QList<test::ZipPart> parts = archive({{u"incident.json"_s, "{}"}});
        parts.append({u"incident.json"_s, R"({"tampered":true})"});
        QVERIFY(writeSigned(path, parts));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems, QStringList{u"incident.json appears more than once in the archive: refused."_s});

        // A second manifest: no manifest can be trusted.
        parts = archive({{u"incident.json"_s, "{}"}});
        parts.prepend(manifest({}));
        QVERIFY(writeSigned(path, parts));
        const FilingArchive::Verification twoManifests = FilingArchive::verify(path);
        QCOMPARE(twoManifests.problems,
                 (QStringList{u"manifest.json appears more than once in the archive: refused."_s,
                              u"The archive has no valid manifest."_s}));
    }

    // Entries each under the first MiB (where one entry's ratio is not checked) still add up: all entries
    // together may expand 100 times the zip's size at most.
    void manySmallBombs_areRefused()
    {
        const QString path = m_dir.filePath(u"small-bombs.zip"_s);
        QList<test::ZipPart> parts;
        const test::Bomb mib = test::spacesBomb({}, 1, {});
        for (int i = 0; i < 300; ++i)
            parts.append(test::bombPart(u"documents/%1.txt"_s.arg(i), mib));
        parts.append(manifest({}));
        QVERIFY(writeSigned(path, parts));
        QElapsedTimer timer;
        timer.start();
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.problems.size(), 1);
        QVERIFY2(v.problems.first().startsWith(
                     u"The files in the zip expand more than 100 times its size together "
                     "(at documents/"_s),
                 qPrintable(v.problems.first()));
        QVERIFY(timer.elapsed() < kQuickMs);
    }

    void tooManyEntries_areRefused()
    {
        const QString path = m_dir.filePath(u"many.zip"_s);
        QList<test::ZipPart> parts;
        for (int i = 0; i <= MaxArchiveEntries; ++i)
            parts.append({u"documents/%1.txt"_s.arg(i), QByteArray()});
        QVERIFY(test::writeZip(path, parts));
        QElapsedTimer timer;
        timer.start();
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.problems, QStringList{u"The archive has more than 10,000 entries: refused."_s});
        QVERIFY(timer.elapsed() < kQuickMs);
    }

    // Many problems are listed up to a limit, then counted.
    void manyProblems_areCounted()
    {
        const QString path = m_dir.filePath(u"extra.zip"_s);
        QList<test::ZipPart> parts = archive({});
        for (int i = 0; i < 150; ++i)
            parts.append({u"extra/%1.txt"_s.arg(i), "x"});
        QVERIFY(writeSigned(path, parts));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.problems.size(), MaxListedArchiveProblems + 1);
        QCOMPARE(v.problems.last(), u"… and 50 more problem(s)."_s);
    }

    // A signed archive names the key that signed it; --key (expectedSigner) accepts that key alone.
    void signedArchive_namesItsSigner()
    {
        const QString path = m_dir.filePath(u"signed.zip"_s);
        QVERIFY(writeSigned(path, archive({{u"incident.json"_s, "{}"}})));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(u'\n')));
        QCOMPARE(v.signature, FilingArchive::Verification::Signature::Valid);
        QCOMPARE(v.signer, officer->fingerprint());
        QVERIFY(FilingArchive::verify(path, officer->fingerprint()).ok);
        const FilingArchive::Verification other = FilingArchive::verify(path, forger->fingerprint());
        QCOMPARE(other.signature, FilingArchive::Verification::Signature::WrongSigner);
        QCOMPARE(other.problems,
                 QStringList{u"The archive was signed by %1, not by the key you gave (%2)."_s.arg(
                     officer->fingerprint(), forger->fingerprint())});
    }

    // Whatever is wrong with the signature is a problem of its own, listed first, while the files are still
    // checked against the manifest.
    void signatureProblems()
    {
        using Signature = FilingArchive::Verification::Signature;
        const QString path = m_dir.filePath(u"signature.zip"_s);
        const QList<test::ZipPart> parts = archive({{u"incident.json"_s, "{}"}});
        const QString notSigned =
            u"The archive is not signed (it has no readable manifest.sig): who made it, "
            "and whether its manifest was changed, cannot be checked."_s;

        QVERIFY(test::writeZip(path, parts)); // unsigned
        FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.signature, Signature::Missing);
        QCOMPARE(v.problems, QStringList{notSigned});

        QList<test::ZipPart> changed = signedParts(parts); // the manifest changed after signing: one space
        changed[changed.size() - 2].data.append(' ');
        QVERIFY(test::writeZip(path, changed));
        v = FilingArchive::verify(path);
        QCOMPARE(v.signature, Signature::Mismatch);
        QCOMPARE(v.problems,
                 QStringList{u"The signature in manifest.sig does not match manifest.json: the manifest was "
                             "changed after it was signed, or the signature belongs to another archive."_s});

        QList<test::ZipPart> damaged = parts;
        damaged.append({u"manifest.sig"_s, "not a signature"});
        QVERIFY(test::writeZip(path, damaged));
        v = FilingArchive::verify(path);
        QCOMPARE(v.signature, Signature::Damaged);
        QCOMPARE(v.problems,
                 QStringList{u"manifest.sig is not a valid signature (it is not a BreachDesk signature)."_s});

        // A forger's own key, the manifest still naming the officer.
        QList<test::ZipPart> resigned = parts;
        resigned.append(signature(parts, *forger));
        QVERIFY(test::writeZip(path, resigned));
        v = FilingArchive::verify(path);
        QCOMPARE(v.signature, Signature::SignerMismatch);
        QCOMPARE(v.problems,
                 QStringList{u"manifest.json names %1 as its signer, but it was signed by %2."_s.arg(
                     officer->fingerprint(), forger->fingerprint())});

        // Two signatures, or one too large to be one: refused like any entry, and the archive is unsigned.
        QList<test::ZipPart> twice = signedParts(parts);
        twice.append(twice.constLast());
        QVERIFY(test::writeZip(path, twice));
        v = FilingArchive::verify(path);
        QCOMPARE(v.signature, Signature::Missing);
        QCOMPARE(v.problems,
                 (QStringList{notSigned, u"manifest.sig appears more than once in the archive: refused."_s}));
        QList<test::ZipPart> large = signedParts(parts);
        large.last().data.append(QByteArray(MaxCompanionSize, ' '));
        QVERIFY(test::writeZip(path, large));
        v = FilingArchive::verify(path);
        QCOMPARE(v.signature, Signature::Missing);
        QCOMPARE(v.problems.size(), 2);
        QVERIFY2(v.problems.last().startsWith(u"manifest.sig is larger than"_s),
                 qPrintable(v.problems.last()));

        // The files are still checked: a changed file in an unsigned archive is listed too.
        QList<test::ZipPart> both = parts;
        both.first().data = "{\"changed\":true}";
        QVERIFY(test::writeZip(path, both));
        v = FilingArchive::verify(path);
        QCOMPARE(
            v.problems,
            (QStringList{notSigned,
                         u"incident.json has been changed: its SHA-256 does not match the manifest."_s}));
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_keys;
    std::optional<SigningKey> m_officer;
    std::optional<SigningKey> m_forger;
};

QTEST_GUILESS_MAIN(TstArchiveVerification)
#include "tst_archiveverification.moc"
