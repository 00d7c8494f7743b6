// Runs the real `breachdesk` executable for the command-line tests.
#pragma once

#include <QDir>
#include <QProcess>
#include <QStringList>

#include <utility>

#ifndef BD_BREACHDESK
#error "BD_BREACHDESK must name the breachdesk executable"
#endif

namespace test {

struct CliResult
{
    int exitCode = -1; // -1 when the process crashed or did not finish
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
};

// Sets `p` up to run `breachdesk` in `dir` with a private home there (no saved language or default workspace
// of the person running the tests leaks in), English messages and UTF-8, without starting it (a test that
// kills the process starts it itself). `env` adds variables, or removes those given a null value.
inline void prepareBreachdesk(QProcess& p, const QString& dir,
                              const QList<std::pair<QString, QString>>& env = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = dir + QStringLiteral("/home");
    QDir().mkpath(home);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto& [name, value] : env) {
        if (value.isNull())
            environment.remove(name);
        else
            environment.insert(name, value);
    }
    p.setProcessEnvironment(environment);
    p.setWorkingDirectory(dir);
    p.setProgram(QStringLiteral(BD_BREACHDESK));
}

// Starts `breachdesk args…` set up as prepareBreachdesk() does, without waiting (for tests that run several
// at once).
inline void startBreachdesk(QProcess& p, const QString& dir, const QStringList& args,
                            const QList<std::pair<QString, QString>>& env = {})
{
    prepareBreachdesk(p, dir, env);
    p.setArguments(args);
    p.start();
}

// Runs `breachdesk args…` set up as prepareBreachdesk() does and waits for it. A `wrapper` (e.g. {"unshare",
// …}) runs the executable through it.
inline CliResult runBreachdesk(const QString& dir, const QStringList& args,
                               const QList<std::pair<QString, QString>>& env = {}, int timeoutMs = 120000,
                               const QStringList& wrapper = {})
{
    QProcess p;
    prepareBreachdesk(p, dir, env);
    if (wrapper.isEmpty()) {
        p.setArguments(args);
    } else {
        p.setProgram(wrapper.first());
        p.setArguments(wrapper.mid(1) << QStringLiteral(BD_BREACHDESK) << args);
    }
    p.start();
    CliResult r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.status = p.exitStatus();
    r.exitCode = r.status == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace test
