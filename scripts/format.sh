#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Formats the C++ sources with the project's .clang-format; --check only reports (exit 1 on a difference).
# .clang-format loads in clang-format 14 (Debian 12's). The house style also wants InsertBraces, which needs
# 15 or later: this script adds it when the clang-format it runs knows it. With only 14 at hand it fetches a
# current one from npm (clang-format-node) into build/tools when npm is there, and otherwise formats without.
set -euo pipefail
cd "$(dirname "$0")/.."

major() { "$1" --version 2>/dev/null | sed -n 's/.*clang-format version \([0-9]*\).*/\1/p' | head -n1; }

formatter=clang-format
if [ "$(major clang-format || echo 0)" -lt 15 ] 2>/dev/null || ! command -v clang-format >/dev/null; then
    case "$(uname -s)-$(uname -m)" in
        Linux-x86_64) platform=linux-x64 ;;
        Linux-aarch64) platform=linux-arm64 ;;
        Darwin-arm64) platform=darwin-arm64 ;;
        Darwin-x86_64) platform=darwin-x64 ;;
        *) platform="" ;;
    esac
    tools=build/tools/clang-format
    candidate="$tools/node_modules/clang-format-node/bin/cfn-$platform/clang-format"
    if [ -n "$platform" ] && [ ! -x "$candidate" ] && command -v npm >/dev/null; then
        mkdir -p "$tools"
        npm install --prefix "$tools" --no-audit --no-fund clang-format-node@3 >/dev/null 2>&1 || true
        chmod +x "$candidate" 2>/dev/null || true
    fi
    if [ -x "$candidate" ]; then
        formatter="$candidate"
    fi
fi
command -v "$formatter" >/dev/null || { echo "format.sh: clang-format not found" >&2; exit 2; }

style="file"
if [ "$(major "$formatter")" -ge 15 ]; then
    mkdir -p build/tools
    { cat .clang-format; echo "InsertBraces: true"; } > build/tools/clang-format-style.yaml
    style=file:build/tools/clang-format-style.yaml
else
    echo "format.sh: clang-format $(major "$formatter") does not insert braces; use 15 or later for that" >&2
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v -e '^tests/data/' -e '^resources/')
if [ "${1:-}" = "--check" ]; then
    exec "$formatter" --style="$style" --dry-run --Werror "${files[@]}"
fi
exec "$formatter" --style="$style" -i "${files[@]}"
