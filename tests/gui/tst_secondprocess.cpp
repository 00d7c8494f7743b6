// A second BreachDesk process never costs the window its edits. The window's code path runs live here (the
// demo workspace, a merged PDF from the Documents page on its worker connection, the file dialog of an
// export listing the workspace's folder) while the real executable opens and closes the same workspace.
// Afterwards the window's SQLite files must still be the ones on disk (none "(deleted)" under
// /proc/self/fd), an edit made in the window must be read by yet another process, and the file must hold it
// after the window has closed. Without the lock routing of app/core/storage/workspacelocks.h, the file
// dialog's content sniffing released SQLite's POSIX locks and the second process deleted the window's -wal.
#include "builtintemplates.h"
#include "database.h"
#include "dialogs.h"
#include "documentspage.h"
#include "incidentdocument.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "workspace.h"

#include "../cli/clitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class TestSecondProcess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editsSurviveAnotherProcessAfterAMergedExport_data();
    void editsSurviveAnotherProcessAfterAMergedExport();

private:
    // Descriptors of this process that point at a deleted file of the workspace.
    static QStringList deletedWorkspaceFiles(const QString& workspace);
    static void openOutsideSqlite(int foreign, const QString& workspace);
    static void runWindow(Database& db, qint64 id, int foreign, const QStringList& command,
                          const QString& title, const QString& dir);
};

void TestSecondProcess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
}

QStringList TestSecondProcess::deletedWorkspaceFiles(const QString& workspace)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo& fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.startsWith(workspace) && target.endsWith(QLatin1String("(deleted)")))
            deleted << target;
    }
    return deleted;
}

// What else in the window's process may open and close the workspace file outside SQLite.
enum class ForeignOpen
{
    None,
    FileDialog, // the save dialog of an export, listing the workspace's folder (icons by content type)
    MimeSniff,  // the content-type check such a dialog makes
    PlainRead,  // any QFile read of the file
};
Q_DECLARE_METATYPE(ForeignOpen)

void TestSecondProcess::editsSurviveAnotherProcessAfterAMergedExport_data()
{
    QTest::addColumn<ForeignOpen>("foreign");
    QTest::addColumn<QStringList>("command");
    const QStringList list{QStringLiteral("list-incidents")};
    const QStringList exportIncident{QStringLiteral("export-incident"), QStringLiteral("--incident"),
                                     QStringLiteral("INC-2024-003"), QStringLiteral("-")};
    QTest::newRow("list-incidents") << ForeignOpen::None << list;
    QTest::newRow("file dialog, list-incidents") << ForeignOpen::FileDialog << list;
    QTest::newRow("type sniffed, list-incidents") << ForeignOpen::MimeSniff << list;
    QTest::newRow("type sniffed, export-incident") << ForeignOpen::MimeSniff << exportIncident;
    QTest::newRow("read by QFile, list-incidents") << ForeignOpen::PlainRead << list;
}

void TestSecondProcess::openOutsideSqlite(int foreign, const QString& workspace)
{
    switch (ForeignOpen(foreign)) {
    case ForeignOpen::None:
        break;
    case ForeignOpen::FileDialog: {
        // Qt's own dialog, as under a desktop without a platform file chooser.
        QFileDialog dialog(nullptr, QStringLiteral("Merged PDF"), QFileInfo(workspace).absolutePath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.show();
        auto* model = dialog.findChild<QFileSystemModel*>();
        QVERIFY(model);
        QTRY_VERIFY(model->index(workspace).isValid());
        // The icon provider sniffs each file's type on the model's gatherer thread.
        (void)model->data(model->index(workspace), Qt::DecorationRole);
        QTest::qWait(1000);
        dialog.reject();
        break;
    }
    case ForeignOpen::MimeSniff:
        QCOMPARE(QMimeDatabase().mimeTypeForFile(workspace).name(),
                 QStringLiteral("application/vnd.sqlite3"));
        break;
    case ForeignOpen::PlainRead: {
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
        break;
    }
    }
}

void TestSecondProcess::editsSurviveAnotherProcessAfterAMergedExport()
{
    QFETCH(ForeignOpen, foreign);
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws.breachdesk"));
    const QString title = QStringLiteral("Edited after another process ran");
    std::optional<qint64> id;
    {
        Database db;
        StorageError error;
        QVERIFY2(db.open(workspace, &error), qPrintable(error.text()));
        id = IncidentTransfer(db).ensureDemoIncident(&error, IncidentTransfer::DemoLists::WithRecipients);
        QVERIFY2(id, qPrintable(error.text()));
        runWindow(db, *id, int(foreign), command, title, dir.path());
        if (QTest::currentTestFailed())
            return;
    }
    // After the window has closed the workspace, the edit is still in the file and it is intact.
    Database reopened;
    StorageError error;
    QVERIFY2(reopened.open(workspace, &error), qPrintable(error.text()));
    const std::optional<Incident> incident = IncidentRepository(reopened).load(*id, &error);
    QVERIFY(incident);
    QCOMPARE(incident->titleEn, title);
    QSqlQuery check(reopened.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestSecondProcess::runWindow(Database& db, qint64 id, int foreign, const QStringList& command,
                                  const QString& title, const QString& dir)
{
    const QString workspace = db.path();
    Workspace ws(db);
    MainWindow window(ws);
    window.openIncident(id);
    window.show();
    window.showPage(QStringLiteral("documentsPage"));
    auto* page = qobject_cast<DocumentsPage*>(window.pages()->currentWidget());
    QVERIFY(page);
    page->selectKind(QString::fromLatin1(TemplateKind::LetterIndividual));
    page->selectGroup(QStringLiteral("consignor_clients"));
    const QString merged = dir + QStringLiteral("/merged.pdf");
    Dialogs::setNextAnswer(QMessageBox::Ok); // the summary
    QVERIFY(page->exportMerged(merged));
    QVERIFY(QFileInfo(merged).size() > 0);

    openOutsideSqlite(foreign, workspace);
    if (QTest::currentTestFailed())
        return;
    // The second process: the real executable on the same workspace, while the window holds it open.
    const test::CliResult r =
        test::runBreachdesk(dir, QStringList(command) << QStringLiteral("--workspace") << workspace);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(deletedWorkspaceFiles(workspace), QStringList());

    // An edit in the window reaches the file: a third process reads it back.
    QVERIFY(window.document()->setIncidentField(QStringLiteral("title_en"), title));
    const test::CliResult read = test::runBreachdesk(
        dir, {QStringLiteral("export-incident"), QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
              QStringLiteral("-"), QStringLiteral("--workspace"), workspace});
    QCOMPARE(read.exitCode, 0);
    QVERIFY2(read.out.contains(title), qPrintable(read.err));
    QCOMPARE(deletedWorkspaceFiles(workspace), QStringList());
}

QTEST_MAIN(TestSecondProcess)
#include "tst_secondprocess.moc"
