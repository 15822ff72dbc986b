#!/usr/bin/env python3
"""Prints gold vs predicted per posting for one field. Usage: tools/misses.py PART FIELD  (PART: tuning, dev, or files: its tuning part only)."""
import json, sys
part, field = sys.argv[1], sys.argv[2]
assert part in ("tuning", "dev", "files", "fresh"), "validation and blind misses are never looked at"
import csv, hashlib
def _validation_files():  # pool-files postings whose org_key falls in the validation part are never looked at
    with open("src/test/resources/corpus/pool-files/SOURCES.tsv") as f:
        return {r["filename"] for r in csv.DictReader(f, delimiter="\t")
                if hashlib.sha1(r["org_key"].encode()).digest()[0] < 77}
labels = json.load(open(f"target/score/{part}-labels.json"))
if part == "files": labels = {k: v for k, v in labels.items() if k not in _validation_files()}
preds = {p["file"].split("/")[-1]: p for p in json.load(open(f"target/score/{part}-pred.json"))}
for name, g in labels.items():
    if name.startswith("_"): continue
    gv = g.get(field); pv = preds.get(name, {}).get(field)
    norm = lambda v: sorted(v) if isinstance(v, list) else (str(v).strip().lower() if v is not None else None)
    if isinstance(gv, list) and field not in ("required_documents", "application_emails", "languages_required"):
        ok = norm(pv) in [norm(x) for x in gv]
    else:
        ok = norm(gv) == norm(pv)
    if not ok:
        print(f"{name[:45]:45} gold={gv!r}\n{'':45} pred={pv!r}")
