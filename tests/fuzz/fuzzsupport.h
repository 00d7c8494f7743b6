// Shared by the fuzz targets (libFuzzer): one QCoreApplication for the whole run, a fixed locale and hash
// seed, Qt's warnings silenced (QBuffer and QXmlStreamReader warn on bad input, which is all the fuzzer
// sends), and the input as a read-only QBuffer (the readers take a device, so nothing is written to disk).
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QHashFunctions>
#include <QLocale>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QHashSeed::setDeterministicGlobalSeed(); // the same input takes the same path every time
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) { // Q_ASSERT and qFatal still stop the run
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });
}

// The input without copying it (libFuzzer keeps it alive for the call).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace fuzz
