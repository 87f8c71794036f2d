#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for the memory benchmark of large files: generates, in a temporary folder (never in the
# repository), a 50 MB one-line minified JavaScript bundle with legacy Signaling calls near its start, middle and
# end, and a sparse text file of a little more than 2 GiB with a call near its end; scans each on its own with the
# Release CLI under /usr/bin/time and prints the wall time, the peak RSS and what the report found.
#   bench/run_memory_bench.sh [--cli PATH] [--bundle-mb M] [--sparse-mb S] [--dir DIR] [--keep]
# Without --cli it builds the Release CLI (preset release). The files go to a temporary folder, removed at the end
# unless --keep, or to DIR (kept). The goal: peak RSS under 200 MB for any single file.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli=""; bundle_mb=50; sparse_mb=2100; dir=""; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --bundle-mb) bundle_mb="$2"; shift 2 ;;
    --sparse-mb) sparse_mb="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
if [ -z "$cli" ]; then
  "$root/scripts/deps.sh"
  cmake -S "$root" --preset release >/dev/null
  cmake --build "$root/build/release" --target sig2rtm-cli -j "$(getconf _NPROCESSORS_ONLN)"
  cli="$root/build/release/app/cli/sig2rtm-cli"
fi
if [ -z "$dir" ]; then
  dir="$(mktemp -d "${TMPDIR:-/tmp}/sig2rtm-memory-bench.XXXXXX")"
  [ "$keep" = 1 ] || trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir/bundle" "$dir/sparse"
case "$(cd "$dir" && pwd)/" in
  "$root"/*) echo "--dir must lie outside the repository" >&2; exit 2 ;;
esac

# The calls are those of the web fixtures (tests/data/projects/02-web-object-message): a Signal() session that
# sends an array to messageInstantSend (a failing web-non-string-message row), and a PSTN call.
python3 - "$dir" "$bundle_mb" "$sparse_mb" <<'EOF'
import os, sys
out, bundle_mb, sparse_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def call(tag):
    return ("var s%s=window.Signal(appId),n%s=s%s.login(account,token);"
            "n%s.messageInstantSend(peer,['nudge',Date.now()]);n%s.channelInvitePhone(room,'%s');" % ((tag,) * 6))
filler = "function f%d(a,b){return a*%d+b.length||g(\"k%d\",[a,b],{x:%d})}var v%d=f%d(1,'x');"
size = bundle_mb * 1000 * 1000
with open(os.path.join(out, "bundle", "bundle.min.js"), "w") as f:
    written = 0
    f.write(call("0")); written += len(call("0"))
    i = 0
    middle_done = False
    while written < size - 1000:
        piece = filler % ((i,) * 6)
        f.write(piece); written += len(piece); i += 1
        if not middle_done and written >= size // 2:
            f.write(call("1")); written += len(call("1")); middle_done = True
    f.write(call("2") + "\n")
path = os.path.join(out, "sparse", "huge.js")
with open(path, "wb") as f:
    f.write(b"// a generated file: JavaScript, then a hole of zero bytes, then a call\n" + b"var x = 1;\n" * 1000)
    f.truncate(sparse_mb * 1024 * 1024)
    f.seek(sparse_mb * 1024 * 1024 - 4096)
    f.write(b"\n" + call("3").encode() + b"\n")
EOF
for f in "$dir/bundle/bundle.min.js" "$dir/sparse/huge.js"; do
  echo "$(wc -c <"$f") bytes: $f"
done
echo "cli: $cli"

measure() { # name folder max-file-size
  local name="$1" folder="$2" mb="$3" status=0
  /usr/bin/time -f "%e s %M KB" -o "$dir/$name.time" "$cli" scan "$folder" --max-file-size "$mb" -q -f json \
    -o "$dir/$name.json" || status=$?
  python3 - "$name" "$(tail -n 1 "$dir/$name.time")" "$status" "$dir/$name.json" <<'EOF'
import json, sys
name, timing, status, report = sys.argv[1:5]
try:
    r = json.load(open(report))
    f = r.get("findings", [])
    where = sorted({(x.get("line"), x.get("column")) for x in f})
    skipped = [(s.get("path"), s.get("reason")) for s in r.get("skipped", [])]
    print("%-8s %-22s exit %s, %d findings at (line, column) %s; verdict %s; skipped %s"
          % (name, timing, status, len(f), where[:8], r.get("verdict"), skipped))
except Exception as e:  # noqa: BLE001 - a crash leaves no report
    print("%-8s %-22s exit %s, no report (%s)" % (name, timing, status, e))
EOF
}
measure bundle "$dir/bundle" 64
measure sparse "$dir/sparse" 4096
