#!/usr/bin/env python3
"""Misses of a scalar field (the scorer's own normalisation), with the rule's evidence.
Usage: tools/scalar-misses.py PART FIELD  (PART: tuning, dev, files or fresh: the tuning part of files/fresh only).
Validation postings are never printed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tuning_part
sys.path.insert(0, "/work/shared/tools")
from score_extraction import norm_scalar
part, field = sys.argv[1], sys.argv[2]
labels, preds = tuning_part.load(part)
for name, g in labels.items():
    if name.startswith("_"): continue
    gv = g.get(field); x = preds.get(name, {}); pv = x.get(field)
    alts = [norm_scalar(field, a) for a in (gv if isinstance(gv, list) else [gv])]
    if norm_scalar(field, pv) in alts: continue
    ev = [e.get("rule", "")[:60] for e in x.get("evidence", {}).get(field, [])]
    mark = "F+" if alts == [None] else ("MISS" if pv is None else "WRONG")
    print(f"{mark:5} {name[:46]:46} gold={gv!r}\n  {'':46} pred={pv!r} {ev}")
