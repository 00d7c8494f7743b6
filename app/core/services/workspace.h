// The open workspace as the window and the command line see it: the one place every write goes through and
// every view hears about. Each area has its service (incidentservice.h, obligationservice.h, filingservice.h,
// recipientservice.h, templateservice.h, companyprofileservice.h); a service validates, writes through
// storage in one transaction with its audit entry, and then announces what it changed here. Views connect to
// changed() and re-read what they show, so that nothing stays stale: a decision on the Obligations page
// updates the register, the deadline board and the title's warning at once. Changes that another program
// commits to the same workspace (the command line in a terminal, a second window) are noticed by polling
// (workspacewatcher.h) and announced the same way.
//
// "Now" comes from the injected clock, never from the system in a page: tests and "what if" views set it.
#pragma once

#include "clock.h"
#include "storageerror.h"

#include <QDateTime>
#include <QFlags>
#include <QObject>
#include <QStringList>

#include <memory>

class QUndoStack;

namespace bd {

class CompanyProfileService;
class Database;
class FilingService;
class IncidentService;
class ObligationService;
class RecipientService;
class TemplateService;
class WorkspaceWatcher;

// What a change touched, so that a view re-reads only what it shows.
enum class Change : quint32
{
    Incident = 0x1,     // the facts, data sets, timeline, narratives and readers of one incident
    IncidentList = 0x2, // incidents added, deleted, renamed or archived
    Recipients = 0x4,   // recipients and their groups
    Obligations = 0x8,  // decisions and overrides
    Filings = 0x10,     // issued documents, recorded filings and editions, letter batches, hand-overs
    Templates = 0x20,
    Clock = 0x40,      // "now" moved: a minute passed (deadlinewatch.h), or a test set the clock
    Profile = 0x80,    // the company profile
    Elsewhere = 0x100, // another program committed; with the areas it may have touched
    Everything = 0xff,
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

class Workspace : public QObject
{
    Q_OBJECT
public:
    // `db` is open and outlives the workspace.
    explicit Workspace(Database& db, QObject* parent = nullptr);
    ~Workspace() override;

    QString path() const;
    bool isReadOnly() const;
    // The files SQLite keeps for the workspace: nothing may write over them (database.h).
    QStringList files() const;
    // For services and the command line only; pages call services.
    Database& database() { return m_db; }

    // "Now": the system clock unless one is set (not owned; nullptr restores the system clock). Setting it
    // announces Change::Clock for every incident.
    const Clock& clock() const;
    void setClock(const Clock* clock);
    QDateTime now() const { return clock().now(); }
    QDate today() const { return now().date(); }

    IncidentService& incidents() { return *m_incidents; }
    ObligationService& obligations() { return *m_obligations; }
    FilingService& filings() { return *m_filings; }
    RecipientService& recipients() { return *m_recipients; }
    TemplateService& templates() { return *m_templates; }
    CompanyProfileService& profile() { return *m_profile; }

    // Where the services push the undo steps of what the user did (the window's undo history; the open
    // incident's editor keeps it). Not owned; nullptr (the command line): nothing is undoable.
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Called by the services after each committed write (and by the incident editor).
    void announce(qint64 incidentId, Changes what);

    // Polls for commits of other programs every `intervalMs` (0 stops). Off until called: the command line
    // never needs it.
    static constexpr int DefaultWatchIntervalMs = 500;
    void watchOtherPrograms(int intervalMs = DefaultWatchIntervalMs);
    // Polls now; true (and changed() emitted) when another program committed since the last poll.
    bool checkOtherPrograms();

signals:
    // `incidentId` 0: any or every incident.
    void changed(qint64 incidentId, bd::Changes what);
    // An undo or redo step could not be written (servicecommand.h); nothing changed.
    void failed(const bd::StorageError& error);

private:
    QList<qint64> incidentsChangedElsewhere();

    Database& m_db;
    const Clock* m_clock = nullptr;
    WorkspaceWatcher* m_watcher = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_lastAuditId = -1; // the newest audit entry this workspace has seen
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<ObligationService> m_obligations;
    std::unique_ptr<FilingService> m_filings;
    std::unique_ptr<RecipientService> m_recipients;
    std::unique_ptr<TemplateService> m_templates;
    std::unique_ptr<CompanyProfileService> m_profile;
};

} // namespace bd

Q_DECLARE_METATYPE(bd::Changes)
