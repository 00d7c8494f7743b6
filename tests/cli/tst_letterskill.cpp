// `breachdesk export-letters --each DIR` killed with SIGKILL at random moments: DIR must then hold nothing or
// the complete set of letters with its manifest, and the next run must remove the hidden staging folder the
// killed one left (it holds personal data). The real executable runs a few hundred letters; the moments are
// drawn from a fixed seed over the time a whole run takes, so every run of the test kills at the same
// fractions of the run.
#include "clitestsupport.h"
#include "database.h"
#include "incidenttransfer.h"
#include "recipientrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {

constexpr int Recipients = 200;
constexpr int Trials = 20;
constexpr quint32 Seed = 20241225;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything in `dir`, hidden entries included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

// Why `dir` is not the complete set of `count` letters with their manifest; empty when it is.
QString incompleteness(const QString& dir, int count)
{
    const QJsonDocument manifest =
        QJsonDocument::fromJson(readAll(QDir(dir).filePath(QStringLiteral("manifest.json"))));
    if (!manifest.isObject())
        return QStringLiteral("no readable manifest.json");
    const QJsonArray files = manifest.object().value(QStringLiteral("files")).toArray();
    if (files.size() != count)
        return QStringLiteral("the manifest lists %1 files, not %2").arg(files.size()).arg(count);
    // export-letters writes the enveloping manifest too (lettermanifest.h): a header and a row per letter.
    if (readAll(QDir(dir).filePath(QStringLiteral("manifest.csv"))).count("\r\n") != count + 1)
        return QStringLiteral("manifest.csv does not list %1 letters").arg(count);
    QStringList expected{QStringLiteral("manifest.json"), QStringLiteral("manifest.csv")};
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        const QString name = entry.value(QStringLiteral("file")).toString();
        if (entry.value(QStringLiteral("sequence")).toInt() != i + 1)
            return QStringLiteral("entry %1 is out of sequence").arg(i + 1);
        const QByteArray sha =
            QCryptographicHash::hash(readAll(QDir(dir).filePath(name)), QCryptographicHash::Sha256).toHex();
        if (sha != entry.value(QStringLiteral("sha256")).toString().toLatin1())
            return QStringLiteral("%1 does not match its SHA-256").arg(name);
        expected.append(name);
    }
    expected.sort();
    const QStringList actual = entries(dir);
    if (actual != expected)
        return QStringLiteral("the folder holds %1 entries, the manifest names %2")
            .arg(actual.size())
            .arg(expected.size());
    return {};
}

QStringList stagingFolders(const QString& parent)
{
    QStringList found;
    for (const QString& name : entries(parent))
        if (name.contains(QLatin1String(".breachdesk-partial-")))
            found.append(name);
    return found;
}

} // namespace

class TestLettersKill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedRunLeavesAllOrNothing();

private:
    QStringList arguments(const QString& target) const;

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestLettersKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("workspace.breachdesk"));
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    RecipientRepository repo(db);
    QVERIFY2(repo.ensureBuiltinGroups(*id, &error), qPrintable(error.text()));
    const auto group = repo.groupByKey(*id, QStringLiteral("employees"), &error);
    QVERIFY(group);
    QList<Recipient> people;
    for (int i = 0; i < Recipients; ++i) {
        Recipient r;
        r.name = QStringLiteral("試験 太郎%1").arg(i + 1);
        r.postcode = QStringLiteral("1000001");
        r.address = QStringLiteral("東京都千代田区千代田%1番").arg(i + 1);
        r.sourceFile = QStringLiteral("employees.csv");
        r.sourceRow = i + 2;
        people.append(r);
    }
    QVERIFY2(repo.insertMany(group->id, people, QStringLiteral("employees.csv"), &error),
             qPrintable(error.text()));
}

QStringList TestLettersKill::arguments(const QString& target) const
{
    return {QStringLiteral("export-letters"),
            QStringLiteral("--workspace"),
            m_ws,
            QStringLiteral("--incident"),
            QStringLiteral("INC-2024-003"),
            QStringLiteral("--group"),
            QStringLiteral("employees"),
            QStringLiteral("--date"),
            QStringLiteral("2024-12-25"),
            QStringLiteral("--each"),
            target};
}

void TestLettersKill::killedRunLeavesAllOrNothing()
{
    const QString parent = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(parent));
    const QString target = QDir(parent).filePath(QStringLiteral("letters"));

    // A whole run: how long it takes, and what it writes.
    QElapsedTimer clock;
    clock.start();
    const test::CliResult whole = test::runBreachdesk(m_dir.path(), arguments(target));
    const qint64 wholeMs = clock.elapsed();
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    QVERIFY2(incompleteness(target, Recipients).isEmpty(), qPrintable(incompleteness(target, Recipients)));
    QVERIFY(QDir(target).removeRecursively());
    qInfo("a whole run takes %lld ms: %s", wholeMs, qPrintable(whole.out.simplified()));

    QRandomGenerator random(Seed);
    int complete = 0;
    int killed = 0;
    for (int trial = 0; trial < Trials; ++trial) {
        // Over the whole run and a little beyond, so that some runs finish (or are killed as they commit).
        const int delay = int(random.bounded(quint32(wholeMs * 5 / 4 + 1)));
        QProcess process;
        test::prepareBreachdesk(process, m_dir.path(), {{QStringLiteral("QT_QPA_PLATFORM"), QString()}});
        process.setArguments(arguments(target));
        process.start();
        QVERIFY(process.waitForStarted(10000));
        if (!process.waitForFinished(delay)) {
            process.kill(); // SIGKILL
            ++killed;
        }
        if (process.state() != QProcess::NotRunning)
            QVERIFY(process.waitForFinished(30000));
        const QString where = QStringLiteral("trial %1, killed after %2 ms").arg(trial).arg(delay);
        if (QFileInfo::exists(target)) {
            QVERIFY2(QFileInfo(target).isDir(), qPrintable(where));
            if (!entries(target).isEmpty()) {
                const QString why = incompleteness(target, Recipients);
                QVERIFY2(why.isEmpty(), qPrintable(where + QStringLiteral(": ") + why));
                ++complete;
            }
            QVERIFY(QDir(target).removeRecursively()); // the next trial writes it afresh
        }
        // Each run removes what the runs before it left, before it stages its own.
        QVERIFY2(stagingFolders(parent).size() <= 1,
                 qPrintable(where + QStringLiteral(": ") + stagingFolders(parent).join(u", ")));
        for (const QString& name : stagingFolders(parent)) // personal data at rest: owner only
            QCOMPARE(QFileInfo(QDir(parent).filePath(name)).permissions() &
                         (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                     QFile::Permissions());
    }
    qInfo("%d of %d runs killed, %d left the complete set", killed, Trials, complete);

    // The next run finishes, and removes whatever staging folder the last killed one left.
    const test::CliResult last = test::runBreachdesk(m_dir.path(), arguments(target));
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));
    QVERIFY2(incompleteness(target, Recipients).isEmpty(), qPrintable(incompleteness(target, Recipients)));
    QCOMPARE(stagingFolders(parent), QStringList());
    QCOMPARE(entries(parent), QStringList{QStringLiteral("letters")});
    // Personal data at rest: the folder and every file are the owner's only.
    const auto othersMay = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                           QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(target).permissions() & othersMay, QFile::Permissions());
    for (const QString& name : entries(target))
        QCOMPARE(QFileInfo(QDir(target).filePath(name)).permissions() & othersMay, QFile::Permissions());
}

QTEST_MAIN(TestLettersKill)
#include "tst_letterskill.moc"
