#!/usr/bin/env bash
# Scores the extractor on the corpus, split as src/test/resources/corpus/README.md says:
# a pool posting is VALIDATION when the first byte of SHA-1(org_key) < 77, else TUNING; dev/ is scored apart.
# pool-files/ (gathered while the reader changed, first scored when they met) is also scored on its own as "files",
# and pool-fresh/ (gathered blind during issue 8's third pass) as "fresh", and pool-blind/ (gathered blind during
# the fifth pass, never to be tuned on) as "blind" (aggregates only, like validation), and pool-sixth/ (gathered
# blind on 2026-12-04, first scored then; from then on tunable on its tuning part, like files and fresh) as "sixth",
# and pool-seventh/ (gathered the same way the same day, first scored after the sixth's tuning) as "seventh",
# and pool-eighth/ (gathered the same way on 2026-12-04, first scored before any change made from it) as "eighth",
# and pool-ninth/ (the same, gathered that afternoon) as "ninth", and pool-tenth/ (gathered blind on 2026-12-04's
# evening, first scored before any change made from it; all of it tunable since) as "tenth", and pool-eleventh/ (the same, gathered the same evening) as "eleventh", and pool-twelfth/ (gathered
# blind that evening, scored once with the session's first and last readers, never to be tuned on) as "twelfth", and pool-thirteenth/ (gathered blind on 2026-12-04's late
# evening, first scored before any change made from it, 0.797; tunable since, like the tenth) as "thirteenth", and
# pool-fourteenth/ (gathered blind the same night, held out like the twelfth: aggregates only) as "fourteenth", and
# pool-fifteenth/ (French PDFs gathered blind the same night, held out the same way) as "fifteenth", and
# pool-sixteenth/ (gathered blind on 2026-12-04's night, one lab; held out the same way) as "sixteenth".
# and pool-seventeenth/ (7 English postings gathered blind on 2026-12-05, three organisations; held out the same way) as "seventeenth",
# and pool-eighteenth/ (15 postings gathered blind on 2026-12-05, first scored before any change made from it, 0.872; tunable since, like the thirteenth) as "eighteenth",
# and pool-nineteenth/ (16 postings gathered blind on 2026-12-05's morning, first scored before any change made from it) as "nineteenth",
# and pool-twentieth/ (14 postings gathered blind the same morning; held out like the seventeenth: aggregates only) as "twentieth",
# and pool-twentyfirst/ (15 postings gathered blind on 2026-12-05's afternoon, first scored before any change made from it; tunable whole) as "twentyfirst",
# and pool-twentysecond/ (14 postings gathered blind the same afternoon, first scored before any change made from it; tunable whole) as "twentysecond",
# and pool-twentythird/ (14 English postings gathered blind the same afternoon; held out like the twentieth: aggregates only) as "twentythird",
# and pool-twentyfourth/ (9 postings gathered blind the same afternoon, 6 English and 3 French, first scored before any change made from it; tunable whole) as "twentyfourth",
# and pool-twentysixth/ (15 English postings gathered blind on 2026-12-05's evening, 8 PDFs, first scored before any change made from it; tunable whole) as "twentysixth",
# and pool-twentyfifth/ (15 postings gathered blind the same evening, 8 Dutch, 5 French and 2 English, 4 PDFs, first scored with the session's first reader and the reader tuned on the twentysixth; tunable whole since) as "twentyfifth",
# and pool-twentyeighth/ (15 postings gathered blind the same evening, 14 Dutch and 1 English, 3 PDFs, first scored with the session's first reader and the one of the moment; tunable whole since) as "twentyeighth",
# and pool-twentyseventh/ (10 French postings gathered blind the same evening, four organisations, first scored with the session's first reader and the one of the moment; tunable whole since) as "twentyseventh",
# and pool-twentyninth/ (10 Dutch postings gathered blind the same evening, first scored with the session's first reader and the one of the moment; tunable whole since) as "twentyninth",
# and pool-thirtysecond/ (12 English postings gathered blind the same evening, a PDF and a DOCX, first scored with the session's first reader and the one of the moment; tunable whole since) as "thirtysecond",
# and pool-thirtyfirst/ (1 French PhD offer as PDF, gathered blind the same evening, first scored with the session's first reader and the one of the moment) as "thirtyfirst",
# and pool-thirtythird/ (8 French postings gathered blind on 2026-12-05's night, 5 PDFs, three organisations, first scored with the session's first reader and the one of the moment, 0.854 both; tunable whole since) as "thirtythird",
# and pool-thirtyfourth/ (12 postings gathered blind on 2026-12-05's night, 8 English and 4 Dutch, 5 PDFs and a DOCX; held out like the thirtieth: aggregates only, scored with the session's first and last readers) as "thirtyfourth",
# and pool-thirtyfifth/ (13 English postings gathered blind on 2026-12-05's night, 6 PDFs, first scored with the session's first reader and the one of the moment, 0.752 both; tunable whole since) as "thirtyfifth",
# and pool-thirtyseventh/ (6 French postings gathered blind on 2026-12-05's late evening, a PDF, first scored with the session's first reader, 0.892; tunable whole since) as "thirtyseventh",
# and pool-thirtyeighth/ (12 English postings gathered blind on 2026-12-05's late evening, 8 PDFs; held out like the thirtyfourth: aggregates only, scored with the session's first and last readers) as "thirtyeighth",
# and pool-thirtyninth/ (12 postings gathered blind the same evening, 7 Dutch and 5 English from Belgium and the Netherlands, first scored with the session's first reader, 0.815; tunable whole since) as "thirtyninth",
# and pool-fortieth/ (5 French postings gathered blind on 2026-12-05's late evening, careers pages and LaTeX sources, first scored with the session's first reader, 0.778; tunable whole since) as "fortieth",
# and pool-fortyfirst/ (14 English postings gathered blind the same evening, 9 PDFs, first scored with the session's first reader, 0.851; tunable whole since) as "fortyfirst",
# and pool-fortysecond/ (13 postings gathered blind on 2026-12-05's night, 12 English and 1 French, 7 PDFs; held out like the thirtyeighth: aggregates only, scored with the session's first and last readers) as "fortysecond",
# and pool-fortythird/ (5 French postings gathered blind on 2026-12-05's late night, markdown, first scored with the session's first reader; tunable whole since) as "fortythird",
# and pool-fortyfourth/ (12 English postings gathered blind on 2026-12-05's late night, 10 PDF or DOCX, first scored with the session's first reader, 0.782; tunable whole since) as "fortyfourth",
# and pool-fortyfifth/ (15 postings gathered blind the same night, 9 English, 4 French, 2 Dutch, 6 PDF or DOCX; held out like the thirtyeighth: aggregates only, scored with the session's first and last readers) as "fortyfifth",
# and pool-fortysixth/ (6 English postings gathered blind the same night, 5 PDFs and an ODT, first scored with the session's first reader, 0.800; tunable whole since) as "fortysixth",
# and pool-fortyseventh/ (8 Dutch volunteer calls gathered blind the same night, 6 from the Netherlands and 2 from Flanders, HTML and markdown, first scored with the session's first reader, 0.843 once a ninth, of an organisation held in the validation part, was taken out; tunable whole since) as "fortyseventh",
# and pool-fortyeighth/ (15 postings gathered blind on 2026-12-06's night, 9 French (8 HTML pages of a CMS, 1 markdown) and 6 English PDFs and a DOCX, first scored with the session's first reader; tunable whole since) as "fortyeighth",
# and pool-fortyninth/ (10 postings gathered blind on 2026-12-06's night, 4 French, 2 Dutch and 4 English, 4 PDFs; held out like the fortyfifth: aggregates only, scored with the session's first and last readers) as "fortyninth",
# and pool-fiftieth/ (13 postings gathered blind on 2026-12-06's morning, 5 French, 2 Dutch and 6 English, 8 PDFs; held out like the fortyninth: aggregates only, scored with rules 26 and 27) as "fiftieth",
# and pool-fiftyfirst/ (11 French postings gathered blind on 2026-12-06's morning, markdown; first scored with rules 27, 0.774, tunable whole since) as "fiftyfirst",
# and pool-fiftysecond/ (12 postings gathered blind the same morning, 6 Dutch and 6 English, markdown, HTML and a DOCX; first scored with rules 27, 0.820, tunable whole since) as "fiftysecond",
# and pool-fiftythird/ (6 postings gathered blind on 2026-12-06's morning, 3 French, 2 English, 1 Dutch, 4 PDFs; held out like the fiftieth: aggregates only, scored with rules 26 and 27) as "fiftythird",
# and pool-fiftyfourth/ (7 French Osuny pages gathered blind on 2026-12-06's afternoon, first scored with rules 30, 0.825; tunable whole since) as "fiftyfourth",
# and pool-fiftyfifth/ (15 postings gathered blind on 2026-12-06's afternoon, 7 Dutch and 8 English, 6 PDFs; held out like the fiftythird: aggregates only, scored with rules 30, 0.797) as "fiftyfifth",
# and pool-fiftysixth/ (2 French postings of a Belgian federal research institute gathered blind on 2026-12-06's late afternoon; held out like the fiftyfifth: aggregates only, scored with rules 31, 0.778) as "fiftysixth",
# and pool-fiftyseventh/ (9 postings gathered blind on 2026-12-06's evening, 7 French and 2 English, Osuny and Hugo pages, first scored before any change made from it; tunable whole since) as "fiftyseventh",
# and pool-fiftyeighth/ (3 PDFs of internships gathered blind on 2026-12-06's evening, one repository; held out like the fiftysixth: aggregates only) as "fiftyeighth",
# and pool-sixtyfirst/ (7 Dutch postings gathered blind on 2026-12-06's night, markdown and PHP pages; first scored with rules 32, 0.822; tunable whole since) as "sixtyfirst",
# and pool-sixtysecond/ (14 postings gathered blind on 2026-12-07, 9 English, 3 Dutch and 2 French, 7 PDFs, first scored with rules 34 before any change made from it; tunable whole since) as "sixtysecond",
# and pool-sixtythird/ (9 markdown postings gathered blind on 2026-12-07, 4 French and 5 English; held out like the fiftyninth: aggregates only, scored with rules 35) as "sixtythird",
# and pool-sixtyfourth/ (1 English page of open positions at an Inria team, reStructuredText, gathered blind on 2026-12-07 by a helper who found nothing else new; held out like the sixtythird: aggregates only, first scored with rules 36) as "sixtyfourth",
# and pool-sixtyfifth/ (3 English postings of two organisations, a PDF, gathered blind on 2026-12-07 by a helper who found nothing else new; held out like the sixtyfourth: aggregates only, first scored with rules 36 and the ligature-mapping PDF reader) as "sixtyfifth",
# and pool-fiftyninth/ (9 English postings gathered blind on 2026-12-06's night, 6 PDFs of French labs, 3 pages of a British university; held out like the fiftyeighth: aggregates only) as "fiftyninth",
# and pool-thirtieth/ (12 postings gathered blind the same evening, 4 French and 8 English, 6 PDFs; held out like the twentythird: aggregates only, scored with the session's first and last readers) as "thirtieth".
# Usage: tools/score-corpus.sh [tuning|validation|dev|files|fresh|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentythird|twentyfourth|twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftyfifth|fiftysixth|fiftyseventh|fiftyeighth|fiftyninth|sixtyfirst|sixtysecond|sixtythird|sixtyfourth|sixtyfifth|blind|all] [--json]   (default: all; validation prints only aggregates)
# Writes target/score/{tuning,validation,dev}-{labels,pred}.json. Build the jar first (mvn package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
C=src/test/resources/corpus
OUT=target/score
mkdir -p "$OUT"
WHICH=${1:-all}; shift || true
python3 - "$C" "$OUT" <<'PY'
import hashlib, json, sys, csv, os
C, OUT = sys.argv[1], sys.argv[2]
parts = {"tuning": ({}, []), "validation": ({}, [])}
for pool in ("pool-fr", "pool-intl"):
    labels = json.load(open(f"{C}/{pool}/labels.json"))
    with open(f"{C}/{pool}/SOURCES.tsv") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            part = "validation" if hashlib.sha1(row["org_key"].encode()).digest()[0] < 77 else "tuning"
            name = row["filename"]
            if name in labels:
                parts[part][0][name] = labels[name]
                parts[part][1].append(f"{C}/{pool}/{name}")
for part, (labels, files) in parts.items():
    json.dump(labels, open(f"{OUT}/{part}-labels.json", "w"), ensure_ascii=False, indent=1)
    open(f"{OUT}/{part}-files.txt", "w").write("\n".join(files) + "\n")
# each pool scored on its own, and dev/ (labels beside the folder)
for part, labels_path, folder in [(p, f"{C}/pool-{p}/labels.json", f"{C}/pool-{p}")
                                  for p in ("files", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtyfirst", "sixtysecond", "sixtythird", "sixtyfourth", "sixtyfifth", "blind")] + [
                                  ("dev", f"{C}/dev-labels.json", f"{C}/dev")]:
    labels = json.load(open(labels_path))
    json.dump(labels, open(f"{OUT}/{part}-labels.json", "w"), ensure_ascii=False, indent=1)
    open(f"{OUT}/{part}-files.txt", "w").write("\n".join(sorted(f"{folder}/{n}" for n in labels if not n.startswith("_"))) + "\n")
PY
for part in tuning validation dev files fresh sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentysixth twentyseventh twentyeighth twentyninth thirtieth thirtyfirst thirtysecond thirtythird thirtyfourth thirtyfifth thirtyseventh thirtyeighth thirtyninth fortieth fortyfirst fortysecond fortythird fortyfourth fortyfifth fortysixth fortyseventh fortyeighth fortyninth fiftieth fiftyfirst fiftysecond fiftythird fiftyfourth fiftyfifth fiftysixth fiftyseventh fiftyeighth fiftyninth sixtyfirst sixtysecond sixtythird sixtyfourth sixtyfifth blind; do
  [[ $WHICH == all || $WHICH == "$part" ]] || continue
  mapfile -t files < "$OUT/$part-files.txt"
  java ${SCORE_JAVA_OPTS:-} -jar target/sillage.jar extract --json "${files[@]}" > "$OUT/$part-pred.json" 2>"$OUT/$part-stderr.txt" || true
  echo "=== $part (${#files[@]} postings)"
  python3 /work/shared/tools/score_extraction.py "$OUT/$part-labels.json" "$OUT/$part-pred.json" "$@" || true
done
