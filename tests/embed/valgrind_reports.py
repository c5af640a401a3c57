"""Sorts the reports of valgrind's thread checkers (helgrind, drd; their
--xml output) into those with a frame in rust_sockets.so and those
entirely inside PHP or the C library, prints both lists, and exits 1 when
the first is not empty.

    valgrind_reports.py REPORTS.xml RUST_SO
"""
import collections
import os
import sys
import xml.etree.ElementTree as ET

path, ours = sys.argv[1], os.path.basename(sys.argv[2])
root = ET.parse(path).getroot()
counts = {e.findtext('unique'): int(e.findtext('count')) for e in root.iter('pair')}


def frames(error):
    for stack in error.iter('stack'):
        for f in stack.iter('frame'):
            yield f


def where(f):
    fn = f.findtext('fn') or '?'
    obj = os.path.basename(f.findtext('obj') or '?')
    src = f.findtext('file')
    return f"{fn} ({obj}{': ' + src + ':' + (f.findtext('line') or '') if src else ''})"


mine, theirs = [], collections.Counter()
for error in root.iter('error'):
    kind = error.findtext('kind')
    what = error.findtext('what') or error.findtext('xwhat/text') or ''
    n = counts.get(error.findtext('unique'), 1)
    fs = list(frames(error))
    if any(os.path.basename(f.findtext('obj') or '') == ours for f in fs):
        mine.append((kind, what, n, [where(f) for f in fs]))
    else:
        top = next((where(f) for f in fs), '?')
        theirs[(kind, top)] += n

print(f"{len(mine)} report(s) with a frame in {ours}")
for kind, what, n, stack in mine:
    print(f"  {kind} x{n}: {what}")
    for s in stack[:12]:
        print(f"      {s}")
print(f"{sum(theirs.values())} report(s) inside PHP or the C library only ({len(theirs)} distinct places):")
for (kind, top), n in theirs.most_common():
    print(f"  {n:5d}  {kind} at {top}")
sys.exit(1 if mine else 0)
