#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Formats the C++ sources with the project's .clang-format; --check only reports (exit 1 on a difference).
# The style needs clang-format 15 or later (InsertBraces). When the one on PATH is older (Debian 12 ships
# 14), the npm package clang-format-node provides a current one under build/tools.
set -euo pipefail
cd "$(dirname "$0")/.."

major() { "$1" --version 2>/dev/null | sed -n 's/.*clang-format version \([0-9]*\).*/\1/p' | head -n1; }

formatter=""
if command -v clang-format >/dev/null && [ "$(major clang-format)" -ge 15 ] 2>/dev/null; then
    formatter=clang-format
else
    tools=build/tools/clang-format
    case "$(uname -s)-$(uname -m)" in
        Linux-x86_64) platform=linux-x64 ;;
        Linux-aarch64) platform=linux-arm64 ;;
        Darwin-arm64) platform=darwin-arm64 ;;
        Darwin-x86_64) platform=darwin-x64 ;;
        *) echo "format.sh: install clang-format 15 or later" >&2; exit 2 ;;
    esac
    formatter="$tools/node_modules/clang-format-node/bin/cfn-$platform/clang-format"
    if [ ! -x "$formatter" ]; then
        command -v npm >/dev/null || { echo "format.sh: needs clang-format >= 15 or npm" >&2; exit 2; }
        mkdir -p "$tools"
        npm install --prefix "$tools" --no-audit --no-fund clang-format-node@3 >/dev/null
        chmod +x "$formatter"
    fi
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v -e '^tests/data/' -e '^resources/')
if [ "${1:-}" = "--check" ]; then
    exec "$formatter" --dry-run --Werror "${files[@]}"
fi
exec "$formatter" -i "${files[@]}"
