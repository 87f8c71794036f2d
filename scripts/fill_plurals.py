#!/usr/bin/env python3
"""Fills the English plural forms of a plurals-only .ts file: "(s)" drops for one and becomes "s" for more."""
import html, re, sys

SINGULAR_FIXES = [(" need ", " needs "), (" are only", " is only")]

def forms(source):
    text = html.unescape(source)
    one = text.replace("(s)", "")
    many = text.replace("(s)", "s")
    if "(s)" in text:
        for a, b in SINGULAR_FIXES:
            one = one.replace(a, b)
    return one, many

def fill(match):
    source = match.group(1)
    one, many = forms(source)
    esc = lambda t: html.escape(t, quote=False)
    return ("<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>" % (source, esc(one), esc(many)))

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*'
              r'<numerusform></numerusform>\s*</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
