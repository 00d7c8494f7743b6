#include "deadlinewatch.h"

#include "deadlineboard.h"
#include "incidentdocument.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace bd {

DeadlineWatch::DeadlineWatch(Workspace& workspace, MainWindow* window, QMenu* viewMenu)
    : QObject(window), m_window(window), m_model(new DeadlineBoardModel(workspace, this)),
      m_board(new DeadlineBoard(m_model, window)), m_boardAction(m_board->toggleViewAction()),
      m_status(new QToolButton), m_minute(new QTimer(this)), m_afterEdit(new QTimer(this))
{
    setObjectName(QStringLiteral("deadlineWatch"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_board);
    m_board->hide();
    m_boardAction->setObjectName(QStringLiteral("deadlineBoardAction"));
    m_boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    viewMenu->addSeparator();
    viewMenu->addAction(m_boardAction);

    m_status->setObjectName(QStringLiteral("deadlineStatus"));
    m_status->setAutoRaise(true);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->hide();
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_status, &QToolButton::clicked, m_board, [this] {
        m_board->show();
        m_board->raise();
    });

    m_minute->setInterval(60 * 1000);
    // Time passing is a change of "now" for every view that shows deadlines.
    connect(m_minute, &QTimer::timeout, &workspace, [&workspace] { workspace.announce(0, Change::Clock); });
    m_minute->start();
    m_afterEdit->setSingleShot(true);
    m_afterEdit->setInterval(500);
    connect(m_afterEdit, &QTimer::timeout, this, &DeadlineWatch::refresh);

    // Typing in the facts re-evaluates shortly after; a recorded decision, filing or clock change at once.
    connect(&workspace, &Workspace::changed, this, [this](qint64, Changes what) {
        if (what & (Change::Obligations | Change::Filings | Change::Clock | Change::IncidentList |
                    Change::Elsewhere))
            refresh();
        else if (what & Change::Incident)
            scheduleRefresh();
    });
    connect(m_board, &DeadlineBoard::openRequested, this, &DeadlineWatch::openFromBoard);

    m_baseTitle = window->windowTitle();
    window->installEventFilter(this);
    retranslateUi();
    refresh();
}

QString DeadlineWatch::titlePrefix() const
{
    const int soon = m_model->count(FilingState::DueSoon);
    return soon > 0 ? tr("⚠ %n due within 48 h — ", nullptr, soon) : QString();
}

QString DeadlineWatch::statusText() const
{
    QStringList parts;
    if (const int soon = m_model->count(FilingState::DueSoon); soon > 0)
        parts.append(tr("%n due within 48 h", nullptr, soon));
    if (const int overdue = m_model->count(FilingState::Overdue); overdue > 0)
        parts.append(tr("%n overdue", nullptr, overdue));
    return parts.isEmpty() ? QString() : QStringLiteral("⚠ ") + parts.join(QStringLiteral(" · "));
}

void DeadlineWatch::refresh()
{
    m_afterEdit->stop();
    m_model->reload();
    updateStatus();
    applyTitle();
}

void DeadlineWatch::scheduleRefresh()
{
    m_afterEdit->start();
}

void DeadlineWatch::applyTitle()
{
    const QString title = titlePrefix() + m_baseTitle;
    if (m_window->windowTitle() == title)
        return;
    m_settingTitle = true;
    m_window->setWindowTitle(title);
    m_settingTitle = false;
}

void DeadlineWatch::updateStatus()
{
    const QString text = statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(m_model->count(FilingState::Overdue) > 0 ? QStringLiteral("color: #b00020;")
                                                                     : QStringLiteral("color: #a05000;"));
}

bool DeadlineWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::WindowTitleChange && !m_settingTitle) {
            m_baseTitle = m_window->windowTitle();
            applyTitle();
        } else if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
            refresh(); // the board's texts and headers in the new language
        }
    }
    return QObject::eventFilter(watched, event);
}

void DeadlineWatch::retranslateUi()
{
    m_boardAction->setToolTip(tr("Every filing of every open incident, most urgent first (%1)")
                                  .arg(m_boardAction->shortcut().toString(QKeySequence::NativeText)));
    m_status->setToolTip(tr("Open the deadline board"));
    updateStatus();
    applyTitle();
}

void DeadlineWatch::openFromBoard(qint64 incidentId)
{
    if (incidentId != m_window->document()->incidentId())
        m_window->openIncident(incidentId);
    m_window->showPage(QStringLiteral("obligationsPage"));
}

} // namespace bd
