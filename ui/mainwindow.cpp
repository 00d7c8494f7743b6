#include "mainwindow.h"

#include "elidedlabel.h"

#include "companyprofiledialog.h"
#include "datasetspage.h"
#include "deadlinewatch.h"
#include "dialogs.h"
#include "documentspage.h"
#include "factspage.h"
#include "fieldbinder.h"
#include "filingservice.h"
#include "filingspage.h"
#include "historydialog.h"
#include "incidentdocument.h"
#include "incidentlistmodel.h"
#include "incidentservice.h"
#include "integritybanner.h"
#include "localization.h"
#include "narrativepage.h"
#include "obligationspage.h"
#include "outputfile.h"
#include "overviewpage.h"
#include "recipientspage.h"
#include "redactiondialog.h"
#include "signingkey.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bd {

namespace {
QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_document(new IncidentDocument(workspace, this)),
      m_incidentModel(new IncidentListModel(workspace, this)), m_incidentList(new QListView),
      m_navigation(new QListWidget), m_pages(new QStackedWidget), m_savedLabel(new QLabel),
      m_retryButton(new QToolButton), m_workspaceLabel(new ElidedLabel),
      m_integrityBanner(new IntegrityBanner)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(
        QIcon::fromTheme(QStringLiteral("breachdesk"), QIcon(QStringLiteral(":/icons/breachdesk.svg"))));

    m_incidentList->setObjectName(QStringLiteral("incidentList"));
    m_incidentList->setModel(m_incidentModel);
    m_incidentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incidentList->setSpacing(2);
    m_incidentList->setWordWrap(true);
    m_incidentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_incidentList->setMinimumWidth(180);
    m_navigation->setObjectName(QStringLiteral("pageNavigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMaximumWidth(240);
    m_navigation->setMinimumWidth(180);
    m_pages->setObjectName(QStringLiteral("pageStack"));

    auto* splitter = new QSplitter;
    splitter->addWidget(m_incidentList);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({210, 200, 1100});
    // The record is checked before anything is shown: a damaged workspace gets the banner on top, and is
    // never repaired here (docs/audit-chain.md).
    m_integrityBanner->setIntegrity(m_workspace.incidents().verifyIntegrity());
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_integrityBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    // Status messages may be cut, never the window widened by them.
    m_savedLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_savedLabel, 1);
    // While edits wait for a busy workspace: try again now, or keep their text elsewhere.
    m_retryButton->setObjectName(QStringLiteral("retrySaveButton"));
    m_retryButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_retryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_retryButton->hide();
    connect(m_retryButton, &QToolButton::clicked, this, &MainWindow::retryPendingEdits);
    statusBar()->addWidget(m_retryButton);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setFullText(m_workspace.path());

    createActions();
    createMenus();
    auto* pendingMenu = new QMenu(m_retryButton);
    pendingMenu->addAction(m_copyPendingAction);
    pendingMenu->addAction(m_savePendingAction);
    m_retryButton->setMenu(pendingMenu);
    new DeadlineWatch(m_workspace, this,
                      m_viewMenu); // View → Deadline board, and the 48 h warning in the title
    retranslateUi();

    connect(m_incidentList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::incidentSelected);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_document, &IncidentDocument::storageFailed, this, &MainWindow::showStorageError);
    connect(m_document, &IncidentDocument::saved, this, [this] {
        m_savedText = tr("All changes saved (%1)")
                          .arg(m_workspace.now().toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        updateSaveStatus();
    });
    connect(m_document, &IncidentDocument::pendingChanged, this, [this] {
        updateSaveStatus();
        updateUndoActions();
    });
    connect(m_document, &IncidentDocument::retryWindowElapsed, this, &MainWindow::pendingEditsTimedOut);
    connect(m_document, &IncidentDocument::removedElsewhere, this, &MainWindow::incidentRemovedElsewhere);
    connect(&m_workspace, &Workspace::changed, this, &MainWindow::workspaceChanged);
    connect(&m_workspace, &Workspace::failed, this, &MainWindow::showStorageError);
    m_workspace.watchOtherPrograms();
    connect(m_document, &IncidentDocument::loaded, this, [this] {
        updateTitle();
        updateActions();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainwindow/geometry"))) {
        // First start: fill the screen. The size also serves where no window manager honours "maximised".
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            resize(screen->availableGeometry().size() * 0.92);
        setWindowState(Qt::WindowMaximized);
    }
    const qint64 last = settings.value(QStringLiteral("mainwindow/lastIncident")).toLongLong();
    const int row = m_incidentModel->rowOf(last);
    if (row >= 0)
        openIncident(last);
    else if (m_incidentModel->rowCount() > 0)
        openIncident(m_incidentModel->idAt(0));
    rebuildPages();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    FieldBinder::flushAll();
    // The pages use the document until they are gone (the Documents page saves its draft when destroyed), and
    // children are destroyed in the order they were made, the document first: the pages go now.
    delete takeCentralWidget();
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const char* name, const QIcon& icon, const QKeySequence& shortcut,
                       void (MainWindow::*slot)()) {
        auto* a = new QAction(icon, QString(), this);
        a->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = make("newIncidentAction", themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                       QKeySequence::New, &MainWindow::newIncident);
    m_importAction = make("importIncidentAction",
                          themedIcon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton),
                          QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importIncident);
    m_exportAction = make("exportIncidentAction",
                          themedIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton),
                          QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportIncident);
    m_quitAction =
        make("quitAction", QIcon::fromTheme(QStringLiteral("application-exit")), QKeySequence::Quit, nullptr);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Undo first saves pending typing, so that it takes back what the user sees. While edits wait for a busy
    // workspace it waits too: they would be undone out of order.
    QUndoStack* stack = m_document->undoStack();
    m_undoAction = make("undoAction", themedIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack),
                        QKeySequence(Qt::CTRL | Qt::Key_Z), nullptr);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        FieldBinder::flushAll();
        if (!m_document->undo())
            statusBar()->showMessage(tr("Undo is possible again once your changes are saved."), 5000);
    });
    m_redoAction =
        make("redoAction", themedIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward), {}, nullptr);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, this, [this] {
        FieldBinder::flushAll();
        if (!m_document->redo())
            statusBar()->showMessage(tr("Redo is possible again once your changes are saved."), 5000);
    });
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);

    m_copyPendingAction =
        make("copyPendingTextAction", themedIcon(QStringLiteral("edit-copy"), QStyle::SP_FileIcon), {},
             &MainWindow::copyPendingText);
    m_savePendingAction =
        make("savePendingTextAction",
             themedIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), {}, nullptr);
    connect(m_savePendingAction, &QAction::triggered, this, [this] { savePendingText(); });

    m_renameAction = make("renameIncidentAction", QIcon::fromTheme(QStringLiteral("edit-rename")),
                          QKeySequence(Qt::Key_F2), &MainWindow::renameIncident);
    m_duplicateAction = make("duplicateIncidentAction", QIcon::fromTheme(QStringLiteral("edit-copy")),
                             QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateIncident);
    m_archiveAction = make("archiveIncidentAction", QIcon::fromTheme(QStringLiteral("archive-insert")), {},
                           &MainWindow::toggleArchived);
    m_deleteAction =
        make("deleteIncidentAction", themedIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon),
             QKeySequence(Qt::CTRL | Qt::Key_Delete), &MainWindow::deleteIncident);
    m_redactAction = make("redactPersonalDataAction", QIcon::fromTheme(QStringLiteral("edit-clear-all")), {},
                          &MainWindow::redactPersonalData);
    m_profileAction = make("companyProfileAction", QIcon::fromTheme(QStringLiteral("document-properties")),
                           {}, &MainWindow::editCompanyProfile);
    m_historyAction =
        make("historyAction", themedIcon(QStringLiteral("view-history"), QStyle::SP_FileDialogDetailedView),
             QKeySequence(Qt::CTRL | Qt::Key_H), &MainWindow::showHistory);

    m_showArchivedAction = make("showArchivedAction", {}, {}, nullptr);
    m_showArchivedAction->setCheckable(true);
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool on) {
        const qint64 current = m_document->incidentId();
        m_incidentModel->setShowArchived(on);
        const int row = m_incidentModel->rowOf(current);
        if (row >= 0)
            m_incidentList->setCurrentIndex(m_incidentModel->index(row));
    });

    auto* languages = new QActionGroup(this);
    m_japaneseAction = make("japaneseAction", {}, {}, nullptr);
    m_englishAction = make("englishAction", {}, {}, nullptr);
    for (QAction* a : {m_japaneseAction, m_englishAction}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    (Localization::currentLanguage() == QLatin1String("ja") ? m_japaneseAction : m_englishAction)
        ->setChecked(true);
    connect(m_japaneseAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("ja")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_aboutAction =
        make("aboutAction", QIcon::fromTheme(QStringLiteral("help-about")), {}, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_profileAction);

    m_incidentMenu = menuBar()->addMenu(QString());
    m_incidentMenu->addAction(m_renameAction);
    m_incidentMenu->addAction(m_duplicateAction);
    m_incidentMenu->addAction(m_archiveAction);
    m_incidentMenu->addAction(m_redactAction);
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_historyAction);
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_deleteAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showArchivedAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_japaneseAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_historyAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_incidentMenu->setTitle(tr("&Incident"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_newAction->setText(tr("&New Incident"));
    m_newAction->setToolTip(
        tr("Create a new incident (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_importAction->setText(tr("&Import Incident…"));
    m_exportAction->setText(tr("&Export Incident…"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_renameAction->setText(tr("&Rename…"));
    m_duplicateAction->setText(tr("&Duplicate"));
    m_deleteAction->setText(tr("De&lete…"));
    m_historyAction->setText(tr("&History…"));
    m_profileAction->setText(tr("Company &Profile…"));
    m_redactAction->setText(tr("&Redact Personal Data…"));
    m_showArchivedAction->setText(tr("Show &Archived Incidents"));
    m_japaneseAction->setText(QStringLiteral("日本語"));
    m_englishAction->setText(QStringLiteral("English"));
    m_aboutAction->setText(tr("&About BreachDesk"));
    m_copyPendingAction->setText(tr("&Copy Unsaved Text"));
    m_savePendingAction->setText(tr("&Save Unsaved Text to a File…"));
    m_retryButton->setText(tr("Try Again"));
    m_retryButton->setToolTip(tr("Try to save the waiting changes now"));
    m_savedText = tr("Every change is saved as you type.");
    updateSaveStatus();
    updateActions();
    updateTitle();
}

void MainWindow::rebuildPages()
{
    const int current = std::max(0, m_navigation->currentRow());
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_navigation->clear();
    struct Builtin
    {
        QString name;
        QString title;
        QIcon icon;
        QWidget* widget;
    };
    const QList<Builtin> builtins = {
        {QStringLiteral("overviewPage"), tr("Overview"),
         themedIcon(QStringLiteral("document-properties"), QStyle::SP_FileDialogInfoView),
         new OverviewPage(m_document)},
        {QStringLiteral("factsPage"), tr("Facts & timeline"),
         themedIcon(QStringLiteral("view-calendar"), QStyle::SP_FileDialogListView),
         new FactsPage(m_document)},
        {QStringLiteral("dataSetsPage"), tr("Data & people affected"),
         themedIcon(QStringLiteral("system-users"), QStyle::SP_DirIcon), new DataSetsPage(m_document)},
        {QStringLiteral("narrativePage"), tr("Narrative (JA|EN)"),
         themedIcon(QStringLiteral("format-justify-left"), QStyle::SP_FileDialogContentsView),
         new NarrativePage(m_document)},
        {QStringLiteral("obligationsPage"), tr("Obligations & deadlines"),
         themedIcon(QStringLiteral("appointment-soon"), QStyle::SP_MessageBoxWarning),
         new ObligationsPage(m_document)},
        {QStringLiteral("recipientsPage"), tr("Recipients"),
         themedIcon(QStringLiteral("contact-new"), QStyle::SP_DirHomeIcon), new RecipientsPage(m_document)},
        {QStringLiteral("documentsPage"), tr("Documents"),
         themedIcon(QStringLiteral("x-office-document"), QStyle::SP_FileIcon), new DocumentsPage(m_document)},
        {QStringLiteral("filingsPage"), tr("Filings"),
         themedIcon(QStringLiteral("document-send"), QStyle::SP_DialogSaveButton),
         new FilingsPage(m_document)},
    };
    for (const Builtin& b : builtins) {
        b.widget->setObjectName(b.name);
        m_pages->addWidget(b.widget);
        new QListWidgetItem(b.icon, b.title, m_navigation);
    }
    const bool enabled = m_document->isLoaded();
    m_pages->setEnabled(enabled);
    m_navigation->setEnabled(enabled);
    m_navigation->setCurrentRow(std::min(current, m_navigation->count() - 1));
}

void MainWindow::showPage(const QString& objectName)
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i)->objectName() == objectName)
            m_navigation->setCurrentRow(i);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        FieldBinder::flushAll();
        retranslateUi();
        rebuildPages();
        m_incidentModel->reload();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settlePendingEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/lastIncident"), m_document->incidentId());
    event->accept();
}

void MainWindow::updateActions()
{
    const bool open = m_document->isLoaded();
    for (QAction* a : {m_exportAction, m_renameAction, m_duplicateAction, m_archiveAction, m_deleteAction,
                       m_historyAction})
        a->setEnabled(open);
    // Redaction is offered once the incident is archived (RedactionRepository::plan says the rest).
    m_redactAction->setEnabled(open && !m_workspace.isReadOnly() &&
                               m_document->incident().status == IncidentStatus::Archived);
    if (m_archiveAction)
        m_archiveAction->setText(open && m_document->incident().status == IncidentStatus::Archived
                                     ? tr("&Unarchive")
                                     : tr("&Archive"));
}

void MainWindow::updateTitle()
{
    if (!m_document->isLoaded()) {
        setWindowTitle(QStringLiteral("BreachDesk"));
        return;
    }
    const Incident& inc = m_document->incident();
    const QString title = Localization::currentLanguage() == QLatin1String("ja")
                              ? (inc.titleJa.isEmpty() ? inc.titleEn : inc.titleJa)
                              : (inc.titleEn.isEmpty() ? inc.titleJa : inc.titleEn);
    setWindowTitle(QStringLiteral("%1 %2 — BreachDesk").arg(inc.code, title));
}

void MainWindow::showStorageError(const StorageError& error)
{
    Dialogs::warning(this, tr("Not saved"), error.message, error.detail);
}

void MainWindow::openIncident(qint64 id)
{
    if (!settlePendingEdits()) {
        selectOpenIncident(); // the list shows the incident that stays open
        return;
    }
    StorageError error;
    if (!m_document->load(id, &error)) {
        showStorageError(error);
        return;
    }
    const int row = m_incidentModel->rowOf(id);
    if (row >= 0 && m_incidentList->currentIndex().row() != row)
        m_incidentList->setCurrentIndex(m_incidentModel->index(row));
    m_pages->setEnabled(true);
    m_navigation->setEnabled(true);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::incidentSelected()
{
    const qint64 id = m_incidentModel->idAt(m_incidentList->currentIndex().row());
    if (id && id != m_document->incidentId())
        openIncident(id);
}

void MainWindow::newIncident()
{
    if (!settlePendingEdits())
        return;
    StorageError error;
    const std::optional<qint64> id =
        m_workspace.incidents().createEmpty(tr("New incident"), QStringLiteral("New incident"), &error);
    if (!id) {
        showStorageError(error);
        return;
    }
    openIncident(*id);
    showPage(QStringLiteral("overviewPage"));
}

void MainWindow::importIncident()
{
    const QString path = Dialogs::openFileName(this, tr("Import Incident"), tr("Incident files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warning(this, tr("Import Incident"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    IncidentService& incidents = m_workspace.incidents();
    auto result = incidents.importJson(bytes, IncidentTransfer::CodeConflict::Fail);
    if (!result.ok() && result.problems.isEmpty() && result.storage.kind == StorageError::Invalid &&
        Dialogs::question(
            this, tr("Import Incident"),
            tr("%1\n\nImport it under the next free code instead?").arg(result.storage.message)) ==
            QMessageBox::Yes)
        result = incidents.importJson(bytes, IncidentTransfer::CodeConflict::NewCode);
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const IncidentJsonError& p : result.problems)
            lines.append(p.text());
        Dialogs::warning(this, tr("Import Incident"),
                         tr("%1 was not imported. Nothing was changed.\n\n%2")
                             .arg(path, lines.mid(0, 12).join(QLatin1Char('\n'))),
                         lines.join(QLatin1Char('\n')));
        return;
    }
    if (!result.ok()) {
        if (result.storage.kind != StorageError::Invalid)
            showStorageError(result.storage);
        return;
    }
    openIncident(result.incidentId); // (the list has it: the service announced it)
    statusBar()->showMessage(tr("Imported %1").arg(result.code), 5000);
}

void MainWindow::exportIncident()
{
    if (!settlePendingEdits()) // the export is read from the workspace
        return;
    const QString code = m_document->incident().code;
    const QString path = Dialogs::saveFileName(this, tr("Export Incident"), code + QStringLiteral(".json"),
                                               tr("Incident files (*.json)"));
    if (path.isEmpty())
        return;
    StorageError error;
    const std::optional<QByteArray> json =
        m_workspace.incidents().exportJson(m_document->incidentId(), &error);
    if (!json) {
        showStorageError(error);
        return;
    }
    QString writeError;
    const RecordedExport done = m_workspace.filings().writeRecorded(path, [&](ExportRecord* record) {
        const std::optional<QByteArray> sha256 =
            OutputFile::writeAll(path, *json, m_workspace.files(), &writeError);
        if (sha256)
            *record = {m_document->incidentId(), code, QStringLiteral("incident"),
                       QStringLiteral("json"),   1,    *sha256};
        return sha256.has_value();
    });
    if (!done.written()) {
        if (!writeError.isEmpty())
            Dialogs::warning(this, tr("Export Incident"), tr("Cannot write %1: %2").arg(path, writeError));
        else
            showStorageError(done.error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1 to %2").arg(code, path), 5000);
}

void MainWindow::renameIncident()
{
    FieldBinder::flushAll();
    const bool japanese = Localization::currentLanguage() == QLatin1String("ja");
    const QString key = japanese ? QStringLiteral("title_ja") : QStringLiteral("title_en");
    const Incident& inc = m_document->incident();
    bool ok = false;
    const QString title = Dialogs::textInput(this, tr("Rename Incident"),
                                             japanese ? tr("Title (Japanese):") : tr("Title (English):"),
                                             japanese ? inc.titleJa : inc.titleEn, &ok);
    if (ok && !title.trimmed().isEmpty())
        m_document->setIncidentField(key, title.trimmed());
}

void MainWindow::duplicateIncident()
{
    if (!settlePendingEdits()) // the copy is read from the workspace
        return;
    StorageError error;
    const std::optional<IncidentSummary> copy =
        m_workspace.incidents().duplicate(m_document->incidentId(), &error);
    if (!copy) {
        showStorageError(error);
        return;
    }
    openIncident(copy->id);
    statusBar()->showMessage(tr("Duplicated as %1").arg(copy->code), 5000);
}

void MainWindow::toggleArchived()
{
    const bool archived = m_document->incident().status == IncidentStatus::Archived;
    m_document->setIncidentField(QStringLiteral("status"),
                                 archived ? QStringLiteral("open") : QStringLiteral("archived"));
}

void MainWindow::redactPersonalData()
{
    if (!settlePendingEdits())
        return;
    if (!RedactionDialog::run(this, m_workspace, m_document->incidentId()))
        return;
    openIncident(m_document->incidentId()); // every page again, with the blanked recipients
    statusBar()->showMessage(tr("The personal data of %1 was redacted.").arg(m_document->incident().code),
                             8000);
}

void MainWindow::deleteIncident()
{
    if (!settlePendingEdits())
        return;
    const Incident& inc = m_document->incident();
    const QString code = inc.code;
    if (Dialogs::question(this, tr("Delete Incident"),
                          tr("Delete %1 and everything recorded for it? This cannot be undone. "
                             "(The history keeps a record that it was deleted.)")
                              .arg(code)) != QMessageBox::Yes)
        return;
    StorageError error;
    if (!m_workspace.incidents().remove(inc.id, &error)) {
        showStorageError(error);
        return;
    }
    m_document->clear(); // (the list no longer has it: the service announced the deletion)
    if (m_incidentModel->rowCount() > 0)
        openIncident(m_incidentModel->idAt(0));
    else
        rebuildPages();
    updateActions();
    updateTitle();
    statusBar()->showMessage(tr("Deleted %1").arg(code), 5000);
}

void MainWindow::editCompanyProfile()
{
    CompanyProfileDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Company profile saved. New incidents start from it."), 5000);
}

void MainWindow::showHistory()
{
    FieldBinder::flushAll();
    HistoryDialog dialog(m_workspace, m_document->incidentId(), m_document->incident().code, this);
    dialog.exec();
}

void MainWindow::setLanguage(const QString& language)
{
    Localization::saveLanguage(language);
    Localization::install(language); // sends LanguageChange to every widget
}

void MainWindow::showAbout()
{
    // The fingerprint that counsel compares with the one verify-archive prints (docs/signing.md); the key is
    // only read here, never made.
    const SigningKey::Loaded key = SigningKey::load(m_workspace.path());
    const QString signing = key.key ? tr("Your signing key:\n%1").arg(key.key->fingerprint())
                            : key.problem == SigningKey::Problem::Missing
                                ? tr("Your signing key: none yet (it is made with the first archive export).")
                                : tr("Your signing key cannot be used: %1").arg(key.error);
    Dialogs::information(
        this, tr("About BreachDesk"),
        tr("BreachDesk %1\nA workbench for personal-data breach notifications.\n\nWorkspace: %2")
                .arg(QApplication::applicationVersion(), m_workspace.path()) +
            QStringLiteral("\n\n") + signing);
}

void MainWindow::updateUndoActions()
{
    m_undoAction->setEnabled(m_document->canUndo());
    m_redoAction->setEnabled(m_document->canRedo());
}

void MainWindow::updateSaveStatus()
{
    const bool pending = m_document->hasPendingEdits();
    m_savedLabel->setText(pending ? tr("Not saved – workspace busy") : m_savedText);
    m_savedLabel->setToolTip(
        pending ? tr("Another program is writing to the workspace (for example an import started from a "
                     "terminal). %n change(s) are kept in this window and saved as soon as it finishes.",
                     nullptr, m_document->pendingEditCount())
                : QString());
    m_savedLabel->setStyleSheet(pending ? QStringLiteral("color: #a04000; font-weight: bold") : QString());
    m_retryButton->setVisible(pending);
}

void MainWindow::retryPendingEdits()
{
    FieldBinder::flushAll();
    if (!m_document->retryNow(ManualRetryBusyTimeoutMs))
        statusBar()->showMessage(tr("The workspace is still busy. BreachDesk keeps trying."), 5000);
}

bool MainWindow::settlePendingEdits()
{
    FieldBinder::flushAll();
    if (!m_document->hasPendingEdits() || m_document->retryNow(IncidentDocument::WriteBusyTimeoutMs))
        return true;
    for (;;) {
        const QMessageBox::StandardButton answer = Dialogs::choose(
            this, tr("Changes Not Saved"),
            tr("%n change(s) could not be saved yet because another program is writing to the workspace "
               "(for example an import started from a terminal). They are still shown in the window.\n\n"
               "Try again, keep a copy of the text in a file, or discard them.",
               nullptr, m_document->pendingEditCount()),
            {{QMessageBox::Retry, tr("Try Again")},
             {QMessageBox::Save, tr("Save Text to a File…")},
             {QMessageBox::Discard, tr("Discard Changes")},
             {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Retry);
        switch (answer) {
        case QMessageBox::Retry:
            if (m_document->retryNow(ManualRetryBusyTimeoutMs))
                return true;
            break;
        case QMessageBox::Save:
            if (savePendingText()) {
                m_document->discardPendingEdits();
                return true;
            }
            break;
        case QMessageBox::Discard:
            m_document->discardPendingEdits();
            return true;
        default:
            return false;
        }
    }
}

void MainWindow::pendingEditsTimedOut()
{
    if (!m_document->hasPendingEdits())
        return;
    const int minutes = std::max<int>(1, int(m_document->retryWindow() / std::chrono::minutes(1)));
    const QMessageBox::StandardButton answer = Dialogs::choose(
        this, tr("Changes Not Saved"),
        tr("Your last changes have not been saved for %n minute(s): another program is still writing to the "
           "workspace. They are kept in this window, and BreachDesk keeps trying to save them.\n\n"
           "To be safe, you can also keep a copy of the text elsewhere.",
           nullptr, minutes),
        {{QMessageBox::Retry, tr("Try Again Now")},
         {QMessageBox::Save, tr("Save Text to a File…")},
         {QMessageBox::Apply, tr("Copy Text")},
         {QMessageBox::Close, tr("Keep Waiting")}},
        QMessageBox::Retry);
    switch (answer) {
    case QMessageBox::Retry:
        retryPendingEdits();
        break;
    case QMessageBox::Save:
        savePendingText();
        break;
    case QMessageBox::Apply:
        copyPendingText();
        break;
    default:
        break;
    }
}

bool MainWindow::savePendingText()
{
    if (!m_document->hasPendingEdits())
        return false;
    const QString code = m_document->incident().code;
    const QString path = Dialogs::saveFileName(
        this, tr("Save Unsaved Text"), code + QStringLiteral("-unsaved.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return false;
    const QString text = tr("Changes to %1 that were not saved to the workspace %2 (%3):")
                             .arg(code, m_workspace.path(), m_workspace.now().toString(Qt::ISODate)) +
                         QStringLiteral("\n\n") + m_document->pendingEditsText() + QLatin1Char('\n');
    // Never one of the workspace's own files (OutputFile refuses them): opening and closing them other than
    // through SQLite would release SQLite's locks ("How To Corrupt An SQLite Database File", §2.2).
    QString error;
    if (!OutputFile::writeAll(path, text.toUtf8(), m_workspace.files(), &error)) {
        Dialogs::warning(this, tr("Save Unsaved Text"), tr("Cannot write %1: %2").arg(path, error));
        return false;
    }
    statusBar()->showMessage(tr("Unsaved text saved to %1").arg(path), 5000);
    return true;
}

void MainWindow::copyPendingText()
{
    if (!m_document->hasPendingEdits())
        return;
    QGuiApplication::clipboard()->setText(m_document->pendingEditsText());
    statusBar()->showMessage(tr("Unsaved text copied to the clipboard"), 5000);
}

void MainWindow::selectOpenIncident()
{
    const int row = m_incidentModel->rowOf(m_document->incidentId());
    if (row >= 0 && m_incidentList->currentIndex().row() != row)
        m_incidentList->setCurrentIndex(m_incidentModel->index(row));
}

void MainWindow::workspaceChanged(qint64 incidentId, Changes what)
{
    if (what & Change::Elsewhere) {
        showChangesFromElsewhere(); // (the views that show the change refresh themselves)
        return;
    }
    if (what & Change::IncidentList) {
        selectOpenIncident(); // (the model re-read the list itself)
        if (incidentId == m_document->incidentId()) {
            updateTitle();
            updateActions();
        }
    }
}

void MainWindow::showChangesFromElsewhere()
{
    // A dialog opened by a refresh runs the event loop, and with it the watcher: refresh again afterwards.
    if (m_showingChanges) {
        m_changedAgain = true;
        return;
    }
    const QScopedValueRollback guard(m_showingChanges, true);
    do {
        m_changedAgain = false;
        selectOpenIncident(); // (the model re-read the list itself)
        if (!m_document->isLoaded() && m_incidentModel->rowCount() > 0)
            openIncident(m_incidentModel->idAt(0));
        m_document->refreshFromStorage();
    } while (m_changedAgain);
}

void MainWindow::incidentRemovedElsewhere()
{
    const QString code = m_document->incident().code;
    const QString pending = m_document->pendingEditsText();
    m_document->clear(); // (drops the waiting edits; their text is shown below)
    m_incidentModel->reload();
    if (m_incidentModel->rowCount() > 0)
        openIncident(m_incidentModel->idAt(0));
    else
        rebuildPages();
    updateActions();
    updateTitle();
    Dialogs::warning(this, tr("Incident Deleted"),
                     pending.isEmpty()
                         ? tr("%1 was deleted by another program.").arg(code)
                         : tr("%1 was deleted by another program. Your changes to it that were not saved yet "
                              "are in the details below.")
                               .arg(code),
                     pending);
}

} // namespace bd
