// "Now" for the obligations engine and the deadline board, injectable so that tests and the GUI can fix it.
#pragma once

#include <QDateTime>

namespace bd {

class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
};

// The computer's clock, in local time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that says what it is told; for tests and for "what if" views.
class SettableClock final : public Clock
{
public:
    explicit SettableClock(const QDateTime& now = {}) : m_now(now) {}
    QDateTime now() const override;
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace bd
