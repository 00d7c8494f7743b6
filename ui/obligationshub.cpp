#include "obligationshub.h"

namespace bd {

namespace {
const Clock* injectedClock = nullptr;
} // namespace

ObligationsHub* ObligationsHub::instance()
{
    static ObligationsHub* hub = new ObligationsHub;
    return hub;
}

const Clock& ObligationsHub::clock()
{
    static const SystemClock system;
    return injectedClock ? *injectedClock : system;
}

void ObligationsHub::setClock(const Clock* clock)
{
    injectedClock = clock;
    notifyChanged(0);
}

void ObligationsHub::notifyChanged(qint64 incidentId)
{
    emit instance()->changed(incidentId);
}

} // namespace bd
