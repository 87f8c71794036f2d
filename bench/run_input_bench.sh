#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# How reading a project description grows with its size: descriptions of 2,000 to 16,000 valid clients, and
# 16,000 clients that are each an error, loaded by the Release CLI (a description alone, no folder to scan).
# Wall time and peak RSS per case; the time should double, not quadruple, when the clients double.
#   bench/run_input_bench.sh [--cli PATH] [--out DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli=""
out="${TMPDIR:-/tmp}/sig2rtm-input-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$cli" ]; then
  "$root/scripts/deps.sh"
  cmake -S "$root" --preset release >/dev/null
  cmake --build "$root/build/release" --target sig2rtm-cli -j "$(getconf _NPROCESSORS_ONLN)"
  cli="$root/build/release/app/cli/sig2rtm-cli"
fi
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
for n in (2000, 4000, 8000, 16000):
    clients = [{"name": "c%d" % i, "platform": "web", "sdk": "signaling", "sdkVersion": "1.2.0"} for i in range(n)]
    json.dump({"format": "sig2rtm-project/1", "name": "bench", "clients": clients}, open("%s/valid-%d.json" % (out, n), "w"), indent=1)
bad = [{"name": "c%d" % i, "platform": "bogus"} for i in range(16000)]
json.dump({"format": "sig2rtm-project/1", "name": "bench", "clients": bad}, open("%s/errors-16000.json" % out, "w"), indent=1)
PY
echo "cli: $cli"
for f in valid-2000 valid-4000 valid-8000 valid-16000 errors-16000; do
  set +e
  /usr/bin/time -f "$f: %e s, %M KB peak" -o "$out/$f.time" "$cli" scan "$out/$f.json" -f json -q \
    >/dev/null 2>"$out/$f.err"
  set -e
  cat "$out/$f.time"
done
