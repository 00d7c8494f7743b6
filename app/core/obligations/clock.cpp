#include "clock.h"

namespace bd {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

QDateTime SettableClock::now() const
{
    return m_now;
}

} // namespace bd
