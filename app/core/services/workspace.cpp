#include "workspace.h"

#include "auditrepository.h"
#include "companyprofileservice.h"
#include "database.h"
#include "filingservice.h"
#include "incidentservice.h"
#include "obligationservice.h"
#include "recipientservice.h"
#include "templateservice.h"
#include "workspacewatcher.h"

namespace bd {

Workspace::Workspace(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_incidents(std::make_unique<IncidentService>(*this)),
      m_obligations(std::make_unique<ObligationService>(*this)),
      m_filings(std::make_unique<FilingService>(*this)),
      m_recipients(std::make_unique<RecipientService>(*this)),
      m_templates(std::make_unique<TemplateService>(*this)),
      m_profile(std::make_unique<CompanyProfileService>(*this))
{
    qRegisterMetaType<bd::Changes>();
}

Workspace::~Workspace() = default;

QString Workspace::path() const
{
    return m_db.path();
}

bool Workspace::isReadOnly() const
{
    return m_db.isReadOnly();
}

QStringList Workspace::files() const
{
    return m_db.files();
}

const Clock& Workspace::clock() const
{
    static const SystemClock system;
    return m_clock ? *m_clock : system;
}

void Workspace::setClock(const Clock* clock)
{
    m_clock = clock;
    announce(0, Change::Clock);
}

void Workspace::announce(qint64 incidentId, Changes what)
{
    emit changed(incidentId, what);
}

void Workspace::watchOtherPrograms(int intervalMs)
{
    if (intervalMs <= 0) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (!m_watcher) {
        m_watcher = new WorkspaceWatcher(m_db, this);
        StorageError error;
        m_lastAuditId = AuditRepository(m_db).lastId(&error);
        connect(m_watcher, &WorkspaceWatcher::changedElsewhere, this, [this] {
            const QList<qint64> incidents = incidentsChangedElsewhere();
            // A commit without an audit entry (none should exist) still refreshes every view.
            if (incidents.isEmpty() || incidents.contains(0))
                announce(0, Change::Everything | Change::Elsewhere);
            else
                for (const qint64 id : incidents)
                    announce(id, Change::Everything | Change::Elsewhere);
        });
    }
    m_watcher->setInterval(intervalMs);
}

bool Workspace::checkOtherPrograms()
{
    if (!m_watcher)
        watchOtherPrograms(DefaultWatchIntervalMs);
    return m_watcher->check();
}

QList<qint64> Workspace::incidentsChangedElsewhere()
{
    StorageError error;
    const AuditRepository audit(m_db);
    const QList<qint64> incidents = audit.incidentsChangedAfter(m_lastAuditId, &error);
    const qint64 last = audit.lastId(&error);
    if (error)
        return {};
    m_lastAuditId = last;
    return incidents;
}

} // namespace bd
