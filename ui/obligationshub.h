// Shared by the obligations page, the deadline board and the deadline warning in the title: the clock they
// read "now" from (the system clock unless a test or a "what if" view sets another) and a signal when the
// officer records a decision, override or filing, so that every view re-evaluates.
#pragma once

#include "clock.h"

#include <QObject>

namespace bd {

class ObligationsHub : public QObject
{
    Q_OBJECT
public:
    static ObligationsHub* instance();

    static const Clock& clock();
    // Not owned; nullptr restores the system clock. Views refresh at once.
    static void setClock(const Clock* clock);
    static QDateTime now() { return clock().now(); }

    // Tells every view that the obligations of the incident changed (0: of every incident, or the clock
    // moved).
    static void notifyChanged(qint64 incidentId = 0);

signals:
    void changed(qint64 incidentId);

private:
    using QObject::QObject;
};

} // namespace bd
