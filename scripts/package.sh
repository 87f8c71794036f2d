#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds sig2rtm in Release and makes this system's packages (docs/install.md) in build/package/:
#   Linux: a DEB and a .tar.gz   Windows: an NSIS installer and a ZIP   macOS: a DragNDrop .dmg
# Prints the path of each package. With --verify (Debian/Ubuntu), the DEB is then unpacked into an empty
# folder and its CLI scans its own sample, as tst_debpackage does for the test build.
set -euo pipefail
cd "$(dirname "$0")/.."

verify=0
for a in "$@"; do
  case "$a" in
    --verify) verify=1 ;;
    *) echo "usage: scripts/package.sh [--verify]" >&2; exit 2 ;;
  esac
done

scripts/deps.sh

jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
cmake --preset package
cmake --build --preset package -j "$jobs"
# Old packages of another version would be listed too.
rm -f build/package/sig2rtm[-_]*.deb build/package/sig2rtm-*.tar.gz build/package/sig2rtm-*.zip \
  build/package/sig2rtm-*.exe build/package/sig2rtm-*.dmg
(cd build/package && cpack)

echo "Packages:"
packages=()
for f in build/package/sig2rtm[-_]*.deb build/package/sig2rtm-*.tar.gz build/package/sig2rtm-*.zip \
  build/package/sig2rtm-*.exe build/package/sig2rtm-*.dmg; do
  [ -f "$f" ] && packages+=("$f") && echo "  $f"
done
[ "${#packages[@]}" -gt 0 ] || { echo "CPack made no package" >&2; exit 1; }

if [ "$verify" -eq 1 ]; then
  deb=$(ls build/package/sig2rtm_*.deb)
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  dpkg-deb -x "$deb" "$root"
  "$root/usr/bin/sig2rtm-cli" --version
  set +e
  (cd / && "$root/usr/bin/sig2rtm-cli" scan "$root/usr/share/sig2rtm/samples/legacy-chat" -f json -q >/dev/null)
  status=$?
  set -e
  # 1: the sample is incompatible on purpose.
  [ "$status" -eq 1 ] || { echo "the packaged CLI exited $status on the packaged sample" >&2; exit 1; }
  echo "Verified: $deb unpacks, and its CLI scans its sample (incompatible, as intended)."
fi
