#!/usr/bin/env python3
"""Writes src/names.txt: the character names `\\N{...}` can use in Coroscope.

    python3 crates/unicode-names/generate.py

The names come from CPython 3.11's own `unicodedata` (Unicode 14.0, the
version CPython 3.11's `\\N{...}` accepts). Only the blocks learners type
from are kept (see BLOCKS): the full name table costs ~350 KB gzipped, a
third of the page's budget; these 3,500 names cost ~26 KB. Hangul syllables
and CJK ideographs are not listed: `src/lib.rs` computes them.
"""
import sys
import unicodedata
from pathlib import Path

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with CPython 3.11 (its unicodedata is what the corpus checks)")

BLOCKS = [
    (0x0020, 0x017F),  # Basic Latin, Latin-1 Supplement, Latin Extended-A
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x2000, 0x23FF),  # punctuation, super/subscripts, currency, letterlike, arrows, math, technical
    (0x2500, 0x27BF),  # box drawing, blocks, geometric shapes, misc symbols, dingbats
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x1F300, 0x1F6FF),  # pictographs, emoticons, transport
    (0x1F900, 0x1F9FF),  # supplemental symbols and pictographs
]

lines = []
for first, last in BLOCKS:
    for code in range(first, last + 1):
        name = unicodedata.name(chr(code), None)
        if name:
            lines.append(f"{code:X} {name}\n")
out = Path(__file__).resolve().parent / "src" / "names.txt"
out.write_text("".join(lines), encoding="ascii")
print(f"{len(lines)} names -> {out}")
