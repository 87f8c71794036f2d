#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command for the Ctrl+C benchmark: how long the CLI takes from SIGINT to its exit (a partial report written,
# exit 130). Generates, in a temporary folder (never in the repository), a tree of many small files (bench/gen_tree.py)
# and a 50 MB one-line JavaScript bundle; scans each with the Release CLI, sends SIGINT once the scan is under way,
# and prints, as medians and maxima over the runs: the time from the signal to the scan stopped and assessed (the
# CLI's sig2rtm.cli debug log), to the partial report written, and to the exit; with what the last partial report held.
#   bench/run_interrupt_bench.sh [--cli PATH] [--runs N] [--delay SECONDS] [--share S] [--dir DIR] [--keep]
# Without --cli it builds the Release CLI (preset release). The goal: the scan stops within 100 ms of the signal; the
# report of what it found is written after that, in a time that grows with the number of findings (--share: the part
# of the generated files with legacy calls, 0.01 by default as in a real tree; 0.1 gives some 15,000 findings).
# Linux: the signal is sent once /proc/PID/status shows SIGINT caught, then after --delay (default 0.5 s) more.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli=""; runs=10; delay=0.5; share=0.01; dir=""; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --delay) delay="$2"; shift 2 ;;
    --share) share="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
if [ -z "$cli" ]; then
  "$root/scripts/deps.sh"
  cmake -S "$root" --preset release >/dev/null
  cmake --build "$root/build/release" --target sig2rtm-cli -j "$(getconf _NPROCESSORS_ONLN)"
  cli="$root/build/release/app/cli/sig2rtm-cli"
fi
if [ -z "$dir" ]; then
  dir="$(mktemp -d "${TMPDIR:-/tmp}/sig2rtm-interrupt-bench.XXXXXX")"
  [ "$keep" = 1 ] || trap 'rm -rf "$dir"' EXIT
fi
case "$(cd "$dir" && pwd)/" in
  "$root"/*) echo "--dir must lie outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$dir/tree" "$dir/bundle"
python3 "$root/bench/gen_tree.py" "$dir/tree" --files 40000 --mb 400 --signaling-share "$share" >/dev/null
python3 - "$dir/bundle/bundle.min.js" <<'EOF2'
import sys
call = ("var s=window.Signal(appId),n=s.login(account,token);"
        "n.messageInstantSend(peer,['nudge',Date.now()]);n.channelInvitePhone(room,'1');")
filler = "function f%d(a,b){return a*%d+b.length||g(\"k%d\",[a,b],{x:%d})}var v%d=f%d(1,'x');"
with open(sys.argv[1], "w") as f:
    written, i = 0, 0
    while written < 50 * 1000 * 1000:
        piece = (call if i % 20000 == 0 else "") + filler % ((i,) * 6)
        f.write(piece); written += len(piece); i += 1
    f.write("\n")
EOF2
echo "cli: $cli"
python3 - "$cli" "$dir" "$runs" "$delay" <<'EOF2'
import json, os, re, signal, statistics, subprocess, sys, time
cli, work, runs, delay = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])

def catches_sigint(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("SigCgt:"):
                    return (int(line.split()[1], 16) >> (signal.SIGINT - 1)) & 1 == 1
    except OSError:
        pass
    return False

for name, folder, extra in (("40,000 files", "tree", ["--threads", "2"]),
                            ("50 MB bundle", "bundle", ["--max-file-size", "64"])):
    times, stopped, written, notes = [], [], [], []
    for run in range(runs):
        out = os.path.join(work, "report.json")
        p = subprocess.Popen([cli, "scan", os.path.join(work, folder), "-q", "-f", "json", "-o", out] + extra,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=dict(os.environ, QT_LOGGING_RULES="sig2rtm.cli.debug=true"))
        start = time.monotonic()
        if os.path.exists("/proc/self/status"):
            while not catches_sigint(p.pid) and p.poll() is None and time.monotonic() - start < 30:
                time.sleep(0.001)
        time.sleep(delay)
        if p.poll() is not None:
            print("%s: the scan ended before the signal: raise --delay's opposite (a larger input)" % name)
            sys.exit(1)
        sent = time.monotonic()
        p.send_signal(signal.SIGINT)
        err = p.communicate()[1].decode(errors="replace")
        times.append((time.monotonic() - sent) * 1000)
        for pattern, into in ((r"stopped and was assessed ([0-9.]+) ms", stopped),
                              (r"partial report was written ([0-9.]+) ms", written)):
            m = re.search(pattern, err)
            into.append(float(m.group(1)) if m else float("nan"))
        try:
            report = json.load(open(out))
            notes.append("exit %d, partial %s, %d files" % (p.returncode, report.get("partial"),
                                                              report.get("stats", {}).get("files", -1)))
        except (OSError, ValueError) as e:
            notes.append("exit %d, no report (%s)" % (p.returncode, e))
        if p.returncode != 130:
            print("%s: exit %d, expected 130: %s" % (name, p.returncode, err))
            sys.exit(1)
    def figure(values):
        return "median %.0f ms, max %.0f ms" % (statistics.median(values), max(values))
    print("%-13s over %d runs, from SIGINT: scan stopped and assessed %s; report written %s; exit %s (%s)"
          % (name, runs, figure(stopped), figure(written), figure(times), notes[-1]))
EOF2
