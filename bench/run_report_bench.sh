#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for the report benchmark: builds bench_reports (Release), renders a report of N findings in
# every format, then measures what a reader meets: the HTML's size and how long headless Chromium takes to
# render its first screen and to print it, and what the PDF's first page says.
#   bench/run_report_bench.sh [--findings N] [--files F] [--runs R] [--lang en|zh_CN] [--out DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
findings=10000; files=1500; runs=3; lang=en; out="${TMPDIR:-/tmp}/sig2rtm-report-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --findings) findings="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --lang) lang="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
"$root/scripts/deps.sh"
cmake -S "$root" --preset release -DSIG2RTM_BUILD_BENCH=ON >/dev/null
cmake --build "$root/build/release" --target bench_reports -j "$(getconf _NPROCESSORS_ONLN)"
rm -rf "$out" && mkdir -p "$out"
"$root/build/release/bench/bench_reports" --findings "$findings" --files "$files" --runs "$runs" --lang "$lang" \
  --formats html,pdf,sarif,csv,md --write "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
ms() { date +%s%N | cut -b1-13; }
html_bytes=$(stat -c %s "$out/report.html" 2>/dev/null || stat -f %z "$out/report.html")
echo "html file: $((html_bytes / 1024)) KB"
if [ -n "$browser" ]; then
  # shellcheck disable=SC2054 # the comma is Chromium's: --window-size=WIDTH,HEIGHT
  flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,900)
  for _ in $(seq "$runs"); do
    t0=$(ms); "$browser" "${flags[@]}" --screenshot="$out/first-screen.png" "file://$out/report.html" >/dev/null 2>&1
    t1=$(ms); echo "chromium first screen: $((t1 - t0)) ms"
  done
  t0=$(ms); timeout 300 "$browser" "${flags[@]}" --print-to-pdf="$out/printed.pdf" "file://$out/report.html" \
    >/dev/null 2>&1 || echo "chromium print: did not finish in 300 s"
  t1=$(ms); echo "chromium print to PDF: $((t1 - t0)) ms, $(pdfinfo "$out/printed.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages"
else
  echo "chromium is not installed: no render time (apt-get install chromium)"
fi
if command -v pdftotext >/dev/null; then
  echo "pdf: $(pdfinfo "$out/report.pdf" | awk '/^Pages/ {print $2}') pages; its first page says:"
  pdftotext -f 1 -l 1 "$out/report.pdf" - | grep -E "finding" | head -5 | sed 's/^/  /'
fi
