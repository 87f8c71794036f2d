#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds (Debug, warnings as errors), runs every test, then scripts/lint.sh.
# The exit code is the verdict.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
cmake --preset ci
cmake --build --preset ci -j "$jobs"
QT_QPA_PLATFORM=offscreen ctest --preset ci -j "$jobs" "$@"
# What the compiler does not see: the CI workflow (actionlint), the shell scripts, the desktop files.
scripts/lint.sh
