#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Makes the font the PDF report ships for its Chinese texts: resources/fonts/sig2rtm-report-sans-sc-*.otf.

Without a CJK font on the machine (CI runners, Docker images) Qt draws every Chinese character as an empty box.
The PDF writer therefore carries its own: Noto Sans CJK SC (SIL Open Font License 1.1, fonts-noto-cjk), cut down
to the characters the report's own texts use, renamed (the OFL wants a Modified Version to carry its own name).

The characters: every Chinese translation in resources/i18n/sig2rtm_zh_CN.ts, every zh_CN text of the catalog
(resources/rules/*.json), every non-ASCII character in the C++ under app/ (list separators and the like), ASCII,
Latin-1, the punctuation and symbols the report prints, CJK punctuation and full-width forms.
Project data (paths, code) is not covered: the writer prints what no installed font covers as <U+XXXX>.

Run it again after the translations or the catalog change (tst_pdfwriter shippedFontCoversTheReportTexts fails
until then). Needs python3-fonttools and fonts-noto-cjk (Debian: apt-get install python3-fonttools fonts-noto-cjk).

    scripts/make-report-font.py [--source-dir /usr/share/fonts/opentype/noto]
"""
import argparse
import glob
import html
import json
import os
import re
import sys

try:
    from fontTools import subset
    from fontTools.ttLib import TTCollection
except ImportError:
    sys.exit("make-report-font.py: needs fontTools (Debian: apt-get install python3-fonttools)")

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FAMILY = "sig2rtm Report Sans SC"
POSTSCRIPT = "sig2rtmReportSansSC"
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
# The face of the collections: Simplified Chinese forms.
FACE_NAME = "NotoSansCJKsc-"

# Ranges every report may print whatever its texts: ASCII, Latin-1, general punctuation, arrows, the status
# glyphs (✓ ✗), bullets, CJK punctuation, full-width and half-width forms.
BASE_RANGES = [
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x2190, 0x21FF),
    (0x2713, 0x2718),
    (0x25A0, 0x25CF),
    (0x3000, 0x303F),
    (0xFF01, 0xFF65),
]


def translation_texts():
    text = open(os.path.join(ROOT, "resources/i18n/sig2rtm_zh_CN.ts"), encoding="utf-8").read()
    found = re.findall(r"<translation[^>]*>(.*?)</translation>", text, re.S)
    found += re.findall(r"<numerusform>(.*?)</numerusform>", text, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", t)) for t in found]


def catalog_texts():
    out = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key == "zh_CN":
            out.append(node)

    for path in sorted(glob.glob(os.path.join(ROOT, "resources/rules/*.json"))):
        walk(json.load(open(path, encoding="utf-8")))
    return out


def source_texts():
    out = []
    for pattern in ("app/**/*.cpp", "app/**/*.h"):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            out.append("".join(c for c in open(path, encoding="utf-8").read() if ord(c) > 0x7F))
    return out


def characters():
    chars = set()
    for text in translation_texts() + catalog_texts() + source_texts():
        chars.update(c for c in text if ord(c) >= 0x20)
    for first, last in BASE_RANGES:
        chars.update(chr(c) for c in range(first, last + 1))
    return sorted(ord(c) for c in chars)


def face(collection_path):
    for font in TTCollection(collection_path, lazy=False).fonts:
        if font["name"].getDebugName(6).startswith(FACE_NAME):
            return font
    sys.exit("make-report-font.py: no Simplified Chinese face in " + collection_path)


def rename(font, weight):
    full = FAMILY + " " + weight
    postscript = POSTSCRIPT + "-" + weight
    names = font["name"]
    names.names = [n for n in names.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22)]
    for name_id, value in ((1, FAMILY), (2, weight), (3, postscript + ";subset"), (4, full), (6, postscript)):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName = full
    top.FamilyName = FAMILY


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", default="/usr/share/fonts/opentype/noto",
                        help="the folder with fonts-noto-cjk's NotoSansCJK-{Regular,Bold}.ttc")
    parser.add_argument("--out-dir", default=os.path.join(ROOT, "resources/fonts"))
    args = parser.parse_args()

    unicodes = characters()
    os.makedirs(args.out_dir, exist_ok=True)
    for weight, file_name in WEIGHTS.items():
        source = os.path.join(args.source_dir, file_name)
        if not os.path.exists(source):
            sys.exit("make-report-font.py: %s is missing (Debian: apt-get install fonts-noto-cjk)" % source)
        font = face(source)
        options = subset.Options()
        options.hinting = False
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["ccmp", "kern", "liga", "locl", "palt"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        rename(font, weight)
        # The same input gives the same bytes: no build date in the head table.
        font.recalcTimestamp = False
        out = os.path.join(args.out_dir, "sig2rtm-report-sans-sc-%s.otf" % weight.lower())
        font.save(out)
        print("%s: %d characters, %d bytes" % (os.path.relpath(out, ROOT), len(unicodes), os.path.getsize(out)))


if __name__ == "__main__":
    main()
