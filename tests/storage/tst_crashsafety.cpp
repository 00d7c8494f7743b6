// A workspace survives its writer being killed at any moment: the file opens, passes SQLite's integrity check
// and holds at least every edit the writer reported as saved (synchronous=FULL + WAL, one transaction per
// edit).
#include "auditrepository.h"
#include "database.h"
#include "incidentrepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

#ifndef BD_CRASHWRITER
#error "BD_CRASHWRITER must name the bd_crashwriter executable"
#endif

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writerKilledMidEdit_workspaceOpensIntactWithEveryReportedEdit_data();
    void writerKilledMidEdit_workspaceOpensIntactWithEveryReportedEdit();

private:
    // Runs the writer until it has reported at least `commits` more edits, kills it with SIGKILL and returns
    // the last value it reported (or -1 on failure).
    qint64 runAndKill(int commits, qint64 startedAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCrashSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_path, &error), qPrintable(error.text()));
    Incident incident;
    incident.code = QStringLiteral("INC-2024-001");
    incident.titleJa = QStringLiteral("クラッシュ試験");
    incident.titleEn = QStringLiteral("0");
    QVERIFY2(IncidentRepository(db).create(incident, &error), qPrintable(error.text()));
}

qint64 TestCrashSafety::runAndKill(int commits, qint64 startedAt)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(BD_CRASHWRITER));
    writer.setArguments({m_path});
    writer.start();
    if (!writer.waitForStarted(10000)) {
        qWarning("bd_crashwriter did not start: %s", qPrintable(writer.errorString()));
        return -1;
    }
    QByteArray pending;
    qint64 last = startedAt;
    const auto consume = [&] {
        pending += writer.readAllStandardOutput();
        // Only complete lines count: a half-written number was not reported.
        const qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return;
        for (const QByteArray& line : pending.left(end).split('\n')) {
            bool ok = false;
            const qint64 value = line.trimmed().toLongLong(&ok);
            if (ok)
                last = std::max(last, value);
        }
        pending = pending.mid(end + 1);
    };
    QElapsedTimer timer;
    timer.start();
    while (last < startedAt + commits && timer.elapsed() < 60000) {
        if (writer.state() == QProcess::NotRunning) {
            qWarning("bd_crashwriter stopped on its own (exit %d): %s", writer.exitCode(),
                     writer.readAllStandardError().constData());
            return -1;
        }
        writer.waitForReadyRead(500);
        consume();
    }
    if (last < startedAt + commits) {
        qWarning("bd_crashwriter reported only %lld edits in 60 s", static_cast<long long>(last - startedAt));
        writer.kill();
        writer.waitForFinished(10000);
        return -1;
    }
    writer.kill(); // SIGKILL: no destructors, no close, maybe in the middle of a transaction
    if (!writer.waitForFinished(10000) || writer.exitStatus() != QProcess::CrashExit) {
        qWarning("bd_crashwriter was not killed");
        return -1;
    }
    consume(); // lines it printed before dying were committed too
    return last;
}

void TestCrashSafety::writerKilledMidEdit_workspaceOpensIntactWithEveryReportedEdit_data()
{
    QTest::addColumn<int>("rounds");
    QTest::newRow("killed once") << 1;
    QTest::newRow("killed three times on the same file") << 3;
}

void TestCrashSafety::writerKilledMidEdit_workspaceOpensIntactWithEveryReportedEdit()
{
    QFETCH(int, rounds);
    qint64 reported = 0;
    for (int round = 0; round < rounds; ++round) {
        // Kill at a different moment each round.
        const int commits = 50 + int(QRandomGenerator::global()->bounded(40));
        const qint64 last = runAndKill(commits, reported);
        QVERIFY2(last >= reported + commits, "the writer did not get far enough");
        reported = last;

        Database db;
        StorageError error;
        QVERIFY2(db.open(m_path, &error),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.text())));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "foreign key violations after the crash");

        IncidentRepository repo(db);
        const QList<IncidentSummary> list = repo.list(true, &error);
        QCOMPARE(list.size(), 1);
        const std::optional<Incident> incident = repo.load(list.constFirst().id, &error);
        QVERIFY2(incident, qPrintable(error.text()));
        bool ok = false;
        const qint64 stored = incident->titleEn.toLongLong(&ok);
        QVERIFY2(ok, qPrintable(incident->titleEn));
        // Every reported edit is there; at most one more (committed, killed before it could print).
        QVERIFY2(stored >= reported,
                 qPrintable(QStringLiteral("stored %1 < reported %2").arg(stored).arg(reported)));
        QVERIFY2(stored <= reported + 1,
                 qPrintable(QStringLiteral("stored %1 > reported %2 + 1").arg(stored).arg(reported)));

        // The field and its audit entry were committed together: one entry per stored value, none lost.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(CAST(after_value AS INTEGER)) FROM audit_log "
                                      "WHERE field = 'title_en'")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), stored);
        QCOMPARE(q.value(1).toLongLong(), stored);
        reported = stored;
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
