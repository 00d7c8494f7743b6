// Views stay live: a write through any service (obligations, filings, the incident editor) reaches the
// Filings page's register, the deadline board and the title's warning at once, and a change the command line
// commits to the workspace the window holds shows within two seconds (workspace.h).
#include "clitestsupport.h"
#include "deadlineboard.h"
#include "deadlinewatch.h"
#include "filingservice.h"
#include "incidentdocument.h"
#include "incidentservice.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "obligationrepository.h"
#include "obligationservice.h"
#include "outputfile.h"
#include "requiredfiling.h"
#include "workspace.h"

#include <QApplication>
#include <QListView>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace bd;

namespace {
QDateTime jst(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600));
}
} // namespace

class TestLiveViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void obligationOverride_reachesRegisterBoardAndTitle();
    void filingMarkedSubmitted_reachesRegisterBoardAndTitle();
    void incidentEdit_reachesTheBoardAndRegister();
    void clockMoved_reachesEveryView();
    void commandLineImport_reachesListAndBoardWithinTwoSeconds();

private:
    MainWindow* makeWindow();
    QTableWidget* registerTable() const;
    // The register's "Deadline" text of the filing `key`, or a null string when it has no row.
    QString registerDeadline(const QString& key) const;
    DeadlineBoardModel* board() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    SettableClock m_clock;
    qint64 m_demoId = 0;
};

void TestLiveViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
}

void TestLiveViews::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("live%1.breachdesk").arg(++n));
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_demoId = *id;
    // As the demo stood before its 速報 was submitted (its record says 2024-09-02): 36 hours left.
    QVERIFY(ObligationRepository(*m_db).setFiling(
        m_demoId, FilingRecord{QStringLiteral("ppc_preliminary"), QStringLiteral("not_started"), {}, {}, {}},
        &error));
    m_clock.set(jst(2024, 9, 1, 12, 0));
}

void TestLiveViews::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

MainWindow* TestLiveViews::makeWindow()
{
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_workspace->setClock(&m_clock);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->openIncident(m_demoId);
    m_window->resize(1400, 900);
    m_window->show();
    return m_window.get();
}

QTableWidget* TestLiveViews::registerTable() const
{
    return m_window->pages()->findChild<QTableWidget*>(QStringLiteral("registerTable"));
}

QString TestLiveViews::registerDeadline(const QString& key) const
{
    QTableWidget* table = registerTable();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return table->item(r, 3)->text();
    return {};
}

DeadlineBoardModel* TestLiveViews::board() const
{
    return m_window->findChild<DeadlineWatch*>(QStringLiteral("deadlineWatch"))->model();
}

void TestLiveViews::obligationOverride_reachesRegisterBoardAndTitle()
{
    MainWindow* w = makeWindow();
    QVERIFY(registerTable());
    QCOMPARE(registerDeadline(QStringLiteral("ppc_preliminary")), filingStateText(FilingState::DueSoon));
    QCOMPARE(board()->count(FilingState::DueSoon), 1);
    QVERIFY2(w->windowTitle().startsWith(QStringLiteral("⚠ 1 due within 48 h")),
             qPrintable(w->windowTitle()));

    // The officer decides the 速報 is not required (as the Obligations page's override does): no view is
    // left showing it as due, without switching incidents or pages.
    Override notRequired;
    notRequired.key = QStringLiteral("ppc_preliminary");
    notRequired.value = false;
    notRequired.reason = QStringLiteral("Counsel's view recorded on the file.");
    StorageError error;
    QVERIFY2(m_workspace->obligations().addOverride(m_demoId, notRequired, &error), qPrintable(error.text()));
    QCOMPARE(registerDeadline(QStringLiteral("ppc_preliminary")), filingStateText(FilingState::NotRequired));
    QCOMPARE(board()->count(FilingState::DueSoon), 0);
    QVERIFY2(!w->windowTitle().startsWith(QStringLiteral("⚠")), qPrintable(w->windowTitle()));

    // Withdrawn: due again everywhere.
    QVERIFY(m_workspace->obligations().withdrawOverride(m_demoId, QStringLiteral("ppc_preliminary"),
                                                        QStringLiteral("Counsel changed her view."), &error));
    QCOMPARE(registerDeadline(QStringLiteral("ppc_preliminary")), filingStateText(FilingState::DueSoon));
    QCOMPARE(board()->count(FilingState::DueSoon), 1);
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("⚠ 1 due within 48 h")));
}

void TestLiveViews::filingMarkedSubmitted_reachesRegisterBoardAndTitle()
{
    MainWindow* w = makeWindow();
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("⚠ 1 due within 48 h")));
    StorageError error;
    QVERIFY2(m_workspace->filings().markSubmitted(m_demoId, QStringLiteral("ppc_preliminary"),
                                                  QDate(2024, 9, 1), QStringLiteral("R-0001"), &error),
             qPrintable(error.text()));
    QTableWidget* table = registerTable();
    bool found = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("ppc_preliminary")) {
            QCOMPARE(table->item(r, 5)->text(), QStringLiteral("2024-09-01"));
            QCOMPARE(table->item(r, 6)->text(), QStringLiteral("R-0001"));
            found = true;
        }
    QVERIFY(found);
    QCOMPARE(board()->count(FilingState::DueSoon), 0);
    QVERIFY2(!w->windowTitle().startsWith(QStringLiteral("⚠")), qPrintable(w->windowTitle()));
}

void TestLiveViews::incidentEdit_reachesTheBoardAndRegister()
{
    makeWindow();
    QCOMPARE(board()->count(FilingState::Overdue), 0);
    // Learned of it ten days earlier: the 速報 was due days ago.
    QVERIFY(m_window->document()->setIncidentField(QStringLiteral("known_at"), jst(2024, 8, 19, 10, 0)));
    QCOMPARE(registerDeadline(QStringLiteral("ppc_preliminary")), filingStateText(FilingState::Overdue));
    QTRY_COMPARE_WITH_TIMEOUT(board()->count(FilingState::Overdue), 1, 2000);
    // Undone: on time again.
    QVERIFY(m_window->document()->undo());
    QCOMPARE(registerDeadline(QStringLiteral("ppc_preliminary")), filingStateText(FilingState::DueSoon));
    QTRY_COMPARE_WITH_TIMEOUT(board()->count(FilingState::Overdue), 0, 2000);
}

void TestLiveViews::clockMoved_reachesEveryView()
{
    MainWindow* w = makeWindow();
    m_clock.set(jst(2024, 9, 10, 9, 0)); // long after the 速報's deadline
    m_workspace->setClock(&m_clock);     // announces the moved clock
    QCOMPARE(registerDeadline(QStringLiteral("ppc_preliminary")), filingStateText(FilingState::Overdue));
    QCOMPARE(board()->count(FilingState::Overdue), 1);
    QVERIFY2(!w->windowTitle().startsWith(QStringLiteral("⚠ 1 due within")), qPrintable(w->windowTitle()));
}

void TestLiveViews::commandLineImport_reachesListAndBoardWithinTwoSeconds()
{
    MainWindow* w = makeWindow();
    const int incidents = w->incidentList()->model()->rowCount();
    const int boardRows = board()->rowCount();
    QVERIFY(boardRows > 0);
    // A second copy of the demo, imported from a terminal while the window holds the workspace.
    StorageError error;
    const std::optional<QByteArray> json = m_workspace->incidents().exportJson(m_demoId, &error);
    QVERIFY2(json, qPrintable(error.text()));
    const QString file = m_dir.filePath(QStringLiteral("copy.json"));
    QString writeError;
    QVERIFY2(OutputFile::writeAll(file, *json, {}, &writeError), qPrintable(writeError));
    const test::CliResult r =
        test::runBreachdesk(m_dir.path(),
                            {QStringLiteral("import-incident"), QStringLiteral("--workspace"), m_path,
                             QStringLiteral("--new-code"), file},
                            {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QTRY_COMPARE_WITH_TIMEOUT(w->incidentList()->model()->rowCount(), incidents + 1, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(board()->rowCount() > boardRows, 2000);
}

QTEST_MAIN(TestLiveViews)
#include "tst_liveviews.moc"
