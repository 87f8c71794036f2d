#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (tests/fuzz/, the fuzz preset: Clang, ASan/UBSan) and runs them.
# Usage: scripts/fuzz.sh TARGET SECONDS [--grow] [-- LIBFUZZER_OPTION...]
#        scripts/fuzz.sh --smoke [SECONDS]   every target for SECONDS (default 20) each: the CI run
#        scripts/fuzz.sh --list
# A target runs on a copy of its seed corpus (tests/fuzz/corpus/TARGET) in a temporary folder: the repository's
# corpus is only written with --grow, which merges in the inputs that reached new code. Prints the executions of
# each target and exits non-zero on any crash, leak, timeout or OOM; the reproducer is left in
# BUILD/artifacts/TARGET-{crash,leak,timeout,oom}-SHA1 and the whole output in BUILD/logs/TARGET.log.
# BUILD is build/fuzz, or SIG2RTM_FUZZ_BUILD_DIR. Installs Clang and libFuzzer with apt-get when missing (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n 's/^# \{0,1\}//; 3,6p' "$0" >&2
  exit 2
}

targets_all() {
  local f
  for f in tests/fuzz/fuzz_*.cpp; do
    basename "$f" .cpp
  done
}

smoke=0
grow=0
seconds=""
target=""
extra=()
case "${1:-}" in
  --list)
    targets_all
    exit 0
    ;;
  --smoke)
    smoke=1
    seconds=${2:-20}
    [ $# -le 2 ] || usage
    ;;
  "" | -*) usage ;;
  *)
    target=$1
    seconds=${2:-}
    shift 2 || usage
    while [ $# -gt 0 ]; do
      case "$1" in
        --grow) grow=1 ;;
        --)
          shift
          extra=("$@")
          break
          ;;
        *) usage ;;
      esac
      shift
    done
    [ -f "tests/fuzz/$target.cpp" ] || {
      echo "fuzz: no target $target (scripts/fuzz.sh --list)" >&2
      exit 2
    }
    ;;
esac
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  usage
fi

if [ "$smoke" -eq 1 ]; then
  mapfile -t targets < <(targets_all)
else
  targets=("$target")
fi

# Clang with libFuzzer's runtime: a fuzzer of one line must link.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fuzzer_links() {
  command -v clang++ >/dev/null &&
    echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' |
    clang++ -x c++ -fsanitize=fuzzer,address,undefined -o "$tmp/probe" - >/dev/null 2>&1
}
scripts/deps.sh
if ! fuzzer_links; then
  if command -v apt-get >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing: clang libclang-rt-dev llvm"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-dev llvm
  fi
  fuzzer_links || {
    echo "fuzz: clang++ cannot link a libFuzzer target: install Clang and its compiler-rt (libFuzzer)" >&2
    exit 1
  }
fi

build=${SIG2RTM_FUZZ_BUILD_DIR:-build/fuzz}
jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"
mkdir -p "$build/artifacts" "$build/logs"
build=$(cd "$build" && pwd)

# A UBSan report aborts (the build has -fno-sanitize-recover) with its stack; stacks get file:line.
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v llvm-symbolizer >/dev/null; then
  ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
  export ASAN_SYMBOLIZER_PATH
fi

failed=()
summary=()
for t in "${targets[@]}"; do
  corpus="$tmp/corpus-$t"
  mkdir -p "$corpus"
  cp -R "tests/fuzz/corpus/$t/." "$corpus/"
  log="$build/logs/$t.log"
  # tests/fuzz/TARGET.options: libFuzzer flags of that target, one per line (# starts a comment); flags given after
  # -- come later and win.
  options=()
  if [ -f "tests/fuzz/$t.options" ]; then
    mapfile -t options < <(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e '/^$/d' \
      "tests/fuzz/$t.options")
  fi
  echo "fuzz: $t for ${seconds}s${options[*]:+ ${options[*]}} (log: $log)"
  status=0
  if [ "$smoke" -eq 1 ]; then
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$t-" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
  else
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$t-" "${options[@]}" "${extra[@]}" "$corpus" 2>&1 | tee "$log" ||
      status=$?
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  if [ "$status" -ne 0 ]; then
    [ "$smoke" -eq 1 ] && tail -n 60 "$log" >&2
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    failed+=("$t")
    summary+=("$(printf '%-26s %12s executions  FAILED (exit %d) %s' "$t" "${runs:-?}" "$status" "$artifact")")
  else
    summary+=("$(printf '%-26s %12s executions  ok' "$t" "${runs:-?}")")
    if [ "$grow" -eq 1 ]; then
      # Only the inputs that reach code the seed corpus does not.
      "$build/tests/fuzz/$t" -merge=1 "tests/fuzz/corpus/$t" "$corpus" >>"$log" 2>&1
      echo "fuzz: merged into tests/fuzz/corpus/$t"
    fi
  fi
done

echo
printf '%s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]} (reproducers in $build/artifacts/, see tests/fuzz/README.md)" >&2
  exit 1
fi
