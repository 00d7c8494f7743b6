// Drives bd_lockholder (tests/gui/lockholder.cpp): another program holding the workspace's write lock, as a
// long `breachdesk import-recipients` started from a terminal does.
#pragma once

#include <QElapsedTimer>
#include <QProcess>

#ifndef BD_LOCKHOLDER
#error "BD_LOCKHOLDER must name the lock holder helper"
#endif

namespace test {

class LockHolderProcess
{
public:
    ~LockHolderProcess() { release(); }

    // True once the helper holds the write lock (BEGIN IMMEDIATE succeeded).
    bool start(const QString& workspace)
    {
        m_process.start(QStringLiteral(BD_LOCKHOLDER), {workspace});
        if (!m_process.waitForStarted(10000))
            return false;
        return readLine() == "locked";
    }
    // Runs SQL inside the held transaction.
    bool exec(const QString& sql)
    {
        m_process.write(sql.toUtf8() + '\n');
        return readLine() == "ok";
    }
    // Ends the transaction (rolled back unless `commit`) and waits for the helper to exit.
    void release(bool commit = false)
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write(commit ? "commit\n" : "rollback\n");
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QByteArray readLine()
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 10000)
            m_process.waitForReadyRead(100);
        return m_process.readLine().trimmed();
    }

    QProcess m_process;
};

} // namespace test
