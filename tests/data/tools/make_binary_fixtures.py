#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the small binary files of the fixture projects (SDK libraries with version strings, and
near misses). Committed output; run again after changing a recipe:
    python3 tests/data/tools/make_binary_fixtures.py
Each file is a plausible header, filler bytes and NUL-separated strings: what a printable-strings
pass sees in a real library."""
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "projects")


def ascii_strings(*texts):
    return b"".join(t.encode() + b"\0" for t in texts)


def utf16(text):
    return text.encode("utf-16-le") + b"\0\0"


def filler(seed, n):
    rng = random.Random(seed)
    # Non-printable bytes only, so that the filler never forms a string of its own.
    return bytes(rng.choice(range(0, 0x20)) for _ in range(n))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


ELF = b"\x7fELF\x02\x01\x01\0" + bytes(8)
MACHO = b"\xcf\xfa\xed\xfe\x07\0\0\x01" + bytes(8)
PE = b"MZ\x90\0" + bytes(60)

# A Linux library that names its version next to its log texts (pre-1.1: fails the version row).
write("61-linux-so-version-string-old/libs/libagorasig.so",
      ELF + filler(1, 512)
      + ascii_strings("GLIBC_2.2.5", "_ZN13agora_sdk_cpp9IAgoraAPI5loginEv", "[agora_sig] login %s uid %u")
      + filler(2, 300)
      + ascii_strings("agora_sig_sdk version 1.0.3", "deflate 1.2.11 Copyright 1995-2017 Jean-loup Gailly")
      + filler(3, 256))
# Near miss: a library that is no SDK file, even though its strings look like one: never opened.
write("61-linux-so-version-string-old/libs/libssl.so.1.0.0",
      ELF + filler(4, 256) + ascii_strings("OpenSSL 1.0.2k  26 Jan 2017", "agora sig sdk version 0.9.1")
      + filler(5, 128))

# A Windows DLL whose version resource (UTF-16) carries a current version (passes the version row).
write("62-windows-dll-fileversion/sdk/dll/agora_sig_sdk.dll",
      PE + filler(6, 400)
      + utf16("VS_VERSION_INFO") + b"\0\0" + utf16("StringFileInfo") + utf16("040904b0")
      + utf16("CompanyName") + utf16("Agora") + utf16("FileVersion") + b"\0\0" + utf16("1.2.0.7")
      + utf16("ProductName") + utf16("agora_sig_sdk")
      + filler(7, 200))

# A Linux library whose only bare versions are a bundled zlib's (three parts): no version, review.
write("63-linux-so-bundled-zlib-version/lib/libagorasig.so",
      ELF + filler(8, 300)
      + ascii_strings("[agora_sig] channel join %s", "1.2.11", "inflate 1.2.11 Copyright 1995-2017 Mark Adler")
      + filler(9, 300))

# An iOS framework from CocoaPods whose binary carries a 1.0 build number next to its log texts.
write("60-ios-pods-framework-binary-old/Pods/AgoraSigKit/AgoraSigKit.framework/AgoraSigKit",
      MACHO + filler(10, 300)
      + ascii_strings("-[AgoraAPI login:account:token:uid:deviceID:]", "[agora sig] login failed %d", "1.0.0.84",
                      "https://lbs-1-sig.agora.io")
      + filler(11, 300))
