#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Times `sig2rtm-cli scan` against ripgrep over the same tree and prints wall time, peak RSS and ratios.

ripgrep gets the scanner's own literal token list (`sig2rtm-cli rules --tokens`), searched with
`rg -F -f tokens --no-ignore --hidden -c`: the cheapest possible pass over the same bytes.
Both run with a warm page cache (one untimed run each first), then alternate, RUNS times each.

    bench/scan_vs_ripgrep.py --cli build/release/app/cli/sig2rtm-cli --tree /tmp/sig2rtm-bench-tree --runs 5
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd):
    """Runs cmd, discarding output; returns (wall seconds, peak RSS in MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, code


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tree", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rg", default="rg")
    args = parser.parse_args()

    tokens = subprocess.run([args.cli, "rules", "--tokens"], check=True, capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".tokens", delete=False) as f:
        f.write(tokens)
        token_file = f.name

    files = sum(len(names) for _, _, names in os.walk(args.tree))
    size = sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(args.tree) for n in names)
    print(f"tree: {args.tree}: {files} files, {size / 1048576:.0f} MB; {len(tokens.split())} tokens; "
          f"{os.cpu_count()} cores")

    scan = [args.cli, "scan", args.tree, "-q", "-o", os.devnull, "--fail-on", "never"]
    rg = [args.rg, "-F", "-f", token_file, "--no-ignore", "--hidden", "-c", args.tree]
    for cmd in (scan, rg):  # warm the page cache and both binaries
        run(cmd)

    results = {"sig2rtm": [], "ripgrep": []}
    for _ in range(args.runs):
        results["sig2rtm"].append(run(scan))
        results["ripgrep"].append(run(rg))

    def summary(name):
        walls = [r[0] for r in results[name]]
        rss = [r[1] for r in results[name]]
        return statistics.median(walls), min(walls), max(walls), statistics.median(rss)

    s = summary("sig2rtm")
    r = summary("ripgrep")
    ratios = [a[0] / b[0] for a, b in zip(results["sig2rtm"], results["ripgrep"])]
    print(f"{'':10} {'wall median':>12} {'min':>8} {'max':>8} {'peak RSS':>10}")
    print(f"{'sig2rtm':10} {s[0]:11.2f}s {s[1]:7.2f}s {s[2]:7.2f}s {s[3]:8.0f} MB")
    print(f"{'ripgrep':10} {r[0]:11.2f}s {r[1]:7.2f}s {r[2]:7.2f}s {r[3]:8.0f} MB")
    print(f"ratio sig2rtm/ripgrep (median of pairs): {statistics.median(ratios):.2f}x "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f})")
    codes = {r[2] for r in results["sig2rtm"]}
    if codes - {0}:
        print(f"warning: sig2rtm exit codes {sorted(codes)}", file=sys.stderr)
    os.unlink(token_file)


if __name__ == "__main__":
    main()
