// Verifying an archive that was made to hurt (app/core/safezip/manifestarchive.cpp through
// FilingArchive::verify): a broken deflate stream, a zip bomb of spaces, a header that lies about its size,
// duplicate names, unsafe paths and symbolic links, too many entries. Each ends quickly with a problem that
// names the entry, in little memory. The archives are made here (tests/support/hostilezip.h).
#include "filingarchive.h"

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

// The manifest FilingArchive::write makes, for the given files (name → content hash).
test::ZipPart manifest(const QList<std::pair<QString, QByteArray>>& files)
{
    QJsonArray list;
    for (const auto& [name, hash] : files)
        list.append(QJsonObject{{u"path"_s, name}, {u"sha256"_s, QString::fromLatin1(hash)}});
    const QJsonObject m{
        {u"format"_s, QString::fromLatin1(FilingArchiveFormat)}, {u"version"_s, 1}, {u"files"_s, list}};
    return {QString::fromLatin1(FilingArchiveManifest), QJsonDocument(m).toJson()};
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
    }

    void init() { QVERIFY(m_dir.isValid()); }

    void intactArchiveVerifies()
    {
        const QString path = m_dir.filePath(u"ok.zip"_s);
        QVERIFY(
            test::writeZip(path, archive({{u"incident.json"_s, "{}"}, {u"audit.json"_s, auditJson(100)}})));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(u'\n')));
        QCOMPARE(v.files, 2);
        QCOMPARE(v.manifestSha256.size(), 64);
    }

    // A broken deflate stream is a problem naming the entry; the other entries are still checked.
    void corruptDeflate_isAProblem()
    {
        const QString path = m_dir.filePath(u"corrupt.zip"_s);
        QVERIFY(
            test::writeZip(path, archive({{u"audit.json"_s, auditJson(5000)}, {u"incident.json"_s, "{}"}})));
        QVERIFY(test::corruptEntry(path, u"audit.json"_s, 0.0, 64));
        QElapsedTimer timer;
        timer.start();
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems, QStringList{u"audit.json is damaged (the compressed data is corrupt)."_s});
        QVERIFY(timer.elapsed() < kQuickMs);

        // In the middle of the stream zlib may decode garbage: then the CRC-32 or the hash tells.
        QVERIFY(test::writeZip(path, archive({{u"audit.json"_s, auditJson(5000)}})));
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
        QVERIFY(test::writeZip(path, parts));
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
        QVERIFY(test::writeZip(path, parts));
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
            QVERIFY(test::writeZip(path, {{u"incident.json"_s, "{}"}, entry, manifest(hashes)}));
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
        QVERIFY(test::writeZip(path, parts));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems, QStringList{u"incident.json appears more than once in the archive: refused."_s});

        // A second manifest: no manifest can be trusted.
        parts = archive({{u"incident.json"_s, "{}"}});
        parts.prepend(manifest({}));
        QVERIFY(test::writeZip(path, parts));
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
        QVERIFY(test::writeZip(path, parts));
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
        QVERIFY(test::writeZip(path, parts));
        const FilingArchive::Verification v = FilingArchive::verify(path);
        QCOMPARE(v.problems.size(), MaxListedArchiveProblems + 1);
        QCOMPARE(v.problems.last(), u"… and 50 more problem(s)."_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstArchiveVerification)
#include "tst_archiveverification.moc"
