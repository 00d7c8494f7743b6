// The workbench window: incidents on the left, the selected incident's pages on the right.
#pragma once

#include "workspace.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace bd {

class ElidedLabel;
class IncidentDocument;
class IncidentListModel;
class IntegrityBanner;
class Workspace;
struct StorageError;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the incident in the editor (and selects it in the list).
    void openIncident(qint64 id);
    IncidentDocument* document() const { return m_document; }
    QStackedWidget* pages() const { return m_pages; }
    QListWidget* navigation() const { return m_navigation; }
    QListView* incidentList() const { return m_incidentList; }
    QAction* action(const QString& objectName) const;
    // Shows the page with this object name ("overviewPage", "factsPage", "dataSetsPage", "narrativePage", …).
    void showPage(const QString& objectName);
    Workspace& workspace() const { return m_workspace; }
    // Across the top when the workspace's record failed its check on open (WorkspaceVerifier).
    IntegrityBanner* integrityBanner() const { return m_integrityBanner; }

    // How long a try the user asked for (Try Again) waits for another program's write lock.
    static constexpr int ManualRetryBusyTimeoutMs = 1000;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildPages();
    void updateActions();
    void updateTitle();
    void showStorageError(const StorageError& error);

    // Edits that wait for a busy workspace (IncidentDocument::hasPendingEdits()).
    void updateSaveStatus();
    void updateUndoActions();
    // Before closing or leaving the incident: saves waiting edits, or asks what to do with them. False when
    // the user cancels.
    bool settlePendingEdits();
    void retryPendingEdits();
    void pendingEditsTimedOut();
    bool savePendingText();
    void copyPendingText();

    // A service or another program changed the workspace.
    void workspaceChanged(qint64 incidentId, bd::Changes what);
    void showChangesFromElsewhere();
    void incidentRemovedElsewhere();
    // Selects the open incident in the list (the list model re-reads itself when incidents change).
    void selectOpenIncident();

    void newIncident();
    void importIncident();
    void exportIncident();
    void renameIncident();
    void duplicateIncident();
    void toggleArchived();
    void redactPersonalData();
    void deleteIncident();
    void showHistory();
    void editCompanyProfile();
    void setLanguage(const QString& language);
    void showAbout();
    void incidentSelected();

    Workspace& m_workspace;
    IncidentDocument* m_document;
    IncidentListModel* m_incidentModel;
    QListView* m_incidentList;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_savedLabel;
    QToolButton* m_retryButton;
    ElidedLabel* m_workspaceLabel;
    IntegrityBanner* m_integrityBanner;
    QString m_savedText; // the last "All changes saved" message
    bool m_showingChanges = false;
    bool m_changedAgain = false;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_incidentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_profileAction = nullptr;
    QAction* m_redactAction = nullptr;
    QAction* m_showArchivedAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_copyPendingAction = nullptr;
    QAction* m_savePendingAction = nullptr;
};

} // namespace bd
