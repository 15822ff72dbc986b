"""What the miss tools may look at: the labels and predictions of a scored part (tools/score-corpus.sh),
without the validation postings of files/, fresh/, sixth/, seventh/, eighth/ and ninth/ (first byte of SHA-1(org_key) below 77, as the corpus
README says). Validation misses are never looked at."""
import csv, hashlib, json


def validation_files(pool):
    with open(f"src/test/resources/corpus/{pool}/SOURCES.tsv") as f:
        return {r["filename"] for r in csv.DictReader(f, delimiter="\t")
                if hashlib.sha1(r["org_key"].encode()).digest()[0] < 77}


def load(part):
    """(labels, predictions by file name) of PART: tuning, dev, files, fresh, sixth, seventh, eighth or ninth (their tuning postings only),
    or tenth, eleventh, thirteenth, eighteenth, nineteenth, twentyfirst, twentysecond, twentyfourth, twentyfifth, twentysixth, twentyseventh, twentyeighth, twentyninth, thirtyfirst, thirtysecond, thirtythird, thirtyfifth, thirtyseventh, thirtyninth, fortieth, fortyfirst, fortythird, fortyfourth, fortysixth, fortyseventh and fortyeighth (all of them: their misses were all looked at once they were first scored)."""
    assert part in ("tuning", "dev", "files", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "thirteenth", "eighteenth", "nineteenth", "twentyfirst", "twentysecond", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfifth", "thirtyseventh", "thirtyninth", "fortieth", "fortyfirst", "fortythird", "fortyfourth", "fortysixth", "fortyseventh", "fortyeighth", "fiftyfirst", "fiftysecond", "fiftyfourth", "fiftyseventh", "sixtyfirst", "sixtysecond"), "validation misses are never looked at"
    labels = json.load(open(f"target/score/{part}-labels.json"))
    if part in ("files", "fresh", "sixth", "seventh", "eighth", "ninth"):
        hidden = validation_files("pool-" + part)
        labels = {k: v for k, v in labels.items() if k not in hidden}
    preds = {p["file"].split("/")[-1]: p for p in json.load(open(f"target/score/{part}-pred.json"))}
    return labels, preds
