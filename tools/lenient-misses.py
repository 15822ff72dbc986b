#!/usr/bin/env python3
"""Text-field misses under the lenient rule (containment either way). Usage: tools/lenient-misses.py PART FIELD (tuning, dev, or files: its tuning part only)."""
import json, re, sys, unicodedata
part, field = sys.argv[1], sys.argv[2]
assert part in ("tuning", "dev", "files"), "validation misses are never looked at"
import csv, hashlib
def _validation_files():  # pool-files postings whose org_key falls in the validation part are never looked at
    with open("src/test/resources/corpus/pool-files/SOURCES.tsv") as f:
        return {r["filename"] for r in csv.DictReader(f, delimiter="\t")
                if hashlib.sha1(r["org_key"].encode()).digest()[0] < 77}
def n(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFKC', s or '').casefold()).strip()
p = {x['file'].split('/')[-1]: x for x in json.load(open(f'target/score/{part}-pred.json'))}
L = json.load(open(f'target/score/{part}-labels.json'))
if part == "files": L = {k: v for k, v in L.items() if k not in _validation_files()}
for f, g in L.items():
    if f.startswith('_'): continue
    x = p.get(f, {}); pv = x.get(field); gv = g.get(field)
    gl = gv if isinstance(gv, list) else [gv]
    ok = any((a is None and pv is None) or (a and pv and (n(a) in n(pv) or n(pv) in n(a))) for a in gl)
    if not ok:
        print(f[:40], '|', pv, '|', [e['rule'][:70] for e in x.get('evidence', {}).get(field, [])], '| gold:', gv)
