#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for the scanner benchmark: builds the Release CLI, generates the synthetic tree once
# (1 GB, 100k files by default; reused when present) and compares sig2rtm-cli scan with ripgrep.
#   bench/run_scan_bench.sh [--files N] [--mb M] [--tree DIR] [--runs N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
files=100000; mb=1024; runs=5; tree="${TMPDIR:-/tmp}/sig2rtm-bench-tree"
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --mb) mb="$2"; shift 2 ;;
    --tree) tree="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v rg >/dev/null || { echo "ripgrep (rg) is needed: apt-get install ripgrep / brew install ripgrep" >&2; exit 1; }
"$root/scripts/deps.sh"
cmake -S "$root" --preset release >/dev/null
cmake --build "$root/build/release" --target sig2rtm-cli -j "$(getconf _NPROCESSORS_ONLN)"
stamp="$tree/.sig2rtm-bench-$files-$mb"
if [ ! -f "$stamp" ]; then
  rm -rf "$tree"
  python3 "$root/bench/gen_tree.py" "$tree" --files "$files" --mb "$mb"
  touch "$stamp"
fi
python3 "$root/bench/scan_vs_ripgrep.py" --cli "$root/build/release/app/cli/sig2rtm-cli" --tree "$tree" --runs "$runs"
