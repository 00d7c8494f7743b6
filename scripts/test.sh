#!/usr/bin/env bash
# Installs what is missing, configures, builds (Ninja) and runs every test, then every fuzz target for 20 s.
#   scripts/test.sh            all tests (labels unit, db, gui, crash) and the fuzz targets
#   scripts/test.sh -L unit    extra arguments go to ctest, and the fuzz targets are not run
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default "$@"
if [[ $# -eq 0 ]]; then
  scripts/fuzz.sh 20
fi
