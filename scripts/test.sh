#!/usr/bin/env bash
# Installs what is missing, configures, builds (Ninja) and runs every test.
#   scripts/test.sh            all tests
#   scripts/test.sh -L unit    extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default "$@"
