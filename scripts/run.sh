#!/usr/bin/env bash
# Installs what is missing, builds and starts BreachDesk on its SQLite workspace with the demo incident loaded.
#   scripts/run.sh [breachdesk arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset default
cmake --build --preset default --target breachdesk
exec build/app/breachdesk --demo "$@"
