#!/usr/bin/env python3
"""Text-field misses under the lenient rule (containment either way). Usage: tools/lenient-misses.py PART FIELD (tuning or dev only)."""
import json, re, sys, unicodedata
part, field = sys.argv[1], sys.argv[2]
assert part in ("tuning", "dev"), "validation misses are never looked at"
def n(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFKC', s or '').casefold()).strip()
p = {x['file'].split('/')[-1]: x for x in json.load(open(f'target/score/{part}-pred.json'))}
L = json.load(open(f'target/score/{part}-labels.json'))
for f, g in L.items():
    if f.startswith('_'): continue
    x = p.get(f, {}); pv = x.get(field); gv = g.get(field)
    gl = gv if isinstance(gv, list) else [gv]
    ok = any((a is None and pv is None) or (a and pv and (n(a) in n(pv) or n(pv) in n(a))) for a in gl)
    if not ok:
        print(f[:40], '|', pv, '|', [e['rule'][:70] for e in x.get('evidence', {}).get(field, [])], '| gold:', gv)
