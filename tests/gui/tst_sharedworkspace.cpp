// The real window while other programs use the same workspace file.
// Busy: a helper process (bd_lockholder) holds the write lock, as a long `breachdesk import-recipients` from
// a terminal does. Typed text stays in the field, the status bar says so, nothing freezes, and the text
// reaches the file (read back through another connection) once the lock is gone; closing asks first; after
// the retry window the user is told and can keep the text elsewhere. Changes elsewhere: the real `breachdesk`
// executable imports recipients and an incident while the window is open, and the window shows them within 2
// s; a change to the open incident shows too, under the user's waiting text.
#include "auditchain.h"
#include "clitestsupport.h"
#include "database.h"
#include "dialogs.h"
#include "fieldbinder.h"
#include "incidentdocument.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "recipientspage.h"
#include "recipienttablemodel.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "lockholderprocess.h"

using namespace bd;
using namespace std::chrono_literals;

namespace {

const QString kBusy = QStringLiteral("Not saved – workspace busy");

using LockHolder = test::LockHolderProcess;

} // namespace

class TestSharedWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void busy_typedTextIsKeptShownAndSavedInOrderWhenTheLockIsGone();
    void busy_closingAsksFirst();
    void busy_afterTheRetryWindowTheUserIsToldAndCanKeepTheText();
    void elsewhere_importRecipientsFromTheCommandLineShowsWithinTwoSeconds();
    void elsewhere_importIncidentFromTheCommandLineShowsInTheListWithinTwoSeconds();
    void elsewhere_changeToTheOpenIncidentShowsUnderTheWaitingText();

private:
    MainWindow* makeWindow();
    QWidget* page(const QString& name);
    QLineEdit* overviewField(const QString& name);
    QString savedLabel() const;
    // A column of the demo incident as stored, read through a connection of its own.
    QString storedField(const QString& column) const;
    test::CliResult runCli(const QStringList& args) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_demoId = 0;
};

void TestSharedWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_LOCKHOLDER)), BD_LOCKHOLDER);
}

void TestSharedWorkspace::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("ws%1.breachdesk").arg(++n));
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_demoId = *id;
    QSettings().clear();
}

void TestSharedWorkspace::cleanup()
{
    Dialogs::clearNextAnswers();
    if (m_window && m_window->document()->hasPendingEdits())
        m_window->document()->discardPendingEdits();
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

MainWindow* TestSharedWorkspace::makeWindow()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->openIncident(m_demoId);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    return m_window.get();
}

QWidget* TestSharedWorkspace::page(const QString& name)
{
    m_window->showPage(name);
    QWidget* p = m_window->pages()->currentWidget();
    return p && p->objectName() == name ? p : nullptr;
}

QLineEdit* TestSharedWorkspace::overviewField(const QString& name)
{
    QWidget* overview = page(QStringLiteral("overviewPage"));
    return overview ? overview->findChild<QLineEdit*>(name) : nullptr;
}

QString TestSharedWorkspace::savedLabel() const
{
    const auto* label = m_window->findChild<QLabel*>(QStringLiteral("savedLabel"));
    return label ? label->text() : QString();
}

QString TestSharedWorkspace::storedField(const QString& column) const
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT %1 FROM incident WHERE id = ?").arg(column));
            q.addBindValue(m_demoId);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return value;
}

test::CliResult TestSharedWorkspace::runCli(const QStringList& args) const
{
    return test::runBreachdesk(
        m_dir.path(), QStringList{args.constFirst(), QStringLiteral("--workspace"), m_path} + args.mid(1),
        {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
}

void TestSharedWorkspace::busy_typedTextIsKeptShownAndSavedInOrderWhenTheLockIsGone()
{
    MainWindow* w = makeWindow();
    // Retried for at least ten minutes by default; the test tries more often than once a second.
    QVERIFY(IncidentDocument::DefaultRetryWindow >= 10min);
    QVERIFY(w->document()->retryWindow() >= 10min);
    w->document()->setRetryInterval(100ms);
    QLineEdit* phone = overviewField(QStringLiteral("deskPhoneLineEdit"));
    QLineEdit* email = overviewField(QStringLiteral("deskEmailLineEdit"));
    QVERIFY(phone && email);
    const QString oldPhone = phone->text(), oldEmail = email->text();

    LockHolder lock;
    QVERIFY(lock.start(m_path));

    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("03-9999-0000"));
    // The save after the typing pause does not hold the window for the workspace's busy timeout.
    QElapsedTimer timer;
    timer.start();
    FieldBinder::flushAll();
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(savedLabel(), kBusy);
    auto* retry = w->findChild<QToolButton*>(QStringLiteral("retrySaveButton"));
    QVERIFY(retry && retry->isVisibleTo(w));

    email->setFocus(); // a second field, also kept
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("busy@example.jp"));
    FieldBinder::flushAll();

    // Retries come and go; the text stays in the fields and nothing reaches the file.
    QTest::qWait(600);
    QCOMPARE(phone->text(), QStringLiteral("03-9999-0000"));
    QCOMPARE(email->text(), QStringLiteral("busy@example.jp"));
    QCOMPARE(savedLabel(), kBusy);
    QCOMPARE(storedField(QStringLiteral("desk_phone")), oldPhone);
    QVERIFY(!w->action(QStringLiteral("undoAction"))->isEnabled()); // undo waits too
    QVERIFY(Dialogs::lastWarning().isEmpty());

    lock.release();
    QTRY_COMPARE_WITH_TIMEOUT(storedField(QStringLiteral("desk_phone")), QStringLiteral("03-9999-0000"),
                              3000);
    QCOMPARE(storedField(QStringLiteral("desk_email")), QStringLiteral("busy@example.jp"));
    QTRY_VERIFY2(savedLabel().startsWith(QStringLiteral("All changes saved")), qPrintable(savedLabel()));
    QVERIFY(!retry->isVisibleTo(w));
    QCOMPARE(phone->text(), QStringLiteral("03-9999-0000"));

    // Each its own audited transaction, in the order typed; and each its own undo step.
    QSqlQuery audit(m_db->connection());
    QVERIFY(audit.exec(
        QStringLiteral("SELECT field FROM audit_log WHERE incident_id = %1 ORDER BY id DESC LIMIT 2")
            .arg(m_demoId)));
    QStringList fields;
    while (audit.next())
        fields.prepend(audit.value(0).toString());
    QCOMPARE(fields, (QStringList{QStringLiteral("desk_phone"), QStringLiteral("desk_email")}));
    QVERIFY(w->action(QStringLiteral("undoAction"))->isEnabled());
    w->action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(email->text(), oldEmail);
    QCOMPARE(phone->text(), QStringLiteral("03-9999-0000"));
    QCOMPARE(storedField(QStringLiteral("desk_email")), oldEmail);
    w->action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(phone->text(), oldPhone);
    QCOMPARE(storedField(QStringLiteral("desk_phone")), oldPhone);
}

void TestSharedWorkspace::busy_closingAsksFirst()
{
    MainWindow* w = makeWindow();
    QLineEdit* phone = overviewField(QStringLiteral("deskPhoneLineEdit"));
    const QString oldPhone = phone->text();
    LockHolder lock;
    QVERIFY(lock.start(m_path));
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("0120-111-222"));
    FieldBinder::flushAll();
    QCOMPARE(savedLabel(), kBusy);

    // Cancel: the window stays, with the text.
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!w->close());
    QVERIFY(Dialogs::lastQuestion().contains(QStringLiteral("could not be saved yet")));
    QVERIFY(w->isVisible());
    QCOMPARE(phone->text(), QStringLiteral("0120-111-222"));

    // Save the text to a file: it is kept there, and the window closes.
    const QString file = m_dir.filePath(QStringLiteral("unsaved.txt"));
    Dialogs::setNextAnswer(QMessageBox::Save);
    Dialogs::setNextFileName(file);
    QVERIFY(w->close());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(saved.readAll()).contains(QStringLiteral("0120-111-222")));
    QCOMPARE(storedField(QStringLiteral("desk_phone")), oldPhone);

    // Once the lock is gone, closing saves what waits without asking.
    w->show();
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("0120-333-444"));
    FieldBinder::flushAll();
    QVERIFY(w->document()->hasPendingEdits());
    lock.release();
    Dialogs::setNextAnswer(QMessageBox::Cancel); // (would keep the window open, were it asked)
    const bool closed = w->close();
    Dialogs::clearNextAnswers();
    QVERIFY(closed);
    QCOMPARE(storedField(QStringLiteral("desk_phone")), QStringLiteral("0120-333-444"));
}

void TestSharedWorkspace::busy_afterTheRetryWindowTheUserIsToldAndCanKeepTheText()
{
    MainWindow* w = makeWindow();
    w->document()->setRetryInterval(100ms);
    w->document()->setRetryWindow(500ms);
    auto* narrative = page(QStringLiteral("narrativePage"))
                          ->findChild<QPlainTextEdit*>(QStringLiteral("narrative_cause_en"));
    QVERIFY(narrative);
    LockHolder lock;
    QVERIFY(lock.start(m_path));
    narrative->setFocus();
    narrative->moveCursor(QTextCursor::End);
    QTest::keyClicks(narrative, QStringLiteral(" Typed while the workspace was busy."));
    FieldBinder::flushAll();
    QCOMPARE(savedLabel(), kBusy);

    QGuiApplication::clipboard()->clear();
    Dialogs::setNextAnswer(QMessageBox::Apply); // "Copy Text"
    QTRY_VERIFY_WITH_TIMEOUT(Dialogs::lastQuestion().contains(QStringLiteral("have not been saved for")),
                             5000);
    QTRY_VERIFY(
        QGuiApplication::clipboard()->text().contains(QStringLiteral("Typed while the workspace was busy.")));
    // Still kept, still shown, still tried.
    QVERIFY(narrative->toPlainText().endsWith(QStringLiteral(" Typed while the workspace was busy.")));
    QCOMPARE(savedLabel(), kBusy);
    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(!w->document()->hasPendingEdits(), 3000);
    QVERIFY(IncidentRepository(*m_db)
                .load(m_demoId, nullptr)
                ->narrative(NarrativeSection::Cause)
                ->textEn.endsWith(QStringLiteral(" Typed while the workspace was busy.")));
}

void TestSharedWorkspace::elsewhere_importRecipientsFromTheCommandLineShowsWithinTwoSeconds()
{
    makeWindow();
    auto* recipients = qobject_cast<RecipientsPage*>(page(QStringLiteral("recipientsPage")));
    QVERIFY(recipients);
    recipients->selectGroup(QStringLiteral("employees"));
    const int before = recipients->model()->rowCount();

    const test::CliResult r =
        runCli({QStringLiteral("import-recipients"), QStringLiteral("--incident"),
                m_window->document()->incident().code, QStringLiteral("--group"), QStringLiteral("employees"),
                QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QTRY_COMPARE_WITH_TIMEOUT(recipients->model()->rowCount(), before + 3, 2000);
}

void TestSharedWorkspace::elsewhere_importIncidentFromTheCommandLineShowsInTheListWithinTwoSeconds()
{
    MainWindow* w = makeWindow();
    const int before = w->incidentList()->model()->rowCount();
    const test::CliResult r = runCli(
        {QStringLiteral("import-incident"), QStringLiteral(BD_TEST_DATA_DIR "/storage/valid-incident.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QTRY_COMPARE_WITH_TIMEOUT(w->incidentList()->model()->rowCount(), before + 1, 2000);
    QCOMPARE(w->document()->incidentId(), m_demoId); // the open incident stays open
}

void TestSharedWorkspace::elsewhere_changeToTheOpenIncidentShowsUnderTheWaitingText()
{
    MainWindow* w = makeWindow();
    w->document()->setRetryInterval(100ms);
    QLineEdit* phone = overviewField(QStringLiteral("deskPhoneLineEdit"));
    QLineEdit* hours = overviewField(QStringLiteral("deskHoursEnLineEdit"));
    QVERIFY(phone && hours);
    LockHolder lock;
    QVERIFY(lock.start(m_path));
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("03-5555-6666"));
    FieldBinder::flushAll();
    QCOMPARE(savedLabel(), kBusy);

    // The other program changes the same incident (the phone too) and lets go.
    QVERIFY(lock.exec(QStringLiteral("UPDATE incident SET desk_hours_en = 'Around the clock', desk_phone = "
                                     "'their phone' WHERE id = %1")
                          .arg(m_demoId)));
    // Its audit entry, chained as another BreachDesk would chain it (docs/audit-chain.md).
    StorageError error;
    const AuditChainHead head = AuditRepository(*m_db).chainHead(m_demoId, &error);
    AuditEntry theirs;
    theirs.atText = QStringLiteral("2026-01-01T00:00:00");
    theirs.who = QStringLiteral("other");
    theirs.incidentId = m_demoId;
    theirs.incidentCode = QStringLiteral("");
    theirs.entity = QStringLiteral("incident");
    theirs.entityId = m_demoId;
    theirs.field = QStringLiteral("desk_hours_en");
    theirs.before = QStringLiteral("");
    theirs.after = QStringLiteral("Around the clock");
    const QString hash = QString::fromLatin1(AuditChain::entryHash(theirs, head.hash));
    QVERIFY(lock.exec(
        QStringLiteral("INSERT INTO audit_log (at, who, incident_id, entity, entity_id, field, "
                       "before_value, after_value, prev_hash, hash) VALUES ('2026-01-01T00:00:00', "
                       "'other', %1, 'incident', %1, 'desk_hours_en', '', 'Around the clock', '%2', "
                       "'%3')")
            .arg(m_demoId)
            .arg(QString::fromLatin1(head.hash), hash)));
    QVERIFY(lock.exec(QStringLiteral("UPDATE audit_chain SET entries = entries + 1, head = '%1' WHERE "
                                     "incident_id = %2")
                          .arg(hash)
                          .arg(m_demoId)));
    lock.release(true);

    // Theirs shows within 2 s; the text typed here stays, and is written over theirs.
    QTRY_COMPARE_WITH_TIMEOUT(hours->text(), QStringLiteral("Around the clock"), 2000);
    QCOMPARE(phone->text(), QStringLiteral("03-5555-6666"));
    QTRY_COMPARE_WITH_TIMEOUT(storedField(QStringLiteral("desk_phone")), QStringLiteral("03-5555-6666"),
                              3000);
    QCOMPARE(storedField(QStringLiteral("desk_hours_en")), QStringLiteral("Around the clock"));
    QTRY_VERIFY(savedLabel().startsWith(QStringLiteral("All changes saved")));
    QCOMPARE(hours->text(), QStringLiteral("Around the clock"));
}

QTEST_MAIN(TestSharedWorkspace)
#include "tst_sharedworkspace.moc"
