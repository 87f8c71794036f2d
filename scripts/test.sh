#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds (Debug, warnings as errors) and runs every test.
#   scripts/test.sh [CTEST-ARGS...]             the suite (build/ci), then scripts/lint.sh
#   scripts/test.sh --sanitize [CTEST-ARGS...]  the suite built with ASan+UBSan (build/ci-asan), then the scanner
#                                               test and a scan of a generated tree with ThreadSanitizer (build/tsan)
# .ci/run runs both, then scripts/fuzz.sh --smoke.
# The exit code is the verdict: a sanitizer finding fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=0
if [ "${1:-}" = "--sanitize" ]; then
  sanitize=1
  shift
fi

scripts/deps.sh

jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
if [ "$sanitize" -eq 0 ]; then
  cmake --preset ci
  cmake --build --preset ci -j "$jobs"
  QT_QPA_PLATFORM=offscreen ctest --preset ci -j "$jobs" "$@"
else
  # The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer (options in CMakePresets.json).
  cmake --preset ci-asan
  cmake --build --preset ci-asan -j "$jobs"
  ctest --preset ci-asan -j "$jobs" "$@"

  # ThreadSanitizer: the scanner's tests (its worker pool, the walk feeding it, cancellation) and a scan of a
  # generated tree of 3,000 files with 8 threads.
  cmake --preset tsan
  cmake --build --preset tsan -j "$jobs"
  ctest --preset tsan
  tree=$(mktemp -d)
  trap 'rm -rf "$tree"' EXIT
  python3 bench/gen_tree.py "$tree" --files 3000 --mb 30 --signaling-share 0.1 >/dev/null
  status=0
  TSAN_OPTIONS="halt_on_error=1 exitcode=66" build/tsan/app/cli/sig2rtm-cli scan "$tree" --threads 8 \
    -f json -o "$tree.json" -q || status=$?
  rm -f "$tree.json"
  # 0 or 1 is a verdict; 66 is a ThreadSanitizer report.
  if [ "$status" -gt 1 ]; then
    echo "ThreadSanitizer scan of a generated tree failed (exit $status)" >&2
    exit 1
  fi
  echo "ThreadSanitizer: the scanner tests and a 3,000-file scan with 8 threads are clean."
  exit 0
fi
# What the compiler does not see: the CI workflow (actionlint), the shell scripts, the desktop files.
scripts/lint.sh
