// Peak and current resident memory of this process (Linux /proc/self/status), in KiB; -1 when unknown.
#pragma once

#include <QFile>

namespace bdtest {

inline qint64 procStatusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 peakRssKiB()
{
    return procStatusKiB("VmHWM");
}

inline qint64 currentRssKiB()
{
    return procStatusKiB("VmRSS");
}

} // namespace bdtest
