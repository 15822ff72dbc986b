#!/usr/bin/env python3
"""Prints gold vs predicted per posting for one field. Usage: tools/misses.py PART FIELD  (PART: tuning, dev, files, fresh, sixth, seventh, eighth or ninth: their tuning part only; tenth, eleventh, thirteenth, eighteenth, nineteenth, twentyfirst, twentysecond, twentyfourth, twentyfifth, twentysixth, twentyseventh, twentyeighth, twentyninth, thirtyfirst, thirtysecond, thirtythird, thirtyfifth, thirtyseventh, thirtyninth, fortieth, fortyfirst, fortythird, fortyfourth, fortysixth, fortyseventh, fortyeighth, fiftyfirst, fiftysecond, fiftyfourth: all of them)."""
import json, sys
part, field = sys.argv[1], sys.argv[2]
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tuning_part
# the validation postings of files/, fresh/ and sixth/ are left out there (this tool once left out only files'ones)
labels, preds = tuning_part.load(part)
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
