#include "application.h"

#include "database.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace bd {

int runGui(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    Localization::setIdentity();
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("breachdesk"), QIcon(QStringLiteral(":/icons/breachdesk.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("bd::Application", "Personal-data breach notification workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace({QStringLiteral("workspace"), QStringLiteral("w")},
                                       QApplication::translate("bd::Application", "The workspace database."),
                                       QStringLiteral("FILE"), Database::defaultWorkspacePath());
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("bd::Application", "Load the demo incident if missing."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("bd::Application", "Interface language: ja or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption quitAfterShow(
        QStringLiteral("startup-benchmark"),
        QApplication::translate("bd::Application", "Print the start-up time once the window is "
                                                   "shown, then quit."));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("bd::Application", "The page to show first."),
                                  QStringLiteral("NAME"));
    parser.addOptions({workspace, demo, lang, quitAfterShow, page});
    parser.process(app);

    const QString language = parser.isSet(lang) ? parser.value(lang) : Localization::savedLanguage();
    Localization::install(language);

    // A workspace is opened, never conjured: --demo makes one when it is missing; otherwise the user is
    // asked.
    const QString path = parser.value(workspace);
    OpenMode mode;
    mode.create = parser.isSet(demo);
    if (!mode.create && !QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("bd::Application", "BreachDesk"),
            QApplication::translate("bd::Application",
                                    "There is no workspace at %1.\n\nCreate a new, empty workspace there?")
                .arg(path),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return 0;
        mode.create = true;
    }
    Database db;
    StorageError error;
    if (!db.open(path, mode, &error)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("bd::Application", "BreachDesk"),
            QApplication::translate("bd::Application", "The workspace %1 cannot be opened.\n\n%2")
                .arg(parser.value(workspace), error.text()));
        return error.exitCode();
    }
    std::optional<qint64> demoId;
    if (parser.isSet(demo)) {
        demoId = IncidentTransfer(db).ensureDemoIncident(&error, IncidentTransfer::DemoLists::WithRecipients);
        if (!demoId)
            QMessageBox::warning(
                nullptr, QApplication::translate("bd::Application", "BreachDesk"),
                QApplication::translate("bd::Application", "The demo incident could not be loaded.\n\n%1")
                    .arg(error.text()));
    }

    Workspace openWorkspace(db);
    MainWindow window(openWorkspace);
    if (demoId)
        window.openIncident(*demoId);
    if (parser.isSet(page))
        window.showPage(parser.value(page));
    window.show();
    if (parser.isSet(quitAfterShow)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("startup_ms=%lld\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}

} // namespace bd
