// Starting the workbench: options, workspace, first window.
#pragma once

namespace bd {

int runGui(int argc, char* argv[]);

} // namespace bd
