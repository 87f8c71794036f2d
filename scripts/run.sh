#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds (Release) and opens sig2rtm on the bundled sample project.
# Without a display (or with --headless) it writes the sample's reports to ./sig2rtm-report/ instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

headless=0
args=()
for a in "$@"; do
  case "$a" in
    --headless) headless=1 ;;
    *) args+=("$a") ;;
  esac
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" != "Darwin" ]; then
  headless=1
fi

scripts/deps.sh

jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"

sample="$root/resources/samples/legacy-chat"
target="${args[0]:-$sample}"

if [ "$headless" -eq 1 ]; then
  out="$PWD/sig2rtm-report"
  mkdir -p "$out"
  set +e
  QT_QPA_PLATFORM=offscreen build/release/app/cli/sig2rtm-cli scan "$target" \
    --format json,html,pdf,sarif,csv,md --output-dir "$out"
  status=$?
  set -e
  # 1 only means the sample has incompatibilities (it is meant to); 2 is a real error.
  [ "$status" -ge 2 ] && exit "$status"
  echo "Reports:"
  for f in "$out"/sig2rtm-report.*; do echo "  $f"; done
  exit 0
fi

# From the build tree the app finds its sample and user guide in the sources (installed, it finds its own).
export SIG2RTM_DATA_DIR="$root/resources"
exec build/release/app/gui/sig2rtm "$target"
