// Watches the deadlines of every open incident for the main window: the View → Deadline board action
// (Ctrl+Shift+D) and its dock, a warning in the status bar, and a title prefix such as
// "⚠ 1 due within 48 h — " while something falls due within 48 hours. Re-evaluates every minute, after edits
// and whenever the workspace announces a change that moves deadlines (workspace.h): facts, decisions,
// overrides, filings, the clock, or another program's commit. "Now" is the workspace's clock.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QTimer;
class QToolButton;

namespace bd {

class Workspace;
class DeadlineBoard;
class DeadlineBoardModel;
class MainWindow;

class DeadlineWatch : public QObject
{
    Q_OBJECT
public:
    // Adds the board action to `viewMenu`, the warning to the window's status bar, and starts watching.
    DeadlineWatch(Workspace& workspace, MainWindow* window, QMenu* viewMenu);

    DeadlineBoardModel* model() const { return m_model; }
    DeadlineBoard* board() const { return m_board; }
    QAction* boardAction() const { return m_boardAction; }
    // "⚠ 2 due within 48 h — ", or empty.
    QString titlePrefix() const;
    QString statusText() const;

    // Re-evaluates now (the timer and the workspace's changes call it).
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRefresh();
    void applyTitle();
    void updateStatus();
    void retranslateUi();
    void openFromBoard(qint64 incidentId);

    MainWindow* m_window;
    DeadlineBoardModel* m_model;
    DeadlineBoard* m_board;
    QAction* m_boardAction;
    QToolButton* m_status;
    QTimer* m_minute;
    QTimer* m_afterEdit;
    QString m_baseTitle; // the title the window set, without the prefix
    bool m_settingTitle = false;
};

} // namespace bd
