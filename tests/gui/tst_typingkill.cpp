// The real window killed while someone types in it. bd_typingwindow (tests/gui/typingwindow.cpp) builds the
// MainWindow on a workspace and types with real key events into the English title, the English "cause"
// narrative and the day the incident was contained, reporting every value the status bar shows as saved. The
// test kills it with SIGKILL after a random time (a fixed seed: a failing trial runs again the same way),
// then opens the workspace with the real code and with the real `breachdesk` executable: the file opens,
// passes SQLite's integrity check, and holds every value reported as saved or a later one (a field never goes
// back), with the audit entry written in the same transaction; a second open shows the same (nothing in the
// -wal is lost). Without a pause: someone writing a long paragraph never pauses for the editor's typing
// pause; killed after seconds of it, the window may lose only the last moments of what it showed while the
// status bar said "All changes saved". Busy: while a second process holds the write lock (bd_lockholder) the
// window says "Not saved – workspace busy" and keeps the typed text in its retry queue; killed then, it loses
// that unsaved text and nothing else.
#include "clitestsupport.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "lockholderprocess.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace bd;

#ifndef BD_TYPINGWINDOW
#error "BD_TYPINGWINDOW must name the bd_typingwindow helper"
#endif

namespace {

constexpr quint32 Seed = 20240517;
constexpr int Trials = 15;
// How long the window types before it is killed, from the moment it is shown.
constexpr int MinTypingMs = 300;
constexpr int MaxTypingMs = 3500;
constexpr int StartTimeoutMs = 60000;
// Typing without a pause: how long, and how old typed text may be and still be lost when the window is killed
// (the editor saves at least once a second while typing goes on, fieldbinder.h; the rest is room for a loaded
// machine).
constexpr int BurstMs = 6000;
constexpr int BurstLossMs = 3000;

qint64 monotonicMs()
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}

const QStringList& typedFields()
{
    static const QStringList fields{QStringLiteral("title_en"), QStringLiteral("cause_en"),
                                    QStringLiteral("contained_on")};
    return fields;
}

// The audit trail's name for each typed field.
QString auditField(const QString& field)
{
    return field == QLatin1String("cause_en") ? QStringLiteral("cause.en") : field;
}

QString cut(const QString& text)
{
    return text.size() > 80 ? QStringLiteral("…") + text.right(79) : text;
}

// Where a value stands in the order bd_typingwindow types them: titles "Typing title N" and narratives ending
// in "wN" by N, dates by their day; -1 for a value it did not type (the demo incident's).
qint64 rank(const QString& field, const QString& value)
{
    if (field == QLatin1String("contained_on")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? date.toJulianDay() : -1;
    }
    static const QRegularExpression title(QStringLiteral("^Typing title (\\d+)$"));
    static const QRegularExpression narrative(QStringLiteral("(?:^| )w(\\d+)$"));
    const QRegularExpressionMatch m = (field == QLatin1String("title_en") ? title : narrative).match(value);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// Empty when `stored` is `reported` or a state the field reached after it; else what is wrong.
QString wentBack(const QString& field, const QString& reported, const QString& stored)
{
    if (stored == reported)
        return {};
    const qint64 r = rank(field, reported), s = rank(field, stored);
    // The narrative grows by appending: a later state that is longer begins with the earlier one (it starts
    // again only past 3000 characters).
    const bool appended =
        field != QLatin1String("cause_en") || stored.size() < reported.size() || stored.startsWith(reported);
    if (s > r && appended)
        return {};
    return QStringLiteral("%1: “%2” or a later state expected, the workspace holds “%3”")
        .arg(field, cut(reported), cut(stored));
}

// bd_typingwindow and what it reported on its standard output.
class TypingWindow
{
public:
    ~TypingWindow()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    bool start(const QString& dir, const QString& workspace, quint32 seed, const QStringList& options = {})
    {
        test::prepareBreachdesk(m_process, dir,
                                {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        m_process.setProgram(QStringLiteral(BD_TYPINGWINDOW));
        m_process.setArguments(QStringList{workspace, QString::number(seed)} + options);
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    // Reads its reports for `ms`, or until `until` holds; false when it stopped by itself.
    bool pump(qint64 ms, const std::function<bool()>& until = {})
    {
        QElapsedTimer timer;
        timer.start();
        while (!(until && until()) && timer.elapsed() < ms) {
            if (m_process.state() == QProcess::NotRunning) {
                consume();
                return false;
            }
            m_process.waitForReadyRead(int(std::clamp<qint64>(ms - timer.elapsed(), 1, 50)));
            consume();
        }
        return true;
    }
    // SIGKILL: no destructor, no close, perhaps in the middle of a transaction.
    bool kill()
    {
        m_process.kill();
        const bool killed = m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::CrashExit;
        consume(); // what it printed before it died was reported too
        return killed;
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

    bool ready = false;
    QString code, journalMode, synchronous; // the window's connection
    QHash<QString, QString> saved;          // the last value reported saved, per field
    QHash<QString, QString> busy; // the last value reported waiting for the busy workspace, per field
    struct Typed
    {
        QString field, value;
        qint64 ms;
    };
    QList<Typed> typed; // each step of typing shown while the status bar said "All changes saved"
    int savedReports = 0, busyReports = 0;

private:
    void consume()
    {
        m_pending += m_process.readAllStandardOutput();
        // Only complete lines count: a line cut short by the kill was not reported.
        const qsizetype end = m_pending.lastIndexOf('\n');
        if (end < 0)
            return;
        for (const QByteArray& line : m_pending.left(end).split('\n')) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray keyword = line.left(space);
            const QJsonObject o = QJsonDocument::fromJson(line.mid(space + 1)).object();
            const QString field = o.value(QStringLiteral("field")).toString();
            const QString value = o.value(QStringLiteral("value")).toString();
            if (keyword == "READY") {
                ready = true;
                code = o.value(QStringLiteral("code")).toString();
                journalMode = o.value(QStringLiteral("journal_mode")).toString();
                synchronous = o.value(QStringLiteral("synchronous")).toString();
            } else if (keyword == "SAVED") {
                saved.insert(field, value);
                ++savedReports;
            } else if (keyword == "BUSY") {
                busy.insert(field, value);
                ++busyReports;
            } else if (keyword == "TYPED") {
                typed.append({field, value, qint64(o.value(QStringLiteral("ms")).toDouble())});
            }
        }
        m_pending = m_pending.mid(end + 1);
    }

    QProcess m_process;
    QByteArray m_pending;
};

} // namespace

class TestTypingKill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedWhileTyping_everyValueReportedSavedIsThere_data();
    void killedWhileTyping_everyValueReportedSavedIsThere();
    void trialsSawEveryFieldSaved();
    void killedWhileTypingWithoutPause_losesOnlyTheLastMoments();
    void killedWhileBusy_onlyTheUnsavedTextIsLost();

private:
    void makeWorkspace(const QString& path, QHash<QString, QString>* values);
    // Opens the workspace with the real code: it opens, passes the integrity and foreign-key checks, and the
    // newest audit entry of each typed field says what the field holds.
    void readWithRealCode(const QString& path, QHash<QString, QString>* values);
    // The same through `breachdesk list-incidents` and `export-incident`.
    void readWithCli(const QString& path, const QString& code, QHash<QString, QString>* values);
    // Reads the workspace after a kill, both ways, the first one chosen by `cliFirst`; they must agree.
    void readAfterKill(const QString& path, const QString& code, bool cliFirst,
                       QHash<QString, QString>* values);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_code;
    QHash<QString, QString> m_initial;  // the demo incident's values
    QHash<QString, QString> m_previous; // what the workspace held after the trial before
    QHash<QString, int> m_trialsWithSaves;
    int m_trialsAheadOfReports = 0;
};

void TestTypingKill::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_TYPINGWINDOW)), BD_TYPINGWINDOW);
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_LOCKHOLDER)), BD_LOCKHOLDER);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("typing.breachdesk"));
    makeWorkspace(m_path, &m_initial);
    m_previous = m_initial;
}

void TestTypingKill::makeWorkspace(const QString& path, QHash<QString, QString>* values)
{
    {
        Database db;
        StorageError error;
        QVERIFY2(db.open(path, OpenMode{OpenMode::ReadWrite, true}, &error), qPrintable(error.text()));
        const auto id = IncidentTransfer(db).ensureDemoIncident(&error);
        QVERIFY2(id, qPrintable(error.text()));
        m_code = IncidentRepository(db).load(*id, &error)->code;
    }
    readWithRealCode(path, values);
}

void TestTypingKill::readWithRealCode(const QString& path, QHash<QString, QString>* values)
{
    Database db;
    StorageError error;
    QVERIFY2(db.open(path, OpenMode{}, &error), qPrintable(error.text()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), "foreign key violations after the kill");

    IncidentRepository repo(db);
    const std::optional<qint64> id = repo.findByCode(m_code, &error);
    QVERIFY2(id, qPrintable(error.text()));
    const std::optional<Incident> incident = repo.load(*id, &error);
    QVERIFY2(incident, qPrintable(error.text()));
    const Narrative* cause = incident->narrative(NarrativeSection::Cause);
    QVERIFY(cause);
    values->insert(QStringLiteral("title_en"), incident->titleEn);
    values->insert(QStringLiteral("cause_en"), cause->textEn);
    values->insert(QStringLiteral("contained_on"), incident->containedOn.toString(Qt::ISODate));

    // Each field and its audit entry are one transaction: the newest entry names what the field holds.
    for (const QString& field : typedFields()) {
        QSqlQuery audit(db.connection());
        audit.prepare(QStringLiteral("SELECT after_value FROM audit_log WHERE incident_id = ? AND field = ? "
                                     "ORDER BY id DESC LIMIT 1"));
        audit.addBindValue(*id);
        audit.addBindValue(auditField(field));
        QVERIFY(audit.exec());
        if (audit.next())
            QVERIFY2(audit.value(0).toString() == values->value(field),
                     qPrintable(QStringLiteral("%1: the audit trail says “%2”, the field holds “%3”")
                                    .arg(field, cut(audit.value(0).toString()), cut(values->value(field)))));
    }
}

void TestTypingKill::readWithCli(const QString& path, const QString& code, QHash<QString, QString>* values)
{
    const test::CliResult list = test::runBreachdesk(
        m_dir.path(), {QStringLiteral("list-incidents"), QStringLiteral("--workspace"), path});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(code), qPrintable(list.out));

    const test::CliResult exported =
        test::runBreachdesk(m_dir.path(), {QStringLiteral("export-incident"), QStringLiteral("--workspace"),
                                           path, QStringLiteral("--incident"), code, QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(exported.out.toUtf8(), &parseError);
    QVERIFY2(json.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject incident = json.object().value(QStringLiteral("incident")).toObject();
    values->insert(QStringLiteral("title_en"),
                   incident.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString());
    values->insert(QStringLiteral("cause_en"), incident.value(QStringLiteral("narratives"))
                                                   .toObject()
                                                   .value(QStringLiteral("cause"))
                                                   .toObject()
                                                   .value(QStringLiteral("en"))
                                                   .toString());
    values->insert(QStringLiteral("contained_on"), incident.value(QStringLiteral("event"))
                                                       .toObject()
                                                       .value(QStringLiteral("contained_on"))
                                                       .toString()); // (null: "")
}

void TestTypingKill::readAfterKill(const QString& path, const QString& code, bool cliFirst,
                                   QHash<QString, QString>* values)
{
    QHash<QString, QString> first, second, third;
    if (cliFirst)
        readWithCli(path, code, &first);
    else
        readWithRealCode(path, &first);
    if (QTest::currentTestFailed())
        return;
    // The first open recovered the -wal and closed; each later open must see the same.
    if (cliFirst)
        readWithRealCode(path, &second);
    else
        readWithCli(path, code, &second);
    if (QTest::currentTestFailed())
        return;
    readWithRealCode(path, &third);
    if (QTest::currentTestFailed())
        return;
    for (const QString& field : typedFields()) {
        QVERIFY2(second.value(field) == first.value(field) && third.value(field) == first.value(field),
                 qPrintable(QStringLiteral("%1 changed between opens: “%2”, then “%3”, then “%4”")
                                .arg(field, cut(first.value(field)), cut(second.value(field)),
                                     cut(third.value(field)))));
    }
    *values = first;
}

void TestTypingKill::killedWhileTyping_everyValueReportedSavedIsThere_data()
{
    QTest::addColumn<int>("trial");
    for (int trial = 1; trial <= Trials; ++trial)
        QTest::addRow("trial %d", trial) << trial;
}

void TestTypingKill::killedWhileTyping_everyValueReportedSavedIsThere()
{
    QFETCH(int, trial);
    QRandomGenerator random(Seed + quint32(trial));
    const int typingMs = MinTypingMs + int(random.bounded(MaxTypingMs - MinTypingMs));

    // The window opens the workspace the trial before left behind (killed), and types on from there.
    TypingWindow window;
    QVERIFY2(window.start(m_dir.path(), m_path, random.generate()), "bd_typingwindow did not start");
    QVERIFY2(window.pump(StartTimeoutMs, [&] { return window.ready; }) && window.ready,
             qPrintable(QStringLiteral("bd_typingwindow did not show its window: ") + window.errors()));
    QCOMPARE(window.code, m_code);
    // What a kill cannot show: each commit is on the disk before it returns, so it survives a power cut too.
    QCOMPARE(window.journalMode, QStringLiteral("wal"));
    QCOMPARE(window.synchronous, QStringLiteral("2")); // FULL
    QVERIFY2(window.pump(typingMs),
             qPrintable(QStringLiteral("bd_typingwindow stopped: ") + window.errors()));
    QVERIFY2(window.kill(), "bd_typingwindow was not killed");
    const QString errors = window.errors();
    QVERIFY2(!errors.contains(QLatin1String("storage failed")), qPrintable(errors));
    const qint64 walBytes = QFileInfo(m_path + QStringLiteral("-wal")).size();

    QHash<QString, QString> stored;
    readAfterKill(m_path, m_code, trial % 2 == 0, &stored);
    if (QTest::currentTestFailed())
        return;

    bool ahead = false;
    for (const QString& field : typedFields()) {
        // Every value reported saved is there, or a later one; and nothing older than the last trial left.
        if (window.saved.contains(field)) {
            const QString problem = wentBack(field, window.saved.value(field), stored.value(field));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ahead |= stored.value(field) != window.saved.value(field);
            if (window.saved.value(field) != m_previous.value(field))
                ++m_trialsWithSaves[field];
        }
        const QString problem = wentBack(field, m_previous.value(field), stored.value(field));
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("since the trial before: ") + problem));
    }
    m_trialsAheadOfReports += ahead ? 1 : 0;
    qInfo("trial %d: killed after %d ms of typing, %d values reported saved, %lld bytes in the -wal; title "
          "“%s”, contained on “%s”%s",
          trial, typingMs, window.savedReports, walBytes,
          qPrintable(stored.value(QStringLiteral("title_en"))),
          qPrintable(stored.value(QStringLiteral("contained_on"))),
          ahead ? ", saved after the last report" : "");
    m_previous = stored;
}

void TestTypingKill::trialsSawEveryFieldSaved()
{
    // The trials above prove something only where the window did report saves: each field in several of them.
    for (const QString& field : typedFields())
        QVERIFY2(m_trialsWithSaves.value(field) >= 3,
                 qPrintable(QStringLiteral("%1 was reported saved in only %2 of %3 trials")
                                .arg(field)
                                .arg(m_trialsWithSaves.value(field))
                                .arg(Trials)));
    qInfo("trials with new saved values: title %d, narrative %d, date %d of %d; %d trials ended with a value "
          "saved after the last report",
          m_trialsWithSaves.value(QStringLiteral("title_en")),
          m_trialsWithSaves.value(QStringLiteral("cause_en")),
          m_trialsWithSaves.value(QStringLiteral("contained_on")), Trials, m_trialsAheadOfReports);
}

void TestTypingKill::killedWhileTypingWithoutPause_losesOnlyTheLastMoments()
{
    const QString path = m_dir.filePath(QStringLiteral("burst.breachdesk"));
    QHash<QString, QString> initial;
    makeWorkspace(path, &initial);
    if (QTest::currentTestFailed())
        return;

    TypingWindow window;
    QVERIFY2(window.start(m_dir.path(), path, Seed, QStringList{QStringLiteral("--burst")}),
             "bd_typingwindow did not start");
    QVERIFY2(window.pump(StartTimeoutMs, [&] { return window.ready; }) && window.ready,
             qPrintable(QStringLiteral("bd_typingwindow did not show its window: ") + window.errors()));
    QVERIFY2(window.pump(BurstMs), qPrintable(QStringLiteral("bd_typingwindow stopped: ") + window.errors()));
    const qint64 killedAt = monotonicMs();
    QVERIFY2(window.kill(), "bd_typingwindow was not killed");

    QHash<QString, QString> stored;
    readAfterKill(path, window.code, false, &stored);
    if (QTest::currentTestFailed())
        return;
    const QString field = QStringLiteral("cause_en");
    if (window.saved.contains(field)) {
        const QString problem = wentBack(field, window.saved.value(field), stored.value(field));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // The text the window showed, with "All changes saved" below it, some seconds before the kill is there.
    const auto old =
        std::find_if(window.typed.crbegin(), window.typed.crend(),
                     [&](const TypingWindow::Typed& t) { return t.ms <= killedAt - BurstLossMs; });
    QVERIFY2(old != window.typed.crend(), "the window typed nothing early enough");
    const QString problem = wentBack(field, old->value, stored.value(field));
    QVERIFY2(problem.isEmpty(),
             qPrintable(QStringLiteral("typed %1 ms before the kill and lost after %2 ms of "
                                       "typing without a pause; %3")
                            .arg(killedAt - old->ms)
                            .arg(BurstMs)
                            .arg(problem)));
    qInfo("without a pause: %lld steps typed, %d values reported saved",
          static_cast<long long>(window.typed.size()), window.savedReports);
}

void TestTypingKill::killedWhileBusy_onlyTheUnsavedTextIsLost()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.breachdesk"));
    QHash<QString, QString> initial;
    makeWorkspace(path, &initial);
    if (QTest::currentTestFailed())
        return;
    QRandomGenerator random(Seed);

    TypingWindow window;
    QVERIFY2(window.start(m_dir.path(), path, random.generate()), "bd_typingwindow did not start");
    QVERIFY2(window.pump(StartTimeoutMs, [&] { return window.savedReports >= 6; }),
             qPrintable(QStringLiteral("bd_typingwindow stopped: ") + window.errors()));
    QVERIFY2(window.savedReports >= 6, "the window reported too few saves before the workspace got busy");

    // Another program takes the write lock; the window goes on typing, and says that it cannot save.
    test::LockHolderProcess lock;
    QVERIFY2(lock.start(path), "bd_lockholder did not take the write lock");
    QVERIFY2(window.pump(30000, [&] { return window.busy.size() >= 2 && window.busyReports >= 4; }),
             qPrintable(QStringLiteral("bd_typingwindow stopped: ") + window.errors()));
    QVERIFY2(window.busy.size() >= 2 && window.busyReports >= 4,
             qPrintable(QStringLiteral("the window reported only %1 values waiting for the busy workspace")
                            .arg(window.busyReports)));
    QVERIFY(window.pump(int(random.bounded(1000))));
    QVERIFY2(window.kill(), "bd_typingwindow was not killed");
    lock.release(); // (rolled back: it wrote nothing)

    // The workspace is intact and holds exactly what was reported saved: the lock was held until after the
    // kill, so nothing the window kept in its retry queue reached the file, and nothing reported saved is
    // missing.
    QHash<QString, QString> stored;
    readAfterKill(path, window.code, false, &stored);
    if (QTest::currentTestFailed())
        return;
    for (const QString& field : typedFields()) {
        const QString expected = window.saved.value(field, initial.value(field));
        QVERIFY2(stored.value(field) == expected,
                 qPrintable(QStringLiteral("%1: reported saved “%2”, the workspace holds “%3”")
                                .arg(field, cut(expected), cut(stored.value(field)))));
        if (window.busy.contains(field)) // (what was lost: text that was never reported saved)
            QVERIFY(stored.value(field) != window.busy.value(field));
    }
    qInfo("busy: %d values reported saved, then %d waiting (%lld fields) when killed", window.savedReports,
          window.busyReports, static_cast<long long>(window.busy.size()));
}

QTEST_GUILESS_MAIN(TestTypingKill)
#include "tst_typingkill.moc"
