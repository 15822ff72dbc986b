#!/usr/bin/env python3
"""Strict misses of a text field (the scorer's own normalisation), marked L when lenient-right.
Usage: tools/text-misses.py PART FIELD  (PART: tuning, dev, files or fresh: the tuning part of files/fresh only).
Validation postings are never printed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tuning_part
sys.path.insert(0, "/work/shared/tools")
from score_extraction import norm_text, token_f1
part, field = sys.argv[1], sys.argv[2]
labels, preds = tuning_part.load(part)
for name, g in labels.items():
    if name.startswith("_"): continue
    gv = g.get(field); x = preds.get(name, {}); pv = x.get(field) or None
    alts = gv if isinstance(gv, list) else [gv]
    if alts == [None]:
        if pv is None: continue
        mark = "X"
    elif pv is None: mark = "X"
    elif any(norm_text(a) == norm_text(pv) for a in alts): continue
    elif any(norm_text(a) in norm_text(pv) or norm_text(pv) in norm_text(a) or token_f1(a, pv) >= 0.8 for a in alts): mark = "L"
    else: mark = "X"
    ev = [e.get("rule", "")[:60] for e in x.get("evidence", {}).get(field, [])]
    print(f"{mark} {name[:42]:42} gold={gv!r}\n  {'':42} pred={pv!r} {ev}")
