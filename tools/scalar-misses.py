#!/usr/bin/env python3
"""Misses of a scalar field (the scorer's own normalisation), with the rule's evidence.
Usage: tools/scalar-misses.py PART FIELD  (PART: tuning, dev, files or fresh: the tuning part of files/fresh only).
Validation postings are never printed."""
import csv, hashlib, json, sys
sys.path.insert(0, "/work/shared/tools")
from score_extraction import norm_scalar
part, field = sys.argv[1], sys.argv[2]
assert part in ("tuning", "dev", "files", "fresh"), "validation misses are never looked at"
def validation_files(pool):
    with open(f"src/test/resources/corpus/{pool}/SOURCES.tsv") as f:
        return {r["filename"] for r in csv.DictReader(f, delimiter="\t")
                if hashlib.sha1(r["org_key"].encode()).digest()[0] < 77}
labels = json.load(open(f"target/score/{part}-labels.json"))
if part in ("files", "fresh"):
    hidden = validation_files("pool-" + part)
    labels = {k: v for k, v in labels.items() if k not in hidden}
preds = {p["file"].split("/")[-1]: p for p in json.load(open(f"target/score/{part}-pred.json"))}
for name, g in labels.items():
    if name.startswith("_"): continue
    gv = g.get(field); x = preds.get(name, {}); pv = x.get(field)
    alts = [norm_scalar(field, a) for a in (gv if isinstance(gv, list) else [gv])]
    if norm_scalar(field, pv) in alts: continue
    ev = [e.get("rule", "")[:60] for e in x.get("evidence", {}).get(field, [])]
    mark = "F+" if alts == [None] else ("MISS" if pv is None else "WRONG")
    print(f"{mark:5} {name[:46]:46} gold={gv!r}\n  {'':46} pred={pv!r} {ev}")
