// Nothing lost on kill -9: the real executable is killed with SIGKILL at random moments (fixed seed, fixed
// trial counts) while it imports recipients, writes a merged PDF, an archive or a backup. After every kill
// the workspace passes SQLite's integrity check, an import is there whole or not at all, and an output file
// is either absent or complete; no temporary file of personal data outlives the next run.
#include "clitestsupport.h"
#include "workspacepeek.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/types.h>

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString code = QStringLiteral("INC-2024-003");
constexpr int Trials = 10;

using test::peekWorkspace;

} // namespace

class TestKillCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedAtRandom_data();
    void killedAtRandom();

private:
    // Starts `args` on the workspace and kills it after `delayMs` (or lets it finish when it is quicker).
    // Returns true when it was killed.
    bool runAndKill(const QStringList& args, int delayMs);
    qint64 timeOf(const QStringList& args);
    QStringList leftovers() const;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_list;
};

void TestKillCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_ws = m_dir.filePath(QStringLiteral("workspace.breachdesk"));
    const Result imported =
        test::runBreachdesk(m_dir.path(), {QStringLiteral("import-incident"), QStringLiteral("--create"),
                                           QStringLiteral("--workspace"), m_ws, demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // 3,000 people to import, so that an import takes long enough to be killed in the middle.
    m_list = m_dir.filePath(QStringLiteral("people.csv"));
    QFile list(m_list);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("氏名,郵便番号,住所,メールアドレス\n");
    for (int i = 1; i <= 3000; ++i)
        list.write(QStringLiteral("従業員 %1,100-0001,東京都千代田区千代田%1番地,person%1@example.jp\n")
                       .arg(i)
                       .toUtf8());
}

qint64 TestKillCli::timeOf(const QStringList& args)
{
    QElapsedTimer clock;
    clock.start();
    const Result r = test::runBreachdesk(
        m_dir.path(), QStringList{args.value(0), QStringLiteral("--workspace"), m_ws} + args.mid(1),
        {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
    return r.exitCode == 0 ? clock.elapsed() : -1;
}

bool TestKillCli::runAndKill(const QStringList& args, int delayMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(BD_BREACHDESK),
            QStringList{args.value(0), QStringLiteral("--workspace"), m_ws} + args.mid(1));
    if (!p.waitForStarted(10000))
        return false;
    if (p.waitForFinished(delayMs))
        return false;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    return true;
}

// Files in the test folder other than the workspace and the list: what a killed run left behind.
QStringList TestKillCli::leftovers() const
{
    QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& known :
         {QStringLiteral("workspace.breachdesk"), QStringLiteral("workspace.breachdesk-wal"),
          QStringLiteral("workspace.breachdesk-shm"), QStringLiteral("people.csv")})
        files.removeAll(known);
    return files;
}

void TestKillCli::killedAtRandom_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("import-recipients") << QStringLiteral("import");
    QTest::newRow("export-letters --merged") << QStringLiteral("merged");
    QTest::newRow("export-archive") << QStringLiteral("archive");
    QTest::newRow("backup") << QStringLiteral("backup");
}

void TestKillCli::killedAtRandom()
{
    QFETCH(QString, what);
    const QString out =
        m_dir.filePath(what == QLatin1String("merged")    ? QStringLiteral("letters.pdf")
                       : what == QLatin1String("archive") ? QStringLiteral("record.zip")
                                                          : QStringLiteral("copy.breachdesk"));
    const QStringList args =
        what == QLatin1String("import")
            ? QStringList{QStringLiteral("import-recipients"), QStringLiteral("--incident"), code,
                          QStringLiteral("--group"),           QStringLiteral("candidates"), m_list}
        : what == QLatin1String("merged") ? QStringList{QStringLiteral("export-letters"),
                                                        QStringLiteral("--incident"),
                                                        code,
                                                        QStringLiteral("--group"),
                                                        QStringLiteral("employees"),
                                                        QStringLiteral("--merged"),
                                                        out}
        : what == QLatin1String("archive")
            ? QStringList{QStringLiteral("export-archive"), QStringLiteral("--incident"), code, out}
            : QStringList{QStringLiteral("backup"), out};
    const auto candidates = [&] {
        return peekWorkspace(
                   m_ws, QStringLiteral("SELECT count(*) FROM recipient r JOIN recipient_group g ON g.id = "
                                        "r.group_id WHERE g.key = 'candidates'"))
            .value(0)
            .toInt();
    };
    if (what == QLatin1String("merged")) {
        // Letters need people: the employees come from the same list.
        const Result imported = test::runBreachdesk(
            m_dir.path(), {QStringLiteral("import-recipients"), QStringLiteral("--workspace"), m_ws,
                           QStringLiteral("--incident"), code, QStringLiteral("--group"),
                           QStringLiteral("employees"), m_list});
        QVERIFY2(imported.exitCode == 0 || candidates() >= 0, qPrintable(imported.err));
    }

    // How long one whole run takes, so that the kills land before, during and after the work.
    // Merged letters come with their batch manifest (NAME.manifest.csv), written with them or not at all.
    const QString manifest =
        out.endsWith(QLatin1String(".pdf")) ? out.chopped(4) + QStringLiteral(".manifest.csv") : QString();
    const auto removeOutput = [&] {
        QFile::remove(out);
        if (!manifest.isEmpty())
            QFile::remove(manifest);
    };
    removeOutput();
    const qint64 whole = timeOf(args);
    QVERIFY(whole > 0);
    if (what == QLatin1String("import")) {
        QCOMPARE(candidates(), 3000);
        QVERIFY(peekWorkspace(
                    m_ws,
                    QStringLiteral("DELETE FROM recipient WHERE group_id IN (SELECT id FROM recipient_group "
                                   "WHERE key = 'candidates')"))
                    .isEmpty());
        QCOMPARE(candidates(), 0);
    }
    const QByteArray complete = [&] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
    }();
    removeOutput();

    QRandomGenerator random(20261207);
    int killed = 0;
    for (int trial = 0; trial < Trials; ++trial) {
        // Mostly during the run, now and then just after it.
        const int delay = int(random.bounded(quint32(whole * 11 / 10 + 1)));
        killed += runAndKill(args, delay) ? 1 : 0;
        QCOMPARE(peekWorkspace(m_ws, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        if (what == QLatin1String("import")) {
            const int count = candidates();
            QVERIFY2(count == 0 || count == 3000,
                     qPrintable(QStringLiteral("trial %1: %2 rows").arg(trial).arg(count)));
            if (count == 3000)
                peekWorkspace(m_ws, QStringLiteral("DELETE FROM recipient WHERE group_id IN (SELECT id FROM "
                                                   "recipient_group WHERE key = 'candidates')"));
        }
        // A manifest is never left without its letters.
        if (!manifest.isEmpty() && QFileInfo::exists(manifest))
            QVERIFY2(QFileInfo::exists(out),
                     qPrintable(QStringLiteral("trial %1: manifest alone").arg(trial)));
        if (what != QLatin1String("import") && QFileInfo::exists(out)) {
            // Present only complete: the same kind of file a whole run makes, and (archive, backup) intact.
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(8), complete);
            file.close();
            if (what == QLatin1String("archive")) {
                const Result verified =
                    test::runBreachdesk(m_dir.path(), {QStringLiteral("verify-archive"), out});
                QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
            } else if (what == QLatin1String("backup")) {
                QCOMPARE(peekWorkspace(out, QStringLiteral("PRAGMA integrity_check")),
                         QStringList{QStringLiteral("ok")});
            } else {
                QVERIFY(file.size() > 1000);
            }
            removeOutput();
        }
    }
    QVERIFY2(killed >= Trials / 3,
             qPrintable(QStringLiteral("only %1 of %2 runs were killed").arg(killed).arg(Trials)));
    // The next run removes what killed runs left behind, and finishes.
    QVERIFY(timeOf(args) > 0);
    removeOutput();
    const QStringList left = leftovers();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

QTEST_GUILESS_MAIN(TestKillCli)
#include "tst_killcli.moc"
