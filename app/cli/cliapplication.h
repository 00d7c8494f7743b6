// The application object for a headless command. Most commands need only QCoreApplication; commands that lay
// out documents (fonts, QTextDocument, QPdfWriter) need QGuiApplication, which runs on the offscreen platform
// so that no display is needed.
#pragma once

#include <QCoreApplication>

#include <memory>

namespace bd {

std::unique_ptr<QCoreApplication> makeCliApplication(int& argc, char** argv);

} // namespace bd
